// A conflict on the timeline: a bracket beside its values (a spine with a tick for each value, within
// half a line of it) and each value labelled beside its tick ("11.7%", "~11.2%"), a line apart, on the
// side and at the height where the labels cover least of the line, the points and the other labels. A
// conflict the official record explains is drawn calm; one it does not, as a warning.
import { explainedByRecord } from "../reference/match";
import { estimateTextWidth, svgChild } from "./dom";
import { formatPercent } from "./format";
import { boxAt, overlap, overlapAll, type Box } from "./placement";
import { isConflict, type Mark } from "./timeline-marks";

const FONT = 12;
const LINE = 15;
const SHIFTS = [0, -3, 3, -6, 6, -9, 9, -12, 12];

/**
 * Draws one bracket per conflicting result, from the marks of its values (x and y set); keeps off
 * `obstacles` (svg pixels) and inside `plot`. Returns the boxes of what it drew.
 */
export function drawConflicts(svg: SVGSVGElement, groups: Mark[][], obstacles: readonly Box[], plot: Box): Box[] {
	const drawn: Box[] = [];
	if (!groups.length) return drawn;
	const layer = svgChild(svg, "g", "imagenet-conflicts", { "aria-hidden": "true" });
	for (const marks of groups) {
		const point = marks[0].point;
		if (!isConflict(point) || marks.length < 2) continue;
		const values = [...marks].sort((a, b) => a.y - b.y);
		const ys = values.map((m) => m.y);
		const texts = values.map((m) => formatPercent(m.value, m.approx));
		const widths = texts.map((t) => estimateTextWidth(t, FONT));
		const left = Math.min(...values.map((m) => m.x)) - 5;
		const right = Math.max(...values.map((m) => m.x)) + 5;
		const near = obstacles.filter((b) => b.right > left - 90 && b.left < right + 90).concat(drawn);
		const centres = spread(ys);

		let best = { score: Infinity, side: 1, shift: 0 };
		for (const side of [1, -1]) {
			for (const shift of SHIFTS) {
				// Each label's tick stays within half a line of its value, so it never points at another.
				if (centres.some((c, i) => Math.abs(c + shift - ys[i]) > LINE / 2)) continue;
				const boxes = labelBoxes(side, side > 0 ? right : left, centres, shift, widths);
				let score = Math.abs(shift) * 2 + (side < 0 ? 1 : 0);
				for (const b of boxes) score += overlapAll(b, near) + ((b.right - b.left) * (b.bottom - b.top) - overlap(b, plot)) * 10;
				if (score < best.score) best = { score, side, shift };
			}
		}

		const { side, shift } = best;
		const spine = side > 0 ? right + 5 : left - 5;
		const group = svgChild(layer, "g", `imagenet-conflict imagenet-conflict-${explainedByRecord(point.conflict) ? "explained" : "unexplained"}`);
		const bracket = svgChild(group, "path", "imagenet-conflict-range", { "data-year": point.year, "data-series": point.series });
		// The spine reaches from the top value or label to the bottom one; a tick at each label's height
		// points back at the values, and the label stands beside it.
		const ats = centres.map((c) => c + shift);
		let d = `M${spine},${Math.min(ys[0], ats[0])}V${Math.max(ys[ys.length - 1], ats[ats.length - 1])}`;
		values.forEach((m, i) => {
			d += `M${spine - side * 4},${ats[i]}H${spine}`;
			svgChild(group, "text", "imagenet-conflict-label", { x: spine + side * 6, y: ats[i], dy: "0.35em", "text-anchor": side > 0 ? "start" : "end" }).textContent = texts[i];
		});
		bracket.setAttribute("d", d);
		drawn.push(...labelBoxes(side, side > 0 ? right : left, centres, shift, widths), boxAt(Math.min(spine, spine - side * 4), Math.min(ys[0], ats[0]), 4, Math.max(ys[ys.length - 1], ats[ats.length - 1]) - Math.min(ys[0], ats[0])));
	}
	return drawn;
}

/** Label heights from the values' heights, at least a line apart, the block centred on the values. */
function spread(ys: number[]): number[] {
	const out = [...ys];
	for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + LINE);
	const shift = (ys[0] + ys[ys.length - 1] - out[0] - out[out.length - 1]) / 2;
	return out.map((y) => y + shift);
}

function labelBoxes(side: number, edge: number, centres: number[], shift: number, widths: number[]): Box[] {
	const x = edge + side * 11;
	return centres.map((c, i) => boxAt(side > 0 ? x : x - widths[i], c + shift - LINE / 2, widths[i], LINE));
}
