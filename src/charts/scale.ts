// A linear scale of our own, with the ticks and "nice" domain of d3's: the timeline's two axes need no
// more, and d3-scale brings d3-interpolate, d3-color, d3-format and d3-array with it (about 30 KB of
// main.js). It has what d3-axis asks of a scale: call, domain, range, copy, ticks and tickFormat.

export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	copy(): LinearScale;
	ticks(count?: number): number[];
	tickFormat(): (value: number) => string;
}

/** The step between ticks, a power of ten times 1, 2 or 5 (d3's rule), for about `count` ticks. */
export function tickStep(start: number, stop: number, count: number): number {
	const raw = Math.abs(stop - start) / Math.max(1, count);
	if (!Number.isFinite(raw) || raw === 0) return 1;
	let step = Math.pow(10, Math.floor(Math.log10(raw)));
	const error = raw / step;
	if (error >= Math.sqrt(50)) step *= 10;
	else if (error >= Math.sqrt(10)) step *= 5;
	else if (error >= Math.sqrt(2)) step *= 2;
	return step;
}

/** A number without the float noise of a multiplication: 0.30000000000000004 → 0.3. */
function clean(value: number): number {
	return Number(value.toPrecision(12));
}

/** Ticks from `start` to `stop` at a round step, about `count` of them. */
export function ticks(start: number, stop: number, count: number): number[] {
	const [lo, hi] = start <= stop ? [start, stop] : [stop, start];
	const step = tickStep(lo, hi, count);
	const out: number[] = [];
	for (let i = Math.ceil(lo / step); i * step <= hi + step * 1e-9; i++) out.push(clean(i * step));
	return start <= stop ? out : out.reverse();
}

/** The domain widened to round ticks at both ends (d3's nice()). */
export function niceDomain(domain: [number, number], count = 10): [number, number] {
	let [d0, d1] = domain;
	for (let round = 0; round < 10; round++) {
		const step = tickStep(d0, d1, count);
		const n0 = clean(Math.floor(d0 / step) * step);
		const n1 = clean(Math.ceil(d1 / step) * step);
		if (n0 === d0 && n1 === d1) break;
		[d0, d1] = [n0, n1];
	}
	return [d0, d1];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0 || 1;
	const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	scale.copy = () => linearScale([d0, d1], [r0, r1]);
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	scale.tickFormat = () => (value: number) => String(clean(value));
	return scale;
}
