// The one parser: markdown text -> ParsedNote. One pass over the lines; code, math and comments are
// never read as data. Never throws: what cannot be read becomes a diagnostic with its line.
import { blankCodeSpans, readInlineFields, readTags, readWikiLinks } from "./inline";
import { recoverFlattenedTables, type PlainLine } from "./recover";
import { fitRow, hasUnescapedPipe, readDelimiterRow, splitRow } from "./tables";
import { IMAGENET_MENTION, readFrontmatter } from "./frontmatter";
import type { Diagnostic, Heading, ParsedNote, Table } from "./types";

// Any indentation: a fence indented under a list item is still code (and an indented line is code anyway).
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
/** Lines longer than this are not read for tables or values (they are reported once). */
const MAX_LINE_LENGTH = 100_000;
/** Rows kept of one table; the rest are passed over and reported, so a huge table cannot flood the views. */
export const MAX_TABLE_ROWS = 10_000;
/** Characters read of one note; a larger note is read up to there and reported. */
export const MAX_NOTE_LENGTH = 5_000_000;

/** `Models/AlexNet.md` -> `AlexNet`. */
export function noteName(path: string): string {
	const slash = path.lastIndexOf("/");
	const base = slash === -1 ? path : path.slice(slash + 1);
	return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
}

export interface KnownMetadata {
	/** The note's properties as Obsidian parsed them, when the plugin runs inside Obsidian. */
	frontmatter?: Record<string, unknown>;
}

export function parseNote(path: string, text: string, known: KnownMetadata = {}): ParsedNote {
	const note: ParsedNote = {
		path,
		name: noteName(path),
		frontmatter: null,
		aliases: [],
		tags: [],
		links: [],
		headings: [],
		tables: [],
		fields: [],
		prose: [],
		mentionsImageNet: false,
		diagnostics: [],
	};
	try {
		scan(note, text, known);
	} catch (error) {
		// The scanner is written not to throw; this keeps one strange note from stopping the rest.
		note.diagnostics.push({
			kind: "unreadable-cell",
			path,
			line: 1,
			message: `This note could not be read completely (${String(error)}).`,
		});
	}
	return note;
}

function scan(note: ParsedNote, raw: string, known: KnownMetadata): void {
	let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (text.length > MAX_NOTE_LENGTH) {
		const cut = text.lastIndexOf("\n", MAX_NOTE_LENGTH);
		text = text.slice(0, cut > 0 ? cut : MAX_NOTE_LENGTH);
		const linesRead = text.split("\n").length;
		note.diagnostics.push({ kind: "too-large", path: note.path, line: linesRead, message: `This note is longer than ${(MAX_NOTE_LENGTH / 1e6).toLocaleString("en")} million characters; it is read up to line ${linesRead}.` });
	}
	const lines = text.split(/\r\n|\r|\n/);
	let i = readFrontmatter(note, lines, known.frontmatter);
	const sections: Heading[] = [];
	const plain: PlainLine[] = [];
	let fence: OpenFence | null = null;
	let inMath = false;
	let inObsidianComment = false;
	let inHtmlComment = false;
	let reportedLongLine = false;

	for (; i < lines.length; i++) {
		const lineNo = i + 1;
		let line = lines[i];
		if (fence !== null) {
			// A fence opened inside a callout or blockquote also ends where the quote ends.
			if (quoteDepth(quotePrefix(line)) >= fence.depth) {
				if (closesFence(stripQuotePrefix(line), fence.marker)) fence = null;
				continue;
			}
			fence = null;
		}
		if (line.length > MAX_LINE_LENGTH) {
			if (!reportedLongLine) {
				note.diagnostics.push({ kind: "too-large", path: note.path, line: lineNo, message: `Line ${lineNo} is longer than ${MAX_LINE_LENGTH.toLocaleString("en")} characters and was skipped.` });
				reportedLongLine = true;
			}
			continue;
		}
		// Comments can open and close on one line or span many; strip what they cover.
		const stripped = stripComments(line, inObsidianComment, inHtmlComment);
		line = stripped.text;
		inObsidianComment = stripped.inObsidian;
		inHtmlComment = stripped.inHtml;
		if (line.trim() === "" ) continue;

		if (inMath) {
			if (line.includes("$$")) inMath = false;
			continue;
		}
		const fenceMatch = openingFence(stripQuotePrefix(line));
		if (fenceMatch) {
			fence = { marker: fenceMatch[1], depth: quoteDepth(quotePrefix(line)) };
			continue;
		}
		if (line.trim().startsWith("$$")) {
			const rest = line.trim().slice(2);
			if (!rest.includes("$$")) inMath = true;
			continue;
		}

		const heading = ATX_HEADING.exec(line);
		if (heading) {
			const level = heading[1].length;
			const headingText = (heading[2] ?? "").replace(/[ \t]+#+$/, "").trim();
			const entry = { level, text: headingText, line: lineNo };
			note.headings.push(entry);
			while (sections.length > 0 && sections[sections.length - 1].level >= level) sections.pop();
			sections.push(entry);
			readInline(note, headingText, lineNo);
			continue;
		}

		// A table: this line is its header and the next is the delimiter row.
		const table = readTableAt(lines, i, sections);
		if (table) {
			note.tables.push(table.table);
			if (table.passedOver > 0) {
				const total = (table.table.rows.length + table.passedOver).toLocaleString("en");
				note.diagnostics.push({ kind: "too-large", path: note.path, line: lineNo, message: `The table at line ${lineNo} has ${total} rows; only the first ${MAX_TABLE_ROWS.toLocaleString("en")} are read.` });
			}
			for (let k = i; k < table.end; k++) readInline(note, lines[k], k + 1);
			i = table.end - 1;
			continue;
		}

		readInline(note, line, lineNo);
		const current = sections.slice();
		plain.push({ text: line, line: lineNo, section: current });
		if (/\d/.test(line)) note.prose.push({ text: line.trim(), line: lineNo, section: current });
	}

	for (const table of recoverFlattenedTables(plain)) note.tables.push(table);
	note.tables.sort((a, b) => a.line - b.line);
}

interface OpenFence {
	marker: string;
	/** How many `>` the opening line had. */
	depth: number;
}

/** An opening fence; a backtick fence's info string holds no backtick (a check without backtracking). */
function openingFence(body: string): RegExpExecArray | null {
	const match = FENCE_OPEN.exec(body);
	if (match && match[1][0] === "`" && body.indexOf("`", match.index + match[0].length) !== -1) return null;
	return match;
}

/** A closing fence: the same character as the opening one, at least as many, nothing after. */
function closesFence(body: string, marker: string): boolean {
	const match = FENCE_CLOSE.exec(body);
	return match !== null && match[1][0] === marker[0] && match[1].length >= marker.length;
}

function readInline(note: ParsedNote, line: string, lineNo: number): void {
	const code = blankCodeSpans(line);
	readWikiLinks(code, lineNo, note.links);
	readTags(code, lineNo, note.tags);
	readInlineFields(code, lineNo, note.fields);
	if (!note.mentionsImageNet && IMAGENET_MENTION.test(code)) note.mentionsImageNet = true;
}

interface CommentState {
	text: string;
	inObsidian: boolean;
	inHtml: boolean;
}

/** Removes `%%...%%` and `<!-- ... -->` from a line, carrying open comments to the next line. */
function stripComments(line: string, inObsidian: boolean, inHtml: boolean): CommentState {
	if (!inObsidian && !inHtml && !line.includes("%%") && !line.includes("<!--")) return { text: line, inObsidian, inHtml };
	let out = "";
	let i = 0;
	while (i < line.length) {
		if (inObsidian) {
			const close = line.indexOf("%%", i);
			if (close === -1) return { text: out, inObsidian, inHtml };
			inObsidian = false;
			i = close + 2;
		} else if (inHtml) {
			const close = line.indexOf("-->", i);
			if (close === -1) return { text: out, inObsidian, inHtml };
			inHtml = false;
			i = close + 3;
		} else {
			const percent = line.indexOf("%%", i);
			const html = line.indexOf("<!--", i);
			if (percent === -1 && html === -1) {
				out += line.slice(i);
				break;
			}
			if (html === -1 || (percent !== -1 && percent < html)) {
				out += line.slice(i, percent);
				inObsidian = true;
				i = percent + 2;
			} else {
				out += line.slice(i, html);
				inHtml = true;
				i = html + 4;
			}
		}
	}
	return { text: out, inObsidian, inHtml };
}

/** The `> ` markers of blockquotes and callouts in front of a line, as written. */
function quotePrefix(line: string): string {
	let end = 0;
	while (end < line.length) {
		const ch = line[end];
		if (ch === ">" || ch === " " || ch === "\t") end++;
		else break;
	}
	const prefix = line.slice(0, end);
	return prefix.includes(">") ? prefix.slice(0, prefix.lastIndexOf(">") + 1) : "";
}

function stripQuotePrefix(line: string): string {
	const prefix = quotePrefix(line);
	return prefix === "" ? line : line.slice(prefix.length);
}

function quoteDepth(prefix: string): number {
	let depth = 0;
	for (const ch of prefix) if (ch === ">") depth++;
	return depth;
}

function readTableAt(lines: string[], i: number, sections: Heading[]): { table: Table; end: number; passedOver: number } | null {
	if (i + 1 >= lines.length) return null;
	const headerLine = lines[i];
	if (!headerLine.includes("|") && !lines[i + 1].includes("|")) return null;
	const prefix = quotePrefix(headerLine);
	const depth = quoteDepth(prefix);
	const delimiterLine = lines[i + 1];
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
	for (; end < lines.length; end++) {
		const line = lines[end];
		if (quoteDepth(quotePrefix(line)) !== depth) break;
		const body = stripQuotePrefix(line);
		if (body.trim() === "" || endsTable(body)) break;
		if (rows.length < MAX_TABLE_ROWS) rows.push({ cells: fitRow(splitRow(body), header.length), line: end + 1, raw: line.trim() });
		else passedOver++;
	}
	return {
		table: { line: i + 1, header, alignments, rows, recovered: false, section: sections.slice() },
		end,
		passedOver,
	};
}

/** A line that starts another block ends a table (GFM): a heading, a fence, a quote. */
function endsTable(body: string): boolean {
	const trimmed = body.trimStart();
	return trimmed.startsWith(">") || ATX_HEADING.test(body) || openingFence(body) !== null;
}

export { fieldIgnoringCase, stringList } from "./frontmatter";
export type { Diagnostic };
