// The frontmatter block at the top of a note: properties, aliases, tags and the links in its values.
import type { NoteLines } from "./hints";
import { readWikiLinks } from "./inline";
import type { Frontmatter, ParsedNote, Tag, WikiLink } from "./types";
import type { YamlResult } from "./yaml";

/**
 * Reads the frontmatter block `lines[from..to)` (file line = index + 1). The command line and the
 * tests use the project's own reader (`readYamlBlock` in yamlSimple.ts); inside Obsidian the plugin hands in
 * Obsidian's own YAML parser, so main.js carries no YAML reader of its own.
 */
export type YamlReader = (lines: string[], from: number, to: number) => YamlResult;

export const IMAGENET_MENTION = /imagenet|ilsvrc/i;

/** The line of each top-level key, found by a look at the block's lines alone. */
export function topLevelKeyLines(lines: string[], close: number): Record<string, number> {
	const keyLines: Record<string, number> = {};
	for (let i = 1; i < close; i++) {
		const match = /^([^\s#:-][^:]*?)\s*:(?:\s|$)/.exec(lines[i]);
		if (match && !(match[1] in keyLines)) keyLines[match[1].replace(/^["']|["']$/g, "")] = i + 1;
	}
	return keyLines;
}

/**
 * Reads the frontmatter into the note and returns the index of the first body line. Inside Obsidian
 * the properties it already parsed are handed in (`known`), and only their lines are looked up here.
 */
export function readFrontmatter(note: ParsedNote, noteLines: NoteLines, known: Record<string, unknown> | undefined, readYaml: YamlReader): number {
	const first = noteLines.line(0);
	if (first.trimEnd() !== "---") return 0;
	// The block's lines, from the opening `---` to the closing one.
	const lines = [first];
	let close = -1;
	for (let i = 1; i < noteLines.count && close === -1; i++) {
		const line = noteLines.line(i);
		lines.push(line);
		const l = line.trimEnd();
		if (l === "---" || l === "...") close = i;
	}
	if (close === -1) {
		// Obsidian reads an unclosed block as text, not properties; say why the fields are not seen
		// (only when it looks like properties: a note may also open with a `---` rule).
		if (/^[\p{L}\p{N}_ -]+:/u.test(lines[1] ?? "")) note.diagnostics.push({ kind: "frontmatter", path: note.path, line: 1, message: "The frontmatter that opens at line 1 has no closing `---`, so it is read as text." });
		return 0;
	}
	const parsed = known ? { data: known, keyLines: topLevelKeyLines(lines, close), errors: [] } : readYaml(lines, 1, close);
	const frontmatter: Frontmatter = { data: parsed.data, keyLines: parsed.keyLines, startLine: 1, endLine: close + 1 };
	note.frontmatter = frontmatter;
	for (const error of parsed.errors) {
		note.diagnostics.push({ kind: "frontmatter", path: note.path, line: error.line, message: `Frontmatter: ${error.message}` });
	}
	note.aliases = stringList(fieldIgnoringCase(parsed.data, "aliases") ?? fieldIgnoringCase(parsed.data, "alias"));
	const tagKey = keyIgnoringCase(parsed.data, "tags") ?? keyIgnoringCase(parsed.data, "tag");
	const tagLine = (tagKey !== undefined ? parsed.keyLines[tagKey] : undefined) ?? 1;
	for (const tag of stringList(tagKey !== undefined ? parsed.data[tagKey] : undefined)) {
		// Most tags are one word; only a tag with spaces or commas in it is several.
		for (const one of /[\s,]/.test(tag) ? tag.split(/[\s,]+/) : [tag]) {
			const name = one.charCodeAt(0) === 0x23 ? one.slice(1) : one;
			if (name !== "" && !/^\d+$/.test(name)) note.tags.push({ name, line: tagLine, frontmatter: true } satisfies Tag);
		}
	}
	for (const key of Object.keys(parsed.data)) {
		const value = parsed.data[key];
		// A number or a boolean holds no link and no mention.
		if (typeof value !== "string" && typeof value !== "object") continue;
		const line = parsed.keyLines[key] ?? 1;
		if (typeof value === "string") {
			if (value.includes("[[")) readWikiLinks(value.trim(), line, note.links satisfies WikiLink[]);
			if (!note.mentionsImageNet && IMAGENET_MENTION.test(value)) note.mentionsImageNet = true;
		} else for (const item of stringList(value)) readWikiLinks(item, line, note.links);
	}
	if (!note.mentionsImageNet) for (const alias of note.aliases) if (IMAGENET_MENTION.test(alias)) note.mentionsImageNet = true;
	return close + 1;
}

/** A frontmatter value as a list of strings: a string, a number, or a list of either. */
export function stringList(value: unknown): string[] {
	const out: string[] = [];
	addStrings(value, out);
	return out;
}

function addStrings(value: unknown, out: string[]): void {
	if (value === null || value === undefined) return;
	if (Array.isArray(value)) {
		for (const item of value) addStrings(item, out);
	} else if (typeof value === "string") {
		const trimmed = value.trim();
		if (trimmed !== "") out.push(trimmed);
	} else if (typeof value === "number" || typeof value === "boolean") {
		out.push(String(value));
	}
}

/** Reads a frontmatter field by name in any case (`Aliases`, `aliases`). */
export function fieldIgnoringCase(data: Record<string, unknown>, name: string): unknown {
	const key = keyIgnoringCase(data, name);
	return key === undefined ? undefined : data[key];
}

/** The key of `data` that is `name` in any case (`name` itself first), or undefined. */
function keyIgnoringCase(data: Record<string, unknown>, name: string): string | undefined {
	if (name in data) return name;
	const wanted = name.toLowerCase();
	// For an ASCII name, a key of another length cannot match (lowering changes a length only with
	// `İ`, which then lowers to a non-ASCII pair), so most keys are passed over without lowering them.
	const anyLength = !/^[\x20-\x7e]*$/.test(wanted);
	for (const key of Object.keys(data)) if ((anyLength || key.length === wanted.length) && key.toLowerCase() === wanted) return key;
	return undefined;
}
