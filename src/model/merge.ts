// Claims -> one AtlasModel. Nothing is silently resolved: sources that disagree stay a conflict
// with both values and both sources.
import type { Diagnostic } from "../parse/types";
import { agree, cluster, conflictOf, primary, sourcesOf } from "./agreement";
import { claimsByKind, emptyByKind, pathInPlaceOrder, split, type ClaimsByKind } from "./claimOrder";
import { EntityRegistry } from "./entities";
import { buildLineage } from "./lineage";
import type { AtlasModel, Claim, ConflictValue, EdgeClaim, Fact, FactClaim, ModelClaim, ResultClaim, ResultPoint, Source } from "./types";

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

/** "path, line N" of each source met lately: a conflict names every source, again after every edit. */
const PLACE_NAMES = new WeakMap<Source, string>();

function placeName(source: Source): string {
	let name = PLACE_NAMES.get(source);
	if (name === undefined) PLACE_NAMES.set(source, (name = source.path ? `${source.path}, line ${source.line}` : "settings"));
	return name;
}

function describe(value: ConflictValue): string {
	let where = "";
	for (let i = 0; i < value.sources.length; i++) where += (i === 0 ? "" : "; ") + placeName(value.sources[i]);
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
	const lineage = buildLineage(entities, edges, registry, diagnostics);
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
	for (const claim of models) {
		if (claim.weak) registry.attachNote(claim);
		if (++done % CLAIMS_PER_STEP === 0) yield;
	}
	return registry;
}

/** One result group as the last full merge settled it: enough to settle it again without the registry. */
export interface GroupRecord {
	/** The group's claims in merge order, promoted ("entry" read as "winner") as the merge read them. */
	claims: ResultClaim[];
	/** Whether each entrant of the group named a known model when the group was settled. */
	knownModel: Map<string, boolean>;
	/** The claim that named the point, and the point's place in the sorted results. */
	named: ResultClaim;
	point: ResultPoint;
	pointIndex: number;
	diagnostics: Diagnostic[];
}

/** Where a note's result claim sits: its group, its place there, and whether it was promoted. */
export interface ClaimPlace {
	group: GroupRecord;
	index: number;
	promoted: boolean;
}

/** What a full merge leaves for a merge that redoes only the groups an edit touched. */
export interface MergeRecord {
	groups: GroupRecord[];
	places: Map<ResultClaim, ClaimPlace>;
	/** The cycle diagnostics the lineage added, after the conflicts. */
	cycles: Diagnostic[];
}

function hasEntrant(claim: ResultClaim): boolean {
	return claim.entrant !== "";
}

/** The value, the name and the sources one group of results settles on; the registry only answers which names are models. */
export function settleGroup(group: ResultClaim[], isKnownModel: (name: string) => boolean) {
	const clusters = cluster(group);
	const main = primary(clusters);
	const shown = clusters.length > 1 ? main.best : clusters[0].best;
	// Name the point by an entrant that is a known model where one is ("AlexNet" over "SuperVision").
	let named: ResultClaim | undefined;
	for (const list of [[shown], main.members, group]) {
		named = list.find((c) => c.entrant !== "" && isKnownModel(c.entrant));
		if (named) break;
	}
	named ??= (hasEntrant(shown) ? shown : undefined) ?? main.members.find(hasEntrant) ?? group.find(hasEntrant) ?? shown;
	return { shown, named, sources: sourcesOf(group), conflict: conflictOf(clusters) };
}

export function resultPoint(settled: ReturnType<typeof settleGroup>, entity: string): ResultPoint {
	const { shown, named, sources, conflict } = settled;
	const point: ResultPoint = { benchmark: shown.benchmark, series: shown.series, year: shown.year, value: shown.value, approx: shown.approx, entrant: named.entrant, entity, sources };
	if (conflict) point.conflict = conflict;
	return point;
}

/** A conflict's diagnostics: one for each note that gives the group a figure, at its first line. */
export function conflictDiagnostics(point: ResultPoint): Diagnostic[] {
	const conflict = point.conflict;
	if (!conflict) return [];
	let values = "";
	for (let i = 0; i < conflict.length; i++) values += (i === 0 ? "" : " and ") + describe(conflict[i]);
	const message = `${point.year} ${point.series}: ${values} disagree.`;
	const diagnostics: Diagnostic[] = [];
	const sources = point.sources;
	// Sources come in place order, where a path seen is the last one: only out of order are the paths seen remembered.
	let seen: Set<string> | null = null;
	for (let i = 1; i < sources.length && seen === null; i++) if (sources[i - 1].path > sources[i].path) seen = new Set();
	for (const { path, line } of sources) {
		if (diagnostics.length > 0 && diagnostics[diagnostics.length - 1].path === path) continue;
		if (seen !== null) {
			if (seen.has(path)) continue;
			seen.add(path);
		}
		diagnostics.push({ kind: "conflict", path, line, message });
	}
	return diagnostics;
}

function* mergeResults(original: ResultClaim[], registry: EntityRegistry, diagnostics: Diagnostic[], record: MergeRecord | null): Generator<void, ResultPoint[], void> {
	// A model's own note gives its result as an entry; when that model won that year, it is the winner's figure.
	// Only an entrant that resolves to a known entity can be matched: two unknown names are not one winner.
	const winnerKey = (c: ResultClaim) => {
		const id = registry.find(c.entrant)?.id;
		return id === undefined ? null : `${c.benchmark}|${c.year}|${id}`;
	};
	const winners = new Set(original.filter((c) => c.series === "winner").map(winnerKey));
	winners.delete(null);
	const claims = original.map((c) => (c.series === "entry" && winners.has(winnerKey(c)) ? { ...c, series: "winner" } : c));
	// Every bracketed name a row gives ("AlexNet (SuperVision)") is known before any entrant is
	// resolved, so a bare "SuperVision" elsewhere finds AlexNet whatever order the notes are read in.
	for (const claim of claims) if (claim.entrant !== "" && claim.entrantAliases.length > 0) registry.entrant(claim.entrant, claim.entrantAliases, claim.source);
	yield;
	const groups = new Map<string, ResultClaim[]>();
	const groupOf: ResultClaim[][] = [];
	for (const claim of claims) {
		const key = `${claim.benchmark}\u0000${claim.series}\u0000${claim.year}`;
		let group = groups.get(key);
		if (group) group.push(claim);
		else groups.set(key, (group = [claim]));
		groupOf.push(group);
	}
	const points: ResultPoint[] = [];
	const records = new Map<ResultClaim[], GroupRecord>();
	let sinceYield = 0;
	for (const group of groups.values()) {
		const knownModel = new Map<string, boolean>();
		const isKnownModel = (name: string) => {
			let known = knownModel.get(name);
			if (known === undefined) knownModel.set(name, (known = registry.findModel(name) !== undefined));
			return known;
		};
		const settled = settleGroup(group, isKnownModel);
		const { shown, named } = settled;
		const entity = registry.entrant(named.entrant, named.entrantAliases, named.source);
		if (entity && shown.series === "winner") registry.addYear(entity.id, shown.year);
		const point = resultPoint(settled, entity?.id ?? "");
		const conflicts = conflictDiagnostics(point);
		diagnostics.push(...conflicts);
		points.push(point);
		if (record) {
			// Every entrant's answer, so that settling the group again never needs the registry.
			for (const claim of group) if (claim.entrant !== "") isKnownModel(claim.entrant);
			const groupRecord: GroupRecord = { claims: group, knownModel, named, point, pointIndex: -1, diagnostics: conflicts };
			records.set(group, groupRecord);
			record.groups.push(groupRecord);
		}
		sinceYield += group.length;
		if (sinceYield >= CLAIMS_PER_STEP) {
			sinceYield = 0;
			yield;
		}
	}
	points.sort((a, b) => a.year - b.year || seriesOrder(a.series) - seriesOrder(b.series) || a.series.localeCompare(b.series));
	if (record) {
		const pointIndex = new Map(points.map((point, i) => [point, i]));
		for (const groupRecord of record.groups) groupRecord.pointIndex = pointIndex.get(groupRecord.point)!;
		const indexIn = new Map<ResultClaim[], number>();
		original.forEach((claim, i) => {
			const group = groupOf[i];
			const index = indexIn.get(group) ?? 0;
			indexIn.set(group, index + 1);
			record.places.set(claim, { group: records.get(group)!, index, promoted: claims[i] !== claim });
		});
	}
	return points;
}

function seriesOrder(series: string): number {
	return series === "winner" ? 0 : series === "runner-up" ? 1 : 2;
}

export function mergeFacts(claims: FactClaim[], options: MergeOptions): Fact[] {
	const steps = mergeFactsInSteps(claims, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** As `mergeFacts`, pausing every hundred claims or so. */
function* mergeFactsInSteps(claims: FactClaim[], options: MergeOptions): Generator<void, Fact[], void> {
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
		const clusters = cluster(group);
		const shown = clusters.length > 1 ? primary(clusters).best : clusters[0].best;
		const fact: Fact = { key, value: shown.value, approx: shown.approx, atLeast: shown.atLeast, raw: shown.raw, sources: sourcesOf(group) };
		const conflict = conflictOf(clusters);
		if (conflict) fact.conflict = conflict;
		facts.push(fact);
	}
	return facts.sort((a, b) => a.key.localeCompare(b.key));
}
