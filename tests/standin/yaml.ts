// A small YAML subset for frontmatter: block maps and lists, flow lists and maps, quoted and plain scalars, | and > blocks.

interface Line {
	indent: number;
	text: string;
	no: number;
}

export class YamlError extends Error {}

function stripComment(text: string): string {
	let quote = "";
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === "\\" && quote === '"') i++;
			else if (c === quote) quote = "";
		} else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(text[i - 1]))) quote = c;
		else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i).trimEnd();
	}
	return text.trimEnd();
}

export function parseScalar(raw: string): unknown {
	const s = raw.trim();
	if (s === "" || s === "~" || s === "null" || s === "Null" || s === "NULL") return null;
	if (/^(true|True|TRUE)$/.test(s)) return true;
	if (/^(false|False|FALSE)$/.test(s)) return false;
	if (/^[-+]?\d+$/.test(s)) return Number(s);
	if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(s)) return Number(s);
	if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
	if (s.startsWith('"') || s.startsWith("'")) {
		const [value, end] = readQuoted(s, 0);
		if (s.slice(end).trim() !== "") throw new YamlError(`YAML: unexpected text after a quoted string: ${s}`);
		return value;
	}
	return s;
}

function readQuoted(s: string, start: number): [string, number] {
	const q = s[start];
	let out = "";
	for (let i = start + 1; i < s.length; i++) {
		const c = s[i];
		if (q === "'" && c === "'") {
			if (s[i + 1] === "'") {
				out += "'";
				i++;
				continue;
			}
			return [out, i + 1];
		}
		if (q === '"' && c === '"') return [out, i + 1];
		if (q === '"' && c === "\\") {
			const n = s[++i];
			const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", "/": "/", "0": "\0", " ": " " };
			if (n === "u") {
				out += String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16));
				i += 4;
			} else out += map[n] ?? n;
			continue;
		}
		out += c;
	}
	throw new YamlError(`YAML: unterminated quoted string: ${s}`);
}

function parseFlow(s: string, pos: number): [unknown, number] {
	const skip = () => {
		while (pos < s.length && /\s/.test(s[pos])) pos++;
	};
	skip();
	const open = s[pos];
	if (open === "[" || open === "{") {
		const close = open === "[" ? "]" : "}";
		const list: unknown[] = [];
		const map: Record<string, unknown> = {};
		pos++;
		skip();
		while (s[pos] !== close) {
			if (pos >= s.length) throw new YamlError(`YAML: unterminated flow collection: ${s}`);
			if (open === "[") {
				const [v, p] = parseFlow(s, pos);
				list.push(v);
				pos = p;
			} else {
				const [k, p] = parseFlowAtom(s, pos, true);
				pos = p;
				skip();
				let v: unknown = null;
				if (s[pos] === ":") [v, pos] = parseFlow(s, pos + 1);
				map[String(k)] = v;
			}
			skip();
			if (s[pos] === ",") {
				pos++;
				skip();
			} else if (s[pos] !== close) throw new YamlError(`YAML: expected , or ${close} in ${s}`);
		}
		return [open === "[" ? list : map, pos + 1];
	}
	return parseFlowAtom(s, pos, false);
}

function parseFlowAtom(s: string, pos: number, isKey: boolean): [unknown, number] {
	while (pos < s.length && /\s/.test(s[pos])) pos++;
	if (s[pos] === '"' || s[pos] === "'") return readQuoted(s, pos);
	let end = pos;
	while (end < s.length && !/[,\]}]/.test(s[end]) && !(isKey && s[end] === ":" && /[\s,}]|$/.test(s[end + 1] ?? ""))) end++;
	return [parseScalar(s.slice(pos, end)), end];
}

function keyOf(text: string): [string, string] | null {
	if (text.startsWith('"') || text.startsWith("'")) {
		const [key, end] = readQuoted(text, 0);
		const rest = text.slice(end).trimStart();
		if (!rest.startsWith(":")) return null;
		return [key, rest.slice(1)];
	}
	const m = /^([^\s:#[\]{},][^:]*?|[^\s:#[\]{},]*?):(\s|$)/.exec(text);
	if (!m) return null;
	return [m[1].trim(), text.slice(m[1].length + 1)];
}

class Parser {
	constructor(private lines: Line[], private i = 0) {}

	parseBlock(minIndent: number): unknown {
		this.skipBlank();
		const line = this.lines[this.i];
		if (!line || line.indent < minIndent) return null;
		if (line.text === "-" || line.text.startsWith("- ")) return this.parseSeq(line.indent);
		if (keyOf(line.text)) return this.parseMap(line.indent);
		this.i++;
		const parts = [line.text];
		while (this.lines[this.i] && this.lines[this.i].indent >= minIndent && this.lines[this.i].text) parts.push(this.lines[this.i++].text);
		const joined = parts.join(" ");
		return /^[[{]/.test(joined) ? this.flow(joined) : parseScalar(joined);
	}

	private skipBlank(): void {
		while (this.i < this.lines.length && this.lines[this.i].text === "") this.i++;
	}

	private flow(text: string): unknown {
		const [v, end] = parseFlow(text, 0);
		if (text.slice(end).trim() !== "") throw new YamlError(`YAML: unexpected text after a flow collection: ${text}`);
		return v;
	}

	private parseSeq(indent: number): unknown[] {
		const out: unknown[] = [];
		for (this.skipBlank(); this.lines[this.i]?.indent === indent; this.skipBlank()) {
			const line = this.lines[this.i];
			if (!(line.text === "-" || line.text.startsWith("- "))) break;
			const rest = line.text.slice(1).trimStart();
			if (rest === "") {
				this.i++;
				out.push(this.parseBlock(indent + 1));
			} else {
				const inner = indent + (line.text.length - rest.length);
				this.lines[this.i] = { indent: inner, text: rest, no: line.no };
				out.push(this.parseValueLine(inner));
			}
		}
		return out;
	}

	/** A line that starts an item's value: a nested map or sequence, or a scalar. */
	private parseValueLine(indent: number): unknown {
		const line = this.lines[this.i];
		if (keyOf(line.text) || line.text === "-" || line.text.startsWith("- ")) return this.parseBlock(indent);
		this.i++;
		return this.inlineValue(line.text, indent);
	}

	private inlineValue(text: string, indent: number): unknown {
		if (/^[|>][-+0-9]*$/.test(text)) return this.blockScalar(text, indent);
		if (/^[[{]/.test(text)) return this.flow(text);
		return parseScalar(text);
	}

	private blockScalar(header: string, indent: number): string {
		const body: string[] = [];
		let blockIndent = -1;
		while (this.i < this.lines.length) {
			const line = this.lines[this.i];
			if (line.text !== "" && line.indent <= indent) break;
			if (line.text !== "" && blockIndent < 0) blockIndent = line.indent;
			body.push(line.text === "" ? "" : " ".repeat(line.indent - Math.max(blockIndent, 0)) + line.text);
			this.i++;
		}
		while (body.length && body[body.length - 1] === "") body.pop();
		const text = header.startsWith("|") ? body.join("\n") : body.join(" ").replace(/ {2,}/g, " ");
		return header.includes("-") ? text : text + "\n";
	}

	private parseMap(indent: number): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		for (this.skipBlank(); this.i < this.lines.length; this.skipBlank()) {
			const line = this.lines[this.i];
			if (line.indent < indent) break;
			if (line.indent > indent) throw new YamlError(`YAML: bad indentation on line ${line.no + 1}`);
			const kv = keyOf(line.text);
			if (!kv) throw new YamlError(`YAML: expected "key: value" on line ${line.no + 1}: ${line.text}`);
			const [key, rest] = kv;
			const value = rest.trim();
			this.i++;
			if (value === "") {
				this.skipBlank();
				const next = this.lines[this.i];
				if (next && (next.indent > indent || (next.indent === indent && (next.text === "-" || next.text.startsWith("- ")))))
					out[key] = this.parseBlock(next.indent);
				else out[key] = null;
			} else out[key] = this.inlineValue(value, indent);
		}
		return out;
	}
}

/** Parses YAML text (the subset frontmatter uses). Throws YamlError on text it cannot read. */
export function parseYaml(yaml: string): any {
	const lines: Line[] = yaml.split(/\r?\n/).map((raw, no) => {
		if (/^\t/.test(raw)) throw new YamlError(`YAML: tabs are not allowed for indentation (line ${no + 1})`);
		const text = stripComment(raw);
		const indent = text.length - text.trimStart().length;
		return { indent, text: text.trim(), no };
	});
	const parser = new Parser(lines);
	return parser.parseBlock(0);
}

function needsQuotes(s: string): boolean {
	if (s === "") return true;
	if (/^[\s]|[\s]$/.test(s)) return true;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return true;
	if (/: |\s#|\n/.test(s) || s.endsWith(":")) return true;
	return typeof parseScalar(s) !== "string";
}

function emitScalar(v: unknown): string {
	if (v === null || v === undefined) return "null";
	if (typeof v === "string") return needsQuotes(v) ? JSON.stringify(v) : v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}

function emit(value: unknown, indent: string, out: string[]): void {
	if (Array.isArray(value)) {
		for (const item of value) {
			if (item && typeof item === "object" && Object.keys(item).length > 0) {
				const sub: string[] = [];
				emit(item, indent + "  ", sub);
				out.push(indent + "- " + sub[0].trimStart(), ...sub.slice(1));
			} else out.push(indent + "- " + emitInline(item));
		}
		return;
	}
	for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
		const key = needsQuotes(k) ? JSON.stringify(k) : k;
		if (v && typeof v === "object" && !(v instanceof Date) && Object.keys(v).length > 0) {
			out.push(`${indent}${key}:`);
			emit(v, indent + "  ", out);
		} else out.push(`${indent}${key}: ${emitInline(v)}`);
	}
}

function emitInline(v: unknown): string {
	if (Array.isArray(v)) return "[]";
	if (v && typeof v === "object" && !(v instanceof Date)) return "{}";
	return emitScalar(v);
}

/** Writes a value as block-style YAML, ending with a newline. */
export function stringifyYaml(obj: unknown): string {
	if (obj === null || typeof obj !== "object") return emitScalar(obj) + "\n";
	const out: string[] = [];
	emit(obj, "", out);
	return out.length ? out.join("\n") + "\n" : "{}\n";
}
