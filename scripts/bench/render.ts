// Rendering in the real browser of the end-to-end tests (Chromium through playwright-core): the
// timeline and the lineage graph, layout and draw, layout forced with getBoundingClientRect.
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import type { AtlasModel, ResultPoint } from "../../src/model/types";
import { median } from "./stats";

export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface RenderCase {
	name: string;
	kind: "timeline" | "lineage";
	model: AtlasModel;
}

export interface RenderResult {
	ms: number;
	runs: number[];
	/** Elements drawn (a check that the chart drew what it was given). */
	points: number;
	nodes: number;
	/** The first, unmeasured run: the draw before the engine has compiled the chart's code paths. */
	firstMs: number;
}

/** `count` results spread over 20 series and the years from 2010 on, values drifting down. */
export function manyPoints(count: number): AtlasModel {
	const results: ResultPoint[] = [];
	const seriesCount = 20;
	const perSeries = Math.ceil(count / seriesCount);
	for (let s = 0; s < seriesCount && results.length < count; s++) {
		const series = s === 0 ? "winner" : s === 1 ? "runner-up" : `team-${s}`;
		for (let i = 0; i < perSeries && results.length < count; i++) {
			const year = 2010 + Math.floor((i * 16) / perSeries);
			const value = Math.max(0.5, 30 * Math.exp(-i / perSeries * 2.5) + ((s * 7 + i * 13) % 17) / 10);
			const entity = `net-${s}-${i}`;
			results.push({
				benchmark: "ILSVRC classification",
				series,
				year,
				value: Math.round(value * 100) / 100,
				approx: i % 11 === 0,
				entrant: `Net ${s}-${i}`,
				entity,
				sources: [{ path: `Results/Series ${s}.md`, line: 10 + i, raw: `| ${year} | Net ${s}-${i} | ${value.toFixed(2)}% |` }],
				official: null,
			});
		}
	}
	return { results, entities: [], lineage: { nodes: [], edges: [] }, facts: [], diagnostics: [] };
}

function page(script: string, styles: string): string {
	const safe = script.replace(/<\/script/gi, "<\\/script");
	return `<!doctype html><html><head><meta charset="utf-8"><style>${styles}\nbody{margin:0;font-family:sans-serif}</style></head><body class="theme-light"><script>${safe}</script></body></html>`;
}

export async function renderBench(cases: RenderCase[], options: { bundle: string; styles: string; runs: number; slowMs: number; log: (s: string) => void }): Promise<Record<string, RenderResult>> {
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found`);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		// No network: the page is inline, and anything else is refused.
		await context.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
		const tab = await context.newPage();
		await tab.setContent(page(readFileSync(options.bundle, "utf8"), options.styles));
		const out: Record<string, RenderResult> = {};
		for (const c of cases) {
			options.log(`  render ${c.name}`);
			const result = await tab.evaluate(
				async ({ kind, model, runs, slowMs }) => {
					const bench = (window as unknown as { atlasBench: { run(kind: string, model: unknown, runs: number): Promise<{ times: number[]; points: number; nodes: number }> } }).atlasBench;
					// One unmeasured run first (compiles the code paths); a case slower than slowMs is not
					// repeated as often: its first run stands for it, or three runs at most.
					const warm = await bench.run(kind, model, 1);
					const first = warm.times[0];
					if (first > slowMs * 4) return { ...warm, first };
					return { ...(await bench.run(kind, model, first > slowMs ? Math.min(3, runs) : runs)), first };
				},
				{ kind: c.kind, model: c.model, runs: options.runs, slowMs: options.slowMs },
			);
			out[c.name] = { ms: median(result.times), runs: result.times, points: result.points, nodes: result.nodes, firstMs: result.first };
		}
		return out;
	} finally {
		await browser.close();
	}
}
