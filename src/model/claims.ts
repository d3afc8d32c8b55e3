// ParsedNote -> claims. Each claim says one thing the note states, with its source. One small
// extractor per way a note states a thing: result tables, lineage tables, fact tables, frontmatter
// and inline fields, prose.
import { findYearIn, isFractionColumn, isNoValue, parseValue, parseYearSpan, percentPrecision, toPercent } from "../parse/values";
import type { Diagnostic, ParsedNote, Table, TableRow } from "../parse/types";
import { classifyColumns, withRealHeader, type TableColumns } from "./columns";
import { keyValueRows, readFactTable, readHumanBaselineInProse } from "./facts";
import { readNoteModel } from "./noteModel";
import { linkTargets, plainText, splitNameList, splitParenthetical } from "./names";
import { ILSVRC_CLASSIFICATION, type Claim, type EdgeClaim, type ModelClaim, type ResultClaim, type Source } from "./types";

export interface NoteClaims {
	claims: Claim[];
	diagnostics: Diagnostic[];
}

export function extractClaims(note: ParsedNote): NoteClaims {
	const claims: Claim[] = [];
	const diagnostics: Diagnostic[] = [...note.diagnostics];
	for (const written of note.tables) {
		const table = withRealHeader(written);
		const columns = classifyColumns(table.header);
		const sectionYear = yearOfSection(table);
		if (columns.errors.length > 0 && (columns.year !== null || sectionYear !== null)) {
			readResultTable(note, table, columns, sectionYear, claims, diagnostics);
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
	}
	readNoteModel(note, claims);
	readHumanBaselineInProse(note, claims);
	return { claims, diagnostics };
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

/** The column that names the entrant: the named one, else the first column of words. */
function nameColumn(table: Table, columns: TableColumns): number | null {
	const isWordy = (index: number) => {
		let cells = 0;
		let words = 0;
		for (const row of table.rows) {
			const c = row.cells[index];
			if (c === "" || isNoValue(c)) continue;
			cells++;
			if (parseValue(c) === null) words++;
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

function readResultTable(note: ParsedNote, table: Table, columns: TableColumns, sectionYear: number | null, claims: Claim[], diagnostics: Diagnostic[]): void {
	const nameAt = nameColumn(table, columns);
	const fractions = new Map(columns.errors.map((e) => [e.index, isFractionColumn(table.rows.map((r) => r.cells[e.index]))]));
	const read: ResultClaim[] = [];
	table.rows.forEach((row, rowIndex) => {
		const span = columns.year !== null ? parseYearSpan(row.cells[columns.year]) : null;
		const year = span ? span.from : columns.year === null ? sectionYear : null;
		const nameCell = nameAt === null ? "" : row.cells[nameAt];
		const { name, extra } = splitParenthetical(nameCell);
		// "Second place" in the name column says the place instead of the team.
		const placeInName = RUNNER_UP.test(name) ? "runner-up" : WINNER.test(name) ? "winner" : null;
		const placeSaid = (columns.place === null ? null : placeOfCell(row.cells[columns.place])) ?? placeInName;
		const entrant = placeInName !== null || isNoValue(name) ? "" : name;
		for (const column of columns.errors) {
			const cell = row.cells[column.index];
			if (isNoValue(cell)) continue;
			const value = parseValue(cell);
			const percent = value && (value.unit === "percent" || value.unit === "plain") ? toPercent(value, fractions.get(column.index) ?? false) : null;
			if (!value || percent === null || percent < 0 || percent > 100) {
				diagnostics.push({ kind: "unreadable-cell", path: note.path, line: row.line, message: `"${cell}" in the ${table.header[column.index] || "error"} column is not an error rate.` });
				continue;
			}
			if (year === null) {
				const yearCell = columns.year === null ? "" : row.cells[columns.year];
				diagnostics.push({
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
				precision: percentPrecision(value, fractions.get(column.index) ?? false) ?? value.precision,
				entrant,
				entrantAliases: extra && !extra.includes(",") ? [extra] : [],
				source: sourceOf(note, row.line, rowText(row)),
			});
		}
	});
	// A winners table with two rows for one year (VGG and GoogLeNet in 2014): the lower error won.
	const byYear = new Map<string, ResultClaim[]>();
	for (const claim of read) {
		const key = `${claim.series}|${claim.year}`;
		const group = byYear.get(key);
		if (group) group.push(claim);
		else byYear.set(key, [claim]);
	}
	for (const group of byYear.values()) {
		if (group.length < 2 || group[0].series !== "winner" || columns.place !== null) continue;
		const best = group.reduce((a, b) => (b.value < a.value ? b : a));
		for (const claim of group) if (claim !== best) claim.series = "entry";
	}
	claims.push(...read);
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
