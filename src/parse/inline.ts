// Inline syntax on one line of a note: wiki-links, tags, Dataview-style fields, code spans.
import type { InlineField, Tag, WikiLink } from "./types";

/**
 * Inline code spans (`code`): nothing inside one is read. Rather than copy the line with the spans
 * blanked, the readers of links and tags skip what lies in a span, and read the same as they would on
 * the blanked line (`blankCodeSpans`, which the rarer readers still use).
 *
 * The spans come as one flat array of `[start, end)` pairs, in order, or null when there are none. A
 * span closes at the next run of exactly as many backticks. Each run is linked once to the next run
 * of the same length (one pass from the end), so a line of many runs stays linear.
 */
export type CodeSpans = number[] | null;

export function codeSpans(line: string): CodeSpans {
	const first = line.indexOf("`");
	if (first === -1) return null;
	return singleBacktickSpans(line, first) ?? spansOfAnyLength(line, first);
}

/**
 * The common case: every run is one backtick, so runs pair up in order. Returns null as soon as a
 * longer run is seen (then the general reader decides).
 */
function singleBacktickSpans(line: string, first: number): CodeSpans {
	const spans: number[] = [];
	let open = -1;
	for (let i = first; i !== -1; i = line.indexOf("`", i + 1)) {
		if (line.charCodeAt(i + 1) === 0x60) return null;
		if (open === -1) open = i;
		else {
			spans.push(open, i + 1);
			open = -1;
		}
	}
	return spans.length === 0 ? NO_SPANS : spans;
}

/** A line whose backticks open no span: it is read as it is, but null would mean "not looked". */
const NO_SPANS: number[] = [];

function spansOfAnyLength(line: string, first: number): CodeSpans {
	const starts: number[] = [];
	const lengths: number[] = [];
	for (let i = first; i !== -1; i = line.indexOf("`", i)) {
		const start = i;
		while (line.charCodeAt(i) === 0x60) i++;
		starts.push(start);
		lengths.push(i - start);
	}
	// nextSame[k]: the next run after k with the same length, or -1.
	const nextSame = new Array<number>(starts.length);
	const lastOfLength = new Map<number, number>();
	for (let k = starts.length - 1; k >= 0; k--) {
		nextSame[k] = lastOfLength.get(lengths[k]) ?? -1;
		lastOfLength.set(lengths[k], k);
	}
	const spans: number[] = [];
	let written = 0;
	for (let k = 0; k < starts.length; k++) {
		if (starts[k] < written) continue;
		const close = nextSame[k];
		if (close === -1) continue;
		written = starts[close] + lengths[close];
		spans.push(starts[k], written);
	}
	return spans.length === 0 ? NO_SPANS : spans;
}

/** Whether position `p` lies in one of `spans`. */
function inSpan(spans: CodeSpans, p: number): boolean {
	if (spans === null) return false;
	for (let k = 0; k < spans.length && spans[k] <= p; k += 2) if (p < spans[k + 1]) return true;
	return false;
}

/** Whether `[from, to)` overlaps one of `spans`. */
function touchesSpan(spans: CodeSpans, from: number, to: number): boolean {
	if (spans === null) return false;
	for (let k = 0; k < spans.length && spans[k] < to; k += 2) if (from < spans[k + 1]) return true;
	return false;
}

/** `text` with the characters of `spans` (positions in `text` plus `offset`) replaced by spaces. */
function blank(text: string, spans: CodeSpans, offset = 0): string {
	if (spans === null || spans.length === 0) return text;
	let out = "";
	let written = 0;
	for (let k = 0; k < spans.length; k += 2) {
		const start = Math.max(0, spans[k] - offset);
		if (start >= text.length) break;
		const end = Math.min(text.length, spans[k + 1] - offset);
		if (end <= written) continue;
		out += text.slice(written, start) + " ".repeat(end - start);
		written = end;
	}
	return out + text.slice(written);
}

/** Replaces inline code spans with spaces of the same length, so nothing inside is read. */
export function blankCodeSpans(line: string): string {
	return blank(line, codeSpans(line));
}

/** The next `needle` (two characters) at or after `from` with neither character in a code span. */
function indexOutsideSpans(line: string, needle: string, from: number, spans: CodeSpans): number {
	let at = line.indexOf(needle, from);
	while (at !== -1 && (inSpan(spans, at) || inSpan(spans, at + 1))) at = line.indexOf(needle, at + 1);
	return at;
}

/**
 * Reads every `[[...]]` and `![[...]]` of a line. `\|` inside a link (as in table cells) is the alias
 * pipe. Nothing in `spans` (the line's code spans) is read.
 */
export function readWikiLinks(line: string, lineNo: number, into: WikiLink[], spans: CodeSpans = null): void {
	let at = indexOutsideSpans(line, "[[", 0, spans);
	while (at !== -1) {
		const close = indexOutsideSpans(line, "]]", at + 2, spans);
		if (close === -1) return;
		// A nested `[[` means this opening was not a link: the last `[[` before the `]]` opens it.
		let next = indexOutsideSpans(line, "[[", at + 2, spans);
		while (next !== -1 && next <= close - 2) {
			at = next;
			next = indexOutsideSpans(line, "[[", at + 2, spans);
		}
		const inner = touchesSpan(spans, at + 2, close) ? blank(line.slice(at + 2, close), spans, at + 2) : line.slice(at + 2, close);
		const embed = at > 0 && line.charCodeAt(at - 1) === 0x21 && !inSpan(spans, at - 1);
		const link = toWikiLink(inner, embed, lineNo);
		if (link) into.push(link);
		// `next` is the first `[[` after this link's `]]` (none can start inside the `]]`).
		at = next;
	}
}

function toWikiLink(inner: string, embed: boolean, line: number): WikiLink | null {
	const unescaped = inner.includes("\\") ? inner.replace(/\\\|/g, "|") : inner;
	const bar = unescaped.indexOf("|");
	const destination = bar === -1 ? unescaped : unescaped.slice(0, bar);
	const display = bar === -1 ? undefined : unescaped.slice(bar + 1).trim();
	const hash = destination.indexOf("#");
	let target = (hash === -1 ? destination : destination.slice(0, hash)).trim();
	const anchor = hash === -1 ? "" : destination.slice(hash + 1).trim();
	if (target.endsWith(".md")) target = target.slice(0, -3);
	if (target === "" && anchor === "") return null;
	const link: WikiLink = { target, embed, line };
	if (anchor.startsWith("^")) link.block = anchor.slice(1);
	else if (anchor !== "") link.heading = anchor;
	if (display !== undefined && display !== "") link.display = display;
	return link;
}

// Obsidian's tag characters: letters and digits of any script, `_`, `-` and `/` for nesting.
const TAG_BODY = /[\p{L}\p{N}_\-/]+/uy;
const ALL_DIGITS = /^[\d/]+$/;

/** ASCII letters and digits, `_`, `-` and `/`: the tag characters that need no Unicode lookup. */
function isAsciiTagChar(c: number): boolean {
	return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2f;
}

function isDigitOrSlash(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || c === 0x2f;
}

/** End of the tag name that starts at `from` (`from` itself when there is none). */
function tagEnd(line: string, from: number): number {
	const n = line.length;
	let end = from;
	while (end < n && isAsciiTagChar(line.charCodeAt(end))) end++;
	if (end < n && line.charCodeAt(end) >= 0x80) {
		// A letter of another script may follow: the Unicode regex reads the name from its start.
		TAG_BODY.lastIndex = from;
		return TAG_BODY.exec(line) === null ? from : TAG_BODY.lastIndex;
	}
	return end;
}

/**
 * Reads inline `#tags` by Obsidian's rules: after a space or at line start, not purely numeric. A tag
 * in `spans` (the line's code spans) is not read; one right after a span is (the span counts as space).
 */
export function readTags(line: string, lineNo: number, into: Tag[], spans: CodeSpans = null): void {
	for (let at = line.indexOf("#"); at !== -1; at = line.indexOf("#", at + 1)) {
		if (inSpan(spans, at)) continue;
		// A tag's name ends at a backtick, so it never runs into a span.
		const before = at === 0 || inSpan(spans, at - 1) ? 0x20 : line.charCodeAt(at - 1);
		if (before !== 0x20 && before !== 0x09 && before !== 0x28 && before !== 0x2c) continue;
		const end = tagEnd(line, at + 1);
		if (end === at + 1) continue;
		let name = line.slice(at + 1, end);
		at = end - 1;
		if (name.charCodeAt(name.length - 1) === 0x2f) name = name.replace(/\/+$/, "");
		// A name that starts with a letter is not all digits (most do; the regex is for the rest).
		if (name === "" || (isDigitOrSlash(name.charCodeAt(0)) && ALL_DIGITS.test(name))) continue;
		into.push({ name, line: lineNo, frontmatter: false });
	}
}

const LINE_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:[\]()*_][^:[\]()]{0,60}?)(?:\*\*|__)?::\s?(.*)$/;
// The value may hold wiki-links (`[based on:: [[AlexNet]]]`); its length is bounded so a long line
// of unclosed brackets is read in linear time.
const BRACKET_FIELD = /[[(]([^:[\]()]{1,60})::\s?((?:\[\[[^\]\n]{0,200}\]\]|[^\][\n)]){0,300})[\])]/g;

/** Reads Dataview-style fields: `key:: value` on its own line, or `[key:: value]` / `(key:: value)` inline. */
export function readInlineFields(line: string, lineNo: number, into: InlineField[]): void {
	if (!line.includes("::")) return;
	BRACKET_FIELD.lastIndex = 0;
	let match: RegExpExecArray | null;
	let found = false;
	while ((match = BRACKET_FIELD.exec(line)) !== null) {
		into.push({ key: match[1].trim(), value: match[2].trim(), line: lineNo });
		found = true;
	}
	if (found) return;
	const whole = LINE_FIELD.exec(line);
	if (whole) into.push({ key: lastSentence(whole[1]).trim(), value: whole[2].trim(), line: lineNo });
}

/** `Inception modules. Builds on` -> `Builds on`: a field written at the end of a sentence is keyed by its own words. */
function lastSentence(text: string): string {
	const end = /.*[.;!?。；！？]\s+/su.exec(text);
	return end ? text.slice(end[0].length) : text;
}
