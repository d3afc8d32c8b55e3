// The lineage graph on example-vault, and both views following the note you are on.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { usePreview, waitForActivePath } from "./helpers";

const NODE = ".imagenet-lineage .imagenet-node";

const preview = usePreview();

/** The timeline in one pane, the lineage graph split beside it. */
async function open(): Promise<Page> {
	const session = await preview.open(inject("exampleUrl"), "?open=timeline,lineage");
	await session.page.waitForSelector(`${NODE}[data-linktext="AlexNet"]`);
	return session.page;
}

async function nodeIds(page: Page): Promise<Record<string, string>> {
	return page.$$eval(NODE, (els) => Object.fromEntries(els.map((el) => [el.getAttribute("data-linktext") ?? "", el.getAttribute("data-node") ?? ""])));
}

describe("the lineage graph on example-vault", () => {
	it("shows the models and the explicit AlexNet → ZFNet edge", async () => {
		const page = await open();
		const ids = await nodeIds(page);
		for (const model of ["AlexNet", "ZFNet", "VGGNet", "GoogLeNet", "ResNet"]) expect(ids[model], model).toBeTruthy();
		const edges = await page.$$eval(".imagenet-lineage .imagenet-edge", (els) => els.map((el) => `${el.getAttribute("data-from")}>${el.getAttribute("data-to")}:${el.getAttribute("data-kind")}`));
		expect(edges).toContain(`${ids.AlexNet}>${ids.ZFNet}:explicit`);
		expect(edges).toContain(`${ids.ZFNet}>${ids.GoogLeNet}:explicit`);
		// Explicit edges solid, inferred ones dashed.
		const dashes = await page.$$eval(".imagenet-lineage .imagenet-edge", (els) => els.map((el) => [el.getAttribute("data-kind"), getComputedStyle(el).strokeDasharray]));
		for (const [kind, dash] of dashes) expect(dash === "none", `${kind} ${dash}`).toBe(kind === "explicit");
	});

	it("clicking a node selects it and lights up its ancestors and descendants", async () => {
		const page = await open();
		const ids = await nodeIds(page);
		await page.click(`${NODE}[data-linktext="VGGNet"]`);
		await page.waitForSelector(`${NODE}.imagenet-node-selected[data-linktext="VGGNet"]`, { state: "attached" });
		const classes = await page.$$eval(NODE, (els) => Object.fromEntries(els.map((el) => [el.getAttribute("data-linktext"), el.getAttribute("class") ?? ""])));
		expect(classes.ZFNet).toContain("imagenet-node-ancestor");
		expect(classes.AlexNet).toContain("imagenet-node-ancestor");
		expect(classes.ResNet).toContain("imagenet-node-descendant");
		expect(classes.GoogLeNet).not.toMatch(/imagenet-node-(ancestor|descendant|related|selected)/);
		const opacity = await page.$eval(`${NODE}[data-linktext="GoogLeNet"]`, (el) => Number(getComputedStyle(el).opacity));
		expect(opacity).toBeLessThan(0.5);
		const related = await page.$$eval(".imagenet-lineage .imagenet-edge.imagenet-edge-related", (els) => els.map((el) => `${el.getAttribute("data-from")}>${el.getAttribute("data-to")}`));
		expect(related).toContain(`${ids.AlexNet}>${ids.ZFNet}`);
		expect(related).toContain(`${ids.ZFNet}>${ids.VGGNet}`);
		expect(related).not.toContain(`${ids.ZFNet}>${ids.GoogLeNet}`);
		// And the click opened the model's note beside the graph.
		await waitForActivePath(page, "Models/VGGNet.md");
	});

	it("wheel zooms and dragging pans", async () => {
		const page = await open();
		const transform = () => page.getAttribute(".imagenet-lineage .imagenet-viewport", "transform");
		const svg = (await page.$(".imagenet-lineage .imagenet-chart-svg"))!;
		const box = (await svg.boundingBox())!;
		const before = await transform();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -400);
		await page.waitForFunction((b) => document.querySelector(".imagenet-lineage .imagenet-viewport")?.getAttribute("transform") !== b, before);
		const zoomed = (await transform()) ?? "";
		const scale = (t: string | null) => Number(/scale\(([\d.]+)/.exec(t ?? "")?.[1] ?? 1);
		expect(scale(zoomed)).toBeGreaterThan(scale(before));
		await page.mouse.move(box.x + 8, box.y + box.height - 8);
		await page.mouse.down();
		await page.mouse.move(box.x + 120, box.y + box.height - 60, { steps: 5 });
		await page.mouse.up();
		const panned = await transform();
		expect(panned).not.toBe(zoomed);
		expect(scale(panned)).toBeCloseTo(scale(zoomed), 5);
	});

	it("opening AlexNet's note highlights AlexNet in both views", async () => {
		const page = await open();
		expect(await page.$(`${NODE}.imagenet-node-current`)).toBeNull();
		await page.click('.preview-file[data-path="Models/AlexNet.md"]');
		await waitForActivePath(page, "Models/AlexNet.md");
		await page.waitForSelector(`${NODE}.imagenet-node-current[data-linktext="AlexNet"]`, { state: "attached" });
		await page.waitForSelector('.imagenet-timeline .imagenet-point-highlighted[data-year="2012"][data-series="winner"]', { state: "attached" });
		expect(await page.$$(`${NODE}.imagenet-node-current`)).toHaveLength(1);
		// Following a wiki-link moves the highlight.
		await page.click('.workspace-leaf.mod-active .markdown-preview-view a.internal-link[data-href="ZFNet"]');
		await waitForActivePath(page, "Models/ZFNet.md");
		await page.waitForSelector(`${NODE}.imagenet-node-current[data-linktext="ZFNet"]`, { state: "attached" });
		await page.waitForSelector('.imagenet-timeline .imagenet-point-highlighted[data-year="2013"]', { state: "attached" });
		expect(await page.$('.imagenet-timeline .imagenet-point-highlighted[data-year="2012"]')).toBeNull();
	});
});
