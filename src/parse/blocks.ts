// Line-level block syntax: splitting into lines, blockquote and callout prefixes, code fences, headings.
// Most lines of a note are ordinary text; `isOrdinaryLine` tells them apart with a few character
// checks, so the regexes here run only on the few lines that could be a fence, a quote or a heading.

// Any indentation: a fence indented under a list item is still code (and an indented line is code anyway).
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;

const SPACE = 0x20;
const TAB = 0x09;
export const QUOTE = 0x3e; // >

/**
 * Splits a text into lines at `\r\n`, `\r` or `\n`. Splitting on `\n` alone is much faster than the
 * regex, so the regex is used only when a lone `\r` (one not before `\n`) is found.
 */
export function splitLines(text: string): string[] {
	const lines = text.split("\n");
	if (text.indexOf("\r") === -1) return lines;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const cr = line.indexOf("\r");
		if (cr === -1) continue;
		if (cr !== line.length - 1) return text.split(/\r\n|\r|\n/);
		lines[i] = line.slice(0, -1);
	}
	// A final `\r` was a line break of its own (`a\r` is two lines), not the half of a `\r\n`.
	if (text.charCodeAt(text.length - 1) === 0x0d) return text.split(/\r\n|\r|\n/);
	return lines;
}

// The loops over characters stop at the end of the text rather than read past it: once a
// `charCodeAt` has read past the end, the engine no longer inlines that call.

/** Index of the first character that is not a space or a tab. */
function indentEnd(line: string): number {
	const n = line.length;
	let p = 0;
	while (p < n && isSpaceOrTab(line.charCodeAt(p))) p++;
	return p;
}

function isSpaceOrTab(c: number): boolean {
	return c === SPACE || c === TAB;
}

/** Index of the first character that is not `>`, a space or a tab: where a quoted line's text starts. */
function quotedTextStart(line: string): number {
	const n = line.length;
	let p = 0;
	for (let c = 0; p < n && ((c = line.charCodeAt(p)) === SPACE || c === TAB || c === QUOTE); p++);
	return p;
}

/**
 * True for a line that cannot be blank, a quote, a fence, a `$$` math line or a heading: after its
 * indentation comes a printable ASCII character other than `>`, `` ` ``, `~`, `$` and `#`.
 * (Any other first character, such as a non-breaking space that `trim()` removes, takes the full path.)
 */
export function isOrdinaryLine(line: string): boolean {
	const p = indentEnd(line);
	return p < line.length && isOrdinaryStart(line.charCodeAt(p));
}

/** `isOrdinaryLine` from the first character after the line's indentation (a char code). */
export function isOrdinaryStart(c: number): boolean {
	return c > SPACE && c < 0x7f && c !== QUOTE && c !== 0x60 && c !== 0x7e && c !== 0x24 && c !== 0x23;
}

/** The `> ` markers of blockquotes and callouts in front of a line, as written. */
export function quotePrefix(line: string): string {
	const p = indentEnd(line);
	if (p === line.length || line.charCodeAt(p) !== QUOTE) return "";
	const prefix = line.slice(0, quotedTextStart(line));
	return prefix.slice(0, prefix.lastIndexOf(">") + 1);
}

export function stripQuotePrefix(line: string): string {
	const prefix = quotePrefix(line);
	return prefix === "" ? line : line.slice(prefix.length);
}

export function quoteDepth(prefix: string): number {
	let depth = 0;
	for (let at = prefix.indexOf(">"); at !== -1; at = prefix.indexOf(">", at + 1)) depth++;
	return depth;
}

/** An opening fence; a backtick fence's info string holds no backtick (a check without backtracking). */
export function openingFence(body: string): RegExpExecArray | null {
	const p = indentEnd(body);
	const c = p < body.length ? body.charCodeAt(p) : NaN;
	if (c !== 0x60 && c !== 0x7e) return null;
	const match = FENCE_OPEN.exec(body);
	if (match && match[1][0] === "`" && body.indexOf("`", match.index + match[0].length) !== -1) return null;
	return match;
}

/** A closing fence: the same character as the opening one, at least as many, nothing after. */
export function closesFence(body: string, marker: string): boolean {
	const p = indentEnd(body);
	if (p === body.length || body.charCodeAt(p) !== marker.charCodeAt(0)) return false;
	const match = FENCE_CLOSE.exec(body);
	return match !== null && match[1][0] === marker[0] && match[1].length >= marker.length;
}

export interface AtxHeading {
	level: number;
	/** The text after the `#`s, without the spaces around it (the closing `#`s are still there). */
	text: string;
}

/**
 * An ATX heading (`## Title`): up to three spaces, one to six `#`, then a space or the end of the line.
 * Read with character checks; the regex is kept for the rare line with a line separator in it.
 */
export function readAtxHeading(line: string): AtxHeading | null {
	const n = line.length;
	let p = 0;
	while (p < 3 && p < n && line.charCodeAt(p) === SPACE) p++;
	let q = p;
	while (q < n && line.charCodeAt(q) === 0x23) q++;
	const level = q - p;
	if (level < 1 || level > 6) return null;
	if (q === n) return { level, text: "" };
	const c = line.charCodeAt(q);
	if (c !== SPACE && c !== TAB) return null;
	// `.` in the regex does not cross these; let the regex decide exactly as it always has.
	if (/[\n\r\u2028\u2029]/.test(line)) {
		const match = ATX_HEADING.exec(line);
		return match ? { level: match[1].length, text: match[2] ?? "" } : null;
	}
	let start = q;
	while (start < n && isSpaceOrTab(line.charCodeAt(start))) start++;
	let end = n;
	while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
	return { level, text: line.slice(start, end) };
}

/** A line that starts another block ends a table (GFM): a heading, a fence, a quote. */
export function endsTable(body: string): boolean {
	const p = indentEnd(body);
	const c = p < body.length ? body.charCodeAt(p) : NaN;
	if (c > SPACE && c < 0x7f && c !== QUOTE && c !== 0x23 && c !== 0x60 && c !== 0x7e) return false;
	return body.trimStart().startsWith(">") || readAtxHeading(body) !== null || openingFence(body) !== null;
}
