// MarkdownRenderer.render: plain blocks, wiki-links as a.internal-link, tags, code blocks through the registered processors.
// Nothing from the text reaches innerHTML: every node is built with createEl and textContent.
import { Component } from "./events";
import { frontmatterEnd } from "./markdown";
import { getLinkpath, type MetadataCache } from "./metadata";
import { readWikiInner } from "./markdown";

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export interface MarkdownSectionInformation {
	text: string;
	lineStart: number;
	lineEnd: number;
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: any | null | undefined;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<any> | void;
export interface MarkdownPostProcessor {
	(el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<any> | void;
	sortOrder?: number;
}

/** The app's registry of code block and post processors (what Plugin.registerMarkdown* writes to). */
export class MarkdownRegistry {
	codeBlocks = new Map<string, CodeBlockHandler>();
	postProcessors: MarkdownPostProcessor[] = [];
}

interface RenderApp {
	metadataCache: MetadataCache;
	markdown: MarkdownRegistry;
}

const INLINE = /(!?\[\[[^[\]\n]+?\]\])|(`+)([^`]*?)\2|(\*\*|__)(.+?)\4|\[([^\]\n]*)\]\((https?:\/\/[^()\s]+)\)|((?:^|(?<=\s))#[\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;

function renderInline(parent: HTMLElement, text: string, app: RenderApp, sourcePath: string): void {
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		if (m.index! > last) parent.appendText(text.slice(last, m.index));
		last = m.index! + m[0].length;
		if (m[1]) {
			const embed = m[1].startsWith("!");
			const { link, displayText } = readWikiInner(m[1].slice(embed ? 3 : 2, -2));
			const resolved = app.metadataCache.getFirstLinkpathDest(getLinkpath(link), sourcePath);
			if (embed) parent.createSpan({ cls: "internal-embed", text: displayText, attr: { src: link, alt: displayText } });
			else {
				const a = parent.createEl("a", { cls: "internal-link", text: displayText, href: link, attr: { "data-href": link, target: "_blank", rel: "noopener" } });
				if (!resolved) a.addClass("is-unresolved");
			}
		} else if (m[2]) parent.createEl("code", { text: m[3] });
		else if (m[4]) renderInline(parent.createEl("strong"), m[5], app, sourcePath);
		else if (m[7]) parent.createEl("a", { cls: "external-link", text: m[6], href: m[7], attr: { target: "_blank", rel: "noopener nofollow" } });
		else if (m[8]) parent.createEl("a", { cls: "tag", text: m[8], href: m[8], attr: { target: "_blank", rel: "noopener" } });
	}
	if (last < text.length) parent.appendText(text.slice(last));
}

function splitCells(line: string): string[] {
	const cells: string[] = [];
	let cur = "";
	let code = false;
	const body = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === "\\" && body[i + 1] === "|") {
			cur += "\\|";
			i++;
		} else if (c === "`") {
			code = !code;
			cur += c;
		} else if (c === "|" && !code) {
			cells.push(cur.trim());
			cur = "";
		} else cur += c;
	}
	cells.push(cur.trim());
	return cells;
}

const ALIGN_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export class MarkdownRenderer extends MarkdownRenderChild {
	static sectionInfo = new WeakMap<HTMLElement, MarkdownSectionInformation>();

	/** Renders `markdown` into `el`. Code blocks whose language has a registered processor are handed to it. */
	static async render(app: RenderApp, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const lines = markdown.split(/\r?\n/);
		const fm = frontmatterEnd(lines.map((text) => ({ text })));
		const ctx: MarkdownPostProcessorContext = {
			docId: Math.random().toString(36).slice(2),
			sourcePath,
			frontmatter: app.metadataCache.getCache(sourcePath)?.frontmatter ?? null,
			addChild: (child) => component.addChild(child),
			getSectionInfo: (target) => MarkdownRenderer.sectionInfo.get(target) ?? null,
		};
		const pending: Array<Promise<unknown>> = [];
		let para: string[] = [];
		const flush = () => {
			if (!para.length) return;
			const p = el.createEl("p");
			para.forEach((line, i) => {
				if (i) p.createEl("br");
				renderInline(p, line, app, sourcePath);
			});
			para = [];
		};
		for (let i = fm > 0 ? fm + 1 : 0; i < lines.length; i++) {
			const line = lines[i];
			const fence = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
			if (fence) {
				flush();
				const start = i;
				const body: string[] = [];
				for (i++; i < lines.length && !(lines[i].trim().startsWith(fence[1]) && lines[i].trim().replace(/[`~]/g, "") === ""); i++) body.push(lines[i]);
				const lang = fence[2].toLowerCase();
				const handler = app.markdown.codeBlocks.get(lang);
				const source = body.join("\n");
				if (handler) {
					const div = el.createDiv({ cls: `block-language-${lang}` });
					MarkdownRenderer.sectionInfo.set(div, { text: markdown, lineStart: start, lineEnd: Math.min(i, lines.length - 1) });
					try {
						const r = handler(source, div, ctx);
						if (r) pending.push(Promise.resolve(r).catch((e) => console.error(e)));
					} catch (e) {
						console.error(e);
					}
				} else el.createEl("pre").createEl("code", { text: source, cls: lang ? `language-${lang}` : undefined });
				continue;
			}
			if (line.trim() === "") {
				flush();
				continue;
			}
			const heading = /^(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
			if (heading) {
				flush();
				const h = el.createEl(`h${heading[1].length}` as "h1", { attr: { "data-heading": heading[2] } });
				renderInline(h, heading[2], app, sourcePath);
				continue;
			}
			if (line.includes("|") && ALIGN_ROW.test(lines[i + 1] ?? "") && lines[i + 1].includes("-")) {
				flush();
				const table = el.createEl("table");
				const tr = table.createEl("thead").createEl("tr");
				for (const cell of splitCells(line)) renderInline(tr.createEl("th"), cell.replace(/\\\|/g, "|"), app, sourcePath);
				const tbody = table.createEl("tbody");
				for (i += 2; i < lines.length && lines[i].includes("|") && lines[i].trim() !== ""; i++) {
					const row = tbody.createEl("tr");
					for (const cell of splitCells(lines[i])) renderInline(row.createEl("td"), cell.replace(/\\\|/g, "|"), app, sourcePath);
				}
				i--;
				continue;
			}
			const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
			if (item) {
				flush();
				const ordered = /\d/.test(item[1]);
				let list = el.lastElementChild as HTMLElement | null;
				if (!list || list.tagName !== (ordered ? "OL" : "UL")) list = el.createEl(ordered ? "ol" : "ul");
				renderInline(list.createEl("li"), item[2], app, sourcePath);
				continue;
			}
			if (line.startsWith(">")) {
				flush();
				let quote = el.lastElementChild as HTMLElement | null;
				if (!quote || quote.tagName !== "BLOCKQUOTE") quote = el.createEl("blockquote");
				renderInline(quote.createEl("p"), line.replace(/^>\s?/, ""), app, sourcePath);
				continue;
			}
			para.push(line);
		}
		flush();
		for (const pp of app.markdown.postProcessors.slice().sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))) {
			try {
				const r = pp(el, ctx);
				if (r) pending.push(Promise.resolve(r).catch((e) => console.error(e)));
			} catch (e) {
				console.error(e);
			}
		}
		await Promise.all(pending);
	}

	/** @deprecated Obsidian's older signature, kept for plugins that still call it. */
	static renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		const app = (globalThis as { app?: RenderApp }).app;
		if (!app) throw new Error("MarkdownRenderer.renderMarkdown needs window.app; use MarkdownRenderer.render(app, ...)");
		return MarkdownRenderer.render(app, markdown, el, sourcePath, component);
	}
}
