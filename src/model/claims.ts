// ParsedNote -> claims. Each claim says one thing the note states, with its source and as strongly as
// the note says it. One reader per way a note states a thing: result tables (resultTable.ts), lineage
// tables (lineageTable.ts), fact and key/value tables (facts.ts), frontmatter and inline fields
// (noteModel.ts), and of prose only the human baseline. What a table is comes from its header, its
// caption and its heading.
import { findYearIn, parseValue } from "../parse/values";
import type { Diagnostic, Heading, ParsedNote, Table, TableRow } from "../parse/types";
import { classifyColumns, withRealHeader } from "./columns";
import { keyValueRows, readFactTable, readHumanBaselineInProse } from "./facts";
import { readNoteModel } from "./noteModel";
import { edgesByOrder, readLineageTable } from "./lineageTable";
import { plainText, splitParenthetical } from "./names";
import { modelsOfResultTable, readResultTable, sameRow, sourceOf, type ResultRows, type TableContext } from "./resultTable";
import { metricIn, placeIn, says } from "./vocabulary";
import { ILSVRC_CLASSIFICATION, type Claim } from "./types";

export { sourceOf };

export interface NoteClaims {
	claims: Claim[];
	diagnostics: Diagnostic[];
}

/** What one table of a note said: its claims and diagnostics, with the table they were read from. */
export interface TableReading {
	path: string;
	table: Table;
	claims: Claim[];
	diagnostics: Diagnostic[];
	/** For a results table, how its rows were read (undefined for other tables). */
	results: ResultRows | undefined;
}

/** A note's claims, with what each of its tables said (in table order). */
export interface NoteClaimsByTable extends NoteClaims {
	tables: TableReading[];
}

export function extractClaims(note: ParsedNote): NoteClaims {
	return extractClaimsByTable(note, []);
}

/**
 * The note's claims. A table written exactly as the table in its place in `previous` (the note's
 * last reading) says what it said then: its claims are those very objects, not read again.
 */
export function extractClaimsByTable(note: ParsedNote, previous: readonly TableReading[]): NoteClaimsByTable {
	const claims: Claim[] = [];
	const diagnostics: Diagnostic[] = [...note.diagnostics];
	const tables: TableReading[] = [];
	for (let k = 0; k < note.tables.length; k++) {
		const table = note.tables[k];
		const before = k < previous.length ? previous[k] : undefined;
		const known = before !== undefined && before.path === note.path ? before : undefined;
		const reading = known && sameTable(known.table, table) ? { ...known, table } : readTable(note, table, known?.results);
		tables.push(reading);
		// Indexed loops: they run on every edit, mostly before the engine optimizes them, where `for...of`
		// allocates a step object for every element.
		for (let i = 0; i < reading.claims.length; i++) claims.push(reading.claims[i]);
		for (let i = 0; i < reading.diagnostics.length; i++) diagnostics.push(reading.diagnostics[i]);
	}
	readNoteModel(note, claims);
	readHumanBaselineInProse(note, claims);
	return { claims, diagnostics, tables };
}

/** What the caption (the line above) and the nearest heading say the table is. */
function contextOf(table: Table): TableContext {
	const nearest = table.section.length > 0 ? table.section[table.section.length - 1].text : "";
	const texts = [plainText(table.caption), nearest];
	const challenge = /ilsvrc|lsvrc|imagenet\s+(?:large|challenge|competition)/i;
	return {
		winners: texts.some((t) => placeIn(t) === "winner" || (challenge.test(t) && /results?|timeline|history|leaderboard|结果|結果|成绩|成績/i.test(t))),
		lineage: texts.some((t) => says(t, "lineage") || /\bfrom\s+\[{0,2}(?!imagenet|ilsvrc)\p{Lu}[\p{L}\p{N}-]*/iu.test(t)),
	};
}

/** Reads a table; `before` is how the table in its place was read last, if it was a results table. */
function readTable(note: ParsedNote, written: Table, before: ResultRows | undefined): TableReading {
	const claims: Claim[] = [];
	const diagnostics: Diagnostic[] = [];
	const table = withRealHeader(written);
	// The header, the caption and the headings decide what the columns hold and the year of the section: as they were, so is what was made of them.
	const sameHeader = before !== undefined && sameStrings(before.header, table.header) && before.caption === table.caption && sameSection(before.section, table.section) ? before : undefined;
	const columns = sameHeader ? sameHeader.columns : classifyColumns(table.header);
	const sectionYear = sameHeader ? sameHeader.sectionYear : yearOfSection(table);
	const context = contextOf(table);
	let results: ResultRows | undefined;
	if (columns.errors.length > 0 && (columns.year !== null || sectionYear !== null)) {
		results = readResultTable(note, table, columns, sectionYear, context, claims, diagnostics, sameHeader);
		const models = modelsOfResultTable(note, table, columns, claims);
		if (context.lineage) edgesByOrder(note, models, claims);
	} else if (columns.errors.length > 0 && columns.year === null) {
		// Said only of a table that is about ImageNet's figures (top-1/top-5, or a caption or heading that
		// names ImageNet): a table of CIFAR accuracies is no ImageNet table missing its years.
		const aboutImageNet = columns.errors.some((e) => metricIn(table.header[e.index]) !== null) || [table.caption, ...table.section.map((h) => h.text)].some((t) => /imagenet|ilsvrc/i.test(t));
		if (table.rows.length > 0 && aboutImageNet) {
			const rows = table.rows.length === 1 ? "its one row is" : `its ${table.rows.length} rows are`;
			const figures = columns.errors.every((e) => e.accuracy) ? "accuracies" : "error rates";
			diagnostics.push({
				kind: "row-without-year",
				path: note.path,
				line: table.line,
				message: `The table at line ${table.line} has ${figures} but no year column and no year in its heading, so ${rows} not on the timeline.`,
			});
		}
	} else if (columns.year !== null && columns.name !== null) {
		readLineageTable(note, table, columns, context, claims);
	} else {
		readFactTable(note, table, claims);
		readKeyValueResult(note, table, claims);
	}
	return { path: note.path, table: written, claims, diagnostics, results };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function sameSection(a: readonly Heading[], b: readonly Heading[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i].text !== b[i].text || a[i].level !== b[i].level || a[i].line !== b[i].line) return false;
	return true;
}

/** Two tables written alike, at the same lines, under the same caption and headings: everything a table's claims are read from. */
function sameTable(a: Table, b: Table): boolean {
	if (a.line !== b.line || a.recovered !== b.recovered || a.rows.length !== b.rows.length || a.caption !== b.caption) return false;
	if (!sameStrings(a.header, b.header) || !sameSection(a.section, b.section)) return false;
	for (let i = 0; i < a.rows.length; i++) if (!sameRow(a.rows[i], b.rows[i])) return false;
	return true;
}

/** The year of the nearest heading that names one: "The 2012 moment" puts its table in 2012. */
function yearOfSection(table: Table): number | null {
	for (let k = table.section.length - 1; k >= 0; k--) {
		const year = findYearIn(table.section[k].text);
		if (year !== null) return year;
	}
	return null;
}

const KEY_ERROR = /error|錯誤|错误|top-?5/i;
const KEY_EVENT = /^(?:year|event|challenge|competition|won|ilsvrc)$/i;
/** `(vs 26.2% second place)`: an aside that compares the figure with another place's. */
const VERSUS = /[(（]\s*(?:vs\.?|versus|against|compared (?:to|with)|对比|對比|比)\s*([~≈]?\s*\d+(?:[.,]\d+)?\s*[%％])([^)）]*)[)）]/i;

/**
 * A model's note with a key/value table (`| Event | ILSVRC 2012 |`, `| Error rate | 15.3% |`) states
 * that model's result. Its place is not said, so it is an entry (the merge joins it to the winner when
 * the winner of that year is the same model), unless the cell compares it with another place:
 * "15.3% (vs 26.2% second place)" says the figure beat the second place's, so it is the winner's, and
 * gives the second place's figure too.
 */
function readKeyValueResult(note: ParsedNote, table: Table, claims: Claim[]): void {
	if (table.header.length !== 2) return;
	const label = (row: TableRow) => plainText(row.cells[0]);
	const rows = keyValueRows(table);
	const yearRow = rows.find((r) => KEY_EVENT.test(label(r)) && findYearIn(r.cells[1]) !== null);
	const errorRow = rows.find((r) => KEY_ERROR.test(label(r)) && !/margin/i.test(label(r)));
	if (!yearRow || !errorRow) return;
	const value = parseValue(errorRow.cells[1]);
	const year = findYearIn(yearRow.cells[1]);
	if (!value || value.unit !== "percent" || year === null) return;
	const source = sourceOf(note, errorRow.line, errorRow.raw);
	const versus = VERSUS.exec(errorRow.cells[1]);
	const other = versus ? parseValue(versus[1].replace(",", ".")) : null;
	const otherPlace = versus ? placeIn(versus[2]) : null;
	const beat = other !== null && otherPlace !== null && otherPlace !== "winner";
	const result = { kind: "result" as const, benchmark: ILSVRC_CLASSIFICATION, year, source };
	claims.push({ ...result, entrantAliases: [], series: beat && otherPlace === "runner-up" ? "winner" : "entry", value: value.value, approx: value.approx, precision: value.precision, entrant: splitParenthetical(note.name).name || note.name });
	if (beat && other) claims.push({ ...result, entrantAliases: [], series: otherPlace, value: other.value, approx: other.approx, precision: other.precision, entrant: "" });
}
