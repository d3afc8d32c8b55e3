// Small helpers for timing: median, percentiles, repeated rounds, and a garbage collector.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function median(values: number[]): number {
	return percentile(values, 50);
}

/** The p-th percentile (nearest rank on the sorted values). */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

let gcFn: (() => void) | null = null;

/** A full garbage collection (exposes V8's gc at run time when node was started without --expose-gc). */
export function gc(): void {
	if (!gcFn) {
		const existing = (globalThis as { gc?: () => void }).gc;
		if (typeof existing === "function") gcFn = existing;
		else {
			setFlagsFromString("--expose-gc");
			gcFn = runInNewContext("gc") as () => void;
		}
	}
	gcFn();
	gcFn();
}

export function heapUsedMb(): number {
	return process.memoryUsage().heapUsed / (1024 * 1024);
}

export function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

/** Three significant digits, for throughputs and ratios. */
export function sig3(x: number): number {
	if (!Number.isFinite(x) || x === 0) return x;
	const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}
