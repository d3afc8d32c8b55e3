// The one parser: markdown text -> ParsedNote. One pass over the lines; code, math and comments are
// never read as data. Never throws: what cannot be read becomes a diagnostic with its line.
import { QUOTE, closesFence, isOrdinaryLine, isOrdinaryStart, openingFence, quoteDepth, quotePrefix, readAtxHeading, splitLines, stripQuotePrefix } from "./blocks";
import { GENERATED, stripComments } from "./comments";
import { ANY, FIELD, LineHints, LINK, MENTION, TAG } from "./hints";
import { blankCodeSpans, codeSpans, readInlineFields, readTags, readWikiLinks } from "./inline";
import { readHtmlTables } from "./html";
import { FlatRowCandidates, mayStartFlatRow, recoverFlattenedTables } from "./recover";
import { MAX_TABLE_ROWS, readTableAt } from "./tables";
import { IMAGENET_MENTION, readFrontmatter, type YamlReader } from "./frontmatter";
import { readYamlBlock } from "./yamlSimple";
import type { Diagnostic, Heading, ParsedNote } from "./types";

/** Lines longer than this are not read for tables or values (they are reported once). */
const MAX_LINE_LENGTH = 100_000;
export { MAX_TABLE_ROWS };
/** Characters read of one note; a larger note is read up to there and reported. */
export const MAX_NOTE_LENGTH = 5_000_000;

/** `Models/AlexNet.md` -> `AlexNet`. */
export function noteName(path: string): string {
	const slash = path.lastIndexOf("/");
	const base = slash === -1 ? path : path.slice(slash + 1);
	return base.length >= 3 && base.charCodeAt(base.length - 3) === 0x2e && base.slice(-2).toLowerCase() === "md" ? base.slice(0, -3) : base;
}

export interface KnownMetadata {
	/** The note's properties as Obsidian parsed them, when the plugin runs inside Obsidian. */
	frontmatter?: Record<string, unknown>;
}

/** Parses a note with the project's own YAML reader (the command line, the tests, the benchmark). */
export function parseNote(path: string, text: string, known: KnownMetadata = {}): ParsedNote {
	return readNote(path, text, known, readYamlBlock);
}

/** Parses a note; `readYaml` reads its frontmatter where `known` does not already hold it. */
export function readNote(path: string, text: string, known: KnownMetadata, readYaml: YamlReader): ParsedNote {
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
		scan(note, text, known, readYaml);
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

function scan(note: ParsedNote, raw: string, known: KnownMetadata, readYaml: YamlReader): void {
	let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (text.length > MAX_NOTE_LENGTH) {
		const cut = text.lastIndexOf("\n", MAX_NOTE_LENGTH);
		text = text.slice(0, cut > 0 ? cut : MAX_NOTE_LENGTH);
		const linesRead = text.split("\n").length;
		note.diagnostics.push({ kind: "too-large", path: note.path, line: linesRead, message: `This note is longer than ${(MAX_NOTE_LENGTH / 1e6).toLocaleString("en")} million characters; it is read up to line ${linesRead}.` });
	}
	// The lines are split at `\n` only; a text with `\r` in it is read with its line breaks made `\n`.
	if (text.indexOf("\r") !== -1) text = splitLines(text).join("\n");
	const lines = new LineHints(text);
	let i = readFrontmatter(note, lines, known.frontmatter, readYaml);
	const sections: Heading[] = [];
	// One copy of the open sections, shared by every line and table until the next heading.
	let snapshot: Heading[] | null = null;
	const section = (): Heading[] => (snapshot ??= sections.slice());
	const plain = new FlatRowCandidates((lineNo) => lines.line(lineNo - 1));
	let fence: OpenFence | null = null;
	let inMath = false;
	let inObsidianComment = false;
	let inHtmlComment = false;
	let reportedLongLine = false;
	// Lines of code, where an HTML table is not read (kept only when the note has one).
	const htmlTables = hasHtmlTable(text);
	const codeLines = htmlTables ? new Set<number>() : null;
	/** The line of the plugin's mark above a table of its own, if one was met. */
	let generatedAt = -10;

	for (; i < lines.count; i++) {
		const lineNo = i + 1;
		const length = lines.lengthOf(i);
		if (length === 0) {
			// An empty line is code inside a fence, and ends a fence opened inside a quote.
			if (fence !== null && fence.depth > 0) fence = null;
			continue;
		}
		if (fence !== null) {
			codeLines?.add(lineNo);
			// Only a line that starts with a quote or with the fence's own character can end it.
			const first = lines.firstAfterIndent(i);
			if (fence.depth === 0 && first !== QUOTE && first !== fence.marker.charCodeAt(0)) continue;
			const line = lines.line(i);
			// A fence opened inside a callout or blockquote also ends where the quote ends.
			if (quoteDepth(quotePrefix(line)) >= fence.depth) {
				if (closesFence(stripQuotePrefix(line), fence.marker)) fence = null;
				continue;
			}
			fence = null;
		}
		if (length > MAX_LINE_LENGTH) {
			if (!reportedLongLine) {
				note.diagnostics.push({ kind: "too-large", path: note.path, line: lineNo, message: `Line ${lineNo} is longer than ${MAX_LINE_LENGTH.toLocaleString("en")} characters and was skipped.` });
				reportedLongLine = true;
			}
			continue;
		}
		if (!inMath && !inObsidianComment && !inHtmlComment && lines.holdsNothing(i, !note.mentionsImageNet)) {
			// Most lines: prose with nothing to read and no table beside it. Unless it could be a row of a
			// table that lost its pipes, it is not even cut out of the text.
			const first = lines.firstAfterIndent(i);
			if (isOrdinaryStart(first) && !mayStartFlatRow(first)) {
				plain.passed(lineNo, section());
				continue;
			}
		}
		let line = lines.line(i);
		// What the line may hold, from the whole-text searches; a line that comments were taken out of
		// may join pieces into something the text does not hold (`[%%x%%[`), so it is read in full.
		let inline = lines.at(i, !note.mentionsImageNet);
		if (lines.hasComments && (inObsidianComment || inHtmlComment || lines.opensComment(i))) {
			if (!inObsidianComment && GENERATED.test(line)) generatedAt = i;
			// Comments can open and close on one line or span many; strip what they cover.
			const stripped = stripComments(line, inObsidianComment, inHtmlComment);
			if (stripped.text !== line) inline = ANY;
			line = stripped.text;
			inObsidianComment = stripped.inObsidian;
			inHtmlComment = stripped.inHtml;
		}
		if (inMath) {
			if (line.includes("$$")) inMath = false;
			continue;
		}

		if (!isOrdinaryLine(line)) {
			const trimmed = line.trim();
			if (trimmed === "") continue;
			const fenceMatch = openingFence(stripQuotePrefix(line));
			if (fenceMatch) {
				fence = { marker: fenceMatch[1], depth: quoteDepth(quotePrefix(line)) };
				continue;
			}
			if (trimmed.startsWith("$$")) {
				if (!trimmed.includes("$$", 2)) inMath = true;
				continue;
			}
			const heading = readAtxHeading(line);
			if (heading) {
				const level = heading.level;
				const headingText = (heading.text.endsWith("#") ? heading.text.replace(/[ \t]+#+$/, "") : heading.text).trim();
				const entry = { level, text: headingText, line: lineNo };
				note.headings.push(entry);
				while (sections.length > 0 && sections[sections.length - 1].level >= level) sections.pop();
				sections.push(entry);
				snapshot = null;
				readInline(note, headingText, lineNo, inline);
				continue;
			}
		}

		// A table: this line is its header and the next is the delimiter row (one of them has a pipe).
		const table = lines.hasPipe(i) || (i + 1 < lines.count && lines.hasPipe(i + 1)) ? readTableAt(lines, i, section) : null;
		if (table && generatedAt >= i - 2) {
			// The plugin's own table: not one more source of what it copies.
			i = table.end - 1;
			continue;
		}
		if (table) {
			note.tables.push(table.table);
			if (table.passedOver > 0) {
				const total = (table.table.rows.length + table.passedOver).toLocaleString("en");
				note.diagnostics.push({ kind: "too-large", path: note.path, line: lineNo, message: `The table at line ${lineNo} has ${total} rows; only the first ${MAX_TABLE_ROWS.toLocaleString("en")} are read.` });
			}
			for (let k = i; k < table.end; k++) readInline(note, lines.line(k), k + 1, lines.at(k, !note.mentionsImageNet));
			i = table.end - 1;
			continue;
		}

		readInline(note, line, lineNo, inline);
		const current = section();
		plain.add(line, lineNo, current);
		if (lines.hasPercent(i)) note.prose.push({ text: line.trim(), line: lineNo, section: current });
	}

	for (const table of recoverFlattenedTables(plain.lines)) note.tables.push(table);
	if (codeLines) for (const table of readHtmlTables(blankComments(text), note.headings, (line) => codeLines.has(line))) note.tables.push(table);
	note.tables.sort((a, b) => a.line - b.line);
	for (const table of note.tables) table.caption = captionAbove(lines, table.line - 1);
}

/** Whether the text opens an HTML table: one search for `<` (most notes have few or none), not a case-blind regex over every note. */
function hasHtmlTable(text: string): boolean {
	for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
		if ((text.charCodeAt(i + 1) | 0x20) === 0x74 && text.slice(i + 2, i + 6).toLowerCase() === "able") return true;
	}
	return false;
}

/** The text with its comments (`%%...%%`, `<!-- ... -->`) blanked, its lines where they were. */
function blankComments(text: string): string {
	return text.replace(/%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, " "));
}

/** The line above line index `i` (one blank line between allowed), unless it is a heading, a table row or a fence. */
function captionAbove(lines: LineHints, i: number): string {
	for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
		const text = lines.line(k).trim();
		if (text === "") continue;
		return /^(?:#{1,6}\s|\||```|~~~)/.test(text) ? "" : text;
	}
	return "";
}

interface OpenFence {
	marker: string;
	/** How many `>` the opening line had. */
	depth: number;
}

/** Reads the inline syntax of a line; `may` says what it may hold (hints.ts), the rest is not looked for. */
function readInline(note: ParsedNote, line: string, lineNo: number, may: number): void {
	if (may === 0) return;
	const spans = codeSpans(line);
	if (may & LINK) readWikiLinks(line, lineNo, note.links, spans);
	if (may & TAG) readTags(line, lineNo, note.tags, spans);
	if ((may & (FIELD | MENTION)) === 0) return;
	// The rarer readers read the line with its code spans blanked.
	const code = spans === null ? line : blankCodeSpans(line);
	if (may & FIELD) readInlineFields(code, lineNo, note.fields);
	if (may & MENTION && !note.mentionsImageNet && IMAGENET_MENTION.test(code)) note.mentionsImageNet = true;
}

export { fieldIgnoringCase, stringList } from "./frontmatter";
export type { Diagnostic };
