// The charts in a page of their own, for the render benchmark in the real browser (bundled by
// `node esbuild.config.mjs bench` to dist/bench-page.js and inlined into the page).
import { renderLineage } from "../../src/charts/lineage";
import { renderTimeline } from "../../src/charts/timeline";
import type { ChartCallbacks } from "../../src/charts/common";
import type { AtlasModel } from "../../src/model/types";

const callbacks: ChartCallbacks = { open() {}, openSource() {}, hover() {} };

/** Resolves once the page has been idle (its pending work, garbage collection included, done), or after 500 ms. */
function idle(): Promise<void> {
	return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));
}

/**
 * Renders `runs` times into a fresh pane each time; returns the milliseconds of each, layout forced.
 * Each run is a task of its own after the page was idle, as a view redraws in Obsidian: back to back in
 * one task, a run would also pay for collecting the elements of the run before it.
 */
async function run(kind: "timeline" | "lineage", model: AtlasModel, runs: number): Promise<{ times: number[]; points: number; nodes: number }> {
	const times: number[] = [];
	let points = 0;
	let nodes = 0;
	for (let r = 0; r < runs; r++) {
		await idle();
		const host = document.createElement("div");
		host.className = "workspace-leaf-content";
		host.style.width = "960px";
		host.style.height = "600px";
		document.body.appendChild(host);
		host.getBoundingClientRect();
		const t0 = performance.now();
		const chart = kind === "timeline" ? renderTimeline(host, model, { humanBaseline: 5.1 }, callbacks) : renderLineage(host, model, {}, callbacks);
		// Force style and layout of what was drawn.
		host.getBoundingClientRect();
		chart.svg().getBoundingClientRect();
		times.push(performance.now() - t0);
		points = host.querySelectorAll("[data-year][data-value]").length;
		nodes = host.querySelectorAll("[data-node]").length;
		chart.destroy();
		host.remove();
	}
	return { times, points, nodes };
}

(window as unknown as { atlasBench: unknown }).atlasBench = { run };
