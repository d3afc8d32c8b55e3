// GFM pipe tables with Obsidian's rules: an unescaped `|` always ends a cell (also inside `[[...]]`
// and inline code), `\|` is a literal pipe, outer pipes are optional, the delimiter row is required.
import { endsTable, quoteDepth, quotePrefix, stripQuotePrefix } from "./blocks";
import type { NoteLines } from "./hints";
import type { Alignment, Heading, Table } from "./types";

/** Rows kept of one table; the rest are passed over and reported, so a huge table cannot flood the views. */
export const MAX_TABLE_ROWS = 10_000;

export interface TableAt {
	table: Table;
	/** Index of the first line after the table. */
	end: number;
	/** Rows beyond MAX_TABLE_ROWS, not kept. */
	passedOver: number;
}

/** The table whose header is line `i` (its delimiter row is the next line), or null. */
export function readTableAt(lines: NoteLines, i: number, section: () => Heading[]): TableAt | null {
	if (i + 1 >= lines.count) return null;
	const headerLine = lines.line(i);
	const delimiterLine = lines.line(i + 1);
	if (!headerLine.includes("|") && !delimiterLine.includes("|")) return null;
	const depth = quoteDepth(quotePrefix(headerLine));
	if (quoteDepth(quotePrefix(delimiterLine)) !== depth) return null;
	const alignments = readDelimiterRow(stripQuotePrefix(delimiterLine));
	if (!alignments) return null;
	const headerText = stripQuotePrefix(headerLine);
	if (!hasUnescapedPipe(headerText) && !delimiterLine.includes("|")) return null;
	const header = splitRow(headerText);
	if (header.length !== alignments.length) return null;

	const rows: Table["rows"] = [];
	let end = i + 2;
	let passedOver = 0;
	for (; end < lines.count; end++) {
		const line = lines.line(end);
		const prefix = quotePrefix(line);
		if (quoteDepth(prefix) !== depth) break;
		const body = prefix === "" ? line : line.slice(prefix.length);
		if (body.trim() === "" || endsTable(body)) break;
		if (rows.length < MAX_TABLE_ROWS) rows.push({ cells: fitRow(splitRow(body), header.length), line: end + 1, raw: line.trim() });
		else passedOver++;
	}
	return {
		table: { line: i + 1, header, alignments, rows, recovered: false, section: section(), caption: "" },
		end,
		passedOver,
	};
}

/** Splits a table row into trimmed cells, unescaping `\|`. Outer pipes are dropped. */
export function splitRow(line: string): string[] {
	const cells: string[] = [];
	let current = "";
	let from = 0;
	// A pipe right after a backslash is a literal pipe: the backslash goes, the pipe stays in the cell.
	for (let at = line.indexOf("|"); at !== -1; at = line.indexOf("|", at + 1)) {
		if (at > 0 && line.charCodeAt(at - 1) === 0x5c) {
			current += line.slice(from, at - 1) + "|";
		} else {
			cells.push(current === "" ? trimmedSlice(line, from, at) : (current + line.slice(from, at)).trim());
			current = "";
		}
		from = at + 1;
	}
	const sawPipe = cells.length > 0;
	cells.push(current === "" ? trimmedSlice(line, from, line.length) : (current + line.slice(from)).trim());
	if (sawPipe && cells[0] === "") cells.shift();
	if (sawPipe && cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
	return cells;
}

/** `line.slice(from, to).trim()`, making one string instead of two when only spaces and tabs are trimmed. */
function trimmedSlice(line: string, from: number, to: number): string {
	let start = from;
	let end = to;
	for (let c = 0; start < end && ((c = line.charCodeAt(start)) === 0x20 || c === 0x09); start++);
	for (let c = 0; end > start && ((c = line.charCodeAt(end - 1)) === 0x20 || c === 0x09); end--);
	if (start === end) return "";
	// Other white space that `trim` removes: line breaks, form feeds and the non-ASCII spaces.
	if (trimMayRemove(line.charCodeAt(start)) || trimMayRemove(line.charCodeAt(end - 1))) return line.slice(start, end).trim();
	return line.slice(start, end);
}

function trimMayRemove(c: number): boolean {
	return c >= 0x80 || (c >= 0x0a && c <= 0x0d);
}

/** True when the line holds at least one pipe that is not escaped. */
export function hasUnescapedPipe(line: string): boolean {
	let at = line.indexOf("|");
	while (at !== -1) {
		if (at === 0 || line[at - 1] !== "\\") return true;
		at = line.indexOf("|", at + 1);
	}
	return false;
}

const DELIMITER_CELL = /^:?-+:?$/;

/** Reads a delimiter row (`| :-- | --: |`) into alignments, or null when the line is not one. */
export function readDelimiterRow(line: string): Alignment[] | null {
	const trimmed = line.trim();
	if (trimmed === "" || !trimmed.includes("-")) return null;
	for (let i = 0; i < trimmed.length; i++) {
		const ch = trimmed[i];
		if (ch !== "|" && ch !== "-" && ch !== ":" && ch !== " " && ch !== "\t") return null;
	}
	const cells = splitRow(trimmed);
	if (cells.length === 0) return null;
	const alignments: Alignment[] = [];
	for (const cell of cells) {
		if (!DELIMITER_CELL.test(cell)) return null;
		const left = cell.startsWith(":");
		const right = cell.endsWith(":");
		alignments.push(left && right ? "center" : right ? "right" : left ? "left" : null);
	}
	return alignments;
}

/** Makes a body row as wide as the header: missing cells are empty, extra cells are dropped. */
export function fitRow(cells: string[], width: number): string[] {
	if (cells.length === width) return cells;
	if (cells.length > width) return cells.slice(0, width);
	return cells.concat(new Array<string>(width - cells.length).fill(""));
}
