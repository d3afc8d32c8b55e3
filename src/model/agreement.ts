// When figures from several sources agree, and how sources that disagree are grouped: the clusters a
// merge turns into one value, or a conflict with every value and its sources.
import { uniqueSources } from "./entities";
import type { ConflictValue, Source } from "./types";

export interface Measured {
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
export function better(a: Measured, b: Measured): Measured {
	if (!!a.atLeast !== !!b.atLeast) return a.atLeast ? b : a;
	if (a.precision !== b.precision) return a.precision < b.precision ? a : b;
	if (a.approx !== b.approx) return a.approx ? b : a;
	return a;
}

export interface Cluster<T extends Measured> {
	best: T;
	members: T[];
	/** The lowest and highest value of the members, per precision and bound: enough to tell whether a claim agrees with every member. */
	ranges: ValueRange[];
}

interface ValueRange {
	precision: number;
	atLeast: boolean;
	min: number;
	max: number;
}

function widen(ranges: ValueRange[], m: Measured): void {
	const atLeast = !!m.atLeast;
	const range = ranges.find((r) => r.precision === m.precision && r.atLeast === atLeast);
	if (!range) ranges.push({ precision: m.precision, atLeast, min: m.value, max: m.value });
	else {
		if (m.value < range.min) range.min = m.value;
		if (m.value > range.max) range.max = m.value;
	}
}

/**
 * Whether `claim` agrees with every member, as `members.every((m) => agree(m, claim))` says. For one
 * precision and kind of bound, the values a claim agrees with form one interval, so the lowest and
 * highest member decide for all of them.
 */
function agreesWithAll(ranges: ValueRange[], claim: Measured): boolean {
	for (const range of ranges) if (!agreesWithBound(range, range.min, claim) || !agreesWithBound(range, range.max, claim)) return false;
	return true;
}

/** `agree` of a member of `range` with value `value` and `claim`, without building the member. */
function agreesWithBound(range: ValueRange, value: number, claim: Measured): boolean {
	const tolerance = Math.max(range.precision, claim.precision) / 2 + 1e-9;
	if (range.atLeast && claim.value >= value - tolerance) return true;
	if (claim.atLeast && value >= claim.value - tolerance) return true;
	return Math.abs(value - claim.value) <= tolerance;
}

export function cluster<T extends Measured>(claims: T[]): Cluster<T>[] {
	const clusters: Cluster<T>[] = [];
	for (const claim of claims) {
		let home: Cluster<T> | undefined;
		for (const c of clusters) {
			if (!agreesWithAll(c.ranges, claim)) continue;
			home = c;
			break;
		}
		if (home) {
			home.members.push(claim);
			home.best = better(home.best, claim) as T;
		} else {
			home = { best: claim, members: [claim], ranges: [] };
			clusters.push(home);
		}
		widen(home.ranges, claim);
	}
	return clusters;
}

/** How many notes say a cluster's value: the same note saying it twice is one voice. */
function independentNotes(cluster: Cluster<Measured>): number {
	const paths = new Set<string>();
	for (const m of cluster.members) paths.add(m.source.path);
	return paths.size;
}

/**
 * With a conflict, the value shown is chosen by the evidence, never by which note was read first:
 * the value more notes say, then the more precise, then an exact one over an approximate one, then
 * the lower. Renaming or reordering notes leaves the choice as it was.
 */
export function primary<T extends Measured>(clusters: Cluster<T>[]): Cluster<T> {
	return clusters.reduce((a, b) => {
		const notes = independentNotes(b) - independentNotes(a);
		if (notes !== 0) return notes > 0 ? b : a;
		if (a.best.precision !== b.best.precision) return b.best.precision < a.best.precision ? b : a;
		if (a.best.approx !== b.best.approx) return a.best.approx ? b : a;
		return b.best.value < a.best.value ? b : a;
	});
}

/** A copy of `claims` in an order that depends on the figures alone (lowest value first), so that clusters do not depend on the order notes are read in. */
export function inValueOrder<T extends Measured>(claims: readonly T[]): T[] {
	return claims.slice().sort((a, b) => a.value - b.value || a.precision - b.precision || Number(a.approx) - Number(b.approx) || Number(!!a.atLeast) - Number(!!b.atLeast));
}

export function sourcesOf(members: Measured[]): Source[] {
	const sources = new Array<Source>(members.length);
	for (let i = 0; i < members.length; i++) sources[i] = members[i].source;
	return uniqueSources(sources);
}

/** The sources of `members` in the order `inPlaceOrder` holds them (the order the notes were read in). */
export function sourcesInPlaceOrder(members: readonly Measured[], inPlaceOrder: readonly Measured[]): Source[] {
	if (members.length === inPlaceOrder.length) return sourcesOf(inPlaceOrder as Measured[]);
	const wanted = new Set(members);
	return sourcesOf(inPlaceOrder.filter((m) => wanted.has(m)));
}

/** Every value of a conflict, each with only the sources that say it: the value shown first, then the others from the lowest. */
export function conflictOf(clusters: Cluster<Measured>[], inPlaceOrder: readonly Measured[], shown: Cluster<Measured>): ConflictValue[] | undefined {
	if (clusters.length < 2) return undefined;
	const ordered = [shown, ...clusters.filter((c) => c !== shown)];
	return ordered.map((c) => ({ value: c.best.value, approx: c.best.approx, sources: sourcesInPlaceOrder(c.members, inPlaceOrder) }));
}
