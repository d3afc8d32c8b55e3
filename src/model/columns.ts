// What each column of a table holds, read from its header as a person reads it (vocabulary.ts holds
// the words, in every language): the year, a name (team, model, or a place's entrant such as
// "Runner-up"), a figure (error or accuracy, top-1 or top-5, of a series), the place, an innovation,
// a description, people. A figure column belongs to the name column it names or stands beside:
// in `Year | Winner | Top-5 err. | Runner-up | Runner-up err.` the last figure is the runner-up's.
import { plainText } from "./names";
import type { Table } from "../parse/types";
import { isOnly, metricIn, packedMetrics, placeIn, says } from "./vocabulary";

export type Place = "winner" | "runner-up" | "3rd";

export interface NameColumn {
	index: number;
	/** The place its header names (`Winner`, `Runner-up`, `2nd place`), else null. */
	place: Place | null;
	/** The header says these are models (`Model`, `Architecture`, `模型`). */
	models: boolean;
}

export interface ErrorColumn {
	index: number;
	metric: "top-5" | "top-1";
	/** `top1/top5` in one header: each cell packs both figures, in this order (`24.7%/7.8%`). */
	packed: ["top-1", "top-5"] | ["top-5", "top-1"] | null;
	/** The header names accuracy, not error: a figure becomes 100 − figure. */
	accuracy: boolean;
	/** The place the header names (`Runner-up err.`), else that of its name column, else null. */
	place: Place | null;
	/** The name column whose entrant the figure is (index into `names`), or null. */
	name: number | null;
}

export interface TableColumns {
	year: number | null;
	/** Every column of names, left to right. */
	names: NameColumn[];
	/** The first name column's index (the entrant of figures that name no other), or null. */
	name: number | null;
	errors: ErrorColumn[];
	innovation: number | null;
	description: number | null;
	/** A column that says each row's place: `1st`, `Winner`, `Runner-up`. */
	place: number | null;
	/** A column of people (`Author`, `Person`): names there are never models. */
	people: number | null;
}

/** A figure about a gap between two others, not a result: `Margin`, `Drop`, `Improvement`. */
const NOT_A_RESULT = /margin|drop|gap|improvement|reduction|delta|diff|Δ|params|parameters|size|flops|latency|time|depth|layers/i;

export function classifyColumns(header: string[]): TableColumns {
	const columns: TableColumns = { year: null, names: [], name: null, errors: [], innovation: null, description: null, place: null, people: null };
	const plain = header.map((h) => plainText(h));
	plain.forEach((h, index) => {
		if (h === "") return;
		const metric = metricIn(h);
		const figure = (says(h, "error") || says(h, "accuracy") || metric !== null) && !NOT_A_RESULT.test(h);
		if (columns.year === null && says(h, "year") && !figure) {
			columns.year = index;
		} else if (columns.place === null && (isOnly(h, "place") || /^series$/i.test(h))) {
			columns.place = index;
		} else if (figure) {
			const accuracy = says(h, "accuracy") && !says(h, "error");
			columns.errors.push({ index, metric: metric ?? "top-5", packed: packedMetrics(h), accuracy, place: placeIn(h), name: null });
		} else if (columns.people === null && says(h, "people") && !says(h, "model")) {
			columns.people = index;
		} else if (says(h, "team") || says(h, "model") || says(h, "name") || placeIn(h) !== null) {
			columns.names.push({ index, place: placeIn(h), models: says(h, "model") });
		} else if (columns.innovation === null && says(h, "innovation")) {
			columns.innovation = index;
		} else if (columns.description === null && says(h, "description")) {
			columns.description = index;
		}
	});
	columns.name = columns.names.length > 0 ? columns.names[0].index : null;
	// Each figure belongs to the name column of its place, else to the nearest name column on its left.
	for (const figure of columns.errors) {
		let owner = figure.place === null ? -1 : columns.names.findIndex((n) => n.place === figure.place);
		if (owner === -1) for (let k = 0; k < columns.names.length; k++) if (columns.names[k].index < figure.index) owner = k;
		if (owner === -1 && columns.names.length > 0) owner = 0;
		figure.name = owner === -1 ? null : owner;
		figure.place ??= owner === -1 ? null : columns.names[owner].place;
	}
	return columns;
}

/**
 * Some pasted tables have an empty header and their real column names in the first body row
 * (a spreadsheet export). Such a table is read as if that row were the header.
 */
export function withRealHeader(table: Table): Table {
	const emptyHeader = table.header.filter((h) => h.trim() === "").length >= Math.ceil(table.header.length / 2);
	if (!emptyHeader || table.rows.length === 0) return table;
	const first = table.rows[0].cells;
	const wordy = first.filter((c) => /\p{L}/u.test(c) && !/^\s*[\d.,%~]+\s*$/.test(c)).length;
	if (wordy < Math.ceil(first.length / 3)) return table;
	const header = first.map((cell, k) => (cell.trim() !== "" ? cell : table.header[k]));
	return { ...table, header, rows: table.rows.slice(1) };
}
