// The lineage graph stays readable at the window sizes people use, in Chromium: model names at least
// 11 px tall on screen for 8, 15 and 60 models, at 1280×800, 900×700 and in a 400 px wide pane; the
// toolbar by mouse and keyboard; a click keeps the graph in sight; the export holds the whole graph at 1:1.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { usePreview, waitForActivePath } from "./helpers";

const NODE = ".imagenet-lineage .imagenet-node";
const preview = usePreview();

/** A lineage note of `count` models over the years, each built on the one before, named Net 1 to Net N. */
function lineageNote(count: number): string {
	const rows = Array.from({ length: count }, (_, i) => `| ${2000 + Math.floor(i / 2)} | Net ${i + 1} | ${i === 0 ? "The first" : `Improved Net ${i}`} |`);
	return ["# Lineage of the nets (ImageNet)", "", "| Year | Model | Innovation |", "|---|---|---|", ...rows, ""].join("\n");
}

async function openWith(count: number, viewport: { width: number; height: number }, theme: "light" | "dark"): Promise<Page> {
	const { page } = await preview.open(inject("fixtureUrl"), `?theme=${theme}`, { viewport });
	await page.evaluate(async (text) => {
		await window.app.vault.create("Nets.md", text);
	}, lineageNote(count));
	await page.evaluate(() => window.app.commands.executeCommandById("imagenet-atlas:open-lineage"));
	await page.waitForSelector(`${NODE}[data-linktext="Net ${count}"]`, { state: "attached" });
	return page;
}

async function nameHeights(page: Page): Promise<number[]> {
	return page.$$eval(".imagenet-lineage .imagenet-node-name", (els) => els.map((el) => el.getBoundingClientRect().height));
}

describe("a lineage graph you can read", () => {
	for (const [count, viewport, theme] of [
		[8, { width: 1280, height: 800 }, "light"],
		[15, { width: 900, height: 700 }, "dark"],
		[60, { width: 400, height: 800 }, "light"],
	] as const) {
		it(`draws ${count} models with names at least 11 px tall at ${viewport.width}×${viewport.height}, ${theme}`, async () => {
			const page = await openWith(count, viewport, theme);
			const heights = await nameHeights(page);
			expect(heights.length).toBeGreaterThanOrEqual(count);
			expect(Math.min(...heights)).toBeGreaterThanOrEqual(11);
		});
	}

	it("lays the years out top to bottom in a narrow pane, and left to right in a wide one", async () => {
		const narrow = await openWith(8, { width: 400, height: 800 }, "light");
		expect(await narrow.$eval(".imagenet-lineage", (el) => el.classList.contains("imagenet-lineage-down"))).toBe(true);
		const wide = await openWith(8, { width: 1600, height: 700 }, "light");
		expect(await wide.$eval(".imagenet-lineage", (el) => el.classList.contains("imagenet-lineage-down"))).toBe(false);
	});

	it("zooms in and out from the toolbar and with + - 0, fits the whole graph, and comes back to a readable size", async () => {
		const page = await openWith(60, { width: 900, height: 700 }, "light");
		const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await page.getAttribute(".imagenet-lineage .imagenet-viewport", "transform")) ?? "")?.[1]);
		const start = await scale();
		await page.click(".imagenet-lineage .imagenet-toolbar-zoom-in");
		expect(await scale()).toBeGreaterThan(start);
		await page.click(".imagenet-lineage .imagenet-toolbar-zoom-out");
		expect(await scale()).toBeCloseTo(start, 5);
		await page.focus(`${NODE}[data-linktext="Net 1"]`);
		await page.keyboard.press("-");
		expect(await scale()).toBeLessThan(start);
		await page.keyboard.press("0");
		expect(await scale()).toBeCloseTo(start, 5);
		await page.click(".imagenet-lineage .imagenet-toolbar-fit");
		expect(await scale()).toBeLessThan(start);
		await page.click(".imagenet-lineage .imagenet-toolbar-reset");
		expect(Math.min(...(await nameHeights(page)))).toBeGreaterThanOrEqual(11);
	});

	it("hides and shows the inferred edges from the toolbar", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=lineage");
		await page.waitForSelector(NODE);
		const inferred = () => page.$$(".imagenet-lineage .imagenet-edge[data-kind='inferred']");
		expect((await inferred()).length).toBeGreaterThan(0);
		await page.click(".imagenet-lineage .imagenet-toolbar-inferred");
		await page.waitForFunction(() => document.querySelectorAll(".imagenet-lineage .imagenet-edge[data-kind='inferred']").length === 0);
		expect(await page.getAttribute(".imagenet-lineage .imagenet-toolbar-inferred", "aria-pressed")).toBe("false");
		await page.click(".imagenet-lineage .imagenet-toolbar-inferred");
		await page.waitForSelector(".imagenet-lineage .imagenet-edge[data-kind='inferred']", { state: "attached" });
	});

	it("opens a clicked model's note beside the graph, which stays in sight", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=lineage");
		await page.waitForSelector(`${NODE}[data-linktext="AlexNet"]`);
		await page.click(`${NODE}[data-linktext="AlexNet"]`);
		await waitForActivePath(page, "Models/AlexNet.md");
		expect(await page.isVisible(".imagenet-lineage .imagenet-chart-svg")).toBe(true);
		expect(await page.$eval(`${NODE}[data-linktext="AlexNet"]`, (el) => el.getBoundingClientRect().width)).toBeGreaterThan(0);
	});

	it("exports the whole graph at 1:1 as SVG and PNG, every model in it", async () => {
		const page = await openWith(15, { width: 900, height: 700 }, "light");
		await page.click(".imagenet-lineage .imagenet-toolbar-export");
		await page.waitForFunction(() => window.app.vault.getFiles().some((f) => f.path === "Lineage graph.png"));
		const exported = await page.evaluate(async () => {
			const svgFile = window.app.vault.getFiles().find((f) => f.path === "Lineage graph.svg")!;
			const svg = new DOMParser().parseFromString(await window.app.vault.read(svgFile), "image/svg+xml");
			const png = window.app.vault.getFiles().find((f) => f.path === "Lineage graph.png")!;
			const bytes = new DataView(await window.app.vault.readBinary(png));
			return {
				nodes: [...svg.querySelectorAll(".imagenet-node[data-linktext]")].map((el) => el.getAttribute("data-linktext")),
				transform: svg.querySelector(".imagenet-viewport")?.getAttribute("transform") ?? "",
				width: Number(svg.documentElement.getAttribute("width")),
				height: Number(svg.documentElement.getAttribute("height")),
				// A PNG's width and height are the big-endian words at bytes 16 and 20.
				pngWidth: bytes.getUint32(16),
				pngHeight: bytes.getUint32(20),
			};
		});
		for (let i = 1; i <= 15; i++) expect(exported.nodes).toContain(`Net ${i}`);
		expect(exported.transform).toContain("scale(1)");
		expect(exported.pngWidth).toBe(exported.width);
		expect(exported.pngHeight).toBe(exported.height);
	});
});
