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

/** A window and where the view is: the main area at 1280×800 and 900×700, or a 400 px right sidebar. */
const LAYOUTS = [
	{ name: "1280×800", viewport: { width: 1280, height: 800 }, sidebar: false, theme: "light" },
	{ name: "900×700", viewport: { width: 900, height: 700 }, sidebar: false, theme: "dark" },
	{ name: "a 400 px sidebar", viewport: { width: 1280, height: 800 }, sidebar: true, theme: "dark" },
] as const;

type Rect = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Rect, b: Rect, slack = 0.5) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
const within = (a: Rect, b: Rect) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;

/** Opens a view (the timeline by default) on `url` in the layout: in the main area, or in the right sidebar made 400 px wide. */
async function openIn(layout: (typeof LAYOUTS)[number], url: string, type = "imagenet-atlas-timeline"): Promise<Session> {
	const view = type === "imagenet-atlas-timeline" ? "timeline" : "lineage";
	const session = await preview.open(url, `?theme=${layout.theme}${layout.sidebar ? "" : `&open=${view}`}`, { viewport: layout.viewport });
	if (layout.sidebar) {
		await session.page.addStyleTag({ content: ".workspace-split.mod-sidedock.mod-right-split { width: 400px; }" });
		await session.page.evaluate(async (viewType) => {
			const leaf = window.app.workspace.getRightLeaf(false)!;
			await leaf.setViewState({ type: viewType, active: true });
			await window.app.workspace.revealLeaf(leaf);
		}, type);
	}
	await session.page.waitForSelector(view === "timeline" ? winner(2012) : ".imagenet-lineage .imagenet-node");
	return session;
}

describe.each(LAYOUTS)("the timeline in $name", (layout) => {
	it("brackets the 2013 conflict with each value labelled, calm (the record explains it), labels clear of each other, the points and the line's labels", async () => {
		const { page } = await openIn(layout, inject("exampleUrl"));
		const drawn = await page.$eval(".imagenet-timeline", (root) => {
			const box = (el: Element) => {
				const r = el.getBoundingClientRect();
				return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
			};
			const conflict = root.querySelector(".imagenet-conflict")!;
			return {
				explained: conflict.classList.contains("imagenet-conflict-explained"),
				bracket: box(conflict.querySelector(".imagenet-conflict-range")!),
				labels: Array.from(conflict.querySelectorAll(".imagenet-conflict-label"), (l) => ({ text: l.textContent, ...box(l) })),
				// What the labels must leave readable: the winners' line labels (the drop, the human baseline) and every point.
				others: Array.from(root.querySelectorAll(".imagenet-annotation-label, .imagenet-baseline-label, .imagenet-point"), (el) => ({ what: `${el.getAttribute("class")} ${el.getAttribute("data-year") ?? el.textContent}`, ...box(el) })),
				plot: box(root.querySelector(".imagenet-chart-svg")!),
			};
		});
		expect(drawn.explained).toBe(true);
		expect(drawn.labels.map((l) => l.text)).toEqual(["11.7%", "~11.2%"]);
		expect(drawn.bracket.bottom - drawn.bracket.top).toBeGreaterThan(3);
		const [upper, lower] = drawn.labels;
		expect(overlaps(upper, lower), `${JSON.stringify(upper)} ${JSON.stringify(lower)}`).toBe(false);
		for (const label of drawn.labels) {
			expect(within(label, drawn.plot)).toBe(true);
			for (const other of drawn.others) expect(overlaps(label, other), `${label.text} over ${other.what}`).toBe(false);
		}
	});

	it("moving from one point to the next leaves exactly one tooltip, the next one's, inside the pane and off its own point", async () => {
		const { page } = await openIn(layout, inject("exampleUrl"));
		const points = await page.$$eval(`${POINT}[data-series="winner"]`, (els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return { year: el.getAttribute("data-year"), x: r.left + r.width / 2, y: r.top + r.height / 2 };
			}),
		);
		expect(points.length).toBe(9);
		for (const point of points) {
			// The pointer moves there as a hand does, in steps from where it was.
			await page.mouse.move(point.x, point.y, { steps: 4 });
			await page.waitForFunction((year) => document.querySelector(".imagenet-timeline .imagenet-tooltip:not(.imagenet-tooltip-hidden) .imagenet-tooltip-title")?.textContent?.startsWith(`${year} `), point.year);
			const shown = await page.evaluate((p) => {
				const box = (el: Element) => {
					const r = el.getBoundingClientRect();
					return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
				};
				const visible = Array.from(document.querySelectorAll(".imagenet-tooltip")).filter((t) => getComputedStyle(t).display !== "none");
				const dot = document.elementsFromPoint(p.x, p.y).find((el) => el.classList.contains("imagenet-point"))!;
				return { count: visible.length, tip: box(visible[0]), pane: box(visible[0].closest(".workspace-leaf")!), dot: box(dot) };
			}, point);
			expect(shown.count, `${point.year}`).toBe(1);
			expect(within(shown.tip, shown.pane), `${point.year}: ${JSON.stringify(shown)}`).toBe(true);
			expect(overlaps(shown.tip, shown.dot, 0), `${point.year}: ${JSON.stringify(shown)}`).toBe(false);
		}
	});
});
