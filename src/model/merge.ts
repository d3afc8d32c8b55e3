// Claims -> one AtlasModel. Nothing is silently resolved: sources that disagree stay a conflict
// with both values and both sources.
import type { Diagnostic } from "../parse/types";
import { agree } from "./agreement";
import { byText, CLAIMS_PER_STEP, claimsByKind, emptyByKind, pathInPlaceOrder, split, type ClaimsByKind } from "./claimOrder";
import { EntityRegistry } from "./entities";
import { buildLineage } from "./lineage";
import { mergeFactsInSteps, type MergeOptions } from "./mergeFacts";
import { mergeResults, type MergeRecord } from "./mergeResults";
import { looseNameKey, nameKey } from "./names";
import type { AtlasModel, Claim, EdgeClaim, ModelClaim } from "./types";

export { DEFAULT_HUMAN_BASELINE, mergeFacts, type MergeOptions } from "./mergeFacts";

export { agree };

const NOT_A_MODEL = /^(?:imagenet|ilsvrc)\b/i;

export interface ClaimsOfNote {
	claims: Claim[];
	diagnostics: Diagnostic[];
}

/**
 * What one merge leaves for the next: the entities built from the model and edge claims. While
 * those claims are the very same objects (an edit changed a figure, not a model), the next merge
 * starts from a copy of them instead of building them again.
 */
export class MergeMemo {
	models: readonly ModelClaim[] = [];
	edges: readonly EdgeClaim[] = [];
	registry: EntityRegistry | null = null;
	/** Set by the caller that wants each full merge to leave a record of its groups (see IncrementalMerge). */
	recording = false;
	record: MergeRecord | null = null;

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
export function* mergeClaimsInSteps(notes: ClaimsOfNote[], options: MergeOptions = {}, memo?: MergeMemo): Generator<boolean | void, AtlasModel, void> {
	const diagnostics: Diagnostic[] = [];
	const { models, edges, results: resultClaims, facts: factClaims } = yield* claimsByKindInSteps(notes, diagnostics);
	yield;

	let registry = memo?.registryFor(models, edges);
	if (!registry) {
		registry = yield* registerModels(models, edges);
		memo?.keep(models, edges, registry);
	}
	yield;

	const record: MergeRecord | null = memo?.recording ? { groups: [], places: new Map(), cycles: [] } : null;
	const results = yield* mergeResults(resultClaims, registry, diagnostics, record);
	yield;
	const facts = yield* mergeFactsInSteps(factClaims, options);
	const entities = registry.entities();
	yield true; // The lineage is built in one go.
	const beforeLineage = diagnostics.length;
	const lineage = buildLineage(entities, edgesInContentOrder(edges), registry, diagnostics);
	if (record && memo) {
		record.cycles = diagnostics.slice(beforeLineage);
		memo.record = record;
	}
	return { results, entities, lineage, facts, diagnostics };
}

/**
 * `claimsByKind` of the notes, the notes' diagnostics added to `diagnostics` in note order, pausing
 * every hundred claims or so. Notes out of place order are left to `claimsByKind`, which sorts them.
 */
function* claimsByKindInSteps(notes: ClaimsOfNote[], diagnostics: Diagnostic[]): Generator<void, ClaimsByKind, void> {
	for (const note of notes) for (const d of note.diagnostics) diagnostics.push(d);
	const out = emptyByKind();
	let previous: string | null = null;
	let sinceYield = 0;
	for (const note of notes) {
		if (note.claims.length === 0) continue;
		previous = pathInPlaceOrder(note, previous);
		if (previous === null) return claimsByKind(notes);
		split(note.claims, out);
		sinceYield += note.claims.length + 1;
		if (sinceYield >= CLAIMS_PER_STEP * 10) {
			sinceYield = 0;
			yield;
		}
	}
	return out;
}


/**
 * Model claims in an order that depends on what they say, not on where: the name the notes give most
 * often first (a paper note titled at length with `aliases: [AlexNet]` does not name AlexNet), then a
 * model's own note, then the longer spelling ("VGGNet" before "VGG"), then the text. The first claim of
 * a model names it and gives its innovation, so the same notes under other file names give the same
 * entities.
 */
function inContentOrder(models: ModelClaim[]): ModelClaim[] {
	const voteKey = (name: string) => looseNameKey(name) ?? nameKey(name);
	const votes = new Map<string, number>();
	for (const m of models) {
		if (m.weak) continue;
		for (const name of new Set([m.name, ...m.aliases].map(voteKey))) votes.set(name, (votes.get(name) ?? 0) + 1);
	}
	// The cheap parts of the order as numbers, compared first; the text only on a tie. Notes that may be
	// about a model (weak claims) attach after every model is known, in place order: they name none.
	const keyed = models.filter((m) => !m.weak).map((m) => ({ m, votes: votes.get(voteKey(m.name)) ?? 0, note: m.note === undefined ? 1 : 0, text: "" }));
	const textOf = (k: (typeof keyed)[number]) =>
		(k.text ||= `${k.m.name}\u0000${k.m.year ?? ""}\u0000${k.m.innovation ?? ""}\u0000${k.m.aliases.join("\u0001")}\u0000${(k.m.bracketAliases ?? []).join("\u0001")}\u0000${k.m.source.raw}`);
	keyed.sort((a, b) => b.votes - a.votes || a.note - b.note || b.m.name.length - a.m.name.length || byText(textOf(a), textOf(b)) || byText(a.m.source.path, b.m.source.path) || a.m.source.line - b.m.source.line);
	const ordered = keyed.map((k) => k.m);
	for (const m of models) if (m.weak) ordered.push(m);
	return ordered;
}

/** Edge claims in an order that depends on what they say: explicit before inferred, then by the names. */
function edgesInContentOrder(edges: EdgeClaim[]): EdgeClaim[] {
	const keyed = edges.map((e) => ({ e, key: `${e.edge === "inferred" ? 1 : 0}${e.mention ? 1 : 0}${e.from}\u0000${e.to}` }));
	keyed.sort((a, b) => byText(a.key, b.key) || byText(a.e.source.path, b.e.source.path) || a.e.source.line - b.e.source.line);
	return keyed.map((k) => k.e);
}

/** The models the model claims name, and those edges name as parents. */
function* registerModels(placeOrderModels: ModelClaim[], placeOrderEdges: EdgeClaim[]): Generator<void, EntityRegistry, void> {
	const models = inContentOrder(placeOrderModels);
	yield;
	const edges = edgesInContentOrder(placeOrderEdges);
	yield;
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
	for (const claim of models) {
		if (claim.weak) registry.attachNote(claim);
		if (++done % CLAIMS_PER_STEP === 0) yield;
	}
	return registry;
}
