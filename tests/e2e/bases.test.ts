// The two Bases views on tests/e2e/vaults/bases (model notes with properties, a results table and
// Atlas.base), in Chromium: the base's rows drawn with the other views' data attributes, its filters
// changing what is drawn, clicks, keys and hovers as in the other views, and the theme.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { usePreview, waitForActivePath } from "./helpers";

const POINT = ".bases-view .imagenet-timeline .imagenet-point";
const NODE = ".bases-view .imagenet-lineage .imagenet-node";

const preview = usePreview();

/** The preview with Atlas.base open, on its first view (the timeline) or the view named. */
async function open(view?: string, query = ""): Promise<Page> {
	const note = encodeURIComponent(view ? `Atlas.base#${view}` : "Atlas.base");
	const session = await preview.open(inject("basesUrl"), `?note=${note}${query}`);
	await session.page.waitForSelector(view === "Lineage graph" ? NODE : POINT, { state: "attached" });
	return session.page;
}

async function points(page: Page): Promise<Array<{ year: string | null; value: string | null; series: string | null; linktext: string | null }>> {
	return page.$$eval(POINT, (els) => els.map((el) => ({ year: el.getAttribute("data-year"), value: el.getAttribute("data-value"), series: el.getAttribute("data-series"), linktext: el.getAttribute("data-linktext") })));
}

async function nodes(page: Page): Promise<Record<string, string>> {
	return page.$$eval(NODE, (els) => Object.fromEntries(els.map((el) => [el.getAttribute("data-linktext") ?? "", el.getAttribute("data-node") ?? ""])));
}

/** Types a filter into the base's toolbar, as a person adds one in Obsidian's filter menu. */
async function filter(page: Page, text: string): Promise<void> {
	await page.fill(".bases-filter-input", text);
	await page.press(".bases-filter-input", "Enter");
}

describe("the ImageNet timeline as a Bases view", () => {
	it("draws the base's rows: years, errors (an accuracy as 100 − it), series, each point's note, and the vault's figure for a row without one", async () => {
		const page = await open();
		await page.waitForSelector(`${POINT}[data-year="2017"]`, { state: "attached" });
		const drawn = (await points(page)).map((p) => `${p.year} ${p.value} ${p.series} ${p.linktext}`).sort();
		expect(drawn).toEqual([
			"2012 15.3 winner AlexNet",
			"2013 11.7 winner ZFNet",
			"2014 6.67 winner GoogLeNet",
			"2014 7.3 runner-up VGGNet",
			"2015 3.57 winner ResNet",
			// SENet's note says no figure: the vault's results table gives it.
			"2017 2.25 winner SENet",
		]);
		// Drafts/Idea.md is outside the base's folder filter.
		expect(drawn.some((p) => p.includes("Idea"))).toBe(false);
		expect(await page.textContent(".bases-count")).toBe("7 results");
		// The winners' line and the human baseline, as in the timeline's own pane.
		expect(await page.$(".bases-view .imagenet-series-line")).not.toBeNull();
		expect(await page.textContent(".bases-view .imagenet-baseline-label")).toContain("5.1%");
	});

	it("draws what the filter leaves: a filter added in the toolbar takes points away, and back", async () => {
		const page = await open();
		await filter(page, "year >= 2014");
		await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, POINT);
		expect((await points(page)).map((p) => p.year).sort()).toEqual(["2014", "2014", "2015", "2017"]);
		await filter(page, 'series == "winner" && year < 2014');
		await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, POINT);
		expect((await points(page)).map((p) => p.linktext)).toEqual(["AlexNet", "ZFNet"]);
		await filter(page, "");
		await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 6, POINT);
	});

	it("opens a point's note on click and on Enter, and shows its tooltip on hover", async () => {
		const page = await open();
		await page.hover(`${POINT}[data-year="2013"]`);
		await page.waitForSelector(".bases-view .imagenet-tooltip", { state: "visible" });
		expect(await page.textContent(".bases-view .imagenet-tooltip")).toContain("11.7%");
		await page.click(`${POINT}[data-year="2013"]`);
		await waitForActivePath(page, "Models/ZFNet.md");
		// As from the timeline's own pane: the note opens beside the chart, which stays in sight.
		expect(await page.isVisible(".bases-view .imagenet-timeline")).toBe(true);
		const again = await open();
		await again.focus(`${POINT}[data-year="2015"]`);
		await again.keyboard.press("Enter");
		await waitForActivePath(again, "Models/ResNet.md");
	});

	it("follows a note's properties as they change", async () => {
		const page = await open();
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("Models/ResNet.md")!;
			const text = await window.app.vault.read(file);
			await window.app.vault.modify(file, text.replace("top5_error: 3.57", "top5_error: 3.6"));
		});
		await page.waitForSelector(`${POINT}[data-year="2015"][data-value="3.6"]`, { state: "attached" });
	});
});

describe("the lineage graph as a Bases view", () => {
	it("draws the rows as nodes with their ids and notes, and each row's parents as edges", async () => {
		const page = await open("Lineage graph");
		const ids = await nodes(page);
		expect(Object.keys(ids).sort()).toEqual(["AlexNet", "GoogLeNet", "LeNet", "ResNet", "SENet", "VGGNet", "ZFNet"]);
		for (const id of Object.values(ids)) expect(id).toMatch(/^[a-z0-9]+$/);
		const edges = await page.$$eval(".bases-view .imagenet-lineage .imagenet-edge", (els) => els.map((el) => `${el.getAttribute("data-from")}>${el.getAttribute("data-to")}:${el.getAttribute("data-kind")}`));
		expect(edges.sort()).toEqual(
			[
				`${ids.LeNet}>${ids.AlexNet}:explicit`,
				`${ids.AlexNet}>${ids.ZFNet}:explicit`,
				`${ids.ZFNet}>${ids.VGGNet}:explicit`,
				`${ids.ZFNet}>${ids.GoogLeNet}:explicit`,
				`${ids.VGGNet}>${ids.ResNet}:explicit`,
				`${ids.GoogLeNet}>${ids.ResNet}:explicit`,
				`${ids.ResNet}>${ids.SENet}:explicit`,
			].sort(),
		);
		// The winners carry their result as a badge, as in the graph's own pane.
		expect(await page.textContent(`${NODE}[data-linktext="ResNet"] .imagenet-badge-label`)).toBe("3.57%");
	});

	it("draws what the filter leaves, and opens a node's note on click", async () => {
		const page = await open("Lineage graph");
		await filter(page, "year >= 2013");
		await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 5, NODE);
		expect(Object.keys(await nodes(page)).sort()).toEqual(["GoogLeNet", "ResNet", "SENet", "VGGNet", "ZFNet"]);
		expect(await page.$(`${NODE}[data-linktext="AlexNet"]`)).toBeNull();
		await page.click(`${NODE}[data-linktext="VGGNet"]`);
		await waitForActivePath(page, "Models/VGGNet.md");
		expect(await page.isVisible(".bases-view .imagenet-lineage")).toBe(true);
	});

	it("switches between the base's views from the toolbar", async () => {
		const page = await open();
		await page.selectOption(".bases-view-select", "Lineage graph");
		await page.waitForSelector(NODE, { state: "attached" });
		expect(await page.$(POINT)).toBeNull();
		await page.selectOption(".bases-view-select", "Table");
		await page.waitForSelector(".bases-table tbody tr");
		expect(await page.$$eval(".bases-table tbody tr", (rows) => rows.length)).toBe(7);
		expect(await page.$(NODE)).toBeNull();
	});
});

describe("the theme", () => {
	it("draws with the theme's colours in light and dark", async () => {
		const page = await open();
		const fill = () => page.$eval(`${POINT}[data-series="winner"]`, (el) => getComputedStyle(el).fill);
		const text = () => page.$eval(".bases-view .imagenet-axis-label", (el) => getComputedStyle(el).fill);
		const light = [await fill(), await text()];
		await page.click('[data-action="theme"]');
		await page.waitForFunction(() => document.body.classList.contains("theme-dark"));
		await page.waitForSelector(POINT, { state: "attached" });
		const dark = [await fill(), await text()];
		expect(dark[1]).not.toBe(light[1]);
		const darkPage = await open(undefined, "&theme=dark");
		expect(await darkPage.$eval(".bases-view .imagenet-axis-label", (el) => getComputedStyle(el).fill)).toBe(dark[1]);
	});
});
