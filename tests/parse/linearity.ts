// Linear time, checked as a ratio so that a slow or busy machine does not matter: the time for an
// input eight times larger must grow about eight times (a quadratic parser would take sixty-four).
import { performance } from "node:perf_hooks";

/**
 * Quadratic growth would give 64; linear gives 8, and a round of a small input that a busy machine or
 * a garbage collection slowed can take it to 10 or more (at 4 times the size, noise once took a linear
 * reader past the limit between linear and quadratic). Allow that, well below quadratic.
 */
export const LINEAR_GROWTH_LIMIT = 24;

function timeOf(run: () => void): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

/**
 * How many times longer `work` takes on `input(8 * size)` than on `input(size)`. The two are timed
 * in turn and the fastest round of each is kept: a busy machine only ever makes a round slower. A
 * ratio past the limit is measured again, twice at most, and the lowest kept: a quadratic reader is
 * past it every time, while a busy moment on a shared machine (which once took a linear reader to 26)
 * seldom lasts through three measurements.
 */
export function growthOf(work: (text: string) => void, input: (size: number) => string, size: number): number {
	const small = input(size);
	const large = input(size * 8);
	let lowest = Infinity;
	for (let attempt = 0; attempt < 3 && lowest >= LINEAR_GROWTH_LIMIT; attempt++) {
		let smallTime = Infinity;
		let largeTime = Infinity;
		for (let round = 0; round < 5; round++) {
			smallTime = Math.min(smallTime, timeOf(() => work(small)));
			largeTime = Math.min(largeTime, timeOf(() => work(large)));
		}
		lowest = Math.min(lowest, largeTime / Math.max(smallTime, 0.05));
	}
	return lowest;
}

