// The vault index: the only place that reads the vault. It keeps each note parsed and each note's
// claims, reacts to Obsidian's events one note at a time, merges the model again and tells its
// subscribers once per burst of changes.
import { TFile, type App, type TAbstractFile } from "obsidian";
import { extractClaims } from "../model/claims";
import { mergeClaims, type ClaimsOfNote } from "../model/merge";
import { notesInScope, type LinkResolver, type ScopeSettings } from "../model/scope";
import type { AtlasModel } from "../model/types";
import { parseNote } from "../parse/note";
import type { ParsedNote } from "../parse/types";

export interface IndexStatus {
	state: "waiting" | "loading" | "ready";
	done: number;
	total: number;
}

export interface IndexOptions {
	scope: ScopeSettings;
	humanBaseline: number | null;
}

export const EMPTY_MODEL: AtlasModel = { results: [], entities: [], lineage: { nodes: [], edges: [] }, facts: [], diagnostics: [] };

/** How long the first read may work before it gives the interface a turn. */
const SLICE_MS = 12;

function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

export class VaultIndex {
	model: AtlasModel = EMPTY_MODEL;
	status: IndexStatus = { state: "waiting", done: 0, total: 0 };
	/** Goes up by one every time the model is merged again. */
	revision = 0;

	private readonly notes = new Map<string, ParsedNote>();
	private readonly claims = new Map<string, ClaimsOfNote>();
	private readonly listeners = new Set<() => void>();
	private scope = new Set<string>();
	private pending: number | null = null;
	private loading: Promise<void> | null = null;
	private generation = 0;

	constructor(
		private readonly app: App,
		private readonly options: () => IndexOptions,
	) {}

	/** Calls `listener` after every change of model or status; returns the way to stop. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Paths of the notes the model was built from. */
	notesInScope(): ReadonlySet<string> {
		return this.scope;
	}

	parsed(path: string): ParsedNote | undefined {
		return this.notes.get(path);
	}

	/** Reads every markdown note once, in slices that leave the interface free between them. */
	load(): Promise<void> {
		if (this.loading) return this.loading;
		const generation = ++this.generation;
		this.loading = (async () => {
			this.notes.clear();
			this.claims.clear();
			const files = this.app.vault.getMarkdownFiles();
			this.status = { state: "loading", done: 0, total: files.length };
			this.tell();
			let sliceStart = performance.now();
			for (const file of files) {
				if (generation !== this.generation) return;
				const text = await this.app.vault.cachedRead(file);
				this.notes.set(file.path, this.parse(file, text));
				this.status.done++;
				if (performance.now() - sliceStart > SLICE_MS) {
					this.tell();
					await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
					sliceStart = performance.now();
				}
			}
			this.status = { state: "ready", done: files.length, total: files.length };
			this.merge();
		})().finally(() => {
			this.loading = null;
		});
		return this.loading;
	}

	/** Throws away everything and reads the vault again. */
	rebuild(): Promise<void> {
		this.generation++;
		this.loading = null;
		return this.load();
	}

	/** Parses with the properties Obsidian already read, where its cache has them. */
	private parse(file: TFile, text: string): ParsedNote {
		const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter;
		return parseNote(file.path, text, frontmatter ? { frontmatter } : {});
	}

	/** A note was created or changed: parse it alone again (Obsidian hands us its text). */
	changed(file: TFile, text: string): void {
		if (!isMarkdown(file)) return;
		this.notes.set(file.path, this.parse(file, text));
		this.claims.delete(file.path);
		this.schedule();
	}

	renamed(file: TAbstractFile, oldPath: string): void {
		const old = this.notes.get(oldPath);
		this.notes.delete(oldPath);
		this.claims.delete(oldPath);
		if (isMarkdown(file)) {
			// The text is the same; read it again under its new path so every source names the new path.
			void this.app.vault.cachedRead(file).then((text) => this.changed(file, text));
		}
		if (old) this.schedule();
	}

	deleted(file: TAbstractFile): void {
		if (!this.notes.delete(file.path)) return;
		this.claims.delete(file.path);
		this.schedule();
	}

	/** Settings that change what counts or how the model is merged. */
	settingsChanged(): void {
		this.schedule();
	}

	private schedule(): void {
		if (this.status.state !== "ready" || this.pending !== null) return;
		// Every event of one burst lands before this runs: the model is merged and told once.
		this.pending = window.setTimeout(() => {
			this.pending = null;
			this.merge();
		}, 0);
	}

	private resolver(): LinkResolver {
		const cache = this.app.metadataCache;
		return (target, from) => cache.getFirstLinkpathDest(target, from)?.path ?? null;
	}

	/** Merges the model from the claims of the notes in scope, extracting only what is missing. */
	merge(): void {
		const options = this.options();
		const notes = [...this.notes.values()];
		this.scope = notesInScope(notes, options.scope, this.resolver());
		const parts: ClaimsOfNote[] = [];
		for (const path of [...this.scope].sort()) {
			let part = this.claims.get(path);
			const note = this.notes.get(path);
			if (!note) continue;
			if (!part) {
				part = extractClaims(note);
				this.claims.set(path, part);
			}
			parts.push(part);
		}
		for (const path of this.claims.keys()) if (!this.scope.has(path)) this.claims.delete(path);
		this.model = mergeClaims(parts, { humanBaseline: options.humanBaseline });
		this.revision++;
		this.tell();
	}

	private tell(): void {
		for (const listener of this.listeners) listener();
	}

	destroy(): void {
		this.generation++;
		if (this.pending !== null) window.clearTimeout(this.pending);
		this.listeners.clear();
	}
}
