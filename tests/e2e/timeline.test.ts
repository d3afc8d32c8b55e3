// The error-rate timeline on example-vault (the user's two notes and the model notes), in Chromium.
import { describe, expect, inject, it } from "vitest";
import { activePath, cursorLine, rootLeafCount, type Session, usePreview, waitForActivePath } from "./helpers";

const POINT = ".imagenet-timeline .imagenet-point";
const winner = (year: number) => `${POINT}[data-series="winner"][data-year="${year}"]`;

const preview = usePreview();

async function open(query = "?open=timeline"): Promise<Session> {
	const session = await preview.open(inject("exampleUrl"), query);
	await session.page.waitForSelector(winner(2012));
	return session;
}

describe("the timeline on example-vault", () => {
	it("shows one winner point a year from 2010 to 2017, the 2013 conflict as a range, the human baseline, no zero", async () => {
		const { page } = await open();
		const points = await page.$$eval(POINT, (els) =>
			els.map((el) => ({ year: Number(el.getAttribute("data-year")), value: Number(el.getAttribute("data-value")), series: el.getAttribute("data-series"), cy: Number(el.getAttribute("cy")) })),
		);
		const winners = points.filter((p) => p.series === "winner");
		const byYear = new Map<number, number[]>();
		for (const p of winners) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.value].sort((a, b) => a - b));
		expect([...byYear.keys()].sort()).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
		expect(Object.fromEntries(byYear)).toEqual({
			2010: [28.2],
			2011: [25.8],
			2012: [15.3],
			2013: [11.2, 11.7],
			2014: [6.7],
			2015: [3.57],
			2016: [2.99],
			2017: [2.25],
		});
		// The conflict is drawn as a range joining its two values, and only 2013 has one among the winners.
		const ranges = await page.$$eval(".imagenet-timeline .imagenet-conflict-range", (els) => els.map((el) => ({ year: el.getAttribute("data-year"), series: el.getAttribute("data-series") })));
		expect(ranges.filter((r) => r.series === "winner")).toEqual([{ year: "2013", series: "winner" }]);
		// No value is read as zero, and nothing is drawn on the zero line.
		expect(points.every((p) => Number.isFinite(p.value) && p.value > 0)).toBe(true);
		const zeroY = await page.$eval(".imagenet-timeline .imagenet-axis-y", (axis) => {
			const tick = Array.from(axis.querySelectorAll(".tick")).find((t) => t.textContent === "0");
			const m = /translate\(0,([\d.]+)\)/.exec(tick?.getAttribute("transform") ?? "");
			return m ? Number(m[1]) : NaN;
		});
		expect(Number.isFinite(zeroY)).toBe(true);
		for (const p of points) expect(Math.abs(p.cy - zeroY)).toBeGreaterThan(5);
		// The human baseline: a line at 5.1% with its label.
		await page.waitForSelector(".imagenet-timeline .imagenet-baseline-line", { state: "attached" });
		expect(await page.textContent(".imagenet-timeline .imagenet-baseline-label")).toContain("5.1%");
		const baseline = await page.$eval(".imagenet-timeline", (root) => {
			const tickY = (label: string) => {
				const tick = Array.from(root.querySelectorAll(".imagenet-axis-y .tick")).find((t) => t.textContent === label);
				return Number(/translate\(0,([\d.]+)\)/.exec(tick?.getAttribute("transform") ?? "")?.[1]);
			};
			const line = root.querySelector(".imagenet-baseline-line") as SVGLineElement;
			const y = Number(line.getAttribute("y1"));
			return { value: ((tickY("0") - y) / (tickY("0") - tickY("5"))) * 5, length: Number(line.getAttribute("x2")) - Number(line.getAttribute("x1")) };
		});
		expect(baseline.value).toBeCloseTo(5.1, 1);
		expect(baseline.length).toBeGreaterThan(100);
		// The winners' line is drawn.
		expect(await page.getAttribute(".imagenet-timeline .imagenet-series-line", "d")).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){7}$/);
	});

	it("clicking the 2012 point opens AlexNet's note and makes it the active file; Ctrl-click opens a new tab", async () => {
		const { page } = await open();
		await page.click(winner(2012));
		await waitForActivePath(page, "Models/AlexNet.md");
		await page.waitForSelector('.workspace-leaf.mod-active .markdown-preview-view h1:has-text("AlexNet")');

		// Back to the timeline tab, then Ctrl-click: a new tab with the note.
		await page.click('.workspace-tab-header[data-type="imagenet-atlas-timeline"]');
		await page.waitForSelector(winner(2012), { state: "visible" });
		const before = await rootLeafCount(page);
		await page.click(winner(2012), { modifiers: ["Control"] });
		await page.waitForFunction((n) => {
			let count = 0;
			window.app.workspace.iterateRootLeaves(() => count++);
			return count === n + 1;
		}, before);
		expect(await activePath(page)).toBe("Models/AlexNet.md");
	});

	it("hovering a point with Ctrl held shows the page preview, without Ctrl only the tooltip", async () => {
		const { page } = await open();
		await page.hover(winner(2015));
		await page.waitForSelector(".imagenet-timeline .imagenet-tooltip:not(.imagenet-tooltip-hidden)");
		expect(await page.textContent(".imagenet-timeline .imagenet-tooltip")).toContain("3.57%");
		expect(await page.$(".popover.hover-popover")).toBeNull();
		await page.mouse.move(5, 5);
		await page.keyboard.down("Control");
		await page.hover(winner(2012));
		const popover = await page.waitForSelector('.popover.hover-popover[data-path="Models/AlexNet.md"]');
		expect(await popover.textContent()).toContain("Krizhevsky");
		await page.keyboard.up("Control");
		const hovers = await page.evaluate(() => window.app.workspace.hovers.map((h) => ({ source: h.source, linktext: h.linktext, shown: h.shown })));
		expect(hovers).toContainEqual({ source: "imagenet-atlas", linktext: "AlexNet", shown: true });
		expect(hovers).toContainEqual({ source: "imagenet-atlas", linktext: "ResNet", shown: false });
	});

	it("a source in the tooltip opens its note at its line", async () => {
		const { page } = await open();
		await page.hover(winner(2016));
		const link = page.locator(".imagenet-timeline .imagenet-tooltip .imagenet-source-link").first();
		await link.waitFor();
		const label = (await link.textContent()) ?? "";
		const match = /^(.*), line (\d+)$/.exec(label);
		expect(match, label).not.toBeNull();
		const [, name, line] = match!;
		await link.click();
		await page.waitForFunction((n) => window.app.workspace.getActiveFile()?.basename === n, name);
		expect(await cursorLine(page)).toBe(Number(line) - 1);
		// The line is shown: the editor opens with that line selected, and the line holds the figure.
		const selected = await page.$eval(".workspace-leaf.mod-active textarea.preview-editor", (t) => {
			const area = t as HTMLTextAreaElement;
			return area.value.slice(area.selectionStart, area.selectionEnd);
		});
		expect(selected).toContain("2.99");
	});
});
