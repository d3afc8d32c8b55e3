// Inline syntax on one line of a note: wiki-links, tags, Dataview-style fields, code spans.
import type { InlineField, Tag, WikiLink } from "./types";

/**
 * Replaces inline code spans (`code`) with spaces of the same length, so nothing inside is read.
 * A span closes at the next run of exactly as many backticks. Runs are listed once and matched with
 * one cursor per length, so a line of many runs stays linear.
 */
export function blankCodeSpans(line: string): string {
	if (!line.includes("`")) return line;
	const runs: { start: number; length: number }[] = [];
	for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
		let length = 0;
		while (line[i + length] === "`") length++;
		runs.push({ start: i, length });
		i += length;
	}
	const byLength = new Map<number, number[]>();
	runs.forEach((run, k) => byLength.set(run.length, [...(byLength.get(run.length) ?? []), k]));
	const cursor = new Map<number, number>();
	let out = "";
	let written = 0;
	for (let k = 0; k < runs.length; k++) {
		const run = runs[k];
		if (run.start < written) continue;
		const same = byLength.get(run.length) ?? [];
		let at = cursor.get(run.length) ?? 0;
		while (at < same.length && same[at] <= k) at++;
		cursor.set(run.length, at);
		if (at === same.length) continue;
		const close = runs[same[at]];
		out += line.slice(written, run.start) + " ".repeat(close.start + close.length - run.start);
		written = close.start + close.length;
	}
	return out + line.slice(written);
}

/** Reads every `[[...]]` and `![[...]]` of a line. `\|` inside a link (as in table cells) is the alias pipe. */
export function readWikiLinks(line: string, lineNo: number, into: WikiLink[]): void {
	let at = line.indexOf("[[");
	while (at !== -1) {
		const close = line.indexOf("]]", at + 2);
		if (close === -1) return;
		const inner = line.slice(at + 2, close);
		// A nested `[[` means this opening was not a link: start again from the inner one.
		const nested = inner.lastIndexOf("[[");
		if (nested !== -1) {
			at = at + 2 + nested;
			continue;
		}
		const link = toWikiLink(inner, at > 0 && line[at - 1] === "!", lineNo);
		if (link) into.push(link);
		at = line.indexOf("[[", close + 2);
	}
}

function toWikiLink(inner: string, embed: boolean, line: number): WikiLink | null {
	const unescaped = inner.replace(/\\\|/g, "|");
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
const TAG = /#([\p{L}\p{N}_\-/]+)/gu;
const ALL_DIGITS = /^[\d/]+$/;

/** Reads inline `#tags` by Obsidian's rules: after a space or at line start, not purely numeric. */
export function readTags(line: string, lineNo: number, into: Tag[]): void {
	if (!line.includes("#")) return;
	TAG.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = TAG.exec(line)) !== null) {
		const before = match.index === 0 ? " " : line[match.index - 1];
		if (before !== " " && before !== "\t" && before !== "(" && before !== ",") continue;
		const name = match[1].replace(/\/+$/, "");
		if (name === "" || ALL_DIGITS.test(name)) continue;
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
	if (whole) into.push({ key: whole[1].trim(), value: whole[2].trim(), line: lineNo });
}
