// The plugin's index over a stand-in App: cold start (time, longest block between yields, heap added)
// and one edited note (time from `changed` to the subscribers told).
import type { App as ObsidianApp, TFile as ObsidianTFile } from "obsidian";
import { MetadataCache, TFile, Vault, createApp, getLinkpath, type App } from "../../tests/standin/obsidian";
import { VaultIndex } from "../../src/index/VaultIndex";
import { PerformanceObserver } from "node:perf_hooks";
import { benchWindow } from "./dom";
import { gc, heapUsedMb, median, percentile } from "./stats";

/** Watches the index's yields: it gives the interface a turn with `window.setTimeout`. */
class YieldProbe {
	active = false;
	sliceStart = 0;
	maxBlock = 0;
	slices = 0;
	peakHeap = 0;
	lastResume = 0;

	begin(): void {
		this.active = true;
		this.sliceStart = performance.now();
		this.maxBlock = 0;
		this.slices = 0;
		this.peakHeap = process.memoryUsage().heapUsed;
	}
	/** Control goes back to the event loop. */
	yielded(): void {
		if (!this.active) return;
		const now = performance.now();
		this.maxBlock = Math.max(this.maxBlock, now - this.sliceStart);
		this.slices++;
		this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
	}
	resumed(): void {
		this.lastResume = performance.now();
		if (this.active) this.sliceStart = this.lastResume;
	}
	end(): void {
		this.yielded();
		this.active = false;
	}
}

const probe = new YieldProbe();
let patched = false;

function patchTimers(): void {
	if (patched) return;
	patched = true;
	const win = benchWindow as unknown as { setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown };
	const original = win.setTimeout.bind(win);
	win.setTimeout = (fn, ms, ...args) => {
		probe.yielded();
		return original(() => {
			probe.resumed();
			fn(...args);
		}, ms);
	};
}

/**
 * Obsidian resolves a link by name through an index. The stand-in looks a name up too, but then also
 * sorts the files of that name by their distance from the source and checks paths and folders, as
 * Obsidian's rules say, with string work per link that Obsidian's own index does not do. The benchmark
 * gives the stand-in a plain index by path and name, built before the clock starts, as Obsidian has
 * one before plugins load.
 */
function indexLinkResolution(app: App): void {
	const byPath = new Map<string, TFile>();
	const byName = new Map<string, TFile>();
	const files = [...app.vault.getFiles()].sort((a, b) => a.path.split("/").length - b.path.split("/").length || (a.path < b.path ? -1 : 1));
	for (const f of files) {
		const lower = f.path.toLowerCase();
		byPath.set(lower, f);
		if (f.extension === "md") byPath.set(lower.slice(0, -3), f);
		const name = f.extension === "md" ? f.basename.toLowerCase() : f.name.toLowerCase();
		if (!byName.has(name)) byName.set(name, f);
	}
	app.metadataCache.getFirstLinkpathDest = (linkpath: string, sourcePath: string): TFile | null => {
		const lp = getLinkpath(linkpath).trim().replace(/^\/+/, "").toLowerCase();
		if (lp === "") return app.vault.getFileByPath(sourcePath);
		return byPath.get(lp) ?? byName.get(lp.slice(lp.lastIndexOf("/") + 1).replace(/\.md$/, "")) ?? null;
	};
}

/** A stand-in app whose vault holds `files`, without the stand-in's metadata pass over them. */
export function vaultApp(files: Record<string, string>): App {
	const app = createApp({ vaultName: "Bench" });
	const vault = new Vault("Bench", files);
	app.vault = vault;
	app.metadataCache = new MetadataCache(vault);
	indexLinkResolution(app);
	return app;
}

export function newIndex(app: App): VaultIndex {
	return new VaultIndex(app as unknown as ObsidianApp, () => ({ scope: { folders: [], tags: [], mentions: true }, humanBaseline: 5.1 }));
}

export interface ColdRun {
	ms: number;
	maxBlockMs: number;
	slices: number;
	/** Heap still held after a full gc, the index alive, minus before. */
	heapMb: number;
	/** Highest heap seen at a yield or at the end, minus before (garbage included). */
	peakHeapMb: number;
	notesInScope: number;
	results: number;
	lineageNodes: number;
}

export async function coldIndex(app: App): Promise<{ run: ColdRun; index: VaultIndex }> {
	patchTimers();
	const index = newIndex(app);
	gc();
	const before = heapUsedMb();
	probe.begin();
	const t0 = performance.now();
	await index.load();
	const ms = performance.now() - t0;
	probe.end();
	const peak = probe.peakHeap / (1024 * 1024);
	gc();
	const after = heapUsedMb();
	return {
		index,
		run: {
			ms,
			maxBlockMs: probe.maxBlock,
			slices: probe.slices,
			heapMb: after - before,
			peakHeapMb: peak - before,
			notesInScope: index.notesInScope().size,
			results: index.model.results.length,
			lineageNodes: index.model.lineage.nodes.length,
		},
	};
}

export interface ColdSummary {
	ms: number;
	maxBlockMs: number;
	heapMb: number;
	peakHeapMb: number;
	runs: ColdRun[];
}

export async function coldIndexRuns(files: Record<string, string>, runs: number): Promise<{ summary: ColdSummary; last: { app: App; index: VaultIndex } }> {
	const all: ColdRun[] = [];
	let last: { app: App; index: VaultIndex } | null = null;
	for (let r = 0; r < runs; r++) {
		if (last) {
			last.index.destroy();
			last.app.containerEl.remove();
			last = null;
		}
		const app = vaultApp(files);
		const { run, index } = await coldIndex(app);
		all.push(run);
		last = { app, index };
	}
	return {
		summary: {
			ms: median(all.map((r) => r.ms)),
			maxBlockMs: Math.max(...all.map((r) => r.maxBlockMs)),
			heapMb: median(all.map((r) => r.heapMb)),
			peakHeapMb: median(all.map((r) => r.peakHeapMb)),
			runs: all,
		},
		last: last!,
	};
}

export interface EditSummary {
	p50: number;
	p99: number;
	/** Garbage collections that ran during the timed edits, and the longest of them. */
	gcs: number;
	gcMaxMs: number;
	edits: number;
	path: string;
}

/**
 * Edits one ImageNet results note `edits` times through `index.changed`, as the plugin does on
 * `changed`, and times each from the call to the subscriber told. The first `warmup` edits are not
 * counted: they measure the engine compiling the edit path, not the steady state a person meets.
 */
export async function editLatency(app: App, index: VaultIndex, edits: number, warmup: number): Promise<EditSummary> {
	patchTimers();
	const file =
		app.vault.getMarkdownFiles().find((f) => f.path.startsWith("ImageNet/ILSVRC results")) ??
		app.vault.getMarkdownFiles().find((f) => index.notesInScope().has(f.path)) ??
		app.vault.getMarkdownFiles()[0];
	const original = app.vault._text(file);
	let told: (() => void) | null = null;
	let toldAt = 0;
	const stop = index.subscribe(() => {
		toldAt = performance.now();
		told?.();
	});
	const walls: number[] = [];
	// Garbage collections while the timed edits run: the usual cause of a slow edit among fast ones.
	const gcDurations: number[] = [];
	const gcWatch = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) gcDurations.push(entry.duration);
	});
	for (let i = 0; i < warmup + edits; i++) {
		const value = (2.9 + (i % 10) / 100).toFixed(2);
		const text = /\| 2016 \|/.test(original)
			? original.replace(/\| 2016 \| ([^|\n]*) \|[^\n]*/, `| 2016 | $1 | ${value}% |`)
			: `${original}\nEdited ${i}: ${value}%\n`;
		const revision = index.revision;
		const done = new Promise<void>((resolve) => (told = resolve));
		const t0 = performance.now();
		index.changed(file as unknown as ObsidianTFile, text);
		await done;
		told = null;
		if (index.revision === revision) throw new Error("the edit did not merge the model again");
		if (i === warmup - 1) gcWatch.observe({ entryTypes: ["gc"] });
		if (i >= warmup) walls.push(toldAt - t0);
	}
	stop();
	// GC entries reach the observer later, from a timer of Node's (a turn of setImmediate is too soon).
	await new Promise((resolve) => setTimeout(resolve, 20));
	gcWatch.disconnect();
	index.changed(file as unknown as ObsidianTFile, original);
	return { p50: percentile(walls, 50), p99: percentile(walls, 99), gcs: gcDurations.length, gcMaxMs: Math.max(0, ...gcDurations), edits, path: file.path };
}
