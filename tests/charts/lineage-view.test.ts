// Where the lineage graph sits in its pane: what a person sees on opening it and on zooming.
import { describe, expect, it } from "vitest";
import { fittedView, zoomedAbout } from "../../src/charts/lineage-view";

describe("the lineage graph's view", () => {
	it("centres a small graph in the pane, below the toolbar, at no more than 1.25 times its size", () => {
		const view = fittedView({ width: 400, height: 100 }, { width: 1000, height: 600 }, 0.85);
		expect(view.k).toBe(1.25);
		expect(view.x).toBeCloseTo((1000 - 400 * 1.25) / 2);
		expect(view.y).toBeGreaterThan(40);
	});

	it("never shrinks a large graph below the readable scale: it starts at its earliest year, top left", () => {
		const view = fittedView({ width: 5000, height: 300 }, { width: 800, height: 600 }, 0.85);
		expect(view.k).toBe(0.85);
		expect(view.x).toBe(24);
	});

	it("fits a large graph whole when asked for an overview, down to the least zoom", () => {
		const view = fittedView({ width: 3000, height: 300 }, { width: 800, height: 600 }, 0.2);
		expect(3000 * view.k).toBeLessThanOrEqual(800);
		expect(view.k).toBeGreaterThan(0.2);
	});

	it("zooms about the pane's centre, keeping what is there in place, between 0.2 and 3 times", () => {
		const pane = { width: 800, height: 600 };
		const view = { x: 100, y: 50, k: 1 };
		const zoomed = zoomedAbout(view, 2, pane);
		// The graph point under the centre stays under it.
		const under = (v: typeof view) => [(400 - v.x) / v.k, (300 - v.y) / v.k];
		expect(under(zoomed)[0]).toBeCloseTo(under(view)[0]);
		expect(under(zoomed)[1]).toBeCloseTo(under(view)[1]);
		expect(zoomedAbout({ x: 0, y: 0, k: 2.5 }, 2, pane).k).toBe(3);
		expect(zoomedAbout({ x: 0, y: 0, k: 0.25 }, 0.5, pane).k).toBe(0.2);
	});
});
