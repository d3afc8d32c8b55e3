// An axis as d3-axis draws one: a domain path with outer ticks, then one `.tick` group per value with
// its line and label. Written here because d3-axis needs d3-selection (about 15 KB of main.js between
// them) for the timeline's two axes, and nothing else of the plugin uses a selection.
import { svgChild } from "./dom";
import { tickLabel, type LinearScale } from "./scale";

const TICK_SIZE = 6;
const TICK_PADDING = 3;

/** Draws the ticks of `values` along `scale` into `g`, below the line ("bottom") or left of it ("left"). */
export function drawAxis(g: SVGGElement, scale: LinearScale, side: "bottom" | "left", values: number[], format: (value: number) => string = tickLabel): void {
	const bottom = side === "bottom";
	const [r0, r1] = scale.range();
	// Presentation attributes, so an exported SVG without the stylesheet still reads; the theme's CSS wins in the app.
	for (const [name, value] of [["fill", "none"], ["font-size", "10"], ["font-family", "sans-serif"], ["text-anchor", bottom ? "middle" : "end"]]) g.setAttribute(name, value);
	svgChild(g, "path", "domain", { stroke: "currentColor", d: bottom ? `M${r0},${TICK_SIZE}V0H${r1}V${TICK_SIZE}` : `M${-TICK_SIZE},${r0}H0V${r1}H${-TICK_SIZE}` });
	for (const value of values) {
		const at = scale(value);
		const tick = svgChild(g, "g", "tick", { transform: bottom ? `translate(${at},0)` : `translate(0,${at})` });
		svgChild(tick, "line", undefined, bottom ? { stroke: "currentColor", y2: TICK_SIZE } : { stroke: "currentColor", x2: -TICK_SIZE });
		const label: Record<string, string | number> = bottom ? { y: TICK_SIZE + TICK_PADDING, dy: "0.71em" } : { x: -(TICK_SIZE + TICK_PADDING), dy: "0.32em" };
		svgChild(tick, "text", undefined, { fill: "currentColor", ...label }).textContent = format(value);
	}
}
