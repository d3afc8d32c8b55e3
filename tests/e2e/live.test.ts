// Live updates on the fixture vault: editing a table in the page, renaming and deleting notes, and the
// code blocks inside a note.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { usePreview, waitForActivePath } from "./helpers";

const POINT = ".imagenet-timeline .imagenet-point";
const NODE = ".imagenet-lineage .imagenet-node";

const preview = usePreview();

async function open(query: string): Promise<Page> {
	const session = await preview.open(inject("fixtureUrl"), query);
	return session.page;
}

describe("live updates on the fixture vault", () => {
	it("editing the table in the page's editor changes the timeline within a second", async () => {
		const page = await open("?note=ILSVRC results&open=lineage,timeline");
		await page.waitForSelector(`${POINT}[data-year="2012"][data-value="15.3"]`, { state: "attached" });
		// The note is in the first pane; switch it to edit mode and change 15.3% to 16.4%.
		await page.click('.preview-file[data-path="ILSVRC results.md"]');
		await waitForActivePath(page, "ILSVRC results.md");
		await page.click(".workspace-leaf.mod-active .preview-mode-toggle");
		const editor = page.locator(".workspace-leaf.mod-active textarea.preview-editor");
		const text = await editor.inputValue();
		expect(text).toContain("| 15.3% |");
		await editor.fill(text.replace("| 15.3% |", "| 16.4% |"));
		await page.waitForSelector(`${POINT}[data-year="2012"][data-value="16.4"]`, { state: "attached", timeout: 1000 });
		// Written through the vault, not only shown.
		expect(await page.evaluate(() => window.app.vault.cachedRead(window.app.vault.getFileByPath("ILSVRC results.md")!))).toContain("| 16.4% |");

		// And through app.vault.modify, as another editor or a sync would.
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("ILSVRC results.md")!;
			await window.app.vault.process(file, (t) => t.replace("| 11.7% |", "| 12.5% |"));
		});
		await page.waitForSelector(`${POINT}[data-year="2013"][data-value="12.5"]`, { state: "attached", timeout: 1000 });
		// The editor shows the new text too.
		await page.waitForFunction(() => (document.querySelector(".workspace-leaf.mod-active textarea.preview-editor") as HTMLTextAreaElement).value.includes("| 12.5% |"));
	});

	it("renaming a note keeps the views right", async () => {
		const page = await open("?open=timeline,lineage");
		await page.waitForSelector(`${NODE}[data-linktext="ZFNet"]`);
		const edgesBefore = await page.$$eval(".imagenet-lineage .imagenet-edge", (els) => els.length);
		await page.evaluate(async () => {
			await window.app.fileManager.renameFile(window.app.vault.getFileByPath("Models/ZFNet.md")!, "Models/ZF net.md");
		});
		await page.waitForSelector(`${NODE}[data-linktext="ZF net"]`, { state: "attached", timeout: 2000 });
		expect(await page.$(`${NODE}[data-linktext="ZFNet"]`)).toBeNull();
		expect(await page.$$eval(".imagenet-lineage .imagenet-edge", (els) => els.length)).toBe(edgesBefore);
		await page.waitForSelector(`${POINT}[data-year="2013"][data-linktext="ZF net"]`, { state: "attached" });
		// The renamed note still opens from the chart.
		await page.click(`${POINT}[data-year="2013"]`);
		await waitForActivePath(page, "Models/ZF net.md");
		// The file list follows.
		await page.waitForSelector('.preview-file[data-path="Models/ZF net.md"]');
	});

	it("deleting a note removes its model and its edges", async () => {
		const page = await open("?open=timeline,lineage");
		await page.waitForSelector(`${NODE}[data-linktext="VGGNet"]`);
		const vgg = await page.getAttribute(`${NODE}[data-linktext="VGGNet"]`, "data-node");
		expect(await page.$$(`.imagenet-lineage .imagenet-edge[data-to="${vgg}"]`)).toHaveLength(1);
		// Through the page: open the note, Delete, confirm.
		await page.click('.preview-file[data-path="Models/VGGNet.md"]');
		await waitForActivePath(page, "Models/VGGNet.md");
		await page.click(".workspace-leaf.mod-active .preview-delete");
		await page.click(".preview-confirm-delete");
		await page.waitForSelector(`${NODE}[data-linktext="VGGNet"]`, { state: "detached", timeout: 2000 });
		expect(await page.$$(`.imagenet-lineage .imagenet-edge[data-to="${vgg}"]`)).toHaveLength(0);
		expect(await page.$(`${NODE}[data-linktext="AlexNet"]`)).not.toBeNull();
		expect(await page.$('.preview-file[data-path="Models/VGGNet.md"]')).toBeNull();
		expect(await page.$$(`${POINT}[data-series="winner"]`)).toHaveLength(5);
	});

	it("the imagenet-timeline and imagenet-lineage code blocks render charts in a note", async () => {
		const page = await open("?note=Charts");
		await page.waitForSelector(".block-language-imagenet-timeline .imagenet-timeline .imagenet-point");
		await page.waitForSelector(".block-language-imagenet-lineage .imagenet-lineage .imagenet-node");
		const years = await page.$$eval(".block-language-imagenet-timeline .imagenet-point", (els) => [...new Set(els.map((el) => el.getAttribute("data-year")))].sort());
		expect(years).toEqual(["2010", "2011", "2012", "2013", "2014"]);
		const height = await page.$eval(".block-language-imagenet-timeline .imagenet-chart-svg", (el) => el.getAttribute("height"));
		expect(height).toBe("300");
		// `root: AlexNet`: AlexNet and its descendants.
		const nodes = await page.$$eval(".block-language-imagenet-lineage .imagenet-node", (els) => els.map((el) => el.getAttribute("data-linktext")).sort());
		expect(nodes).toEqual(["AlexNet", "GoogLeNet", "VGGNet", "ZFNet"]);
		// The block follows the notes too.
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("ILSVRC results.md")!;
			await window.app.vault.process(file, (t) => t.replace("| 6.7% |", "| 6.6% |"));
		});
		await page.waitForSelector('.block-language-imagenet-timeline .imagenet-point[data-year="2014"][data-value="6.6"]', { state: "attached", timeout: 1000 });
		// Clicking a point in the block opens the note.
		await page.click('.block-language-imagenet-timeline .imagenet-point[data-year="2012"]');
		await waitForActivePath(page, "Models/AlexNet.md");
	});

	it("a code block asking for a series the notes do not have says so in place", async () => {
		const page = await open("?note=Charts");
		await page.waitForSelector(".block-language-imagenet-timeline .imagenet-timeline .imagenet-point");
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("Charts.md")!;
			await window.app.vault.process(file, (t) => t.replace("height: 300\n```\n\nAnd", "height: 300\nseries: winners\n```\n\nAnd"));
		});
		const problem = await page.waitForSelector(".block-language-imagenet-timeline .imagenet-block-problems li");
		expect(await problem.textContent()).toBe('Code block series "winners" is not in your notes (they have: winner).');
	});
});
