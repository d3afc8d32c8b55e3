// The timeline's legend, drawn in the SVG so an exported chart keeps it. Series entries toggle their
// series (click, Enter or Space); the keys for hollow (approximate) and bracketed (conflict) marks do not.
import { estimateTextWidth, isActivateKey, slug, svgChild as make } from "./common";

export interface LegendEntry {
	series: string;
	/** The series' colour; -1 for the official field. */
	palette: number;
	shown: boolean;
}

export interface LegendLayout {
	x: number;
	width: number;
	hasApprox: boolean;
	/** The key for conflicts, in the style of those drawn: calm when the record explains every one. */
	conflict: "explained" | "unexplained" | null;
	toggle(series: string): void;
}

const FONT = 12;
const ROW = 20;

/** Winners first, then runners-up, then the other series by name. */
export function orderSeries(all: string[]): string[] {
	const rank = (s: string) => (s === "winner" ? 0 : s === "runner-up" ? 1 : 2);
	return [...new Set(all)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Draws the legend at the top of the svg; returns the height it takes. */
export function drawLegend(svg: SVGSVGElement, entries: LegendEntry[], layout: LegendLayout): number {
	const legend = make(svg, "g", "imagenet-legend", { role: "group", "aria-label": "Series" });

	let cx = 0;
	let row = 0;
	const place = (item: SVGGElement, label: string) => {
		const w = 22 + estimateTextWidth(label, FONT) + 16;
		if (cx > 0 && cx + w > layout.width) {
			cx = 0;
			row += 1;
		}
		item.setAttribute("transform", `translate(${layout.x + cx},${12 + row * ROW})`);
		cx += w;
	};
	const text = (item: SVGGElement, label: string) => {
		make(item, "text", "imagenet-legend-label", { x: 20, dy: "0.35em" }).textContent = label;
	};

	for (const entry of entries) {
		const item = make(legend, "g", `imagenet-legend-item imagenet-legend-${slug(entry.series)}${entry.shown ? "" : " imagenet-legend-off"}`, {
			"data-series": entry.series,
			"data-focus-key": `legend:${entry.series}`,
			tabindex: 0,
			role: "button",
			"aria-pressed": String(entry.shown),
			"aria-label": `${entry.shown ? "Hide" : "Show"} ${entry.series}`,
		});
		make(item, "rect", "imagenet-legend-hit", { x: -4, y: -9, width: 28 + estimateTextWidth(entry.series, FONT), height: 18, rx: 4 });
		if (entry.series === "winner") make(item, "line", `imagenet-legend-line imagenet-palette-${entry.palette}`, { x1: 0, x2: 14, y1: 0, y2: 0 });
		// The official field: the faint diamond its marks are drawn as.
		if (entry.palette < 0) make(item, "path", "imagenet-legend-swatch imagenet-official-mark", { d: "M7,-4.5L11.5,0L7,4.5L2.5,0Z" });
		else make(item, "circle", `imagenet-legend-swatch imagenet-palette-${entry.palette}`, { cx: 7, r: 4.5 });
		text(item, entry.series);
		place(item, entry.series);
		item.addEventListener("click", () => layout.toggle(entry.series));
		item.addEventListener("keydown", (event) => {
			if (isActivateKey(event)) {
				event.preventDefault();
				layout.toggle(entry.series);
			}
		});
	}

	if (layout.hasApprox) {
		const item = make(legend, "g", "imagenet-legend-key");
		make(item, "circle", "imagenet-legend-swatch imagenet-point-approx imagenet-palette-key", { cx: 7, r: 4.5 });
		text(item, "approximate");
		place(item, "approximate");
	}
	if (layout.conflict) {
		const item = make(legend, "g", `imagenet-legend-key imagenet-conflict-${layout.conflict}`);
		// The bracket the chart draws beside the values of a conflict.
		make(item, "path", "imagenet-conflict-range", { d: "M7,-6V6M3,-6H7M3,6H7" });
		text(item, "sources differ");
		place(item, "sources differ");
	}
	return (row + 1) * ROW + 4;
}
