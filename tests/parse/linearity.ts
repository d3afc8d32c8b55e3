// Linear time, checked as a ratio so that a slow or busy machine does not matter: the time for an
// input four times larger must grow about four times (a quadratic parser would take sixteen).
import { performance } from "node:perf_hooks";

function medianTime(run: () => void, rounds: number): number {
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

/** How many times longer `work` takes on `input(4 * size)` than on `input(size)`. */
export function growthOf(work: (text: string) => void, input: (size: number) => string, size: number): number {
	const small = input(size);
	const large = input(size * 4);
	work(small);
	work(large);
	// Time the small input over enough rounds to be well above the timer's resolution.
	const smallTime = Math.max(medianTime(() => work(small), 5), 0.05);
	return medianTime(() => work(large), 3) / smallTime;
}

/** Quadratic growth would give 16; allow noise well below that. */
export const LINEAR_GROWTH_LIMIT = 9;
