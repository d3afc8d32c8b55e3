// Result claims -> result points: claims about the same thing (a place of a year, or one entrant's
// figure) are grouped, each group settles on the value the evidence shows, named by its entrant, and
// keeps every other value as a conflict with its own sources, matched against the official record.
import type { Diagnostic } from "../parse/types";
import { cluster, conflictOf, inValueOrder, primary, sourcesInPlaceOrder } from "./agreement";
import { bySource, byText, CLAIMS_PER_STEP } from "./claimOrder";
import type { EntityRegistry } from "./entities";
import { looksLikeAuthors } from "./people";
import { officialFields } from "../reference/match";
import { COMPLETE_YEARS, OFFICIAL } from "../reference/record";
import type { ConflictValue, ResultClaim, ResultPoint, Source } from "./types";

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

/** One result group as the last full merge settled it: enough to settle it again without the registry. */
export interface GroupRecord {
	/** The group's claims in merge order, promoted ("entry" read as the place its entrant held) as the merge read them. */
	claims: ResultClaim[];
	/** Whether each entrant of the group named a known model when the group was settled. */
	knownModel: Map<string, boolean>;
	/** The claim that named the point, and the point's place in the sorted results. */
	named: ResultClaim;
	point: ResultPoint;
	pointIndex: number;
	diagnostics: Diagnostic[];
}

/** Where a note's result claim sits: its group, its place there, and the series it was promoted to (null if none). */
export interface ClaimPlace {
	group: GroupRecord;
	index: number;
	promoted: string | null;
}

/** What a full merge leaves for a merge that redoes only the groups an edit touched. */
export interface MergeRecord {
	groups: GroupRecord[];
	places: Map<ResultClaim, ClaimPlace>;
	/** The cycle diagnostics the lineage added, after the conflicts. */
	cycles: Diagnostic[];
}

/**
 * The entrant that names a point, by the evidence: a known model over a team, a team over a list of
 * authors, then the name more claims give, then the first in alphabetical order. Never by file order.
 */
function nameOfPoint(claims: readonly ResultClaim[], isKnownModel: (name: string) => boolean): ResultClaim | undefined {
	const votes = new Map<string, { claim: ResultClaim; count: number; rank: number }>();
	for (const claim of claims) {
		if (claim.entrant === "") continue;
		const key = claim.entrant.toLowerCase();
		const known = votes.get(key);
		if (known) {
			known.count++;
			if (claim.source.path < known.claim.source.path && claim.entrant === known.claim.entrant) known.claim = claim;
			continue;
		}
		const rank = isKnownModel(claim.entrant) ? 0 : looksLikeAuthors(claim.entrant) ? 2 : 1;
		votes.set(key, { claim, count: 1, rank });
	}
	let best: { claim: ResultClaim; count: number; rank: number } | undefined;
	for (const vote of votes.values()) {
		if (!best || vote.rank < best.rank || (vote.rank === best.rank && (vote.count > best.count || (vote.count === best.count && vote.claim.entrant < best.claim.entrant)))) best = vote;
	}
	return best?.claim;
}

/**
 * The value, the name and the sources one group of results settles on; the registry only answers
 * which names are models. The point lists only the sources of the value it shows; a conflict lists
 * each value with its own. Nothing here depends on the order the notes were read in.
 */
export function settleGroup(group: ResultClaim[], isKnownModel: (name: string) => boolean) {
	const clusters = cluster(inValueOrder(group));
	const main = primary(clusters);
	const shown = main.best;
	const named = nameOfPoint(main.members, isKnownModel) ?? nameOfPoint(group, isKnownModel) ?? shown;
	const conflict = conflictOf(clusters, group, main);
	// Each value against the official record, with every name its own claims give the entrant.
	const ordered = [main, ...clusters.filter((c) => c !== main)];
	const recordOf = (members: ResultClaim[], best: ResultClaim) => {
		const names = new Set<string>();
		for (const m of members) {
			// Authors ("Lin et al.") name the paper, not the team: the record knows the entry by team or model.
			if (m.entrant !== "" && !looksLikeAuthors(m.entrant)) names.add(m.entrant);
			for (const alias of m.entrantAliases) names.add(alias);
		}
		return officialFields({ year: best.year, value: best.value, precision: best.precision, series: best.series, names: [...names] }, OFFICIAL, COMPLETE_YEARS);
	};
	if (conflict) conflict.forEach((value, i) => Object.assign(value, recordOf(ordered[i].members, ordered[i].best)));
	return { shown, named, sources: sourcesInPlaceOrder(main.members, group), conflict, record: recordOf(main.members, shown) };
}

export function resultPoint(settled: ReturnType<typeof settleGroup>, entity: string): ResultPoint {
	const { shown, named, sources, conflict } = settled;
	const point: ResultPoint = { benchmark: shown.benchmark, series: shown.series, year: shown.year, value: shown.value, approx: shown.approx, entrant: named.entrant, entity, sources, official: settled.record.official };
	if (settled.record.closest) point.closest = settled.record.closest;
	if (conflict) point.conflict = conflict;
	return point;
}

/** A conflict's diagnostic: one for the disputed figure, naming every source, placed at its first source. */
export function conflictDiagnostics(point: ResultPoint): Diagnostic[] {
	const conflict = point.conflict;
	if (!conflict) return [];
	let values = "";
	const sources: Source[] = [];
	for (let i = 0; i < conflict.length; i++) {
		values += (i === 0 ? "" : " and ") + describe(conflict[i]);
		for (const source of conflict[i].sources) sources.push(source);
	}
	sources.sort(bySource);
	const first = sources[0];
	return [{ kind: "conflict", path: first.path, line: first.line, message: `${point.year} ${point.series}: ${values} disagree.`, sources }];
}

/** Claims that are about the same thing, and so may conflict: a place of a year (its winner, its runner-up) is one thing; any other result is its entrant's own. */
const PLACES = new Set(["winner", "runner-up", "3rd"]);

export function* mergeResults(original: ResultClaim[], registry: EntityRegistry, diagnostics: Diagnostic[], record: MergeRecord | null): Generator<void, ResultPoint[], void> {
	// Every bracketed name a row gives ("AlexNet (SuperVision)") is known before any entrant is
	// resolved, so a bare "SuperVision" elsewhere finds AlexNet whatever order the notes are read in.
	const bracketed = original.filter((c) => c.entrant !== "" && c.entrantAliases.length > 0);
	bracketed.sort((a, b) => byText(a.entrant, b.entrant) || byText(a.entrantAliases.join("\u0001"), b.entrantAliases.join("\u0001")));
	for (const claim of bracketed) registry.entrant(claim.entrant, claim.entrantAliases, claim.source);
	// A note that gives a model's result without its place (its own note, a list of entries) gives the
	// figure of the place that model held that year, where another note says which: "VGG 7.3%" is the
	// runner-up's figure once a note says VGG came second. Only an entrant that resolves to a known
	// entity can be matched: two unknown names are not one entrant.
	const entityKey = (c: ResultClaim) => {
		const id = c.entrant === "" ? undefined : registry.find(c.entrant)?.id;
		return id === undefined ? null : `${c.benchmark}|${c.year}|${id}`;
	};
	const placeOf = new Map<string, string>();
	for (const c of original) {
		if (!PLACES.has(c.series)) continue;
		const key = entityKey(c);
		const held = key === null ? undefined : placeOf.get(key);
		if (key !== null && (held === undefined || seriesOrder(c.series) < seriesOrder(held))) placeOf.set(key, c.series);
	}
	const claims = original.map((c) => {
		if (c.series !== "entry") return c;
		const key = entityKey(c);
		const place = key === null ? undefined : placeOf.get(key);
		return place === undefined ? c : { ...c, series: place };
	});
	yield;
	const groups = new Map<string, ResultClaim[]>();
	const groupOf: ResultClaim[][] = [];
	for (const claim of claims) {
		const about = PLACES.has(claim.series) ? "" : (registry.find(claim.entrant)?.id ?? claim.entrant.toLowerCase());
		const key = `${claim.benchmark}\u0000${claim.series}\u0000${claim.year}\u0000${about}`;
		let group = groups.get(key);
		if (group) group.push(claim);
		else groups.set(key, (group = [claim]));
		groupOf.push(group);
	}
	const points: ResultPoint[] = [];
	// Points of one year and series (entries of several entrants) keep the order the notes give them in.
	const firstPlace = new Map<ResultPoint, Source>();
	const records = new Map<ResultClaim[], GroupRecord>();
	let sinceYield = 0;
	// Groups settle in the order of what they are about, so that the entities their names make do not depend on the notes' order.
	for (const group of [...groups.keys()].sort(byText).map((key) => groups.get(key)!)) {
		const knownModel = new Map<string, boolean>();
		const isKnownModel = (name: string) => {
			let known = knownModel.get(name);
			if (known === undefined) knownModel.set(name, (known = registry.findModel(name) !== undefined));
			return known;
		};
		const settled = settleGroup(group, isKnownModel);
		const { shown, named } = settled;
		const entity = registry.entrant(named.entrant, named.entrantAliases, named.source);
		// Every claim that names the point's entrant as it does is a source of that entity too.
		const spelling = named.entrant.toLowerCase();
		if (entity) for (const claim of group) if (claim !== named && claim.entrant.toLowerCase() === spelling) registry.entrant(claim.entrant, claim.entrantAliases, claim.source);
		if (entity && shown.series === "winner") registry.addYear(entity.id, shown.year);
		const point = resultPoint(settled, entity?.id ?? "");
		const conflicts = conflictDiagnostics(point);
		diagnostics.push(...conflicts);
		points.push(point);
		firstPlace.set(point, group[0].source);
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
	points.sort((a, b) => a.year - b.year || seriesOrder(a.series) - seriesOrder(b.series) || a.series.localeCompare(b.series) || bySource(firstPlace.get(a)!, firstPlace.get(b)!));
	if (record) {
		const pointIndex = new Map(points.map((point, i) => [point, i]));
		for (const groupRecord of record.groups) groupRecord.pointIndex = pointIndex.get(groupRecord.point)!;
		const indexIn = new Map<ResultClaim[], number>();
		original.forEach((claim, i) => {
			const group = groupOf[i];
			const index = indexIn.get(group) ?? 0;
			indexIn.set(group, index + 1);
			record.places.set(claim, { group: records.get(group)!, index, promoted: claims[i] !== claim ? claims[i].series : null });
		});
	}
	return points;
}

function seriesOrder(series: string): number {
	return series === "winner" ? 0 : series === "runner-up" ? 1 : series === "3rd" ? 2 : 3;
}
