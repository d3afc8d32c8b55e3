// The ```imagenet-results code block in Chromium, on the fixture vault: a note that holds the block
// shows the merged table, a click on a model opens its note, a figure's tooltip names its sources, and
// an edit of the results note changes the table in place.
import { describe, expect, inject, it } from "vitest";
import { usePreview, waitForActivePath } from "./helpers";

const TABLE = ".block-language-imagenet-results .imagenet-results";

const preview = usePreview();

describe("the imagenet-results code block", () => {
	it("renders the merged results in a note, opens a model's note on a click and follows an edit", async () => {
		const { page } = await preview.open(inject("fixtureUrl"));
		// A note of the user's with the block, written as a person would, then opened from the file list.
		await page.evaluate(async () => {
			await window.app.vault.create("Results.md", "# Results\n\nKept current:\n\n```imagenet-results\nyears: 2011-2014\n```\n");
		});
		await page.click('.preview-file[data-path="Results.md"]');
		await waitForActivePath(page, "Results.md");
		await page.waitForSelector(`${TABLE} table`);

		const years = await page.$$eval(`${TABLE} tbody th`, (cells) => cells.map((cell) => cell.textContent));
		expect(years).toEqual(["2011", "2012", "2013", "2014"]);
		expect(await page.$$eval(`${TABLE} thead th`, (cells) => cells.map((cell) => cell.textContent))).toEqual(["Year", "Winner"]);
		expect(await page.textContent(`${TABLE} .imagenet-results-value[data-year="2012"]`)).toBe("15.3%");

		// Hovering a figure names where it was read.
		await page.hover(`${TABLE} .imagenet-results-value[data-year="2012"]`);
		const tooltip = await page.waitForSelector(`${TABLE} .imagenet-tooltip:not(.imagenet-tooltip-hidden)`);
		expect(await tooltip.textContent()).toContain("ILSVRC results, line 12");

		// Another note changes: the table in this note follows.
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("ILSVRC results.md")!;
			await window.app.vault.process(file, (text) => text.replace("| 15.3% |", "| 16.4% |"));
		});
		await page.waitForSelector(`${TABLE} .imagenet-results-value[data-year="2012"][data-value="16.4"]`, { timeout: 2000 });
		expect(await page.textContent(`${TABLE} .imagenet-results-value[data-year="2012"]`)).toBe("16.4%");

		// A click on the model opens its note, once.
		const tabs = await page.$$eval(".workspace-tab-header", (els) => els.length);
		await page.click(`${TABLE} a.internal-link:text-is("AlexNet")`);
		await waitForActivePath(page, "Models/AlexNet.md");
		expect(await page.$$eval(".workspace-tab-header", (els) => els.length)).toBe(tabs);
	});

	it("shows a figure's tooltip whole in a note, though the table is one row: it may use the note's room around the table", async () => {
		const { page } = await preview.open(inject("fixtureUrl"));
		await page.evaluate(async () => {
			await window.app.vault.create("One year.md", "# One year\n\n```imagenet-results\nyears: 2012-2012\n```\n\nMore of the note below.\n");
		});
		await page.click('.preview-file[data-path="One year.md"]');
		await waitForActivePath(page, "One year.md");
		await page.hover(`${TABLE} .imagenet-results-value[data-year="2012"]`);
		const tooltip = await page.waitForSelector(`${TABLE} .imagenet-tooltip:not(.imagenet-tooltip-hidden)`);
		const fits = await tooltip.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { whole: el.scrollHeight <= el.clientHeight + 1, inWindow: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth };
		});
		expect(fits).toEqual({ whole: true, inWindow: true });
	});
});
