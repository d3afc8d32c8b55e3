// The official record in the views, in Chromium on example-vault: the official field on the timeline
// (off until the legend turns it on; hover names the team), the explained conflict in the tooltip, and
// the check against the official results (each figure opens its note at its line).
import { describe, expect, inject, it } from "vitest";
import { cursorLine, runFromPalette, usePreview, waitForActivePath } from "./helpers";

const preview = usePreview();
const TOOLTIP = ".imagenet-timeline .imagenet-tooltip:not(.imagenet-tooltip-hidden)";

describe("the official record in the views", () => {
	it("draws the official field only when the legend turns it on, and its hover names the team", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=timeline");
		await page.waitForSelector('.imagenet-timeline .imagenet-point[data-year="2012"]');
		expect(await page.$$(".imagenet-timeline .imagenet-official-mark[data-series]")).toHaveLength(0);
		const toggle = page.locator('.imagenet-timeline .imagenet-legend-item[data-series="official"]');
		expect(await toggle.getAttribute("aria-pressed")).toBe("false");
		await toggle.click();
		const marks = page.locator('.imagenet-timeline .imagenet-official-mark[data-series="official"]');
		await marks.first().waitFor();
		expect(await marks.count()).toBeGreaterThanOrEqual(8);
		await page.hover('.imagenet-timeline .imagenet-official-mark[data-year="2013"][data-value="11.743"]');
		await page.waitForSelector(TOOLTIP);
		const text = (await page.textContent(TOOLTIP)) ?? "";
		expect(text).toContain("Clarifai");
		expect(text).toContain("11.743%");
		expect(await page.getAttribute(`${TOOLTIP} .imagenet-tooltip-external`, "href")).toBe("https://image-net.org/challenges/LSVRC/2013/results");
		// Turned off again, it is gone.
		await page.mouse.move(0, 0);
		await toggle.click();
		await page.waitForFunction(() => document.querySelectorAll(".imagenet-timeline .imagenet-official-mark[data-series]").length === 0);
	});

	it("explains the 2013 conflict in the tooltip: both values are Clarifai's official figures", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "?open=timeline");
		const point = '.imagenet-timeline .imagenet-point[data-series="winner"][data-year="2013"]';
		await page.waitForSelector(point);
		await page.hover(point);
		await page.waitForSelector(TOOLTIP);
		const text = (await page.textContent(TOOLTIP)) ?? "";
		expect(text).toContain("matches the official 11.743% (Clarifai, supplied data only)");
		expect(text).toContain("matches the official 11.197% (Clarifai, with outside training data)");
	});

	it("checks the notes against the official results; a figure opens its note at its line", async () => {
		const { page } = await preview.open(inject("exampleUrl"), "");
		await runFromPalette(page, "check-official", "official results");
		const figure = page.locator('.imagenet-check .imagenet-check-figure[data-year="2016"]');
		await figure.waitFor();
		expect(await figure.getAttribute("data-verdict")).toBe("matches");
		expect((await figure.textContent()) ?? "").toContain("2.991%");
		const link = figure.locator(".imagenet-check-link").first();
		const note = (await link.getAttribute("data-path")) ?? "";
		const line = Number(await link.getAttribute("data-line"));
		await link.click();
		await waitForActivePath(page, note);
		expect(await cursorLine(page)).toBe(line - 1);
	});
});
