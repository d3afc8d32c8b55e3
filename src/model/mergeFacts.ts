// Fact claims -> facts (the image count, the human baseline...): one value per key, chosen by the
// evidence, with a conflict where the notes disagree; the settings' human baseline is one more source.
import { cluster, conflictOf, inValueOrder, primary, sourcesInPlaceOrder } from "./agreement";
import { CLAIMS_PER_STEP } from "./claimOrder";
import type { Fact, FactClaim } from "./types";

export interface MergeOptions {
	/** The human top-5 baseline from the settings, in percent (Karpathy's 5.1 by default); null for none. */
	humanBaseline?: number | null;
}

export const DEFAULT_HUMAN_BASELINE = 5.1;

export function mergeFacts(claims: FactClaim[], options: MergeOptions): Fact[] {
	const steps = mergeFactsInSteps(claims, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** As `mergeFacts`, pausing every hundred claims or so. */
export function* mergeFactsInSteps(claims: FactClaim[], options: MergeOptions): Generator<void, Fact[], void> {
	const baseline = options.humanBaseline === undefined ? DEFAULT_HUMAN_BASELINE : options.humanBaseline;
	if (baseline !== null) {
		const raw = `${baseline}%`;
		claims = [...claims, { kind: "fact", key: "human_baseline", value: baseline, approx: false, atLeast: false, precision: 0.1, raw, source: { path: "", line: 0, raw: `${raw} (settings)` } }];
	}
	const byKey = new Map<string, FactClaim[]>();
	for (const claim of claims) {
		const group = byKey.get(claim.key);
		if (group) group.push(claim);
		else byKey.set(claim.key, [claim]);
	}
	const facts: Fact[] = [];
	let sinceYield = 0;
	for (const [key, group] of byKey) {
		sinceYield += group.length;
		if (sinceYield >= CLAIMS_PER_STEP) {
			sinceYield = 0;
			yield;
		}
		const clusters = cluster(inValueOrder(group));
		const main = primary(clusters);
		const shown = main.best;
		const fact: Fact = { key, value: shown.value, approx: shown.approx, atLeast: shown.atLeast, raw: shown.raw, sources: sourcesInPlaceOrder(main.members, group) };
		const conflict = conflictOf(clusters, group, main);
		if (conflict) fact.conflict = conflict;
		facts.push(fact);
	}
	return facts.sort((a, b) => a.key.localeCompare(b.key));
}
