// @vitest-environment happy-dom
// A huge vault cannot freeze a chart: each draws at most so much, and says what it left out.
import { afterEach, describe, expect, it } from "vitest";
import { MAX_DRAWN_NODES, renderLineage } from "../../src/charts/lineage";
import { MAX_DRAWN_POINTS, renderTimeline } from "../../src/charts/timeline";
import type { AtlasModel, ResultPoint } from "../../src/model/types";
import { callbacks, container, emptyModel } from "./fixtures";

afterEach(() => {
	document.body.replaceChildren();
});

/**
 * Drawing thousands of elements in happy-dom takes a second or two here and took 8.4 s on a busy
 * 2-core machine: these tests get a limit of their own, well above vitest's 5 s, and inputs just over
 * each cap (the caps themselves are what is tested, so the inputs cannot be smaller).
 */
const HEAVY = { timeout: 60_000 };

describe("caps on what a chart draws", () => {
	it("the lineage graph draws the first models by year and says how many there are", HEAVY, () => {
		const count = MAX_DRAWN_NODES + 50;
		const nodes = Array.from({ length: count }, (_, i) => ({ id: `net-${i}`, name: `Net-${i}`, year: 2000 + Math.floor(i / 100) }));
		const model: AtlasModel = { ...emptyModel(), lineage: { nodes, edges: [{ from: "net-0", to: "net-1", kind: "explicit", sources: [] }, { from: "net-1", to: `net-${count - 1}`, kind: "inferred", sources: [] }] } };
		const host = container();
		renderLineage(host, model, {}, callbacks());
		expect(host.querySelectorAll(".imagenet-node")).toHaveLength(MAX_DRAWN_NODES);
		expect(host.querySelector(".imagenet-capped")?.textContent).toContain(`Showing the first 2,000 of ${count.toLocaleString("en")} models`);
		expect(host.querySelector(`[data-node='net-${count - 1}']`)).toBeNull();
		expect(host.querySelectorAll(".imagenet-edge[data-from]").length).toBe(1);
	});

	it("the timeline keeps every winner, draws as many other results as fit, and says so", HEAVY, () => {
		const result = (year: number, series: string, value: number): ResultPoint => ({ benchmark: "ILSVRC classification", series, year, value, approx: false, entrant: "", entity: "", sources: [], official: null });
		const results = [result(2012, "winner", 15.3), ...Array.from({ length: MAX_DRAWN_POINTS + 10 }, (_, i) => result(2010 + (i % 8), `entry`, 20 + (i % 50) / 10))];
		const host = container();
		renderTimeline(host, { ...emptyModel(), results }, {}, callbacks());
		expect(host.querySelectorAll(".imagenet-point[data-series='winner']")).toHaveLength(1);
		expect(host.querySelectorAll(".imagenet-point").length).toBe(MAX_DRAWN_POINTS);
		expect(host.querySelector(".imagenet-capped")?.textContent).toContain("Showing 10,000 of 10,011 results");
	});

	it("say nothing when everything is drawn", () => {
		const host = container();
		renderTimeline(host, emptyModel(), {}, callbacks());
		expect(host.querySelector(".imagenet-capped")).toBeNull();
	});
});
