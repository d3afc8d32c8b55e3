// Light and dark: every chart text and line is readable against what it is drawn on, by the computed
// colours (WCAG contrast: 4.5 for text, 3 for lines and data marks), and css-change re-colours the views.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { usePreview } from "./helpers";

const preview = usePreview();

interface Pair {
	what: string;
	ratio: number;
	min: number;
}

/** Runs in the page: the contrast of each visible chart text and line against its background. */
async function contrasts(page: Page): Promise<Pair[]> {
	return page.evaluate(() => {
		const parse = (c: string): [number, number, number, number] | null => {
			const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
			return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
		};
		const lum = ([r, g, b]: number[]) => {
			const f = (v: number) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
		};
		const ratio = (a: number[], b: number[]) => {
			const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
			return (x + 0.05) / (y + 0.05);
		};
		const pageBackground = (el: Element): number[] => {
			for (let node: Element | null = el; node; node = node.parentElement) {
				const c = parse(getComputedStyle(node).backgroundColor);
				if (c && c[3] > 0.5) return c;
			}
			return [255, 255, 255];
		};
		/** What the element is drawn on: its node box, its badge, or the pane. */
		const backgroundOf = (el: Element): number[] => {
			const box = el.closest(".imagenet-badge")?.querySelector(".imagenet-badge-box") ?? el.closest(".imagenet-node")?.querySelector(".imagenet-node-box");
			if (box) {
				const c = parse(getComputedStyle(box).fill);
				if (c && c[3] > 0.5) return c;
			}
			return pageBackground(el.closest(".imagenet-chart") ?? el);
		};
		const visible = (el: Element) => {
			const r = el.getBoundingClientRect();
			const s = getComputedStyle(el);
			return (r.width > 0 || r.height > 0) && s.display !== "none" && s.visibility !== "hidden" && Number(s.opacity) > 0.1 && !el.closest(".imagenet-tooltip-hidden, .imagenet-measuring");
		};
		const out: Array<{ what: string; ratio: number; min: number }> = [];
		const check = (selector: string, prop: "fill" | "stroke", min: number) => {
			for (const el of Array.from(document.querySelectorAll(selector))) {
				if (!visible(el) || el.closest(".imagenet-legend-off")) continue;
				const color = parse(getComputedStyle(el)[prop]);
				if (!color || color[3] === 0) continue;
				const label = `${selector} ${el.getAttribute("class") ?? ""} "${(el.textContent ?? "").slice(0, 30)}" ${getComputedStyle(el)[prop]}`;
				out.push({ what: label, ratio: ratio(color, backgroundOf(el)), min });
			}
		};
		check(".imagenet-chart svg text", "fill", 4.5);
		check(".imagenet-series-line, .imagenet-baseline-line, .imagenet-conflict-range, .imagenet-annotation-line, .imagenet-edge, .imagenet-axis .domain", "stroke", 3);
		check(".imagenet-point:not(.imagenet-point-approx)", "fill", 3);
		check(".imagenet-point.imagenet-point-approx", "stroke", 3);
		check(".imagenet-node-winner .imagenet-node-box", "stroke", 3);
		return out;
	});
}

describe.each(["light", "dark"] as const)("the %s theme", (theme) => {
	it("has readable text and lines in both views (computed colours against the background)", async () => {
		const session = await preview.open(inject("exampleUrl"), `?open=timeline,lineage&theme=${theme}&note=AlexNet`);
		const { page } = session;
		await page.waitForSelector(".imagenet-timeline .imagenet-point");
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		// Show a tooltip too, and a selection in the graph.
		await page.hover('.imagenet-timeline .imagenet-point[data-year="2013"]');
		await page.waitForSelector(".imagenet-timeline .imagenet-tooltip:not(.imagenet-tooltip-hidden)");
		const pairs = await contrasts(page);
		expect(pairs.length).toBeGreaterThan(40);
		const kinds = new Set(pairs.map((p) => p.what.split(" ")[0]));
		expect(kinds.size).toBeGreaterThan(4);
		const poor = pairs.filter((p) => p.ratio < p.min).map((p) => `${p.what}: ${p.ratio.toFixed(2)} < ${p.min}`);
		expect(poor).toEqual([]);
		// The tooltip's text against its own background.
		const tip = await page.$eval(".imagenet-timeline .imagenet-tooltip", (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
		expect(tip[0]).not.toBe(tip[1]);
	});
});

describe("switching themes", () => {
	it("re-colours the open views on css-change", async () => {
		const session = await preview.open(inject("exampleUrl"), "?open=timeline");
		const { page } = session;
		const fill = () => page.$eval(".imagenet-timeline .imagenet-axis-label", (el) => getComputedStyle(el).fill);
		const light = await fill();
		await page.click('.preview-button[data-action="theme"]');
		await page.waitForSelector("body.theme-dark");
		await page.waitForSelector(".imagenet-timeline .imagenet-point");
		const dark = await fill();
		expect(dark).not.toBe(light);
		const bg = await page.$eval(".imagenet-timeline", (el) => {
			for (let n: Element | null = el; n; n = n.parentElement) {
				const c = getComputedStyle(n).backgroundColor;
				if (c !== "rgba(0, 0, 0, 0)") return c;
			}
			return "";
		});
		expect(bg).toBe("rgb(30, 30, 30)");
	});
});
