// The vault index: the only place that reads the vault. It keeps a slim record of every note (its
// links resolved once), the full parse and the claims of the notes in scope, reacts to Obsidian's
// events one note at a time, merges the model again and tells its subscribers once per burst.
import { TFile, type App, type TAbstractFile } from "obsidian";
import { IncrementalMerge } from "../model/incrementalMerge";
import { nothingInScope, scopeOfGraph, type ScopeGraph, type ScopeSettings } from "../model/scope";
import type { AtlasModel } from "../model/types";
import { readNote } from "../parse/note";
import { readYamlWithObsidian } from "./obsidianYaml";
import type { ParsedNote } from "../parse/types";
import { LinkGraph, type NoteRecord } from "./LinkGraph";
import { summaryOf } from "./noteSummary";
import { TimeSlicer } from "./TimeSlicer";
import { claimsInLineOrder, keepUnchangedClaims, type IndexedClaims } from "./noteClaims";

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
const SLICE_MS = 20;
/** How many link records the scope's walk looks at between two looks at the clock. */
const RECORDS_PER_TICK = 1000;

function runToEnd<T>(steps: Generator<boolean | void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The paths of the records whose targets hold one of `paths`, in the records' order. */
function* linkingTo(records: readonly NoteRecord[], paths: ReadonlySet<string>): Generator<string> {
	for (const record of records) if (record.targets.some((t) => paths.has(t))) yield record.path;
}

function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

export class VaultIndex {
	model: AtlasModel = EMPTY_MODEL;
	status: IndexStatus = { state: "waiting", done: 0, total: 0 };
	/** Goes up by one every time the model is merged again. */
	revision = 0;

	private readonly graph = new LinkGraph((target, from) => this.app.metadataCache.getFirstLinkpathDest(target, from)?.path ?? null);
	/** Full parses: the notes in scope, and notes read since the last merge. */
	private readonly full = new Map<string, ParsedNote>();
	private readonly claims = new Map<string, IndexedClaims>();
	/** Notes in `claims` read again since their claims were extracted. */
	private readonly outdated = new Set<string>();
	/** Notes read since the last update. */
	private readonly touched = new Set<string>();
	/** Redoes only what an edit of figures touched; anything else is merged in full. */
	private readonly merger = new IncrementalMerge();
	private readonly listeners = new Set<() => void>();
	private scope = new Set<string>();
	/** What the scope was computed from: the graph's version and the settings. */
	private scopeFrom = "";
	private scopeInOrder: string[] = [];
	/** The scope `scopeInOrder` was sorted from. */
	private scopeSorted: ReadonlySet<string> | null = null;
	/** Set from the first event of a burst until its merge is done. */
	private pending = false;
	/** Something changed that the model does not show yet. */
	private stale = false;
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

	/** Why no note is in scope (a filter that matches nothing, no ImageNet note yet), for an empty chart; undefined while some note is. */
	nothingInScope(): string | undefined {
		return nothingInScope(this.options().scope, this.scope.size) ?? undefined;
	}

	/** A note as parsed; a note out of scope comes summarised (names, tags, links; no tables or prose). */
	parsed(path: string): ParsedNote | undefined {
		const full = this.full.get(path);
		if (full) return full;
		const record = this.graph.note(path);
		return record ? summaryOf(record) : undefined;
	}

	/** Reads every markdown note once, in slices that leave the interface free between them. */
	load(): Promise<void> {
		if (this.loading) return this.loading;
		const generation = ++this.generation;
		const loading = this.readVault(generation).finally(() => {
			if (this.loading === loading) this.loading = null;
		});
		this.loading = loading;
		return loading;
	}

	/** Throws away everything and reads the vault again. */
	rebuild(): Promise<void> {
		this.generation++;
		this.pending = false;
		this.loading = null;
		this.merger.reset();
		return this.load();
	}

	private async readVault(generation: number): Promise<void> {
		this.graph.clear();
		this.full.clear();
		this.claims.clear();
		this.outdated.clear();
		this.touched.clear();
		// Listing the files counts in the first slice.
		const slicer = new TimeSlicer(SLICE_MS, () => this.tell(), () => generation !== this.generation);
		const files = this.app.vault.getMarkdownFiles();
		this.status = { state: "loading", done: 0, total: files.length };
		this.tell();
		// With the default scope, only notes that mention ImageNet are surely in: the others are kept
		// as records, and the few linked to or from those notes are read again once scope is known.
		const { folders, tags, mentions } = this.options().scope;
		const keepEvery = !mentions || tags.length > 0 || folders.some((f) => f.trim() !== "");
		for (const file of files) {
			const text = await this.readFile(file);
			if (generation !== this.generation) return;
			if (text !== null) this.record(file, text, false, keepEvery);
			this.status.done++;
			if (!(await slicer.tick())) return;
		}
		this.stale = false;
		if (!(await this.update(generation, slicer))) return;
		this.status = { state: "ready", done: files.length, total: files.length };
		this.tell();
		// Events that came while the vault was being read are merged now.
		if (this.stale) this.schedule();
	}

	private async readFile(file: TFile): Promise<string | null> {
		try {
			return await this.app.vault.cachedRead(file);
		} catch {
			return null; // Gone since the list was made: its delete event says so.
		}
	}

	/** Parses with the properties Obsidian already read, where its cache has them, and records the note. */
	private record(file: TFile, text: string, appeared = true, keepFull = true): void {
		const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter;
		const note = readNote(file.path, text, frontmatter ? { frontmatter } : {}, readYamlWithObsidian);
		this.graph.set(note, appeared);
		if (keepFull || note.mentionsImageNet) this.full.set(file.path, note);
		else this.full.delete(file.path);
		if (this.claims.has(file.path)) this.outdated.add(file.path);
		this.touched.add(file.path);
	}

	/** A note was created or changed: parse it alone again (Obsidian hands us its text). */
	changed(file: TFile, text: string): void {
		if (!isMarkdown(file)) return;
		this.record(file, text);
		this.schedule();
	}

	renamed(file: TAbstractFile, oldPath: string): void {
		const known = this.forget(oldPath);
		if (isMarkdown(file)) {
			// The text is the same; read it again under its new path so every source names the new path.
			void this.readFile(file).then((text) => {
				if (text !== null) this.changed(file, text);
			});
		}
		if (known) this.schedule();
	}

	deleted(file: TAbstractFile): void {
		if (this.forget(file.path)) this.schedule();
	}

	private forget(path: string): boolean {
		this.full.delete(path);
		this.claims.delete(path);
		this.outdated.delete(path);
		return this.graph.delete(path);
	}

	/** Settings that change what counts or how the model is merged. */
	settingsChanged(): void {
		this.schedule();
	}

	private schedule(): void {
		this.stale = true;
		if (this.status.state !== "ready" || this.pending) return;
		// Every event Obsidian delivers in one task lands before this runs: the model is merged and
		// told once per burst, without the millisecond or more a timer costs before it fires.
		this.pending = true;
		const generation = this.generation;
		queueMicrotask(() => void this.flush(generation));
	}

	private async flush(generation: number): Promise<void> {
		try {
			while (this.stale && generation === this.generation) {
				this.stale = false;
				if (await this.update(generation, null)) this.tell();
			}
		} finally {
			if (generation === this.generation) this.pending = false;
		}
	}

	/**
	 * Brings the scope up to date, reads the notes that came into scope, extracts the claims that
	 * are missing and merges the model; with a slicer, in slices. False when a rebuild overtook it.
	 */
	private async update(generation: number, slicer: TimeSlicer | null): Promise<boolean> {
		const options = this.options();
		let scopeChanged = false;
		for (let round = 0; ; round++) {
			this.graph.resolveChangedNames();
			const scopeFrom = `${this.graph.version}|${JSON.stringify(options.scope)}`;
			if (scopeFrom === this.scopeFrom) break;
			// Finding the notes that link to an ImageNet note walks every record: with a slicer, that
			// walk is done first, in slices, and scope is then worked out from its few finds.
			const graph = slicer && options.scope.mentions ? await this.linkingGraph(slicer) : this.graph;
			if (graph === null || generation !== this.generation) return false;
			this.scope = scopeOfGraph(graph, options.scope);
			this.scopeFrom = scopeFrom;
			scopeChanged = true;
			const unread = [...this.scope].filter((path) => !this.full.has(path) && !this.claims.has(path));
			if (unread.length === 0 || round === 2) break;
			// A note linked from a note that now mentions ImageNet: the index kept only its record.
			for (const path of unread) {
				const file = this.app.vault.getAbstractFileByPath(path);
				if (!file || !isMarkdown(file)) continue;
				const text = await this.readFile(file);
				if (generation !== this.generation) return false;
				if (text !== null && this.graph.has(path)) this.record(file, text);
				if (slicer && !(await slicer.tick())) return false;
			}
		}
		// Out of scope: dropped. With the same scope, only the notes read since the last update can be.
		for (const path of scopeChanged ? [...this.full.keys(), ...this.claims.keys(), ...this.outdated] : this.touched) {
			if (this.scope.has(path)) continue;
			this.full.delete(path);
			this.claims.delete(path);
			this.outdated.delete(path);
		}
		this.touched.clear();

		// The notes whose claims are missing or out of date; with the same scope, only those read again.
		const paths = this.pathsInOrder();
		const changed = new Set<string>();
		for (const path of scopeChanged ? paths.filter((p) => !this.claims.has(p) || this.outdated.has(p)) : [...this.outdated]) {
			const note = this.full.get(path);
			if (!note) continue;
			const part = this.claims.get(path);
			const fresh = claimsInLineOrder(note, part);
			this.claims.set(path, part ? keepUnchangedClaims(part, fresh) : fresh);
			this.outdated.delete(path);
			changed.add(path);
			if (slicer && !(await slicer.tick())) return false;
		}
		const mergeOptions = { humanBaseline: options.humanBaseline };
		const steps = this.merger.mergeInSteps(paths, this.claims, scopeChanged ? null : changed, mergeOptions);
		const model = slicer ? await slicer.run(steps) : runToEnd(steps);
		if (!model || generation !== this.generation) return false;
		this.model = model;
		this.revision++;
		return true;
	}

	/**
	 * The graph, but for `notesLinkingTo`, which answers from the notes that link to a note that
	 * mentions ImageNet, found beforehand in slices (scope asks only about such notes; the answer is
	 * the graph's own, in the same order). Null when cancelled.
	 */
	private async linkingGraph(slicer: TimeSlicer): Promise<ScopeGraph | null> {
		const graph = this.graph;
		const version = graph.version;
		const mentions = new Set(graph.mentioning());
		const linking: NoteRecord[] = [];
		let walked = 0;
		for (const record of graph.notes()) {
			if (record.targets.some((t) => mentions.has(t))) linking.push(record);
			if (++walked % RECORDS_PER_TICK === 0 && !(await slicer.tick())) return null;
		}
		// Scope is worked out in one go: the interface gets its turn before, unless the slice has barely begun.
		if (!(await slicer.tick(true))) return null;
		// A note read meanwhile (an event during the first read) may have changed the links: ask the graph.
		if (graph.version !== version) return graph;
		return {
			note: (path) => graph.note(path),
			notes: () => graph.notes(),
			mentioning: () => graph.mentioning(),
			notesLinkingTo(paths) {
				for (const p of paths) if (!mentions.has(p)) return graph.notesLinkingTo(paths);
				return linkingTo(linking, paths);
			},
		};
	}

	/** The paths in scope, sorted; sorted again only when the scope changed. */
	private pathsInOrder(): string[] {
		if (this.scopeSorted === this.scope) return this.scopeInOrder;
		const same = this.scopeInOrder.length === this.scope.size && this.scopeInOrder.every((path) => this.scope.has(path));
		if (!same) this.scopeInOrder = [...this.scope].sort();
		this.scopeSorted = this.scope;
		return this.scopeInOrder;
	}

	private tell(): void {
		for (const listener of this.listeners) listener();
	}

	destroy(): void {
		this.generation++;
		this.pending = false;
		this.listeners.clear();
	}
}
