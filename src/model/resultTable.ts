// A table of results: each figure a claim of one entrant in one year, of the series the note gives it.
//
// How strongly a row asserts is what the note says, and no more. A figure is a *winner's* only where the
// note says so: its column or name column is headed as a place (`Winner`, `Runner-up err.`), a place
// column or the name cell says the place (`1st`, `Second place`), or the table's caption or heading
// presents the challenge's winners ("ILSVRC winners", "歷屆冠軍", "ILSVRC results"). Anything else is
// that entrant's own result for that year (series "entry"), which conflicts with nobody else's.
import { NO_VALUE, isFractionColumnRead, isNoValue, parseYearSpan, percentPrecision, readCell, toPercent, type CellReading } from "../parse/values";
import type { Diagnostic, Heading, ParsedNote, Table, TableRow } from "../parse/types";
import type { Place, TableColumns } from "./columns";
import { plainText, splitParenthetical } from "./names";
import { looksLikeAuthors } from "./people";
import { ILSVRC_CLASSIFICATION, type Claim, type ModelClaim, type ResultClaim, type Source } from "./types";
import { isOnly, placeIn } from "./vocabulary";

/**
 * A results table as it was read: what its columns hold, each row's cells as read and what each row
 * said. Read again after an edit, the table reads again only the rows that changed.
 */
export interface ResultRows {
	header: string[];
	section: Heading[];
	caption: string;
	columns: TableColumns;
	sectionYear: number | null;
	rows: TableRow[];
	/** Each row's cells as read, filled in as they are asked for (a cell never asked for is missing). */
	cells: CellReading[][];
	/** The column of names for figures whose header names none: the named one, else the first wordy one. */
	nameAt: number | null;
	/** Whether each error column is written as fractions. */
	fractions: boolean[];
	/** Whether a row says its place, so that the rows are read in order of place. */
	placesByOrder: boolean;
	/** What each row said, before the lower error of a year's winners is chosen. */
	claims: ResultClaim[][];
	diagnostics: Diagnostic[][];
}

/** What the table's caption and headings say it is. */
export interface TableContext {
	/** It lists a challenge's winners: its rows are winners unless a row says otherwise. */
	winners: boolean;
	/** It presents models as a lineage: its order says who came after whom. */
	lineage: boolean;
}

export function sourceOf(note: ParsedNote, line: number, raw: string): Source {
	return { path: note.path, line, raw: raw.trim() };
}

/** A row written as before, at the same line: what it says is what it said. */
export function sameRow(a: TableRow, b: TableRow): boolean {
	if (a.line !== b.line || a.raw !== b.raw || a.cells.length !== b.cells.length) return false;
	for (let i = 0; i < a.cells.length; i++) if (a.cells[i] !== b.cells[i]) return false;
	return true;
}

/** The column that names the entrant when no header does: the first column of words. `cellAt` reads a row's cell. */
function nameColumn(table: Table, columns: TableColumns, cellAt: (row: number, column: number) => CellReading): number | null {
	const isWordy = (index: number) => {
		let cells = 0;
		let words = 0;
		for (let r = 0; r < table.rows.length; r++) {
			const reading = cellAt(r, index);
			if (reading === NO_VALUE) continue;
			cells++;
			if (reading === null) words++;
		}
		return cells > 0 && words >= cells / 2;
	};
	if (columns.name !== null && isWordy(columns.name)) return columns.name;
	const taken = new Set([columns.year, columns.place, columns.people, columns.innovation, columns.description, ...columns.errors.map((e) => e.index)]);
	for (let k = 0; k < table.header.length; k++) if (!taken.has(k) && isWordy(k)) return k;
	return null;
}

/** A cell of a place column: `1`, `1st`, `Winner` -> winner; `2`, `2nd` -> runner-up; `3rd` -> 3rd; other places are entries. */
function placeOfCell(cell: string): Place | "entry" | null {
	const text = plainText(cell).toLowerCase();
	if (text === "" || isNoValue(text)) return null;
	if (/^(?:#?1|1st|1\.|first)$/.test(text)) return "winner";
	if (/^(?:#?2|2nd|2\.|second)$/.test(text)) return "runner-up";
	if (/^(?:#?3|3rd|3\.|third)$/.test(text)) return "3rd";
	return placeIn(text) ?? "entry";
}

/** A name cell that says the place instead of the team: "Second place", "Runner-up", "Winner", "亚军". */
function placeInName(name: string): Place | null {
	const bare = plainText(name).toLowerCase().replace(/^the\s+/, "").replace(/\s+(?:place|team)$/, "");
	if (isOnly(bare, "runnerUp")) return "runner-up";
	if (isOnly(bare, "third")) return "3rd";
	if (isOnly(bare, "winner")) return "winner";
	return null;
}

/**
 * Reads a results table's rows into `claims` and `diagnostics`. With `before` (the same table as read
 * last, under the same header, caption and headings), a row as it was in its place says what it said
 * then, when the columns are read as they were then.
 */
export function readResultTable(note: ParsedNote, table: Table, columns: TableColumns, sectionYear: number | null, context: TableContext, claims: Claim[], diagnostics: Diagnostic[], before: ResultRows | undefined): ResultRows {
	const rows = table.rows;
	const unchanged = rows.map((row, i) => before !== undefined && i < before.rows.length && sameRow(before.rows[i], row));
	// A row as it was keeps its cells as read (the arrays are shared: they only fill in with what the same text reads as).
	const cells = rows.map((_, i): CellReading[] => (unchanged[i] ? before!.cells[i] : []));
	const cellAt = (r: number, k: number): CellReading => {
		let reading = cells[r][k];
		if (reading === undefined) cells[r][k] = reading = readCell(rows[r].cells[k]);
		return reading;
	};
	const nameAt = before !== undefined && unchanged.every(Boolean) && rows.length === before.rows.length ? before.nameAt : nameColumn(table, columns, cellAt);
	// Whether a column is of fractions needs all of its cells before any is read as a rate.
	const fractions = columns.errors.map((e) => isFractionColumnRead(rows.map((_, r) => cellAt(r, e.index))));
	// A table under a year's heading whose rows say their places ("Second place") lists that year in order of place.
	const placesByOrder = columns.year === null && nameAt !== null && rows.some((row) => placeInName(row.cells[nameAt] ?? "") !== null);
	const readAsBefore = before !== undefined && nameAt === before.nameAt && placesByOrder === before.placesByOrder && fractions.every((f, c) => f === before.fractions[c]);
	const rowClaims: ResultClaim[][] = [];
	const rowDiagnostics: Diagnostic[][] = [];
	rows.forEach((row, rowIndex) => {
		if (readAsBefore && unchanged[rowIndex]) {
			rowClaims.push(before.claims[rowIndex]);
			rowDiagnostics.push(before.diagnostics[rowIndex]);
			return;
		}
		const read: ResultClaim[] = [];
		const said: Diagnostic[] = [];
		rowClaims.push(read);
		rowDiagnostics.push(said);
		const span = columns.year !== null ? parseYearSpan(row.cells[columns.year]) : null;
		const year = span ? span.from : columns.year === null ? sectionYear : null;
		const placeCell = columns.place === null ? null : placeOfCell(row.cells[columns.place]);
		for (let c = 0; c < columns.errors.length; c++) {
			const column = columns.errors[c];
			const nameIndex = column.name !== null ? columns.names[column.name].index : nameAt;
			const nameCell = nameIndex === null ? "" : (row.cells[nameIndex] ?? "");
			const { name, extra } = splitParenthetical(nameCell);
			const named = placeInName(name);
			const entrant = named !== null || isNoValue(name) ? "" : name;
			const cell = row.cells[column.index];
			const reading = cellAt(rowIndex, column.index);
			if (reading === NO_VALUE) continue;
			const figures = column.packed ? packedFigures(cell, column.packed) : [{ reading, metric: column.metric }];
			for (const figure of figures) {
				const value = figure.reading === null || figure.reading === NO_VALUE ? null : figure.reading.value;
				const rate = value && (value.unit === "percent" || value.unit === "plain") ? toPercent(value, fractions[c]) : null;
				if (!value || rate === null || rate < 0 || rate > 100) {
					said.push({ kind: "unreadable-cell", path: note.path, line: row.line, message: `"${cell}" in the ${table.header[column.index] || "error"} column is not an error rate.` });
					break;
				}
				if (year === null) {
					const yearCell = columns.year === null ? "" : row.cells[columns.year];
					said.push({
						kind: "row-without-year",
						path: note.path,
						line: row.line,
						message: yearCell === "" ? `The row "${nameCell || cell}" has no year, so ${cell} is not on the timeline.` : `"${yearCell}" is not a year, so ${cell} in this row is not on the timeline.`,
					});
					break;
				}
				// Accuracy is the complement of error: 92.7% accuracy is a 7.3% error (the raw text stays in the source).
				const percent = column.accuracy ? Math.round((100 - rate) * 1e6) / 1e6 : rate;
				const place = column.place ?? (placeCell !== null ? placeCell : null) ?? named ?? (placesByOrder ? placeByOrder(rowIndex) : context.winners ? "winner" : "entry");
				const claim: ResultClaim = {
					kind: "result",
					benchmark: ILSVRC_CLASSIFICATION,
					series: figure.metric === "top-1" ? "top-1" : place,
					year,
					value: percent,
					approx: value.approx,
					precision: percentPrecision(value, fractions[c]) ?? value.precision,
					entrant,
					entrantAliases: extra && !extra.includes(",") ? [extra] : [],
					source: sourceOf(note, row.line, row.raw),
				};
				if (column.accuracy) claim.derived = "accuracy";
				read.push(claim);
			}
		}
	});
	diagnostics.push(...rowDiagnostics.flat());
	const read = rowClaims.flat();
	claims.push(...(columns.place === null ? lowerErrorWins(read) : read));
	return { header: table.header, section: table.section, caption: table.caption, columns, sectionYear, rows, cells, nameAt, fractions, placesByOrder, claims: rowClaims, diagnostics: rowDiagnostics };
}

function placeByOrder(rowIndex: number): Place | "entry" {
	return rowIndex === 0 ? "winner" : rowIndex === 1 ? "runner-up" : rowIndex === 2 ? "3rd" : "entry";
}

/** `24.7%/7.8%` under a `top1/top5` header: both figures, in the header's order. */
function packedFigures(cell: string, order: readonly ("top-1" | "top-5")[]): { reading: CellReading; metric: "top-1" | "top-5" }[] {
	const parts = cell.split(/\s*[/|]\s*|\s*\\\|\s*/);
	if (parts.length !== order.length) return [{ reading: null, metric: order[0] }];
	return parts.map((part, k) => ({ reading: readCell(part), metric: order[k] }));
}

/**
 * A winners table with two rows for one year (VGG and GoogLeNet in 2014): the lower error won, the
 * others are entries. The claims to give, those others as copies: a row's own claims stay as the row
 * said them, for the next reading of the table.
 */
function lowerErrorWins(read: ResultClaim[]): ResultClaim[] {
	const byYear = new Map<string, ResultClaim[]>();
	for (let i = 0; i < read.length; i++) {
		const claim = read[i];
		const key = `${claim.series}|${claim.year}`;
		const group = byYear.get(key);
		if (group) group.push(claim);
		else byYear.set(key, [claim]);
	}
	const entries = new Set<ResultClaim>();
	for (const group of byYear.values()) {
		if (group.length < 2 || group[0].series !== "winner") continue;
		// Two figures of one entrant (with and without extra data) are both its own: only other entrants lose.
		const best = group.reduce((a, b) => (b.value < a.value ? b : a));
		for (const claim of group) if (claim !== best && claim.entrant.toLowerCase() !== best.entrant.toLowerCase()) entries.add(claim);
	}
	return entries.size === 0 ? read : read.map((claim) => (entries.has(claim) ? { ...claim, series: "entry" } : claim));
}

/**
 * The models a results table names in a column headed as models (`Model`, `模型`): each a model of its
 * row's year. Authors ("Lin et al.") named for their entry are not models.
 */
export function modelsOfResultTable(note: ParsedNote, table: Table, columns: TableColumns, claims: Claim[]): { year: number; names: string[]; row: TableRow }[] {
	const column = columns.names.find((n) => n.models);
	const rows: { year: number; names: string[]; row: TableRow }[] = [];
	if (!column || columns.year === null) return rows;
	for (const row of table.rows) {
		const span = parseYearSpan(row.cells[columns.year]);
		const { name, extra } = splitParenthetical(row.cells[column.index] ?? "");
		if (!span || name === "" || isNoValue(name) || looksLikeAuthors(name) || placeInName(name) !== null) continue;
		const model: ModelClaim = { kind: "model", name, aliases: [], bracketAliases: extra && !extra.includes(",") && !looksLikeAuthors(extra) ? [extra] : [], year: span.to, source: sourceOf(note, row.line, row.raw) };
		claims.push(model);
		rows.push({ year: span.to, names: [name], row });
	}
	return rows;
}
