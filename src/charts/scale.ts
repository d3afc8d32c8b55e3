// A linear scale for the timeline's two axes, with d3-array's round ticks and "nice" domain. d3-scale
// itself brings d3-interpolate, d3-color, d3-format and the rest of d3-array (about 30 KB of main.js)
// for what these few lines do.
import { nice, ticks as d3Ticks } from "d3";

export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	ticks(count?: number): number[];
}

/** Ticks from `start` to `stop` at a round step (1, 2 or 5 times a power of ten), about `count` of them. */
export function ticks(start: number, stop: number, count: number): number[] {
	return d3Ticks(start, stop, count);
}

/** The domain widened to round ticks at both ends (d3's nice()). */
export function niceDomain([start, stop]: [number, number], count = 10): [number, number] {
	return nice(start, stop, count);
}

/** A tick's label, without the float noise of a multiplication: 0.30000000000000004 → 0.3. */
export function tickLabel(value: number): string {
	return String(Number(value.toPrecision(12)));
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0 || 1;
	const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	return scale;
}
