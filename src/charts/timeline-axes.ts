// The timeline's frame: grid, axes and their labels, the human baseline, the winners' line and the
// largest drop annotated. Each returns the boxes of what it wrote, so labels drawn later keep off them.
import { drawAxis } from "./axis";
import type { ResultPoint } from "../model/types";
import { estimateTextWidth, svgChild } from "./dom";
import { formatNumber, formatPercent } from "./format";
import { alongLine, boxAt, type Box } from "./placement";
import { linearScale, niceDomain, type LinearScale } from "./scale";

export interface Frame {
	x: LinearScale;
	y: LinearScale;
	/** The plot's box: left, top, right, bottom in svg pixels. */
	plot: Box;
	height: number;
	yearTicks: number[];
	yLabel: string;
	baseline: number | null;
}

const SMALL_FONT = 12;
/** Text drawn over is misread: labels keep off other text ten times harder than off a line. */
const TEXT_WEIGHT = 10;

/** The scales and ticks for a plot box, the years [first, last] and the highest value drawn. */
export function frameOf(plot: Box, [first, last]: [number, number], highest: number, rest: Pick<Frame, "height" | "yLabel" | "baseline">): Frame {
	if (first === last) [first, last] = [first - 1, last + 1];
	const x = linearScale([first - 0.5, last + 0.5], [plot.left, plot.right]);
	const y = linearScale(niceDomain([0, highest * 1.08]), [plot.bottom, plot.top]);
	const yearTicks: number[] = [];
	const step = Math.max(1, Math.ceil((last - first + 1) / Math.max(2, Math.floor((plot.right - plot.left) / 44))));
	for (let yr = Math.ceil(first); yr <= last; yr += step) yearTicks.push(yr);
	return { x, y, plot, yearTicks, ...rest };
}

/** Grid, axes, axis labels and the human baseline; returns the boxes of the axes and the baseline. */
export function drawFrame(svg: SVGSVGElement, f: Frame): Box[] {
	const { plot, x, y } = f;
	const grid = svgChild(svg, "g", "imagenet-grid");
	for (const tick of y.ticks(6)) svgChild(grid, "line", undefined, { x1: plot.left, x2: plot.right, y1: y(tick), y2: y(tick) });
	drawAxis(svgChild(svg, "g", "imagenet-axis imagenet-axis-x", { transform: `translate(0,${plot.bottom})` }), x, "bottom", f.yearTicks, String);
	drawAxis(svgChild(svg, "g", "imagenet-axis imagenet-axis-y", { transform: `translate(${plot.left},0)` }), y, "left", y.ticks(6));
	svgChild(svg, "text", "imagenet-axis-label imagenet-axis-label-x", { x: (plot.left + plot.right) / 2, y: f.height - 8, "text-anchor": "middle" }).textContent = "ILSVRC year";
	svgChild(svg, "text", "imagenet-axis-label imagenet-axis-label-y", { transform: `translate(14,${(plot.top + plot.bottom) / 2}) rotate(-90)`, "text-anchor": "middle" }).textContent = f.yLabel;
	// The axes' ticks and labels: labels and tooltips keep off them too.
	const axes = [boxAt(0, plot.top, plot.left, plot.bottom - plot.top), boxAt(plot.left, plot.bottom, plot.right - plot.left, f.height - plot.bottom)];
	if (f.baseline === null) return axes;
	const by = y(f.baseline);
	const g = svgChild(svg, "g", "imagenet-baseline");
	svgChild(g, "line", "imagenet-baseline-line", { x1: plot.left, x2: plot.right, y1: by, y2: by });
	const label = `Human (${formatPercent(f.baseline)})`;
	svgChild(g, "text", "imagenet-baseline-label", { x: plot.right - 4, y: by - 5, "text-anchor": "end" }).textContent = label;
	const width = estimateTextWidth(label, SMALL_FONT);
	return axes.concat({ ...boxAt(plot.right - 4 - width, by - 5 - SMALL_FONT, width, SMALL_FONT + 2), weight: TEXT_WEIGHT }, boxAt(plot.left, by - 1, plot.right - plot.left, 2));
}

/**
 * The winners' line through each year's value (a missing year breaks it), and the largest fall between
 * two consecutive years annotated; returns what they cover: the line, the annotation and its label.
 */
export function drawWinnersLine(svg: SVGSVGElement, winners: ResultPoint[], f: Frame, paletteClass: string): Box[] {
	if (!winners.length) return [];
	const { x, y } = f;
	// A path by hand: d3's line() would add about 18 KB for this one polyline.
	const byYear = new Map(winners.map((p) => [p.year, p.value]));
	const covered: Box[] = [];
	let run: Array<[number, number]> = [];
	let d = "";
	for (let yr = winners[0].year; yr <= winners[winners.length - 1].year + 1; yr++) {
		const v = byYear.get(yr);
		if (v === undefined) {
			covered.push(...alongLine(run));
			run = [];
			continue;
		}
		d += `${run.length ? "L" : "M"}${x(yr)},${y(v)}`;
		run.push([x(yr), y(v)]);
	}
	svgChild(svg, "path", `imagenet-series-line ${paletteClass}`, { d });
	return covered.concat(drawLargestDrop(svg, winners, f));
}

/** Marks the largest fall between two consecutive years of the winners; returns the boxes it covers. */
function drawLargestDrop(svg: SVGSVGElement, winners: ResultPoint[], { x, y, plot }: Frame): Box[] {
	let best: [ResultPoint, ResultPoint] | null = null;
	for (let i = 1; i < winners.length; i++) {
		const [a, b] = [winners[i - 1], winners[i]];
		if (b.year - a.year !== 1) continue;
		if (a.value - b.value > 0 && (!best || a.value - b.value > best[0].value - best[1].value)) best = [a, b];
	}
	if (!best) return [];
	const [a, b] = best;
	const mid = (x(a.year) + x(b.year)) / 2;
	const g = svgChild(svg, "g", "imagenet-annotation");
	svgChild(g, "line", "imagenet-annotation-line", { x1: mid, x2: mid, y1: y(a.value), y2: y(b.value) });
	for (const v of [a.value, b.value]) svgChild(g, "line", "imagenet-annotation-line", { x1: mid - 4, x2: mid + 4, y1: y(v), y2: y(v) });
	const right = mid < plot.left + (plot.right - plot.left) * 0.7;
	const label = `\u2212${formatNumber(a.value - b.value)} points, ${a.year}\u2192${b.year}`;
	const labelY = (y(a.value) + y(b.value)) / 2;
	svgChild(g, "text", "imagenet-annotation-label", { x: right ? mid + 8 : mid - 8, y: labelY, dy: "0.35em", "text-anchor": right ? "start" : "end" }).textContent = label;
	const width = estimateTextWidth(label, SMALL_FONT);
	// The label and the bracket of the annotation, each written over would be misread: they weigh more than a line.
	return [boxAt(right ? mid + 8 : mid - 8 - width, labelY - SMALL_FONT / 2 - 1, width, SMALL_FONT + 2), boxAt(mid - 6, y(a.value) - 2, 12, y(b.value) - y(a.value) + 4)].map((b) => ({ ...b, weight: TEXT_WEIGHT }));
}
