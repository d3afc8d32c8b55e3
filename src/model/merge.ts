// Claims -> one AtlasModel. Nothing is silently resolved: sources that disagree stay a conflict
// with both values and both sources.
import type { Diagnostic } from "../parse/types";
import { addSource, EntityRegistry } from "./entities";
import { buildLineage } from "./lineage";
import type { AtlasModel, Claim, ConflictValue, EdgeClaim, Fact, FactClaim, ModelClaim, ResultClaim, ResultPoint, Source } from "./types";

export interface MergeOptions {
	/** The human top-5 baseline from the settings, in percent (Karpathy's 5.1 by default); null for none. */
	humanBaseline?: number | null;
}

export const DEFAULT_HUMAN_BASELINE = 5.1;

const NOT_A_MODEL = /^(?:imagenet|ilsvrc)\b/i;

export interface ClaimsOfNote {
	claims: Claim[];
	diagnostics: Diagnostic[];
}

interface Measured {
	value: number;
	approx: boolean;
	precision: number;
	atLeast?: boolean;
	source: Source;
}

/**
 * Two figures agree when they differ by at most half a unit in the last place of the less precise
 * one: 3.6% and 3.57% agree (0.03 <= 0.05), 11.7% and 11.2% do not. A lower bound (`14M+`) agrees
 * with anything at or above it.
 */
export function agree(a: Measured, b: Measured): boolean {
	const tolerance = Math.max(a.precision, b.precision) / 2 + 1e-9;
	if (a.atLeast && b.value >= a.value - tolerance) return true;
	if (b.atLeast && a.value >= b.value - tolerance) return true;
	return Math.abs(a.value - b.value) <= tolerance;
}

/** The figure to show for agreeing claims: exact before bound, most precise, exact before approximate, first read. */
function better(a: Measured, b: Measured): Measured {
	if (!!a.atLeast !== !!b.atLeast) return a.atLeast ? b : a;
	if (a.precision !== b.precision) return a.precision < b.precision ? a : b;
	if (a.approx !== b.approx) return a.approx ? b : a;
	return a;
}

interface Cluster<T extends Measured> {
	best: T;
	members: T[];
}

function cluster<T extends Measured>(claims: T[]): Cluster<T>[] {
	const clusters: Cluster<T>[] = [];
	for (const claim of claims) {
		const home = clusters.find((c) => c.members.every((m) => agree(m, claim)));
		if (home) {
			home.members.push(claim);
			home.best = better(home.best, claim) as T;
		} else {
			clusters.push({ best: claim, members: [claim] });
		}
	}
	return clusters;
}

/** With a conflict, the value shown is an exact one with the most sources, then the first read. */
function primary<T extends Measured>(clusters: Cluster<T>[]): Cluster<T> {
	return clusters.reduce((a, b) => {
		if (a.best.approx !== b.best.approx) return a.best.approx ? b : a;
		return b.members.length > a.members.length ? b : a;
	});
}

function sourcesOf(members: Measured[]): Source[] {
	const sources: Source[] = [];
	for (const m of members) addSource(sources, m.source);
	return sources;
}

function conflictOf(clusters: Cluster<Measured>[]): ConflictValue[] | undefined {
	if (clusters.length < 2) return undefined;
	return clusters.map((c) => ({ value: c.best.value, approx: c.best.approx, sources: sourcesOf(c.members) }));
}

function byPlace(a: { source: Source }, b: { source: Source }): number {
	return a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : a.source.line - b.source.line;
}

function describe(value: ConflictValue): string {
	const where = value.sources.map((s) => (s.path ? `${s.path}, line ${s.line}` : "settings")).join("; ");
	return `${value.approx ? "~" : ""}${value.value}% (${where})`;
}

export function mergeClaims(notes: ClaimsOfNote[], options: MergeOptions = {}): AtlasModel {
	const claims = notes.flatMap((n) => n.claims).sort(byPlace);
	const diagnostics: Diagnostic[] = notes.flatMap((n) => n.diagnostics);
	const registry = new EntityRegistry();

	const models = claims.filter((c): c is ModelClaim => c.kind === "model");
	for (const claim of models) if (!claim.weak) registry.addModel(claim);
	const edges = claims.filter((c): c is EdgeClaim => c.kind === "edge");
	// A model named as a parent in frontmatter is a model even if no table lists it. The dataset and
	// the challenge never are: `parent: "[[ImageNet]]"` files a note under ImageNet, it is no lineage.
	for (const edge of edges) {
		if (edge.mention || edge.edge !== "explicit" || NOT_A_MODEL.test(edge.from)) continue;
		for (const name of [edge.from, edge.to]) registry.addModel({ kind: "model", name, aliases: [], source: edge.source });
	}
	for (const claim of models) if (claim.weak) registry.attachNote(claim);

	const results = mergeResults(claims.filter((c): c is ResultClaim => c.kind === "result"), registry, diagnostics);
	const facts = mergeFacts(claims.filter((c): c is FactClaim => c.kind === "fact"), options);
	const entities = registry.entities();
	const lineage = buildLineage(entities, edges, registry, diagnostics);
	return { results, entities, lineage, facts, diagnostics };
}

function mergeResults(claims: ResultClaim[], registry: EntityRegistry, diagnostics: Diagnostic[]): ResultPoint[] {
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
			const paths = new Set(point.sources.map((s) => s.path));
			for (const path of paths) {
				const first = point.sources.find((s) => s.path === path);
				diagnostics.push({ kind: "conflict", path, line: first?.line ?? 1, message });
			}
		}
		points.push(point);
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
	for (const claim of claims) byKey.set(claim.key, [...(byKey.get(claim.key) ?? []), claim]);
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
