// Reads note text into Obsidian's CachedMetadata shapes: frontmatter, links, embeds, tags, headings, sections, blocks, list items.
import { parseYaml } from "./yaml";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface ReferenceCache {
	link: string;
	original: string;
	displayText?: string;
	position: Pos;
}
export interface FrontmatterLinkCache {
	key: string;
	link: string;
	original: string;
	displayText?: string;
}
export interface TagCache {
	tag: string;
	position: Pos;
}
export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}
export interface SectionCache {
	id?: string;
	type: string;
	position: Pos;
}
export interface BlockCache {
	id: string;
	position: Pos;
}
export interface ListItemCache {
	parent: number;
	task?: string;
	id?: string;
	position: Pos;
}
export interface CachedMetadata {
	frontmatter?: Record<string, any>;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkCache[];
	links?: ReferenceCache[];
	embeds?: ReferenceCache[];
	tags?: TagCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
	blocks?: Record<string, BlockCache>;
	listItems?: ListItemCache[];
}

interface LineInfo {
	text: string;
	offset: number;
}

function splitLines(text: string): LineInfo[] {
	const out: LineInfo[] = [];
	let offset = 0;
	for (const line of text.split("\n")) {
		out.push({ text: line.endsWith("\r") ? line.slice(0, -1) : line, offset });
		offset += line.length + 1;
	}
	return out;
}

function loc(lines: LineInfo[], line: number, col: number): Loc {
	return { line, col, offset: lines[line].offset + col };
}

function pos(lines: LineInfo[], line: number, startCol: number, endLine: number, endCol: number): Pos {
	return { start: loc(lines, line, startCol), end: loc(lines, endLine, endCol) };
}

/** Where the frontmatter ends: the index of the closing `---` line, or -1. */
export function frontmatterEnd(lines: Array<{ text: string }>): number {
	if (lines.length < 2 || lines[0].text.trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) if (lines[i].text.trimEnd() === "---") return i;
	return -1;
}

const WIKI = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]\n]*)\]\(([^()\s]+|<[^>\n]+>)\)/g;
const TAG = /(^|\s)#([\p{L}\p{N}\p{Emoji_Presentation}_\-/]+)/gu;

/** The link, alias and display text of a wiki-link's inside (`Note#Heading|shown`, `Note\|shown` in a table). */
export function readWikiInner(inner: string): { link: string; displayText: string } {
	const m = /^(.*?)(\\?)\|(.*)$/.exec(inner);
	const target = (m ? m[1] : inner).trim();
	const alias = m ? m[3].trim() : undefined;
	let display = alias;
	if (display === undefined) display = target.startsWith("#") ? target.slice(1).replace(/#/g, " > ") : target.replace(/#/g, " > ");
	return { link: target, displayText: display };
}

function maskInline(text: string): string {
	const blank = (s: string) => " ".repeat(s.length);
	return text
		.replace(/(`+)[^`]*?\1/g, blank)
		.replace(/%%.*?%%/g, blank)
		.replace(/\$(?!\s)[^$\n]+?(?<!\s)\$/g, blank);
}

function collectFrontmatterLinks(value: unknown, key: string, out: FrontmatterLinkCache[]): void {
	if (typeof value === "string") {
		for (const m of value.matchAll(WIKI)) {
			const { link, displayText } = readWikiInner(m[2]);
			out.push({ key, link, original: m[0], displayText });
		}
	} else if (Array.isArray(value)) value.forEach((v, i) => collectFrontmatterLinks(v, `${key}.${i}`, out));
	else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collectFrontmatterLinks(v, `${key}.${k}`, out);
}

function sectionType(text: string): string {
	const t = text.trimStart();
	if (/^#{1,6}(\s|$)/.test(t)) return "heading";
	if (/^(```|~~~)/.test(t)) return "code";
	if (t.startsWith("$$")) return "math";
	if (t.startsWith("%%")) return "comment";
	if (/^([-*_])(\s*\1){2,}\s*$/.test(t)) return "thematicBreak";
	if (/^([-*+]|\d+[.)])(\s|$)/.test(t)) return "list";
	if (t.startsWith(">")) return t.match(/^>\s*\[!/) ? "callout" : "blockquote";
	if (t.includes("|")) return "table";
	if (t.startsWith("<")) return "html";
	return "paragraph";
}

/** Computes Obsidian's CachedMetadata for a note's text. */
export function computeMetadata(text: string): CachedMetadata {
	const lines = splitLines(text);
	const cache: CachedMetadata = {};
	const links: ReferenceCache[] = [];
	const embeds: ReferenceCache[] = [];
	const tags: TagCache[] = [];
	const headings: HeadingCache[] = [];
	const sections: SectionCache[] = [];
	const blocks: Record<string, BlockCache> = {};
	const listItems: ListItemCache[] = [];

	let first = 0;
	const fmEnd = frontmatterEnd(lines);
	if (fmEnd > 0) {
		cache.frontmatterPosition = pos(lines, 0, 0, fmEnd, lines[fmEnd].text.length);
		sections.push({ type: "yaml", position: cache.frontmatterPosition });
		try {
			const parsed = parseYaml(lines.slice(1, fmEnd).map((l) => l.text).join("\n"));
			if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
				cache.frontmatter = parsed;
				const fmLinks: FrontmatterLinkCache[] = [];
				for (const [k, v] of Object.entries(parsed)) collectFrontmatterLinks(v, k, fmLinks);
				if (fmLinks.length) cache.frontmatterLinks = fmLinks;
			}
		} catch {
			// Obsidian leaves out frontmatter it cannot parse.
		}
		first = fmEnd + 1;
	}

	let fence: { char: string; len: number } | null = null;
	let block: "math" | "comment" | null = null;
	let section: SectionCache | null = null;
	let sectionStart = 0;
	const listStack: Array<{ indent: number; line: number }> = [];
	let listRoot = -1;
	const closeSection = (endLine: number) => {
		if (!section) return;
		section.position = pos(lines, sectionStart, 0, endLine, lines[endLine].text.length);
		sections.push(section);
		section = null;
	};
	const openSection = (type: string, line: number) => {
		section = { type, position: pos(lines, line, 0, line, 0) };
		sectionStart = line;
	};

	for (let i = first; i < lines.length; i++) {
		const raw = lines[i].text;
		if (fence) {
			const m = /^\s*(`{3,}|~{3,})\s*$/.exec(raw);
			if (m && m[1][0] === fence.char && m[1].length >= fence.len) {
				fence = null;
				closeSection(i);
			}
			continue;
		}
		if (block) {
			if ((block === "math" && raw.includes("$$")) || (block === "comment" && raw.includes("%%"))) {
				block = null;
				closeSection(i);
			}
			continue;
		}
		if (raw.trim() === "") {
			if (section && (section as SectionCache).type !== "list") closeSection(i - 1);
			else if (section) {
				const next = lines.slice(i + 1).find((l) => l.text.trim() !== "");
				if (!next || !/^\s/.test(next.text)) closeSection(i - 1);
			}
			continue;
		}
		const type = sectionType(raw);
		const fenceStart = /^\s*(`{3,}|~{3,})/.exec(raw);
		if (type === "code" && fenceStart) {
			closeSection(i - 1);
			openSection("code", i);
			fence = { char: fenceStart[1][0], len: fenceStart[1].length };
			continue;
		}
		if (type === "math" || type === "comment") {
			closeSection(i - 1);
			openSection(type, i);
			const rest = raw.trimStart().slice(2);
			if (!rest.includes(type === "math" ? "$$" : "%%")) {
				block = type;
				continue;
			}
			closeSection(i);
			continue;
		}
		const cur = section as SectionCache | null;
		const continues = cur && (cur.type === type || (cur.type === "paragraph" && type !== "heading" && type !== "thematicBreak") || (cur.type === "list" && /^\s/.test(raw)));
		if (type === "heading" || type === "thematicBreak" || !continues) {
			closeSection(i - 1);
			openSection(type, i);
		}
		const heading = /^(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(raw);
		if (heading) headings.push({ heading: heading[2], level: heading[1].length, position: pos(lines, i, 0, i, raw.length) });
		else if (/^#{1,6}$/.test(raw.trim())) headings.push({ heading: "", level: raw.trim().length, position: pos(lines, i, 0, i, raw.length) });

		const listItem = /^(\s*)([-*+]|\d+[.)])\s+(\[(.)\]\s)?/.exec(raw);
		if (listItem && (section as SectionCache | null)?.type === "list") {
			const indent = listItem[1].length;
			while (listStack.length && listStack[listStack.length - 1].indent >= indent) listStack.pop();
			if (!listStack.length) listRoot = listItems.length === 0 || sectionStart === i ? i : listRoot;
			const parent = listStack.length ? listStack[listStack.length - 1].line : -sectionStart;
			listItems.push({ parent, ...(listItem[4] !== undefined ? { task: listItem[4] } : {}), position: pos(lines, i, indent, i, raw.length) });
			listStack.push({ indent, line: i });
		} else if (!/^\s/.test(raw)) listStack.length = 0;

		const masked = maskInline(raw);
		for (const m of masked.matchAll(WIKI)) {
			const start = m.index!;
			const original = raw.slice(start, start + m[0].length);
			const { link, displayText } = readWikiInner(m[2]);
			const ref: ReferenceCache = { link, original, displayText, position: pos(lines, i, start, i, start + m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of masked.matchAll(MDLINK)) {
			let url = m[3].replace(/^<|>$/g, "");
			if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
			try {
				url = decodeURI(url);
			} catch {
				// keep as written
			}
			const start = m.index!;
			const ref: ReferenceCache = { link: url, original: m[0], displayText: m[2], position: pos(lines, i, start, i, start + m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		const noLinks = masked.replace(WIKI, (s) => " ".repeat(s.length)).replace(MDLINK, (s) => " ".repeat(s.length));
		for (const m of noLinks.matchAll(TAG)) {
			const body = m[2].replace(/\/+$/, "");
			if (!/[^0-9]/.test(body)) continue;
			const start = m.index! + m[1].length;
			tags.push({ tag: "#" + body, position: pos(lines, i, start, i, start + 1 + body.length) });
		}
		const blockId = /\s\^([A-Za-z0-9-]+)\s*$/.exec(raw);
		if (blockId) {
			const id = blockId[1].toLowerCase();
			blocks[id] = { id, position: pos(lines, sectionStart, 0, i, raw.length) };
			if (section) (section as SectionCache).id = blockId[1];
		}
	}
	if (section) closeSection(lines.length - 1);

	if (links.length) cache.links = links;
	if (embeds.length) cache.embeds = embeds;
	if (tags.length) cache.tags = tags;
	if (headings.length) cache.headings = headings;
	if (sections.length) cache.sections = sections;
	if (Object.keys(blocks).length) cache.blocks = blocks;
	if (listItems.length) cache.listItems = listItems;
	return cache;
}
