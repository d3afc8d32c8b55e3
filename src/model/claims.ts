// ParsedNote -> claims. Each claim says one thing the note states, with its source. One small
// extractor per way a note states a thing: result tables, lineage tables, fact tables, frontmatter
// and inline fields, prose.
import { NO_VALUE, findYearIn, isFractionColumnRead, isNoValue, parseValue, parseYearSpan, percentPrecision, readCell, toPercent, type CellReading } from "../parse/values";
import type { Diagnostic, Heading, ParsedNote, Table, TableRow } from "../parse/types";
import { classifyColumns, withRealHeader, type TableColumns } from "./columns";
import { keyValueRows, readFactTable, readHumanBaselineInProse } from "./facts";
import { readNoteModel } from "./noteModel";
import { linkTargets, plainText, splitNameList, splitParenthetical } from "./names";
import { ILSVRC_CLASSIFICATION, type Claim, type EdgeClaim, type ModelClaim, type ResultClaim, type Source } from "./types";

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

/**
 * A results table as it was read: what its columns hold, each row's cells as read and what each row
 * said. Read again after an edit, the table reads again only the rows that changed.
 */
interface ResultRows {
	header: string[];
	section: Heading[];
	columns: TableColumns;
	sectionYear: number | null;
	rows: TableRow[];
	/** Each row's cells as read, filled in as they are asked for (a cell never asked for is missing). */
	cells: CellReading[][];
	nameAt: number | null;
	/** Whether each error column is written as fractions. */
	fractions: boolean[];
	/** What each row said, before the lower error of a year's winners is chosen. */
	claims: ResultClaim[][];
	diagnostics: Diagnostic[][];
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

/** Reads a table; `before` is how the table in its place was read last, if it was a results table. */
function readTable(note: ParsedNote, written: Table, before: ResultRows | undefined): TableReading {
	const claims: Claim[] = [];
	const diagnostics: Diagnostic[] = [];
	const table = withRealHeader(written);
	// The header and the headings decide what the columns hold and the year of the section: as they were, so is what was made of them.
	const sameHeader = before !== undefined && sameStrings(before.header, table.header) && sameSection(before.section, table.section) ? before : undefined;
	const columns = sameHeader ? sameHeader.columns : classifyColumns(table.header);
	const sectionYear = sameHeader ? sameHeader.sectionYear : yearOfSection(table);
	let results: ResultRows | undefined;
	if (columns.errors.length > 0 && (columns.year !== null || sectionYear !== null)) {
		results = readResultTable(note, table, columns, sectionYear, claims, diagnostics, sameHeader);
	} else if (columns.errors.length > 0 && columns.year === null) {
		if (table.rows.length > 0) {
			diagnostics.push({
				kind: "row-without-year",
				path: note.path,
				line: table.line,
				message: `The table at line ${table.line} has error rates but no year column and no year in its heading, so its ${table.rows.length} rows are not on the timeline.`,
			});
		}
	} else if (columns.year !== null && columns.name !== null) {
		readLineageTable(note, table, columns, claims);
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

function sameRow(a: TableRow, b: TableRow): boolean {
	return a.line === b.line && a.raw === b.raw && sameStrings(a.cells, b.cells);
}

/** Two tables written alike, at the same lines and under the same headings: everything a table's claims are read from. */
function sameTable(a: Table, b: Table): boolean {
	if (a.line !== b.line || a.recovered !== b.recovered || a.rows.length !== b.rows.length) return false;
	if (!sameStrings(a.header, b.header) || !sameSection(a.section, b.section)) return false;
	for (let i = 0; i < a.rows.length; i++) if (!sameRow(a.rows[i], b.rows[i])) return false;
	return true;
}

export function sourceOf(note: ParsedNote, line: number, raw: string): Source {
	return { path: note.path, line, raw: raw.trim() };
}

/** The year of the nearest heading that names one: "The 2012 moment" puts its table in 2012. */
function yearOfSection(table: Table): number | null {
	for (let k = table.section.length - 1; k >= 0; k--) {
		const year = findYearIn(table.section[k].text);
		if (year !== null) return year;
	}
	return null;
}

function rowText(row: TableRow): string {
	return row.raw;
}

/** The column that names the entrant: the named one, else the first column of words. `cellAt` reads a row's cell. */
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
	const taken = new Set([columns.year, ...columns.errors.map((e) => e.index)]);
	for (let k = 0; k < table.header.length; k++) if (!taken.has(k) && isWordy(k)) return k;
	return null;
}

// A row that names its place instead of its team: "Second place", "Runner-up", "Winner".
const RUNNER_UP = /^(?:the )?(?:second|2nd|runner[- ]?up|亞軍|亚军|第二名?)(?: place| team)?$/i;
const WINNER = /^(?:the )?(?:first|1st|winner|champion|冠軍|冠军|第一名?)(?: place| team)?$/i;

/** A cell of a place column: `1`, `1st`, `Winner` -> winner; `2`, `2nd`, `Runner-up` -> runner-up; other places are entries. */
function placeOfCell(cell: string): string | null {
	const text = plainText(cell).toLowerCase();
	if (text === "" || isNoValue(text)) return null;
	if (WINNER.test(text) || /^(?:1|1st|#1)$/.test(text)) return "winner";
	if (RUNNER_UP.test(text) || /^(?:2|2nd|#2)$/.test(text)) return "runner-up";
	return "entry";
}

/** A table under a year's heading ("The 2012 moment") lists that year's entries in order of place. */
function placeInYearSection(rowIndex: number): string {
	return rowIndex === 0 ? "winner" : rowIndex === 1 ? "runner-up" : "entry";
}

function isErrorColumn(columns: TableColumns, index: number): boolean {
	for (let c = 0; c < columns.errors.length; c++) if (columns.errors[c].index === index) return true;
	return false;
}

/**
 * Whether two tables' rows differ only in the cells of the year and error columns: the cells the
 * choice of the name column never looks at (a figure edit).
 */
function sameNameCells(before: readonly TableRow[], rows: readonly TableRow[], columns: TableColumns): boolean {
	if (before.length !== rows.length) return false;
	for (let r = 0; r < rows.length; r++) {
		const a = before[r].cells;
		const b = rows[r].cells;
		if (a === b) continue;
		if (a.length !== b.length) return false;
		for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && k !== columns.year && !isErrorColumn(columns, k)) return false;
	}
	return true;
}

/**
 * Reads a results table's rows into `claims` and `diagnostics`. With `before` (the same table as read
 * last, under the same header and headings), a row as it was in its place says what it said then,
 * when the columns are read as they were then.
 */
function readResultTable(note: ParsedNote, table: Table, columns: TableColumns, sectionYear: number | null, claims: Claim[], diagnostics: Diagnostic[], before: ResultRows | undefined): ResultRows {
	const rows = table.rows;
	const unchanged = rows.map((row, i) => before !== undefined && i < before.rows.length && sameRow(before.rows[i], row));
	// A row as it was keeps its cells as read (the arrays are shared: they only fill in with what the same text reads as).
	const cells = rows.map((_, i): CellReading[] => (unchanged[i] ? before!.cells[i] : []));
	const cellAt = (r: number, k: number): CellReading => {
		let reading = cells[r][k];
		if (reading === undefined) cells[r][k] = reading = readCell(rows[r].cells[k]);
		return reading;
	};
	const nameAt = before !== undefined && sameNameCells(before.rows, rows, columns) ? before.nameAt : nameColumn(table, columns, cellAt);
	// Whether a column is of fractions needs all of its cells before any is read as a rate.
	const fractions = columns.errors.map((e) => isFractionColumnRead(rows.map((_, r) => cellAt(r, e.index))));
	const readAsBefore = before !== undefined && nameAt === before.nameAt && fractions.every((f, c) => f === before.fractions[c]);
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
		const nameCell = nameAt === null ? "" : row.cells[nameAt];
		const { name, extra } = splitParenthetical(nameCell);
		// "Second place" in the name column says the place instead of the team.
		const placeInName = RUNNER_UP.test(name) ? "runner-up" : WINNER.test(name) ? "winner" : null;
		const placeSaid = (columns.place === null ? null : placeOfCell(row.cells[columns.place])) ?? placeInName;
		const entrant = placeInName !== null || isNoValue(name) ? "" : name;
		for (let c = 0; c < columns.errors.length; c++) {
			const column = columns.errors[c];
			const cell = row.cells[column.index];
			const reading = cellAt(rowIndex, column.index);
			if (reading === NO_VALUE) continue;
			const value = reading === null ? null : reading.value;
			const percent = value && (value.unit === "percent" || value.unit === "plain") ? toPercent(value, fractions[c]) : null;
			if (!value || percent === null || percent < 0 || percent > 100) {
				said.push({ kind: "unreadable-cell", path: note.path, line: row.line, message: `"${cell}" in the ${table.header[column.index] || "error"} column is not an error rate.` });
				continue;
			}
			if (year === null) {
				const yearCell = columns.year === null ? "" : row.cells[columns.year];
				said.push({
					kind: "row-without-year",
					path: note.path,
					line: row.line,
					message: yearCell === "" ? `The row "${nameCell || cell}" has no year, so ${cell} is not on the timeline.` : `"${yearCell}" is not a year, so ${cell} in this row is not on the timeline.`,
				});
				continue;
			}
			const series = column.metric === "top-1" ? "top-1" : placeSaid ?? (columns.year === null ? placeInYearSection(rowIndex) : "winner");
			read.push({
				kind: "result",
				benchmark: ILSVRC_CLASSIFICATION,
				series,
				year,
				value: percent,
				approx: value.approx,
				precision: percentPrecision(value, fractions[c]) ?? value.precision,
				entrant,
				entrantAliases: extra && !extra.includes(",") ? [extra] : [],
				source: sourceOf(note, row.line, rowText(row)),
			});
		}
	});
	diagnostics.push(...rowDiagnostics.flat());
	const read = rowClaims.flat();
	claims.push(...(columns.place === null ? lowerErrorWins(read) : read));
	return { header: table.header, section: table.section, columns, sectionYear, rows, cells, nameAt, fractions, claims: rowClaims, diagnostics: rowDiagnostics };
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
		const best = group.reduce((a, b) => (b.value < a.value ? b : a));
		for (const claim of group) if (claim !== best) entries.add(claim);
	}
	return entries.size === 0 ? read : read.map((claim) => (entries.has(claim) ? { ...claim, series: "entry" } : claim));
}

const KEY_ERROR = /error|錯誤|错误|top-?5/i;
const KEY_EVENT = /^(?:year|event|challenge|competition|won|ilsvrc)$/i;

/**
 * A model's note with a key/value table (`| Event | ILSVRC 2012 |`, `| Error rate | 15.3% |`) states
 * that model's result. Its place is not said, so it is an entry; the merge joins it to the winner
 * when the winner of that year is the same model.
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
	claims.push({
		kind: "result",
		benchmark: ILSVRC_CLASSIFICATION,
		series: "entry",
		year,
		value: value.value,
		approx: value.approx,
		precision: value.precision,
		entrant: splitParenthetical(note.name).name || note.name,
		entrantAliases: [],
		source: sourceOf(note, errorRow.line, rowText(errorRow)),
	});
}

function readLineageTable(note: ParsedNote, table: Table, columns: TableColumns, claims: Claim[]): void {
	const groups: { year: number; names: string[] }[] = [];
	const explicitTo = new Set<string>();
	for (const row of table.rows) {
		const span = parseYearSpan(row.cells[columns.year ?? 0]);
		const names = splitNameList(row.cells[columns.name ?? 0]).map((n) => splitParenthetical(n));
		const innovationCell = columns.innovation === null ? "" : row.cells[columns.innovation];
		const innovation = plainText(innovationCell);
		const source = sourceOf(note, row.line, rowText(row));
		const rowNames: string[] = [];
		for (const { name, extra } of names) {
			if (name === "" || isNoValue(name)) continue;
			const model: ModelClaim = { kind: "model", name, aliases: [], bracketAliases: extra && !extra.includes(",") ? [extra] : [], source };
			// "2011-2012 | AlexNet": a model's year is when the span ends, its release.
			if (span) model.year = span.to;
			if (innovation !== "" && !isNoValue(innovation)) model.innovation = innovation;
			claims.push(model);
			rowNames.push(name);
			for (const mentioned of mentionedNames(innovationCell)) {
				claims.push({ kind: "edge", from: mentioned, to: name, edge: "explicit", mention: true, source } satisfies EdgeClaim);
				explicitTo.add(name);
			}
		}
		if (span && rowNames.length > 0) {
			const last = groups[groups.length - 1];
			if (last && last.year === span.to) last.names.push(...rowNames);
			else groups.push({ year: span.to, names: rowNames });
		}
	}
	// A lineage table's order says who came after whom: each year's models follow the previous year's.
	const ordered = groups.slice().sort((a, b) => a.year - b.year);
	for (let k = 1; k < ordered.length; k++) {
		for (const to of ordered[k].names) {
			for (const from of ordered[k - 1].names) {
				const row = table.rows.find((r) => splitNameList(r.cells[columns.name ?? 0]).some((n) => splitParenthetical(n).name === to));
				claims.push({ kind: "edge", from, to, edge: "inferred", source: sourceOf(note, row?.line ?? table.line, row ? rowText(row) : "") });
			}
		}
	}
}

/** Names a cell mentions that may be models: wiki-link targets and capitalised words (`Improved AlexNet`). */
export function mentionedNames(cell: string): string[] {
	const found = new Set<string>(linkTargets(cell));
	const plain = plainText(cell);
	for (const word of plain.split(/[^\p{L}\p{N}\-.]+/u)) {
		const token = word.replace(/[.-]+$/, "");
		if (token.length >= 2 && /\p{Lu}/u.test(token)) found.add(token);
	}
	return [...found];
}
