// Claims -> one AtlasModel. Nothing is silently resolved: sources that disagree stay a conflict
// with both values and both sources.
import type { Diagnostic } from "../parse/types";
import { agree, cluster, conflictOf, primary, sourcesOf } from "./agreement";
import { claimsByKind } from "./claimOrder";
import { EntityRegistry } from "./entities";
import { buildLineage } from "./lineage";
import type { AtlasModel, Claim, ConflictValue, EdgeClaim, Fact, FactClaim, ModelClaim, ResultClaim, ResultPoint } from "./types";

export interface MergeOptions {
	/** The human top-5 baseline from the settings, in percent (Karpathy's 5.1 by default); null for none. */
	humanBaseline?: number | null;
}

export const DEFAULT_HUMAN_BASELINE = 5.1;

export { agree };

const NOT_A_MODEL = /^(?:imagenet|ilsvrc)\b/i;

export interface ClaimsOfNote {
	claims: Claim[];
	diagnostics: Diagnostic[];
}

function describe(value: ConflictValue): string {
	const where = value.sources.map((s) => (s.path ? `${s.path}, line ${s.line}` : "settings")).join("; ");
	return `${value.approx ? "~" : ""}${value.value}% (${where})`;
}

/** How many claims a merge in steps handles between two pauses. */
const CLAIMS_PER_STEP = 100;

/**
 * What one merge leaves for the next: the entities built from the model and edge claims. While
 * those claims are the very same objects (an edit changed a figure, not a model), the next merge
 * starts from a copy of them instead of building them again.
 */
export class MergeMemo {
	models: readonly ModelClaim[] = [];
	edges: readonly EdgeClaim[] = [];
	registry: EntityRegistry | null = null;

	registryFor(models: readonly ModelClaim[], edges: readonly EdgeClaim[]): EntityRegistry | null {
		return this.registry && sameItems(this.models, models) && sameItems(this.edges, edges) ? this.registry.copy() : null;
	}

	keep(models: readonly ModelClaim[], edges: readonly EdgeClaim[], registry: EntityRegistry): void {
		this.models = models;
		this.edges = edges;
		this.registry = registry.copy();
	}
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export function mergeClaims(notes: ClaimsOfNote[], options: MergeOptions = {}, memo?: MergeMemo): AtlasModel {
	const steps = mergeClaimsInSteps(notes, options, memo);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The merge, pausing (`yield`) every hundred claims or so, so that a caller reading a large vault
 * can give the interface a turn. Running it to the end gives what `mergeClaims` gives.
 */
export function* mergeClaimsInSteps(notes: ClaimsOfNote[], options: MergeOptions = {}, memo?: MergeMemo): Generator<void, AtlasModel, void> {
	const { models, edges, results: resultClaims, facts: factClaims } = claimsByKind(notes);
	const diagnostics: Diagnostic[] = notes.flatMap((n) => n.diagnostics);
	yield;

	let registry = memo?.registryFor(models, edges);
	if (!registry) {
		registry = yield* registerModels(models, edges);
		memo?.keep(models, edges, registry);
	}
	yield;

	const results = yield* mergeResults(resultClaims, registry, diagnostics);
	const facts = mergeFacts(factClaims, options);
	const entities = registry.entities();
	yield;
	const lineage = buildLineage(entities, edges, registry, diagnostics);
	return { results, entities, lineage, facts, diagnostics };
}

/** The models the model claims name, and those edges name as parents. */
function* registerModels(models: ModelClaim[], edges: EdgeClaim[]): Generator<void, EntityRegistry, void> {
	const registry = new EntityRegistry();
	let done = 0;
	for (const claim of models) {
		if (!claim.weak) registry.addModel(claim);
		if (++done % CLAIMS_PER_STEP === 0) yield;
	}
	// A model named as a parent in frontmatter is a model even if no table lists it. The dataset and
	// the challenge never are: `parent: "[[ImageNet]]"` files a note under ImageNet, it is no lineage.
	for (const edge of edges) {
		if (++done % CLAIMS_PER_STEP === 0) yield;
		if (edge.mention || edge.edge !== "explicit" || NOT_A_MODEL.test(edge.from)) continue;
		registry.addModel({ kind: "model", name: edge.from, aliases: [], source: edge.source });
		registry.addModel({ kind: "model", name: edge.to, aliases: [], source: edge.source });
	}
	for (const claim of models) if (claim.weak) registry.attachNote(claim);
	return registry;
}

function* mergeResults(claims: ResultClaim[], registry: EntityRegistry, diagnostics: Diagnostic[]): Generator<void, ResultPoint[], void> {
	// A model's own note gives its result as an entry; when that model won that year, it is the winner's figure.
	// Only an entrant that resolves to a known entity can be matched: two unknown names are not one winner.
	const winnerKey = (c: ResultClaim) => {
		const id = registry.find(c.entrant)?.id;
		return id === undefined ? null : `${c.benchmark}|${c.year}|${id}`;
	};
	const winners = new Set(claims.filter((c) => c.series === "winner").map(winnerKey));
	winners.delete(null);
	claims = claims.map((c) => (c.series === "entry" && winners.has(winnerKey(c)) ? { ...c, series: "winner" } : c));
	// Every bracketed name a row gives ("AlexNet (SuperVision)") is known before any entrant is
	// resolved, so a bare "SuperVision" elsewhere finds AlexNet whatever order the notes are read in.
	for (const claim of claims) if (claim.entrant !== "" && claim.entrantAliases.length > 0) registry.entrant(claim.entrant, claim.entrantAliases, claim.source);
	yield;
	const groups = new Map<string, ResultClaim[]>();
	for (const claim of claims) {
		const key = `${claim.benchmark}\u0000${claim.series}\u0000${claim.year}`;
		const group = groups.get(key);
		if (group) group.push(claim);
		else groups.set(key, [claim]);
	}
	const points: ResultPoint[] = [];
	for (const group of groups.values()) {
		const clusters = cluster(group);
		const main = primary(clusters);
		const shown = clusters.length > 1 ? main.best : clusters[0].best;
		const candidates = [shown, ...main.members, ...group].filter((c) => c.entrant !== "");
		// Name the point by an entrant that is a known model where one is ("AlexNet" over "SuperVision").
		const named = candidates.find((c) => registry.findModel(c.entrant) !== undefined) ?? candidates[0] ?? shown;
		const entity = registry.entrant(named.entrant, named.entrantAliases, named.source);
		if (entity && shown.series === "winner") registry.addYear(entity.id, shown.year);
		const point: ResultPoint = {
			benchmark: shown.benchmark,
			series: shown.series,
			year: shown.year,
			value: shown.value,
			approx: shown.approx,
			entrant: named.entrant,
			entity: entity?.id ?? "",
			sources: sourcesOf(group),
		};
		const conflict = conflictOf(clusters);
		if (conflict) {
			point.conflict = conflict;
			const message = `${shown.year} ${shown.series}: ${conflict.map(describe).join(" and ")} disagree.`;
			const firstLine = new Map<string, number>();
			for (const source of point.sources) if (!firstLine.has(source.path)) firstLine.set(source.path, source.line);
			for (const [path, line] of firstLine) diagnostics.push({ kind: "conflict", path, line, message });
		}
		points.push(point);
		if (group.length > CLAIMS_PER_STEP) yield;
	}
	return points.sort((a, b) => a.year - b.year || seriesOrder(a.series) - seriesOrder(b.series) || a.series.localeCompare(b.series));
}

function seriesOrder(series: string): number {
	return series === "winner" ? 0 : series === "runner-up" ? 1 : 2;
}

function mergeFacts(claims: FactClaim[], options: MergeOptions): Fact[] {
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
	for (const [key, group] of byKey) {
		const clusters = cluster(group);
		const shown = clusters.length > 1 ? primary(clusters).best : clusters[0].best;
		const fact: Fact = { key, value: shown.value, approx: shown.approx, atLeast: shown.atLeast, raw: shown.raw, sources: sourcesOf(group) };
		const conflict = conflictOf(clusters);
		if (conflict) fact.conflict = conflict;
		facts.push(fact);
	}
	return facts.sort((a, b) => a.key.localeCompare(b.key));
}
