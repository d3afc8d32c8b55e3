// A note's figure against the official record: which official entry of its year it agrees with (the
// half-unit rule of the merge: 11.7 agrees with 11.743, 11.2 with 11.197), preferring the entry of the
// team or model the note names, then the place the note claims; and, when none agrees, the closest.
import { nameKey } from "../model/names";
import type { Closest } from "../model/types";
import type { OfficialEntry, Task } from "./types";

/** What the JSON contract carries for a matched figure. */
export interface Official {
	value: number;
	team: string;
	description: string;
	task: Task;
	url: string;
	/** "supplied" or "outside" training data. */
	data: "supplied" | "outside";
	/** One unit in the last printed place, in percent: 11.743 was printed 0.11743. */
	precision: number;
	/** How the figure relates to the entry: the entry of the team or place the note names, or another one. */
	verdict: "matches" | "another entry";
}

/** A figure of the notes, as the record is asked about it. */
export interface NoteFigure {
	year: number;
	/** Percent. */
	value: number;
	/** One unit in the last written place, in percent. */
	precision: number;
	/** "winner", "runner-up", "3rd", "entry", "top-1", ... */
	series: string;
	/** Every name the notes give the entrant of this figure (team, model, bracketed names). */
	names: readonly string[];
}

export interface Check {
	official: Official | null;
	/** When nothing agrees: the nearest entry of the year, and how near (within one unit of the note's last place is "rounded"). */
	closest: OfficialEntry | null;
	verdict: "matches" | "rounded" | "another entry" | "no match" | "not in the record";
}

const PLACE_OF_SERIES: Record<string, number> = { winner: 1, "runner-up": 2, "3rd": 3 };

function agrees(entry: OfficialEntry, figure: NoteFigure): boolean {
	return Math.abs(entry.value - figure.value) <= Math.max(entry.precision, figure.precision) / 2 + 1e-9;
}

function officialOf(entry: OfficialEntry, verdict: Official["verdict"]): Official {
	return { value: entry.value, team: entry.team, description: entry.description, task: entry.task, url: entry.url, data: entry.data, precision: entry.precision, verdict };
}

/** Whether the entry is the one the figure's names or place point at. */
function isNamed(entry: OfficialEntry, figure: NoteFigure): boolean {
	const keys = new Set(figure.names.map(nameKey).filter((k) => k !== ""));
	if (keys.has(nameKey(entry.team)) || (entry.model !== undefined && keys.has(nameKey(entry.model)))) return true;
	return keys.size === 0 && PLACE_OF_SERIES[figure.series] === entry.place;
}

/**
 * The record's answer for one figure of the notes (classification, top-5: the record holds no top-1).
 * `completeYears` are the years whose whole table the record holds: in another year a figure no entry
 * agrees with may be an entry the record lacks, so it is "not in the record", never "no match".
 */
export function checkFigure(figure: NoteFigure, record: readonly OfficialEntry[], completeYears?: ReadonlySet<number>): Check {
	if (figure.series === "top-1") return { official: null, closest: null, verdict: "not in the record" };
	const ofYear = record.filter((e) => e.year === figure.year && e.task === "classification");
	if (ofYear.length === 0) return { official: null, closest: null, verdict: "not in the record" };
	const agreeing = ofYear.filter((e) => agrees(e, figure));
	if (agreeing.length > 0) {
		const named = agreeing.filter((e) => isNamed(e, figure));
		const nearest = (list: OfficialEntry[]) => list.reduce((a, b) => (Math.abs(b.value - figure.value) < Math.abs(a.value - figure.value) || (Math.abs(b.value - figure.value) === Math.abs(a.value - figure.value) && b.place < a.place) ? b : a));
		if (named.length > 0) return { official: officialOf(nearest(named), "matches"), closest: null, verdict: "matches" };
		// Nothing the note names agrees: the figure is another entry's (the runner-up's, another data track's).
		const other = nearest(agreeing);
		const namesSomething = figure.names.length > 0 || PLACE_OF_SERIES[figure.series] !== undefined;
		return { official: officialOf(other, namesSomething ? "another entry" : "matches"), closest: null, verdict: namesSomething ? "another entry" : "matches" };
	}
	// In a year the record holds only the winner of, only a winner's figure can be told apart from it.
	const complete = completeYears === undefined || completeYears.has(figure.year);
	const comparable = complete ? ofYear : figure.series === "winner" ? ofYear.filter((e) => e.place === 1) : [];
	if (comparable.length === 0) return { official: null, closest: null, verdict: "not in the record" };
	const closest = comparable.reduce((a, b) => (Math.abs(b.value - figure.value) < Math.abs(a.value - figure.value) ? b : a));
	const rounded = Math.abs(closest.value - figure.value) <= figure.precision + 1e-9;
	return { official: null, closest, verdict: rounded ? "rounded" : "no match" };
}

/** A figure as the results page printed it: 25.770% for 0.25770. */
function percent(value: number, precision = 0.001): string {
	return `${value.toFixed(Math.max(0, Math.round(-Math.log10(precision))))}%`;
}

function dataWords(entry: { data: "supplied" | "outside" }): string {
	return entry.data === "outside" ? "with outside training data" : "supplied data only";
}

/** The check in words, for the card, the tooltip, the conflicts list and the command line. */
export function explain(check: Check, year: number): string {
	if (check.official) {
		const o = check.official;
		const which = check.verdict === "another entry" ? "is the official" : "matches the official";
		return `${which} ${percent(o.value, o.precision)} (${o.team}, ${dataWords(o)})`;
	}
	// The record holds part of most years (see record.ts), and no top-1 figures: this is no verdict on the figure.
	if (check.verdict === "not in the record") return `is not in the official record as the plugin holds it (it has only part of ${year}'s results)`;
	const closest = check.closest!;
	if (check.verdict === "rounded") return `is close to the official ${percent(closest.value, closest.precision)} (${closest.team}, ${dataWords(closest)}) but not equal at its precision`;
	return `matches no official entry of ${year} (closest: ${percent(closest.value, closest.precision)}, ${closest.team})`;
}

/** What a result point (or a value of its conflict) carries of the record: its official entry or null, and the nearest entry when none agrees. */
export function officialFields(figure: NoteFigure, record: readonly OfficialEntry[], completeYears?: ReadonlySet<number>): { official: Official | null; closest?: Closest } {
	const check = checkFigure(figure, record, completeYears);
	if (check.official || !check.closest || (check.verdict !== "rounded" && check.verdict !== "no match")) return { official: check.official };
	return { official: null, closest: { value: check.closest.value, team: check.closest.team, data: check.closest.data, verdict: check.verdict } };
}

/** The words for a figure's record fields (`official`, `closest`), as the views and the command line say them. */
export function explainFields(fields: { official?: Official | null; closest?: Closest }, year: number): string {
	if (fields.official) return explain({ official: fields.official, closest: null, verdict: fields.official.verdict }, year);
	if (fields.closest) {
		const c = fields.closest;
		const entry = { year, task: "classification", team: c.team, value: c.value, precision: 0.001, data: c.data, description: "", place: 0, url: "" } satisfies OfficialEntry;
		return explain({ official: null, closest: entry, verdict: c.verdict }, year);
	}
	return explain({ official: null, closest: null, verdict: "not in the record" }, year);
}

/** The verdict on a figure from its record fields, in the check panel's and `--check`'s words. */
export function verdictOf(fields: { official?: Official | null; closest?: Closest }): Check["verdict"] {
	return fields.official?.verdict ?? fields.closest?.verdict ?? "not in the record";
}

/** Whether the record explains a conflict: every value agrees with an official entry. */
export function explainedByRecord(values: readonly { official?: Official | null }[]): boolean {
	return values.length > 0 && values.every((v) => v.official);
}
