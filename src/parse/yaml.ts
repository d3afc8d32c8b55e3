// A small, forgiving reader for the YAML people write in note frontmatter.
// It never throws, runs in linear time, and reports what it cannot read with its file line, then reads on.
// Not supported (read as plain text or reported): anchors and aliases (&a, *a), tags (!!str), `? complex keys`, several documents.

export interface YamlError { line: number; message: string }
export interface YamlResult { data: Record<string, unknown>; keyLines: Record<string, number>; errors: YamlError[] }

/** One line of the body: `text` is without its indentation; `indent` counts spaces (a tab counts as one, and is reported); `no` is the file line. */
interface Line { raw: string; text: string; indent: number; no: number; tabInIndent: boolean }

const MAX_NESTING = 64;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const WIKI_LINK = /\[\[[^[\]\n]*\]\][ \t]*(?=$|[,\]}\n])/y;
const BLOCK_SCALAR_HEADER = /^[|>](?:[-+][1-9]?|[1-9][-+]?)?$/;
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/", " ": " ", "\t": "\t", "\n": "" };

export function parseYaml(text: string, firstLine: number): YamlResult {
	const result: YamlResult = { data: {}, keyLines: {}, errors: [] };
	try {
		new BlockReader(typeof text === "string" ? text : "", firstLine, result.errors).readDocument(result.data, result.keyLines);
	} catch {
		result.errors.push({ line: firstLine, message: "the frontmatter could not be read completely" });
	}
	return result;
}

/** Reads the indentation structure: mappings, `- ` lists and `|`/`>` text blocks. */
class BlockReader {
	private lines: Line[];
	private pos = 0;

	constructor(text: string, firstLine: number, private errors: YamlError[]) {
		const raws = text.split("\n");
		this.lines = new Array<Line>(raws.length);
		for (let i = 0; i < raws.length; i++) {
			const raw = raws[i];
			this.lines[i] = toLine(raw.charCodeAt(raw.length - 1) === 0x0d ? raw.slice(0, -1) : raw, firstLine + i);
		}
	}

	readDocument(data: Record<string, unknown>, keyLines: Record<string, number>): void {
		for (let line = this.nextContent(); line; line = this.nextContent()) this.readMapping(line.indent, 0, data, keyLines);
	}

	private error(line: number, message: string): void {
		this.errors.push({ line, message });
	}

	/** The next line with content (blank and comment lines are skipped), or undefined at the end. */
	private nextContent(): Line | undefined {
		for (; this.pos < this.lines.length; this.pos++) {
			const line = this.lines[this.pos];
			if (isBlankOrComment(line)) continue;
			if (line.tabInIndent) this.error(line.no, "a tab is used for indentation; YAML needs spaces (read here as one space per tab)");
			line.tabInIndent = false;
			return line;
		}
		return undefined;
	}

	/** Skips the current line and every following line indented deeper than `indent`. Returns null, for the skipped value. */
	private skipLineAndChildren(indent: number): null {
		for (this.pos++; this.pos < this.lines.length; this.pos++) {
			if (!isBlankOrComment(this.lines[this.pos]) && this.lines[this.pos].indent <= indent) break;
		}
		return null;
	}

	private readBlock(first: Line, depth: number): unknown {
		if (depth > MAX_NESTING) {
			this.error(first.no, "the lists and mappings here are nested too deeply; this part is skipped");
			return this.skipLineAndChildren(first.indent - 1);
		}
		if (isListItem(first.text)) return this.readSequence(first.indent, depth);
		if (splitKey(first.text)) return this.readMapping(first.indent, depth);
		return this.readInline(first, first.text, first.indent - 1);
	}

	private readMapping(indent: number, depth: number, target: Record<string, unknown> = {}, keyLines?: Record<string, number>): Record<string, unknown> {
		const firstSeenOn = new Map<string, number>();
		for (let line = this.nextContent(); line && line.indent >= indent; line = this.nextContent()) {
			const key = line.indent === indent ? splitKey(line.text) : null;
			if (!key) {
				if (line.indent > indent) this.error(line.no, "this line is indented more than the keys above it");
				else if (isListItem(line.text)) this.error(line.no, "a list item where a key was expected");
				else this.error(line.no, `expected "key: value" but found "${clip(line.text)}"${line.text.includes(":") ? " (put a space after the colon)" : ""}`);
				this.skipLineAndChildren(indent);
				continue;
			}
			const value = this.readValue(line, key.rest, indent, depth, true);
			if (hasOwn(target, key.name)) {
				const firstOn = firstSeenOn.get(key.name) ?? keyLines?.[key.name];
				this.error(line.no, `the key "${key.name}" is written twice${firstOn ? ` (first on line ${firstOn})` : ""}; the first one is kept`);
				continue;
			}
			firstSeenOn.set(key.name, line.no);
			setOwn(target, key.name, value);
			if (keyLines) setOwn(keyLines, key.name, line.no);
		}
		return target;
	}

	private readSequence(indent: number, depth: number): unknown[] {
		const items: unknown[] = [];
		for (let line = this.nextContent(); line && line.indent >= indent; line = this.nextContent()) {
			if (line.indent > indent) {
				this.error(line.no, "this line is indented more than the list items above it");
				this.skipLineAndChildren(indent);
			} else if (isListItem(line.text)) items.push(this.readListItem(line, depth));
			else break;
		}
		return items;
	}

	private readListItem(line: Line, depth: number): unknown {
		let offset = 1;
		while (line.text[offset] === " " || line.text[offset] === "\t") offset++;
		const rest = line.text.slice(offset);
		if (stripComments(rest).trim() === "" || !(isListItem(rest) || splitKey(rest))) return this.readValue(line, rest, line.indent, depth, false);
		// `- key: value` or `- - x`: read the rest as if it started its own line at this column.
		const inner: Line = { ...line, text: rest, indent: line.indent + offset };
		this.lines[this.pos] = inner;
		return this.readBlock(inner, depth + 1);
	}

	/** Reads what follows `key:` or `- ` on the current line, plus the lines that belong to it. */
	private readValue(line: Line, rest: string, parentIndent: number, depth: number, isMappingValue: boolean): unknown {
		const head = stripComments(rest).trim();
		if (BLOCK_SCALAR_HEADER.test(head)) return this.readBlockScalar(head, parentIndent);
		if (head !== "") return this.readInline(line, rest, parentIndent);
		this.pos++;
		const next = this.nextContent();
		if (next && next.indent > parentIndent) return this.readBlock(next, depth + 1);
		if (next && isMappingValue && next.indent === parentIndent && isListItem(next.text)) return this.readSequence(parentIndent, depth + 1);
		return null;
	}

	/** A scalar or flow collection, possibly continued on following lines indented deeper than `parentIndent`. */
	private readInline(line: Line, rest: string, parentIndent: number): unknown {
		const isPlain = !"[{\"'".includes(rest.trim()[0] ?? "[");
		let end = this.pos + 1;
		for (let j = end; j < this.lines.length; j++) {
			const next = this.lines[j];
			if (isBlankOrComment(next)) continue;
			// A deeper `key:` or `- item` after a plain value is a mistake reported by the caller, not more text.
			if (next.indent <= parentIndent || (isPlain && (splitKey(next.text) || isListItem(next.text)))) break;
			end = j + 1;
		}
		const parts = [rest];
		for (let k = this.pos + 1; k < end; k++) parts.push(this.lines[k].text);
		this.pos = end;
		return new InlineReader(stripComments(parts.join("\n")), line.no, this.errors).readValue();
	}

	private readBlockScalar(header: string, parentIndent: number): string {
		const explicitIndent = Number(header.replace(/[^1-9]/g, ""));
		let contentIndent = explicitIndent ? parentIndent + explicitIndent : -1;
		const body: string[] = [];
		for (this.pos++; this.pos < this.lines.length; this.pos++) {
			const line = this.lines[this.pos];
			if (line.text !== "" && line.indent <= parentIndent) break;
			if (line.text !== "" && contentIndent < 0) contentIndent = line.indent;
			if (line.text !== "" && line.indent < contentIndent) this.error(line.no, "this line of the text block is indented less than its first line");
			body.push(line.text === "" || line.indent < contentIndent ? line.text : line.raw.slice(contentIndent));
		}
		let trailingBlankLines = 0;
		for (; body.length > 0 && body[body.length - 1] === ""; trailingBlankLines++) body.pop();
		if (body.length === 0) return "";
		const joined = header[0] === ">" ? foldLines(body) : body.join("\n");
		if (header.includes("-")) return joined;
		return joined + "\n".repeat(header.includes("+") ? trailingBlankLines + 1 : 1);
	}
}

/** Reads one value written on a line and its continuation lines: scalars, quoted strings, [lists] and {mappings}. */
class InlineReader {
	private pos = 0;
	private depth = 0;
	private abandoned = false;
	private lineStarts = [0];

	constructor(private text: string, private firstLine: number, private errors: YamlError[]) {
		for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
	}

	readValue(): unknown {
		this.skipSpace();
		if (!"[{\"'".includes(this.text[this.pos] ?? "x")) return plainValue(foldPlainText(this.text));
		const value = this.readNode();
		this.skipSpace();
		return this.pos < this.text.length ? this.fail(`unexpected text after the value: "${clip(this.text.slice(this.pos))}"`, this.pos, value) : value;
	}

	private lineAt(index: number): number {
		let low = 0;
		for (let high = this.lineStarts.length - 1; low < high; ) {
			const middle = (low + high + 1) >> 1;
			if (this.lineStarts[middle] <= index) low = middle;
			else high = middle - 1;
		}
		return this.firstLine + low;
	}

	/** Reports one problem and stops reading this value, keeping what was read so far (`keep`, returned). */
	private fail<T>(message: string, at: number, keep: T): T {
		if (!this.abandoned) this.errors.push({ line: this.lineAt(at), message });
		this.abandoned = true;
		this.pos = this.text.length;
		return keep;
	}

	private skipSpace(): void {
		for (let c = this.text.charCodeAt(this.pos); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = this.text.charCodeAt(++this.pos));
	}

	private readNode(): unknown {
		this.skipSpace();
		const ch = this.text[this.pos];
		if (ch === '"' || ch === "'") return this.readQuotedValue();
		if (ch === "[") return this.readWikiLink() ?? this.readFlowEntries("]", (items) => items.push(this.readNode()), [] as unknown[]);
		if (ch === "{") return this.readFlowMapping();
		return plainValue(this.readPlain(false));
	}

	private readQuotedValue(): string {
		const start = this.pos;
		const quoted = readQuoted(this.text, start);
		if (!quoted) return this.fail("the quoted text has no closing quote", start, foldPlainText(this.text.slice(start + 1)));
		this.pos = quoted.end;
		return quoted.value;
	}

	/** Obsidian users write `parent: [[AlexNet]]` unquoted; that exact shape is read as the text `[[AlexNet]]`. */
	private readWikiLink(): string | null {
		WIKI_LINK.lastIndex = this.pos;
		const match = WIKI_LINK.exec(this.text);
		if (match) this.pos += match[0].length;
		return match ? match[0].trimEnd() : null;
	}

	private readFlowMapping(): Record<string, unknown> {
		return this.readFlowEntries("}", (mapping) => {
			const keyAt = this.pos;
			const key = "\"'".includes(this.text[this.pos]) ? this.readQuotedValue() : this.readPlain(true);
			this.skipSpace();
			let value: unknown = null;
			if (this.text[this.pos] === ":") {
				this.pos++;
				this.skipSpace();
				if (!",}".includes(this.text[this.pos] ?? ",")) value = this.readNode();
			}
			if (!hasOwn(mapping, key)) setOwn(mapping, key, value);
			else this.errors.push({ line: this.lineAt(keyAt), message: `the key "${key}" is written twice; the first one is kept` });
		}, {});
	}

	/** Reads `entry, entry, ...` up to `closer` (the opening bracket is at the current position) and returns `collection`. */
	private readFlowEntries<T>(closer: "]" | "}", readEntry: (collection: T) => void, collection: T): T {
		const open = this.pos++;
		const unclosed = `this ${closer === "]" ? "list" : "mapping"} has no closing "${closer}"`;
		if (++this.depth > MAX_NESTING) return this.fail("the lists and mappings here are nested too deeply", open, collection);
		for (this.skipSpace(); this.text[this.pos] !== closer; this.skipSpace()) {
			if (this.abandoned) return collection;
			if (this.pos >= this.text.length) return this.fail(unclosed, open, collection);
			readEntry(collection);
			this.skipSpace();
			const after = this.text[this.pos];
			if (after === ",") this.pos++;
			else if (after !== closer) return this.fail(after === undefined ? unclosed : `expected "," or "${closer}" but found "${after}"`, after === undefined ? open : this.pos, collection);
		}
		this.pos++;
		this.depth--;
		return collection;
	}

	private readPlain(isKey: boolean): string {
		const start = this.pos;
		for (; this.pos < this.text.length; this.pos++) {
			const c = this.text.charCodeAt(this.pos);
			// `[`, `]`, `{`, `}` and `,` end a plain value in a flow; `: ` ends a key.
			if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2c) break;
			if (isKey && c === 0x3a && endsKey(this.text.charCodeAt(this.pos + 1))) break;
		}
		return foldPlainText(this.text.slice(start, this.pos));
	}
}

/** After a `:`: the end of the text, a space, a tab, a line break, `,` or `}`. */
function endsKey(c: number): boolean {
	return Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x2c || c === 0x7d;
}

function toLine(raw: string, no: number): Line {
	let indent = 0;
	while (raw[indent] === " " || raw[indent] === "\t") indent++;
	return { raw, text: indent === 0 ? raw : raw.slice(indent), indent, no, tabInIndent: indent > 0 && raw.slice(0, indent).includes("\t") };
}

const isBlankOrComment = (line: Line): boolean => line.text === "" || line.text[0] === "#";
const isListItem = (text: string): boolean => text[0] === "-" && (text.length === 1 || text[1] === " " || text[1] === "\t");
const isMoreIndented = (line: string): boolean => line[0] === " " || line[0] === "\t";
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Splits `key: rest` (plain or quoted key); null when the text is not a key line. */
function splitKey(text: string): { name: string; rest: string } | null {
	if (text[0] === '"' || text[0] === "'") {
		const quoted = readQuoted(text, 0);
		let colon = quoted ? quoted.end : text.length;
		while (text[colon] === " ") colon++;
		if (!quoted || text[colon] !== ":" || !" \t".includes(text[colon + 1] ?? " ")) return null;
		return { name: quoted.value, rest: text.slice(colon + 1) };
	}
	if ("[{#".includes(text[0] ?? "#") || isListItem(text)) return null;
	for (let i = 1; i < text.length; i++) {
		if (text[i] === ":" && " \t".includes(text[i + 1] ?? " ")) return { name: text.slice(0, i).trim(), rest: text.slice(i + 1) };
		if (text[i] === "#" && " \t".includes(text[i - 1])) return null;
	}
	return null;
}

/**
 * Reads a quoted string starting at `start`: its value and the index after the closing quote, or null
 * if it never closes. Runs of ordinary characters are copied as slices, so a long value costs a few
 * string joins rather than one array entry per character.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
	const quote = text[start];
	const escapes = quote === '"';
	let value = "";
	let runStart = start + 1;
	for (let i = start + 1; i < text.length; i++) {
		const ch = text[i];
		if (ch !== quote && ch !== "\n" && !(escapes && ch === "\\")) continue;
		value += text.slice(runStart, i);
		if (ch === quote && quote === "'" && text[i + 1] === "'") value += text[i++];
		else if (ch === quote) return { value, end: i + 1 };
		else if (ch === "\\") {
			if (i + 1 < text.length) {
				const [decoded, used] = decodeEscape(text, i + 1);
				value += decoded;
				i += used;
			}
		} else {
			// A line break inside quotes folds to a space; each blank line becomes a newline.
			let end = value.length;
			while (end > 0 && (value[end - 1] === " " || value[end - 1] === "\t")) end--;
			value = value.slice(0, end);
			let breaks = 1;
			while (i + 1 < text.length && " \t\r\n".includes(text[i + 1])) if (text[++i] === "\n") breaks++;
			value += breaks === 1 ? " " : "\n".repeat(breaks - 1);
		}
		runStart = i + 1;
	}
	return null;
}

/** Decodes the escape whose letter is at `at`: the text, and how many characters were used. */
function decodeEscape(text: string, at: number): [string, number] {
	const letter = text[at];
	const width = letter === "x" ? 2 : letter === "u" ? 4 : letter === "U" ? 8 : 0;
	const hex = text.slice(at + 1, at + 1 + width);
	const code = width > 0 && hex.length === width && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : -1;
	if (code >= 0 && code <= 0x10ffff) return [String.fromCodePoint(code), 1 + width];
	return [hasOwn(ESCAPES, letter) ? ESCAPES[letter] : "\\" + letter, 1];
}

/** Removes `# comments` (at a line start or after a space, outside quotes) from each line of `text`. */
function stripComments(text: string): string {
	if (text.indexOf("#") === -1) return text;
	let result = "";
	let copyFrom = 0;
	let quote = "";
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const before = i === 0 ? " " : text[i - 1];
		if (quote) {
			if ((ch === "\\" && quote === '"') || (ch === "'" && quote === "'" && text[i + 1] === "'")) i++;
			else if (ch === quote) quote = "";
		} else if ((ch === '"' || ch === "'") && " \t\n[{,:".includes(before)) quote = ch;
		else if (ch === "#" && " \t\n".includes(before)) {
			result += text.slice(copyFrom, i);
			const lineEnd = text.indexOf("\n", i);
			copyFrom = lineEnd < 0 ? text.length : lineEnd;
			i = copyFrom - 1;
		}
	}
	return result + text.slice(copyFrom);
}

/** Joins lines: one line break becomes a space, each blank line a newline; breaks around more-indented lines stay. */
function foldLines(lines: string[]): string {
	let out = "";
	let previous: string | null = null;
	let blankLines = 0;
	for (const line of lines) {
		if (line === "") blankLines++;
		else {
			const keepsBreak = previous !== null && (isMoreIndented(previous) || isMoreIndented(line));
			out += (previous !== null && !keepsBreak && blankLines === 0 ? " " : "\n".repeat(blankLines + (keepsBreak ? 1 : 0))) + line;
			[previous, blankLines] = [line, 0];
		}
	}
	return out;
}

const foldPlainText = (text: string): string => (text.indexOf("\n") === -1 ? text.trim() : foldLines(text.split("\n").map((part) => part.trim())).trim());

export function plainValue(text: string): unknown {
	if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
	if (text === "true" || text === "True" || text === "TRUE") return true;
	if (text === "false" || text === "False" || text === "FALSE") return false;
	const number = NUMBER.test(text) ? Number(text) : NaN;
	return Number.isFinite(number) ? number : text;
}

/** The first line of `text`, shortened for a message. */
function clip(text: string): string {
	const firstLine = text.split("\n", 1)[0].trim();
	return firstLine.length > 40 ? firstLine.slice(0, 40) + "…" : firstLine;
}

/** Sets a key as plain data, even `__proto__` (the one key of a plain object that assignment does not set). */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
	if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
	else object[key] = value;
}
