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
	ranges: Map<string, ValueRange>;
}

interface ValueRange {
	precision: number;
	atLeast: boolean;
	min: number;
	max: number;
}

function widen(ranges: Map<string, ValueRange>, m: Measured): void {
	const atLeast = !!m.atLeast;
	const key = `${m.precision}|${atLeast}`;
	const range = ranges.get(key);
	if (!range) ranges.set(key, { precision: m.precision, atLeast, min: m.value, max: m.value });
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
function agreesWithAll(ranges: Map<string, ValueRange>, claim: Measured): boolean {
	for (const { precision, atLeast, min, max } of ranges.values()) {
		const low = { value: min, precision, atLeast, approx: false, source: claim.source };
		const high = { ...low, value: max };
		if (!agree(low, claim) || !agree(high, claim)) return false;
	}
	return true;
}

export function cluster<T extends Measured>(claims: T[]): Cluster<T>[] {
	const clusters: Cluster<T>[] = [];
	for (const claim of claims) {
		let home = clusters.find((c) => agreesWithAll(c.ranges, claim));
		if (home) {
			home.members.push(claim);
			home.best = better(home.best, claim) as T;
		} else {
			home = { best: claim, members: [claim], ranges: new Map() };
			clusters.push(home);
		}
		widen(home.ranges, claim);
	}
	return clusters;
}

/** With a conflict, the value shown is an exact one with the most sources, then the first read. */
export function primary<T extends Measured>(clusters: Cluster<T>[]): Cluster<T> {
	return clusters.reduce((a, b) => {
		if (a.best.approx !== b.best.approx) return a.best.approx ? b : a;
		return b.members.length > a.members.length ? b : a;
	});
}

export function sourcesOf(members: Measured[]): Source[] {
	return uniqueSources(members.map((m) => m.source));
}

export function conflictOf(clusters: Cluster<Measured>[]): ConflictValue[] | undefined {
	if (clusters.length < 2) return undefined;
	return clusters.map((c) => ({ value: c.best.value, approx: c.best.approx, sources: sourcesOf(c.members) }));
}
