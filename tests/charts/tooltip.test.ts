// @vitest-environment happy-dom
// The tooltip both charts share: where it goes (beside its element, off the others, inside the pane),
// one on screen at a time across charts, and "No note yet" for a lineage node without a note.
import { afterEach, describe, expect, it } from "vitest";
import { renderLineage, type LineageChart } from "../../src/charts/lineage";
import { placeBeside, alongLine, around, overlap, type Box } from "../../src/charts/placement";
import { renderTimeline, type TimelineChart } from "../../src/charts/timeline";
import { callbacks, container, hoverOver, ilsvrcModel } from "./fixtures";

const charts: Array<TimelineChart | LineageChart> = [];
afterEach(() => {
	for (const chart of charts.splice(0)) chart.destroy();
});

const pane: Box = { left: 0, top: 0, right: 600, bottom: 400 };
const size = { width: 200, height: 120 };
const spotBox = (s: { x: number; y: number }, sz = size): Box => ({ left: s.x, top: s.y, right: s.x + sz.width, bottom: s.y + sz.height });
const inside = (b: Box, p: Box) => b.left >= p.left && b.top >= p.top && b.right <= p.right && b.bottom <= p.bottom;

describe("placing a tooltip", () => {
	it("goes beside its point, clear of it, when nothing is in the way", () => {
		const point = around(100, 200, 6);
		const spot = placeBeside(point, size, pane, []);
		expect(spot.score).toBe(0);
		expect(overlap(spotBox(spot), point)).toBe(0);
		expect(inside(spotBox(spot), pane)).toBe(true);
	});

	it("keeps off a line that runs down and to the right of the point: above it on the right, or on the left", () => {
		const point = around(200, 150, 6);
		const line = alongLine([
			[50, 60],
			[200, 150],
			[450, 380],
		]);
		const spot = placeBeside(point, size, pane, line);
		expect(spot.score).toBe(0);
		const box = spotBox(spot);
		expect(line.some((b) => overlap(box, b) > 0)).toBe(false);
		expect(overlap(box, point)).toBe(0);
	});

	it("stays inside the pane near its edges and corners, and never covers its own point", () => {
		for (const [x, y] of [
			[590, 390],
			[5, 5],
			[590, 10],
			[10, 390],
			[300, 395],
		]) {
			const point = around(x, y, 6);
			const spot = placeBeside(point, size, pane, []);
			const box = spotBox(spot);
			expect(inside(box, pane), `${x},${y}`).toBe(true);
			expect(overlap(box, point), `${x},${y}`).toBe(0);
		}
	});

	it("covers what it must rather than its own point, and the least of it", () => {
		const point = around(300, 200, 6);
		// Crowded on every side but the lower left.
		const crowd = [around(400, 200, 40), around(200, 120, 40), around(300, 100, 40), around(420, 300, 40)];
		const spot = placeBeside(point, size, pane, crowd);
		const box = spotBox(spot);
		expect(overlap(box, point)).toBe(0);
		expect(crowd.every((b) => overlap(box, b) === 0)).toBe(true);
		// Below and to the left, where there is room.
		expect(box.top).toBeGreaterThanOrEqual(point.bottom);
		expect(box.left).toBeLessThan(point.left);
	});
});

describe("tooltips across charts", () => {
	it("shows one tooltip at a time, also when the pointer goes from the timeline to the graph", () => {
		const host = container();
		const a = document.createElement("div");
		const b = document.createElement("div");
		host.append(a, b);
		charts.push(renderTimeline(a, ilsvrcModel(), {}, callbacks()), renderLineage(b, ilsvrcModel(), {}, callbacks()));
		const visible = () => Array.from(document.querySelectorAll(".imagenet-tooltip:not(.imagenet-tooltip-hidden)"));
		hoverOver(a.querySelector('.imagenet-point[data-year="2012"]') as Element);
		expect(visible()).toHaveLength(1);
		hoverOver(b.querySelector('.imagenet-node[data-node="resnet"]') as Element);
		expect(visible()).toHaveLength(1);
		expect(visible()[0].closest(".imagenet-lineage")).toBeTruthy();
		expect(visible()[0].querySelector(".imagenet-tooltip-title")?.textContent).toBe("ResNet");
	});

	it("says \"No note yet: click to create\" on a lineage node whose model has no note, and not on one that has", () => {
		const host = container();
		charts.push(renderLineage(host, ilsvrcModel(), {}, callbacks()));
		const tip = host.querySelector(".imagenet-tooltip") as HTMLElement;
		hoverOver(host.querySelector('.imagenet-node[data-node="alexnet"]') as Element);
		expect(tip.textContent).not.toContain("No note yet");
		hoverOver(host.querySelector('.imagenet-node[data-node="zfnet"]') as Element);
		expect(tip.querySelector(".imagenet-tooltip-hint")?.textContent).toBe("No note yet: click to create");
		expect(tip.querySelector(".imagenet-tooltip-title")?.textContent).toBe("ZFNet");
		// The node itself is drawn as an unresolved link is; a model with a note is not.
		expect(host.querySelector('.imagenet-node[data-node="zfnet"]')?.classList.contains("imagenet-node-unresolved")).toBe(true);
		expect(host.querySelector('.imagenet-node[data-node="alexnet"]')?.classList.contains("imagenet-node-unresolved")).toBe(false);
	});
});
