// The benchmark: `npm run bench [-- --json] [-- --quick] [-- --only=parse,index,render,size]`. Bundled by `node esbuild.config.mjs bench`
// to dist/bench.mjs. Measures, in one run and on the same synthetic vaults:
//   parse throughput (ours, markdown-it, mdast-util-from-markdown, the line-split floor),
//   the index's cold start on each vault (time, longest block, heap), one edited note's latency,
//   rendering in Chromium, the size of main.js and the time onload takes.
// Progress goes to stderr; stdout gets the table, or with --json one JSON object and nothing else.
import "./dom";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModelFromTexts } from "../../src/model/build";
import { DEFAULT_SEED, generateModelNotes, generateVault } from "./generate";
import { coldIndexRuns, editLatency, type ColdSummary, type EditSummary } from "./index";
import { corpusOf, floor, interleaved, markdownIt, mdast, ours, parseSink, type Throughput } from "./parse";
import { onloadTimes } from "./plugin";
import { manyPoints, renderBench, type RenderCase, type RenderResult } from "./render";
import { gc, round2, sig3 } from "./stats";

const args = process.argv.slice(2);
const json = args.includes("--json");
const quick = args.includes("--quick");
const seedArg = args.find((a) => a.startsWith("--seed="));
// `--only=parse,index,render,size`: run those parts only (the figures of the others stay null).
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : null;
const seed = seedArg ? Number(seedArg.slice(7)) : DEFAULT_SEED;
const root = fileURLToPath(new URL("../", import.meta.url));

// With --json, stdout carries the JSON object only: anything else printed goes to stderr.
const out = (s: string) => process.stdout.write(s + "\n");
const log = (s: string) => process.stderr.write(s + "\n");
if (json) {
	console.log = (...a: unknown[]) => log(a.map(String).join(" "));
	console.info = console.log;
}

const SIZES = quick ? [1000, 10000] : [1000, 10000, 50000];
const EDIT_VAULT = 10000;
const EDITS = 200;
const EDIT_WARMUP = 50;
/** Quick runs parse the first 8 MB of the 10,000-note vault; full runs all of it. */
const PARSE_BYTES = quick ? 8_000_000 : Infinity;
/** mdast-util-from-markdown is slow: it reads only the first notes. */
const MDAST_SUBSET_BYTES = quick ? 1_000_000 : 2_000_000;
const KB = 1024;

interface Figures {
	machine: { cpu: string; cpus: number; node: string; platform: string; memory_gb: number; load_avg_start: number; load_avg_end: number | null };
	seed: number;
	quick: boolean;
	vault_mb: Record<string, number>;
	parse_corpus: { notes: number; mb: number; mdast_subset_notes: number; mdast_subset_mb: number };
	parse_mb_s: number | null;
	parse_subset_mb_s: number | null;
	markdown_it_mb_s: number | null;
	mdast_mb_s: number | null;
	floor_mb_s: number | null;
	parse_ratio: { ours_over_markdown_it: number | null; ours_over_mdast: number | null; floor_over_ours: number | null };
	cold_index_ms: Record<string, number>;
	cold_index_max_block_ms: Record<string, number>;
	cold_index_heap_mb: Record<string, number>;
	cold_index_peak_heap_mb: Record<string, number>;
	cold_index_notes_in_scope: Record<string, number>;
	edit_p50_ms: number | null;
	edit_p99_ms: number | null;
	edit_gc: { count: number; max_ms: number } | null;
	render_ms: Record<string, number | null>;
	/** Each case's first draw (the unmeasured run before the median's runs). */
	render_first_ms: Record<string, number | null>;
	main_js_bytes: number | null;
	onload_ms: number | null;
	targets: Array<{ figure: string; value: number | null; target: string; pass: boolean | null }>;
	errors: string[];
}

const figures: Figures = {
	machine: { cpu: cpus()[0]?.model.trim() ?? "unknown", cpus: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`, memory_gb: round2(totalmem() / 1024 ** 3), load_avg_start: round2(loadavg()[0]), load_avg_end: null },
	seed,
	quick,
	vault_mb: {},
	parse_corpus: { notes: 0, mb: 0, mdast_subset_notes: 0, mdast_subset_mb: 0 },
	parse_mb_s: null,
	parse_subset_mb_s: null,
	markdown_it_mb_s: null,
	mdast_mb_s: null,
	floor_mb_s: null,
	parse_ratio: { ours_over_markdown_it: null, ours_over_mdast: null, floor_over_ours: null },
	cold_index_ms: {},
	cold_index_max_block_ms: {},
	cold_index_heap_mb: {},
	cold_index_peak_heap_mb: {},
	cold_index_notes_in_scope: {},
	edit_p50_ms: null,
	edit_p99_ms: null,
	edit_gc: null,
	render_ms: {},
	render_first_ms: {},
	main_js_bytes: null,
	onload_ms: null,
	targets: [],
	errors: [],
};

async function section(part: "parse" | "index" | "render" | "size", name: string, body: () => Promise<void> | void): Promise<void> {
	if (only && !only.has(part)) return;
	const t0 = performance.now();
	log(`${name}...`);
	try {
		await body();
	} catch (error) {
		const message = `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
		figures.errors.push(message);
		log(`  FAILED ${message}`);
	}
	log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

function mb(bytes: number): number {
	return round2(bytes / 1e6);
}

async function main(): Promise<void> {
	log(`ImageNet Atlas benchmark${quick ? " (quick)" : ""}: ${figures.machine.cpu}, ${figures.machine.cpus} CPUs, Node ${process.version}`);
	const vaults = new Map<number, Record<string, string>>();

	await section("parse", "parse throughput", () => {
		const vault = generateVault({ notes: EDIT_VAULT, seed });
		vaults.set(EDIT_VAULT, vault.files);
		figures.vault_mb[String(EDIT_VAULT)] = mb(vault.bytes);
		const corpus = corpusOf(vault.files, PARSE_BYTES);
		const subset = corpusOf(vault.files, MDAST_SUBSET_BYTES);
		figures.parse_corpus = { notes: corpus.texts.length, mb: mb(corpus.bytes), mdast_subset_notes: subset.texts.length, mdast_subset_mb: mb(subset.bytes) };
		const report = (name: string, t: Throughput) => log(`  ${name}: ${sig3(t.mbPerS)} MB/s (${t.ms.toFixed(1)} ms a pass, ${t.rounds} rounds, ${t.tables} tables)`);
		// Ours, the floor and markdown-it take turns round by round, as do ours and mdast on the subset:
		// each ratio compares passes that saw the machine in the same state.
		const full = interleaved(corpus, { ours, floor, markdownIt }, { minMs: quick ? 0 : 6000, minRounds: quick ? 5 : 7 });
		const o = full.ours;
		const f = full.floor;
		const m = full.markdownIt;
		report("ours", o);
		report("floor", f);
		report("markdown-it", m);
		const part = interleaved(subset, { ours, mdast }, { minMs: quick ? 0 : 2000, minRounds: 3 });
		const os = part.ours;
		const d = part.mdast;
		report("ours (mdast subset)", os);
		report("mdast (subset)", d);
		figures.parse_mb_s = sig3(o.mbPerS);
		figures.parse_subset_mb_s = sig3(os.mbPerS);
		figures.floor_mb_s = sig3(f.mbPerS);
		figures.markdown_it_mb_s = sig3(m.mbPerS);
		figures.mdast_mb_s = sig3(d.mbPerS);
		figures.parse_ratio = {
			ours_over_markdown_it: sig3(o.mbPerS / m.mbPerS),
			ours_over_mdast: sig3(os.mbPerS / d.mbPerS),
			floor_over_ours: sig3(f.mbPerS / o.mbPerS),
		};
		void parseSink();
	});
	gc();

	for (const size of SIZES) {
		await section("index", `cold index, ${size.toLocaleString("en")} notes`, async () => {
			let files = vaults.get(size);
			if (!files) {
				const t0 = performance.now();
				const vault = generateVault({ notes: size, seed });
				files = vault.files;
				figures.vault_mb[String(size)] = mb(vault.bytes);
				log(`  generated ${size} notes, ${mb(vault.bytes)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
			}
			const runs = quick ? (size <= 1000 ? 3 : 2) : size <= 1000 ? 5 : size <= 10000 ? 3 : 1;
			const { summary, last } = await coldIndexRuns(files, runs);
			storeCold(size, summary);
			if (size === EDIT_VAULT) {
				log(`  editing one note ${EDITS} times...`);
				const edit = await editLatency(last.app, last.index, EDITS, EDIT_WARMUP);
				storeEdit(edit);
			}
			last.index.destroy();
			last.app.containerEl.remove();
			if (size !== EDIT_VAULT) vaults.delete(size);
		});
		gc();
	}
	vaults.clear();
	gc();

	await section("render", "render in Chromium", async () => {
		const cases: RenderCase[] = [{ name: "timeline_ilsvrc", kind: "timeline", model: buildModelFromTexts(readVaultFolder(join(root, "example-vault"))) }];
		cases.push({ name: "timeline_5000", kind: "timeline", model: manyPoints(5000) });
		for (const n of [20, 200, 1000]) cases.push({ name: `lineage_${n}`, kind: "lineage", model: buildModelFromTexts(generateModelNotes(n, seed)) });
		const styles = existsSync(join(root, "styles.css")) ? readFileSync(join(root, "styles.css"), "utf8") : "";
		const results = await renderBench(cases, { bundle: join(root, "dist", "bench-page.js"), styles, runs: quick ? 7 : 11, slowMs: quick ? 250 : 1000, log });
		for (const c of cases) {
			const r: RenderResult | undefined = results[c.name];
			figures.render_ms[c.name] = r ? round2(r.ms) : null;
			figures.render_first_ms[c.name] = r ? round2(r.firstMs) : null;
			if (r) log(`  ${c.name}: ${round2(r.ms)} ms (median of ${r.runs.length}; first draw ${round2(r.firstMs)} ms; ${r.points} points, ${r.nodes} nodes drawn)`);
		}
	});

	await section("size", "main.js and onload", async () => {
		const mainJs = join(root, "dist", "bench-main.js");
		figures.main_js_bytes = statSync(mainJs).size;
		const onload = await onloadTimes(mainJs, join(root, "manifest.json"), 20);
		figures.onload_ms = round2(onload.ms);
		log(`  main.js ${figures.main_js_bytes} bytes; onload ${figures.onload_ms} ms (median of ${onload.runs.length})`);
	});

	figures.machine.load_avg_end = round2(loadavg()[0]);
	judge();
	if (json) out(JSON.stringify(figures, null, 2));
	else printTable();
}

function storeCold(size: number, s: ColdSummary): void {
	const key = String(size);
	figures.cold_index_ms[key] = round2(s.ms);
	figures.cold_index_max_block_ms[key] = round2(s.maxBlockMs);
	figures.cold_index_heap_mb[key] = round2(s.heapMb);
	figures.cold_index_peak_heap_mb[key] = round2(s.peakHeapMb);
	figures.cold_index_notes_in_scope[key] = s.runs[0].notesInScope;
	const r = s.runs[0];
	log(`  ${round2(s.ms)} ms (median of ${s.runs.length}: ${s.runs.map((x) => Math.round(x.ms)).join(", ")}), longest block ${round2(s.maxBlockMs)} ms over ${r.slices} slices, heap +${round2(s.heapMb)} MB retained, +${round2(s.peakHeapMb)} MB peak; ${r.notesInScope} notes in scope, ${r.results} results, ${r.lineageNodes} models`);
}

function storeEdit(e: EditSummary): void {
	figures.edit_p50_ms = round2(e.p50);
	figures.edit_p99_ms = round2(e.p99);
	figures.edit_gc = { count: e.gcs, max_ms: round2(e.gcMaxMs) };
	log(`  ${e.path}: p50 ${round2(e.p50)} ms, p99 ${round2(e.p99)} ms; ${e.gcs} garbage collection${e.gcs === 1 ? "" : "s"} during the timed edits${e.gcs > 0 ? `, the longest ${round2(e.gcMaxMs)} ms` : ""}`);
}

function readVaultFolder(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
			else if (entry.name.endsWith(".md")) files[`${prefix}${entry.name}`] = readFileSync(join(dir, entry.name), "utf8");
		}
	};
	walk(folder, "");
	return files;
}

function target(figure: string, value: number | null | undefined, text: string, ok: (v: number) => boolean): void {
	const v = value ?? null;
	figures.targets.push({ figure, value: v, target: text, pass: v === null || Number.isNaN(v) ? null : ok(v) });
}

function judge(): void {
	const r = figures.parse_ratio;
	target("parse_mb_s / markdown_it_mb_s", r.ours_over_markdown_it, ">= 10", (v) => v >= 10);
	target("parse_subset_mb_s / mdast_mb_s", r.ours_over_mdast, ">= 100", (v) => v >= 100);
	target("floor_mb_s / parse_mb_s", r.floor_over_ours, "<= 10", (v) => v <= 10);
	target('cold_index_ms["10000"]', figures.cold_index_ms["10000"], "< 1000 ms", (v) => v < 1000);
	if (!quick) target('cold_index_ms["50000"]', figures.cold_index_ms["50000"], "< 5000 ms", (v) => v < 5000);
	for (const size of SIZES) target(`cold_index_max_block_ms["${size}"]`, figures.cold_index_max_block_ms[String(size)], "<= 50 ms", (v) => v <= 50);
	target('cold_index_heap_mb["10000"]', figures.cold_index_heap_mb["10000"], "<= 30 MB", (v) => v <= 30);
	target("edit_p99_ms", figures.edit_p99_ms, "< 5 ms", (v) => v < 5);
	target("render_ms.timeline_ilsvrc", figures.render_ms.timeline_ilsvrc, "< 16 ms", (v) => v < 16);
	target("render_ms.timeline_5000", figures.render_ms.timeline_5000, "< 100 ms", (v) => v < 100);
	target("render_ms.lineage_1000", figures.render_ms.lineage_1000, "< 200 ms", (v) => v < 200);
	target("main_js_bytes", figures.main_js_bytes, `< 200 KB (${200 * KB} bytes)`, (v) => v < 200 * KB);
	target("onload_ms", figures.onload_ms, "< 5 ms", (v) => v < 5);
}

function fmt(v: number | null | undefined, unit = ""): string {
	if (v === null || v === undefined || Number.isNaN(v)) return "n/a";
	return `${v.toLocaleString("en", { maximumFractionDigits: 2 })}${unit}`;
}

function printTable(): void {
	const m = figures.machine;
	out(`ImageNet Atlas benchmark${quick ? " (--quick)" : ""}, seed ${seed}`);
	out(`Machine: ${m.cpu}, ${m.cpus} CPUs, ${m.memory_gb} GB, Node ${m.node}, ${m.platform}; load average ${m.load_avg_start} at start, ${m.load_avg_end} at end`);
	out("");
	const rows: Array<[string, string, string, string]> = [];
	const verdict = (figure: string): [string, string] => {
		const t = figures.targets.find((x) => x.figure === figure);
		if (!t) return ["", ""];
		return [t.target, t.pass === null ? "n/a" : t.pass ? "PASS" : "MISS"];
	};
	const c = figures.parse_corpus;
	rows.push([`parse_mb_s (ours, ${c.notes} notes, ${c.mb} MB)`, fmt(figures.parse_mb_s, " MB/s"), "", ""]);
	rows.push(["markdown_it_mb_s (same notes)", fmt(figures.markdown_it_mb_s, " MB/s"), "", ""]);
	rows.push([`mdast_mb_s (first ${c.mdast_subset_notes} notes, ${c.mdast_subset_mb} MB)`, fmt(figures.mdast_mb_s, " MB/s"), "", ""]);
	rows.push(["parse_subset_mb_s (ours, same subset)", fmt(figures.parse_subset_mb_s, " MB/s"), "", ""]);
	rows.push(["floor_mb_s (split into lines)", fmt(figures.floor_mb_s, " MB/s"), "", ""]);
	rows.push(["ours / markdown-it", fmt(figures.parse_ratio.ours_over_markdown_it, "x"), ...verdict("parse_mb_s / markdown_it_mb_s")]);
	rows.push(["ours / mdast", fmt(figures.parse_ratio.ours_over_mdast, "x"), ...verdict("parse_subset_mb_s / mdast_mb_s")]);
	rows.push(["floor / ours", fmt(figures.parse_ratio.floor_over_ours, "x"), ...verdict("floor_mb_s / parse_mb_s")]);
	for (const size of SIZES) {
		const k = String(size);
		rows.push([`cold_index_ms["${k}"] (${fmt(figures.vault_mb[k])} MB)`, fmt(figures.cold_index_ms[k], " ms"), ...verdict(`cold_index_ms["${k}"]`)]);
		rows.push([`cold_index_max_block_ms["${k}"]`, fmt(figures.cold_index_max_block_ms[k], " ms"), ...verdict(`cold_index_max_block_ms["${k}"]`)]);
		rows.push([`cold_index_heap_mb["${k}"] (peak ${fmt(figures.cold_index_peak_heap_mb[k])})`, fmt(figures.cold_index_heap_mb[k], " MB"), ...verdict(`cold_index_heap_mb["${k}"]`)]);
	}
	rows.push(["edit_p50_ms (10,000 notes)", fmt(figures.edit_p50_ms, " ms"), "", ""]);
	rows.push([`edit_p99_ms (200 edits after 50 unmeasured)`, fmt(figures.edit_p99_ms, " ms"), ...verdict("edit_p99_ms")]);
	for (const [name, v] of Object.entries(figures.render_ms)) rows.push([`render_ms.${name} (first draw ${fmt(figures.render_first_ms[name], " ms")})`, fmt(v, " ms"), ...verdict(`render_ms.${name}`)]);
	rows.push(["main_js_bytes (minified)", fmt(figures.main_js_bytes), ...verdict("main_js_bytes")]);
	rows.push(["onload_ms (median of 20)", fmt(figures.onload_ms, " ms"), ...verdict("onload_ms")]);
	const head: [string, string, string, string] = ["Figure", "Value", "Target", ""];
	const widths = [0, 1, 2, 3].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
	const line = (r: string[]) => r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
	out(line(head));
	out(widths.map((w) => "-".repeat(w)).join("  "));
	for (const r of rows) out(line(r));
	const passed = figures.targets.filter((t) => t.pass === true).length;
	const missed = figures.targets.filter((t) => t.pass === false).length;
	out("");
	out(`${passed} targets pass, ${missed} miss.`);
	if (figures.errors.length > 0) {
		out("Not measured:");
		for (const e of figures.errors) out(`  ${e.split("\n")[0]}`);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		log(String(error instanceof Error ? error.stack : error));
		process.exit(1);
	},
);
