// The timeline's legend, drawn in the SVG so an exported chart keeps it. Series entries toggle their
// series (click, Enter or Space); the keys for hollow (approximate) and ranged (conflict) marks do not.
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
	hasConflict: boolean;
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
	const legend = make(svg, "g", "imagenet-legend");
	legend.setAttribute("role", "group");
	legend.setAttribute("aria-label", "Series");

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
		const t = make(item, "text", "imagenet-legend-label");
		t.setAttribute("x", "20");
		t.setAttribute("dy", "0.35em");
		t.textContent = label;
	};

	for (const entry of entries) {
		const item = make(legend, "g", `imagenet-legend-item imagenet-legend-${slug(entry.series)}`);
		if (!entry.shown) item.classList.add("imagenet-legend-off");
		item.setAttribute("data-series", entry.series);
		item.setAttribute("data-focus-key", `legend:${entry.series}`);
		item.setAttribute("tabindex", "0");
		item.setAttribute("role", "button");
		item.setAttribute("aria-pressed", String(entry.shown));
		item.setAttribute("aria-label", `${entry.shown ? "Hide" : "Show"} ${entry.series}`);
		const hit = make(item, "rect", "imagenet-legend-hit");
		hit.setAttribute("x", "-4");
		hit.setAttribute("y", "-9");
		hit.setAttribute("width", String(28 + estimateTextWidth(entry.series, FONT)));
		hit.setAttribute("height", "18");
		hit.setAttribute("rx", "4");
		if (entry.series === "winner") {
			const l = make(item, "line", `imagenet-legend-line imagenet-palette-${entry.palette}`);
			l.setAttribute("x1", "0");
			l.setAttribute("x2", "14");
			l.setAttribute("y1", "0");
			l.setAttribute("y2", "0");
		}
		if (entry.palette < 0) {
			// The official field: the faint diamond its marks are drawn as.
			const mark = make(item, "path", "imagenet-legend-swatch imagenet-official-mark");
			mark.setAttribute("d", "M7,-4.5L11.5,0L7,4.5L2.5,0Z");
		} else {
			const dot = make(item, "circle", `imagenet-legend-swatch imagenet-palette-${entry.palette}`);
			dot.setAttribute("cx", "7");
			dot.setAttribute("r", "4.5");
		}
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
		const dot = make(item, "circle", "imagenet-legend-swatch imagenet-point-approx imagenet-palette-key");
		dot.setAttribute("cx", "7");
		dot.setAttribute("r", "4.5");
		text(item, "approximate");
		place(item, "approximate");
	}
	if (layout.hasConflict) {
		const item = make(legend, "g", "imagenet-legend-key");
		const l = make(item, "line", "imagenet-conflict-range imagenet-palette-key");
		l.setAttribute("x1", "7");
		l.setAttribute("x2", "7");
		l.setAttribute("y1", "-6");
		l.setAttribute("y2", "6");
		for (const cy of [-6, 6]) {
			const dot = make(item, "circle", "imagenet-legend-swatch imagenet-palette-key");
			dot.setAttribute("cx", "7");
			dot.setAttribute("cy", String(cy));
			dot.setAttribute("r", "2.5");
		}
		text(item, "sources differ");
		place(item, "sources differ");
	}
	return (row + 1) * ROW + 4;
}
