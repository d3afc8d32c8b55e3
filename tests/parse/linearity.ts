// Linear time, checked as a ratio so that a slow or busy machine does not matter: the time for an
// input four times larger must grow about four times (a quadratic parser would take sixteen).
import { performance } from "node:perf_hooks";

function timeOf(run: () => void): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

/**
 * How many times longer `work` takes on `input(4 * size)` than on `input(size)`. The two are timed
 * in turn and the fastest round of each is kept: a busy machine only ever makes a round slower.
 */
export function growthOf(work: (text: string) => void, input: (size: number) => string, size: number): number {
	const small = input(size);
	const large = input(size * 4);
	let smallTime = Infinity;
	let largeTime = Infinity;
	for (let round = 0; round < 5; round++) {
		smallTime = Math.min(smallTime, timeOf(() => work(small)));
		largeTime = Math.min(largeTime, timeOf(() => work(large)));
	}
	return largeTime / Math.max(smallTime, 0.05);
}

/** Quadratic growth would give 16; allow noise well below that. */
export const LINEAR_GROWTH_LIMIT = 9;
