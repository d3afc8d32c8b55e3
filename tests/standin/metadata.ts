// MetadataCache: per-file CachedMetadata, link resolution, resolvedLinks/unresolvedLinks, and Obsidian's async events.
import { Events } from "./events";
import { computeMetadata, frontmatterEnd, type CachedMetadata, type HeadingCache } from "./markdown";
import { TAbstractFile, TFile, Vault } from "./vault";

export type { CachedMetadata } from "./markdown";

/** Splits `Note#Heading` into the path and the subpath (with its `#`). */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	const out: string[] = [];
	for (const t of parseFrontMatterTags(cache.frontmatter ?? null) ?? []) out.push(t);
	for (const t of cache.tags ?? []) out.push(t.tag);
	return out.length ? out : null;
}

export function parseFrontMatterEntry(frontmatter: any | null, key: string | RegExp): any | null {
	if (!frontmatter) return null;
	for (const k of Object.keys(frontmatter)) if (typeof key === "string" ? k === key : key.test(k)) return frontmatter[k];
	return null;
}

function stringList(value: unknown): string[] | null {
	if (value === null || value === undefined) return null;
	const list = Array.isArray(value) ? value : String(value).split(/[,\s]+/);
	const out = list.filter((v) => v !== null && v !== undefined && String(v).trim() !== "").map((v) => String(v).trim());
	return out.length ? out : null;
}

export function parseFrontMatterTags(frontmatter: any | null): string[] | null {
	const list = stringList(parseFrontMatterEntry(frontmatter, /^tags?$/i));
	return list ? list.map((t) => (t.startsWith("#") ? t : "#" + t)) : null;
}

export function parseFrontMatterAliases(frontmatter: any | null): string[] | null {
	const raw = parseFrontMatterEntry(frontmatter, /^alias(es)?$/i);
	if (raw === null || raw === undefined) return null;
	const list = (Array.isArray(raw) ? raw : String(raw).split(",")).map((a) => String(a).trim()).filter(Boolean);
	return list.length ? list : null;
}

export function getFrontMatterInfo(content: string): { exists: boolean; frontmatter: string; from: number; to: number; contentStart: number } {
	const lines = content.split("\n").map((text) => ({ text }));
	const end = frontmatterEnd(lines);
	if (end < 0) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = lines[0].text.length + 1;
	let to = from;
	for (let i = 1; i < end; i++) to += lines[i].text.length + 1;
	return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: Math.min(content.length, to + lines[end].text.length + 1) };
}

/** Finds a heading or block for a `#subpath`. */
export function resolveSubpath(cache: CachedMetadata, subpath: string): { type: "heading" | "block"; start: { line: number }; current: HeadingCache | unknown } | null {
	const sub = subpath.replace(/^#/, "");
	if (sub.startsWith("^")) {
		const block = cache.blocks?.[sub.slice(1).toLowerCase()];
		return block ? { type: "block", start: block.position.start, current: block } : null;
	}
	const last = sub.split("#").pop() ?? "";
	const h = cache.headings?.find((x) => stripHeading(x.heading).toLowerCase() === stripHeading(last).toLowerCase());
	return h ? { type: "heading", start: h.position.start, current: h } : null;
}

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

function commonDepth(a: string, b: string): number {
	const x = a ? a.split("/") : [];
	const y = b ? b.split("/") : [];
	let n = 0;
	while (n < x.length && n < y.length && x[n] === y[n]) n++;
	return n;
}

export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private caches = new Map<string, CachedMetadata>();
	private pending = new Set<TFile>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	private idle: Array<() => void> = [];
	/** Files by their name, lower-cased, with and without `.md`: where a link by name may lead. Made when first needed. */
	private byName: Map<string, TFile[]> | null = null;

	constructor(private vault: Vault) {
		super();
		// Registered first, so the names are forgotten before anyone else hears of the change.
		for (const event of ["create", "delete", "rename"]) vault.on(event, () => (this.byName = null));
		vault.on("create", (f: TAbstractFile) => this.queue(f));
		vault.on("modify", (f: TAbstractFile) => this.queue(f));
		vault.on("delete", (f: TAbstractFile) => {
			if (!(f instanceof TFile)) return;
			const prev = this.caches.get(f.path) ?? null;
			this.caches.delete(f.path);
			this.pending.delete(f);
			delete this.resolvedLinks[f.path];
			delete this.unresolvedLinks[f.path];
			this.trigger("deleted", f, prev);
			this.schedule();
		});
		vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			if (!(f instanceof TFile)) return;
			const c = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (c) this.caches.set(f.path, c);
			delete this.resolvedLinks[oldPath];
			delete this.unresolvedLinks[oldPath];
			this.schedule();
		});
	}

	private queue(f: TAbstractFile): void {
		if (!(f instanceof TFile) || f.extension !== "md") return;
		this.pending.add(f);
		this.schedule();
	}

	private schedule(): void {
		if (this.timer === null) this.timer = setTimeout(() => this.flush(), 0);
	}

	private flush(): void {
		this.timer = null;
		const files = [...this.pending];
		this.pending.clear();
		for (const file of files) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const text = this.vault._text(file);
			const cache = computeMetadata(text);
			this.caches.set(file.path, cache);
			this.trigger("changed", file, text, cache);
		}
		this.resolveAll();
		for (const file of files) if (this.caches.has(file.path)) this.trigger("resolve", file);
		this.trigger("resolved");
		const waiting = this.idle;
		this.idle = [];
		for (const cb of waiting) cb();
	}

	/** Stand-in only: resolves once every queued file has been indexed and `resolved` has fired. */
	whenIdle(): Promise<void> {
		if (this.timer === null && this.pending.size === 0) return Promise.resolve();
		return new Promise((resolve) => this.idle.push(resolve));
	}

	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [path, cache] of this.caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const linkpath = getLinkpath(ref.link);
				if (!linkpath) continue;
				const dest = this.getFirstLinkpathDest(linkpath, path);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			}
			this.resolvedLinks[path] = resolved;
			this.unresolvedLinks[path] = unresolved;
		}
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Obsidian's resolution: exact path (with or without .md), relative to the source, then by name, closest to the source first. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let lp = getLinkpath(linkpath).trim();
		if (lp === "") return this.vault.getFileByPath(sourcePath);
		lp = lp.replace(/^\/+/, "");
		const withMd = (p: string) => [p, p + ".md"];
		for (const p of withMd(lp)) {
			const f = this.vault.getFileByPath(p);
			if (f) return f;
		}
		const srcFolder = folderOf(sourcePath);
		if (lp.startsWith("./") || lp.startsWith("../") || srcFolder) {
			const parts = srcFolder ? srcFolder.split("/") : [];
			for (const part of lp.split("/")) {
				if (part === "..") parts.pop();
				else if (part !== ".") parts.push(part);
			}
			for (const p of withMd(parts.join("/"))) {
				const f = this.vault.getFileByPath(p);
				if (f) return f;
			}
		}
		const lower = lp.toLowerCase();
		// Only a file whose name is the link's last part can match it (Obsidian looks names up the same way).
		const named = this.filesNamed(lower.slice(lower.lastIndexOf("/") + 1));
		const candidates = named.filter((f) => {
			const path = f.path.toLowerCase();
			const noExt = f.extension === "md" ? path.slice(0, -3) : null;
			if (path === lower || noExt === lower) return true;
			return path.endsWith("/" + lower) || (noExt !== null && noExt.endsWith("/" + lower));
		});
		if (!candidates.length) return null;
		candidates.sort((a, b) => {
			const d = commonDepth(folderOf(b.path), srcFolder) - commonDepth(folderOf(a.path), srcFolder);
			if (d) return d;
			const depth = a.path.split("/").length - b.path.split("/").length;
			if (depth) return depth;
			const exact = Number(b.path.includes(lp)) - Number(a.path.includes(lp));
			return exact || a.path.localeCompare(b.path);
		});
		return candidates[0];
	}

	private filesNamed(name: string): TFile[] {
		if (this.byName === null) {
			const byName = new Map<string, TFile[]>();
			const add = (key: string, f: TFile) => {
				const list = byName.get(key);
				if (list) list.push(f);
				else byName.set(key, [f]);
			};
			for (const f of this.vault.getFiles()) {
				const lower = f.name.toLowerCase();
				add(lower, f);
				if (f.extension === "md") add(lower.slice(0, -3), f);
			}
			this.byName = byName;
		}
		return this.byName.get(name) ?? [];
	}

	/** The shortest link text that still resolves to `file` from `sourcePath`. */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const strip = (p: string) => (omitMdExtension && file.extension === "md" ? p.slice(0, -3) : p);
		const name = strip(file.name);
		if (this.getFirstLinkpathDest(name, sourcePath) === file) {
			const same = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
			if (same.length === 1) return name;
		}
		return strip(file.path);
	}
}
