// Tooltips in Chromium on example-vault: beside the element, inside the pane, one on screen at a time
// across both views, in the lineage graph over no other node where there is room, and "No note yet"
// for a model the vault has no note for.
import { describe, expect, inject, it } from "vitest";
import { usePreview } from "./helpers";

const preview = usePreview();
const TOOLTIP = ".imagenet-tooltip:not(.imagenet-tooltip-hidden)";

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
/** How much of b a covers, as a fraction of b's area. */
const covered = (a: Rect, b: Rect) => (Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))) / ((b.right - b.left) * (b.bottom - b.top));
const within = (a: Rect, b: Rect) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;

describe("tooltips", () => {
	it("in the lineage graph sit beside the node, inside the pane, and cover no other node (at most a corner where the pane has no room)", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=lineage", { viewport: { width: 1280, height: 800 } });
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		const nodes = await page.$$eval(".imagenet-lineage .imagenet-node", (els) => {
			const pane = els[0].closest(".imagenet-lineage")!.getBoundingClientRect();
			return els
				.map((el) => ({ id: el.getAttribute("data-node")!, ...el.getBoundingClientRect().toJSON() }))
				.filter((r) => r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom);
		});
		expect(nodes.length).toBeGreaterThanOrEqual(5);
		for (const node of nodes) {
			await page.mouse.move((node.left + node.right) / 2, (node.top + node.bottom) / 2, { steps: 4 });
			await page.waitForFunction((id) => document.querySelector(`.imagenet-lineage .imagenet-node[data-node="${id}"]`)?.hasAttribute("aria-describedby"), node.id);
			const shown = await page.evaluate((sel) => {
				const visible = Array.from(document.querySelectorAll(sel));
				return { count: visible.length, tip: visible[0].getBoundingClientRect().toJSON(), pane: visible[0].closest(".workspace-leaf")!.getBoundingClientRect().toJSON() };
			}, TOOLTIP);
			expect(shown.count).toBe(1);
			expect(within(shown.tip, shown.pane), node.id).toBe(true);
			expect(overlaps(shown.tip, node), `${node.id}'s tooltip over itself`).toBe(false);
			for (const other of nodes) if (other !== node) expect(covered(shown.tip, other), `${node.id}'s tooltip over ${other.id}`).toBeLessThan(0.15);
		}
	});

	it("show one at a time across the timeline and the graph", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=timeline,lineage", { viewport: { width: 1280, height: 800 } });
		await page.waitForSelector('.imagenet-timeline .imagenet-point[data-year="2012"]');
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		// The two views share a tab group: show each in turn and hover something in it.
		await page.click('.workspace-tab-header[data-type="imagenet-atlas-timeline"]');
		await page.hover('.imagenet-timeline .imagenet-point[data-series="winner"][data-year="2012"]');
		await page.waitForSelector(`.imagenet-timeline ${TOOLTIP}`);
		await page.click('.workspace-tab-header[data-type="imagenet-atlas-lineage"]');
		await page.hover('.imagenet-lineage .imagenet-node[data-node="resnet"]');
		await page.waitForSelector(`.imagenet-lineage ${TOOLTIP}`);
		expect(await page.$$eval(TOOLTIP, (els) => els.map((el) => el.querySelector(".imagenet-tooltip-title")?.textContent))).toEqual(["ResNet"]);
	});

	it('say "No note yet: click to create" for a model without a note, on the timeline and in the graph, and not for one with a note', async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=timeline", { viewport: { width: 1280, height: 800 } });
		const point = (year: number) => `.imagenet-timeline .imagenet-point[data-series="winner"][data-year="${year}"]`;
		await page.waitForSelector(point(2016));
		expect(await page.getAttribute(point(2016), "class")).toContain("imagenet-point-unresolved");
		expect(await page.getAttribute(point(2012), "class")).not.toContain("imagenet-point-unresolved");
		await page.hover(point(2016));
		expect(await page.textContent(`.imagenet-timeline ${TOOLTIP} .imagenet-tooltip-hint`)).toBe("No note yet: click to create");
		await page.hover(point(2012));
		await page.waitForSelector(`.imagenet-timeline ${TOOLTIP} .imagenet-tooltip-title:has-text("2012")`);
		expect(await page.$(`.imagenet-timeline ${TOOLTIP} .imagenet-tooltip-hint`)).toBeNull();

		await page.evaluate(() => window.app.commands.executeCommandById("imagenet-atlas:open-lineage"));
		await page.waitForSelector('.imagenet-lineage .imagenet-node[data-node="transformer"]');
		await page.hover('.imagenet-lineage .imagenet-node[data-node="transformer"]', { force: true });
		expect(await page.textContent(`.imagenet-lineage ${TOOLTIP} .imagenet-tooltip-hint`)).toBe("No note yet: click to create");
	});
});
