// A quick reader for the frontmatter most notes have: top-level `key: value` lines whose values are
// plain scalars, quoted strings without escapes, one-line `[a, "b"]` lists, or `- item` lists under a
// key with no value. On anything else (comments, nesting, block text, continued lines, tabs, repeated
// keys) it returns null and the full reader (yaml.ts) reads the block. What it does read, it reads
// exactly as the full reader does: same values, same key lines, and no errors to report.
import type { YamlReader } from "./frontmatter";
import { parseYaml, plainValue, type YamlResult } from "./yaml";

/** The project's own frontmatter reader: the quick one, and the full one where the quick one gives up. */
export const readYamlBlock: YamlReader = (lines, from, to) => readSimpleYaml(lines, from, to) ?? parseYaml(lines.slice(from, to).join("\n"), from + 1);

const SPACE = 0x20;
const TAB = 0x09;

/** Reads `lines[from..to)` (file line = index + 1), or returns null when the block is not that simple. */
export function readSimpleYaml(lines: string[], from: number, to: number): YamlResult | null {
	const data: Record<string, unknown> = {};
	const keyLines: Record<string, number> = {};
	for (let i = from; i < to; i++) {
		const line = lines[i];
		if (isBlank(line)) continue;
		if (!startsKey(line.charCodeAt(0)) || mayHoldComment(line)) return null;
		const colon = keyColon(line);
		if (colon === -1) return null;
		const name = line.slice(0, colon).trim();
		if (name === "__proto__" || Object.prototype.hasOwnProperty.call(data, name)) return null;
		const keyLine = i + 1;
		const rest = line.slice(colon + 1);
		let value: unknown;
		if (rest.trim() !== "") value = readInlineValue(rest);
		else {
			// No value on the line: a `- item` list below it, or null when the next line is another key.
			const next = nextContentLine(lines, i + 1, to);
			if (next === to || !isListItemLine(lines[next])) value = null;
			else {
				const list = readItems(lines, next, to);
				if (list === null) return null;
				value = list.items;
				i = list.end - 1;
			}
		}
		if (value === undefined) return null;
		data[name] = value;
		keyLines[name] = keyLine;
	}
	return { data, keyLines, errors: [] };
}

/** Only spaces and tabs (or nothing). */
function isBlank(line: string): boolean {
	for (let p = 0; p < line.length; p++) {
		const c = line.charCodeAt(p);
		if (c !== SPACE && c !== TAB) return false;
	}
	return true;
}

/** Whether a `#` starts the line or follows a space or a tab: a comment, unless it is inside quotes. */
function mayHoldComment(line: string): boolean {
	for (let at = line.indexOf("#"); at !== -1; at = line.indexOf("#", at + 1)) {
		const before = at === 0 ? SPACE : line.charCodeAt(at - 1);
		if (before === SPACE || before === TAB) return true;
	}
	return false;
}

/** A printable ASCII character that starts a plain key at the line start (not a quote, `[`, `{`, `#` or `-`). */
function startsKey(c: number): boolean {
	return c > SPACE && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x5b && c !== 0x7b && c !== 0x23 && c !== 0x2d;
}

/** The first `:` after the key's first character that a space, a tab or the line end follows; -1 when none. */
function keyColon(text: string): number {
	for (let at = text.indexOf(":", 1); at !== -1; at = text.indexOf(":", at + 1)) {
		const after = text.charCodeAt(at + 1);
		if (at + 1 === text.length || after === SPACE || after === TAB) return at;
	}
	return -1;
}

function nextContentLine(lines: string[], from: number, to: number): number {
	let i = from;
	while (i < to && isBlank(lines[i])) i++;
	return i;
}

/** Spaces, then `-` and a space, a tab or the line end. */
function isListItemLine(line: string): boolean {
	let p = 0;
	while (line.charCodeAt(p) === SPACE) p++;
	if (line.charCodeAt(p) !== 0x2d) return false;
	const after = line.charCodeAt(p + 1);
	return p + 1 === line.length || after === SPACE || after === TAB;
}

/** `- item` lines, all at the indentation of the first; null on anything the full reader should read. */
function readItems(lines: string[], from: number, to: number): { items: unknown[]; end: number } | null {
	const items: unknown[] = [];
	let indent = -1;
	let i = from;
	for (; i < to; i++) {
		const line = lines[i];
		if (isBlank(line)) continue;
		let p = 0;
		while (line.charCodeAt(p) === SPACE) p++;
		if (line.charCodeAt(p) === TAB) return null;
		if (indent === -1) indent = p;
		if (p > indent) return null;
		if (p < indent || !isListItemLine(line)) break;
		if (mayHoldComment(line)) return null;
		let start = p + 1;
		for (let c = line.charCodeAt(start); c === SPACE || c === TAB; c = line.charCodeAt(++start));
		const body = line.slice(start);
		// An empty item, `- - x` or `- key: value` is nested structure.
		if (body.trim() === "" || body.charCodeAt(0) === 0x2d || keyColon(" " + body) !== -1) return null;
		const value = readInlineValue(body);
		if (value === undefined) return null;
		items.push(value);
	}
	return { items, end: i };
}

/** The value written after `key:` or `- `: undefined when it is not one of the simple shapes. */
function readInlineValue(rest: string): unknown {
	const head = rest.trim();
	const first = head.charCodeAt(0);
	if (first === 0x7c || first === 0x3e) return undefined; // `|` or `>`: a text block
	let p = 0;
	for (let c = rest.charCodeAt(0); c === SPACE || c === TAB; c = rest.charCodeAt(++p));
	const c = rest.charCodeAt(p);
	if (c === 0x5b) return readFlowList(rest, p);
	if (c === 0x22 || c === 0x27) return readQuotedToEnd(rest, p);
	if (c === 0x7b) return undefined;
	return plainValue(head);
}

/** A quoted string without escapes that ends the text (spaces and tabs may follow). */
function readQuotedToEnd(text: string, open: number): string | undefined {
	const close = quotedEnd(text, open);
	if (close === -1) return undefined;
	let p = close + 1;
	for (let c = text.charCodeAt(p); c === SPACE || c === TAB; c = text.charCodeAt(++p));
	return p === text.length ? text.slice(open + 1, close) : undefined;
}

/** Index of the closing quote of the string opened at `open`; -1 when it has escapes or does not close. */
function quotedEnd(text: string, open: number): number {
	const quote = text[open];
	const close = text.indexOf(quote, open + 1);
	if (close === -1) return -1;
	if (quote === '"' ? text.lastIndexOf("\\", close) > open : text.charCodeAt(close + 1) === 0x27) return -1;
	return close;
}

/** `[a, "b", 3]` on one line, nothing nested, nothing after the `]`. */
function readFlowList(text: string, open: number): unknown[] | undefined {
	let close = text.length - 1;
	for (let c = text.charCodeAt(close); c === SPACE || c === TAB; c = text.charCodeAt(--close));
	if (text.charCodeAt(close) !== 0x5d) return undefined;
	for (let k = open + 1; k < close; k++) {
		const c = text.charCodeAt(k);
		if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return undefined;
	}
	const items: unknown[] = [];
	let p = open + 1;
	for (;;) {
		for (let c = text.charCodeAt(p); c === SPACE || c === TAB; c = text.charCodeAt(++p));
		if (p === close) return items;
		const c = text.charCodeAt(p);
		if (c === 0x22 || c === 0x27) {
			const end = quotedEnd(text, p);
			if (end === -1 || end > close) return undefined;
			items.push(text.slice(p + 1, end));
			p = end + 1;
			for (let s = text.charCodeAt(p); s === SPACE || s === TAB; s = text.charCodeAt(++p));
		} else {
			let end = text.indexOf(",", p);
			if (end === -1 || end > close) end = close;
			items.push(plainValue(text.slice(p, end).trim()));
			p = end;
		}
		if (p === close) return items;
		if (text.charCodeAt(p) !== 0x2c) return undefined;
		p++;
	}
}
