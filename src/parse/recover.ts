// Tables that lost their pipes when pasted from a web page or a slide:
//   YearWinner (or approach)Top-5 error
//   2012AlexNet (SuperVision)15.3%
// or `2012 AlexNet 15.3 %`, or tab-separated cells. A run of short lines that each start with a
// year and end with a figure becomes a table marked `recovered`; ordinary prose never does.
import type { Alignment, Heading, Table } from "./types";

export interface PlainLine {
	text: string;
	line: number;
	section: Heading[];
}

// Year, then the entry, then a figure at the end of the line (`~11.2%`, `15.3 %`, `0.153`, `—`).
const FLAT_ROW = /^(?:\*\*)?((?:19|20)\d\d)(?:\*\*)?(?:[\s:|.-]*)(.*?)\s*((?:~|≈)?\s?\d{1,3}(?:[.,]\d+)?\s?[%％]|—|–)$/;
const MAX_ROW_LENGTH = 120;
// A row's entry names a team or a model. One that starts with a lowercase word ("saw ZFNet reach")
// or ends on a verb or a preposition ("AlexNet won with", "fell to") is a clause of prose.
const PROSE_FIRST_WORD = /^\p{Ll}/u;
const PROSE_LAST_WORDS = new Set(["a", "about", "above", "achieved", "against", "an", "and", "around", "at", "below", "by", "from", "got", "had", "has", "hit", "in", "is", "just", "of", "only", "reached", "reaching", "reach", "scored", "than", "the", "to", "under", "was", "were", "with", "won"]);
const MIN_ROWS_WITH_HEADER = 2;
const MIN_ROWS_WITHOUT_HEADER = 3;

interface FlatRow {
	cells: string[];
	line: number;
	raw: string;
}

/**
 * Whether a line could be a row (`readFlatRow` reads it only when it starts with a year or `**`),
 * from the first character after its indentation; an unusual one (a Unicode space) says yes, to be safe.
 */
export function mayStartFlatRow(c: number): boolean {
	return c === 0x2a || c === 0x31 || c === 0x32 || c < 0x21 || c >= 0x7f;
}

function mayBeFlatRow(text: string): boolean {
	const n = text.length;
	let p = 0;
	for (let c = 0; p < n && ((c = text.charCodeAt(p)) === 0x20 || c === 0x09); p++);
	return p < n && mayStartFlatRow(text.charCodeAt(p));
}

/**
 * The plain lines that recovery looks at: each line that may be a row, and the plain line right above
 * it (which may be its header, or the paragraph it belongs to). The other lines of prose, nearly all
 * of them, are never kept, and most are never even cut out of the note's text (`passed`).
 */
export class FlatRowCandidates {
	readonly lines: PlainLine[] = [];
	/** The last plain line: its text (null when it was passed without it), number and section. */
	private previousText: string | null = "";
	private previousLine = -1;
	private previousSection: Heading[] = [];
	private lastKept = -1;

	/** `lineText` gives the text of a line by its number, for a passed line that turns out to be wanted. */
	constructor(private readonly lineText: (line: number) => string) {}

	add(text: string, line: number, section: Heading[]): void {
		if (mayBeFlatRow(text)) {
			if (this.previousLine === line - 1 && this.lastKept !== this.previousLine) this.lines.push({ text: this.previousText ?? this.lineText(this.previousLine), line: this.previousLine, section: this.previousSection });
			this.lines.push({ text, line, section });
			this.lastKept = line;
		}
		this.previousText = text;
		this.previousLine = line;
		this.previousSection = section;
	}

	/** A plain line that cannot be a row (`mayStartFlatRow` said no), as written in the note. */
	passed(line: number, section: Heading[]): void {
		this.previousText = null;
		this.previousLine = line;
		this.previousSection = section;
	}
}

function readFlatRow(text: string, line: number): FlatRow | null {
	const trimmed = text.trim();
	if (trimmed.length > MAX_ROW_LENGTH || trimmed.length < 5) return null;
	if (trimmed.includes("\t")) {
		const cells = trimmed.split("\t").map((c) => c.trim());
		if (cells.length >= 2 && /^(?:19|20)\d\d$/.test(cells[0])) return { cells, line, raw: trimmed };
		return null;
	}
	const match = FLAT_ROW.exec(trimmed);
	if (!match) return null;
	const entry = match[2].trim();
	// Sentences are prose, not rows: a row's entry is a name, not a clause.
	if (entry === "" || /[.!?;]\s/.test(entry) || entry.split(/\s+/).length > 8) return null;
	if (PROSE_FIRST_WORD.test(entry) || PROSE_LAST_WORDS.has(entry.split(/\s+/).pop()?.toLowerCase() ?? "")) return null;
	return { cells: [match[1], entry, match[3].replace(/\s+/g, "")], line, raw: trimmed };
}

/** Splits a header whose cells were glued together: `YearWinner (or approach)Top-5 error`. */
export function splitGluedHeader(text: string, width: number): string[] | null {
	const trimmed = text.trim();
	if (trimmed.includes("\t")) {
		const cells = trimmed.split("\t").map((c) => c.trim());
		return cells.length === width ? cells : null;
	}
	const parts: string[] = [];
	let start = 0;
	for (let i = 1; i < trimmed.length; i++) {
		const prev = trimmed[i - 1];
		const ch = trimmed[i];
		const boundary = isUpper(ch) && (isLower(prev) || prev === ")");
		if (boundary) {
			parts.push(trimmed.slice(start, i).trim());
			start = i;
		}
	}
	parts.push(trimmed.slice(start).trim());
	if (parts.length === width) return parts;
	const spaced = trimmed.split(/\s{2,}/);
	if (spaced.length === width) return spaced;
	// A slide's header of one word per column: `Year Entry Top-5`.
	const words = trimmed.split(/\s+/);
	return words.length === width ? words : null;
}

function isUpper(ch: string): boolean {
	return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
	return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function looksLikeHeader(text: string): boolean {
	const trimmed = text.trim();
	// The rows start with the year, so their header starts with the year's column name.
	return trimmed.length <= MAX_ROW_LENGTH && /^(?:year|年|yil|jahr|année|año)/i.test(trimmed) && trimmed.split(/\s+/).length <= 8 && !/[.!?:]$/.test(trimmed);
}

/** Finds the flattened tables among plain lines (lines of prose, in file order; see FlatRowCandidates). */
export function recoverFlattenedTables(lines: PlainLine[]): Table[] {
	const tables: Table[] = [];
	let i = 0;
	while (i < lines.length) {
		const first = readFlatRow(lines[i].text, lines[i].line);
		if (!first) {
			i++;
			continue;
		}
		const rows: FlatRow[] = [first];
		let j = i + 1;
		while (j < lines.length && lines[j].line === lines[j - 1].line + 1) {
			const row = readFlatRow(lines[j].text, lines[j].line);
			if (!row || row.cells.length !== first.cells.length) break;
			rows.push(row);
			j++;
		}
		const above = i > 0 && lines[i - 1].line === lines[i].line - 1 ? lines[i - 1] : null;
		const headerAbove = above !== null && looksLikeHeader(above.text);
		const header = above && headerAbove ? splitGluedHeader(above.text, first.cells.length) : null;
		// Rows that continue a paragraph of other text are sentences of it, not a pasted table.
		const insideParagraph = above !== null && !headerAbove;
		const enough = !insideParagraph && rows.length >= (header ? MIN_ROWS_WITH_HEADER : MIN_ROWS_WITHOUT_HEADER);
		if (enough) {
			const width = first.cells.length;
			tables.push({
				line: header && above ? above.line : first.line,
				header: header ?? defaultHeader(width),
				alignments: new Array<Alignment>(width).fill(null),
				rows,
				recovered: true,
				section: lines[i].section,
				caption: "",
			});
		}
		i = j;
	}
	return tables;
}

function defaultHeader(width: number): string[] {
	const names = ["Year", "Entry", "Top-5 error"];
	if (width === 3) return names;
	return Array.from({ length: width }, (_, k) => (k === 0 ? "Year" : `Column ${k + 1}`));
}
