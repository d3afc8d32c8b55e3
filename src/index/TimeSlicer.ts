// Long work in slices: the work calls `tick()` between small steps, and once a slice has used its
// budget, `tick()` gives the interface a turn (a timer of 0 ms) before the work goes on.

export class TimeSlicer {
	private sliceStart = performance.now();

	/**
	 * @param budgetMs how long one slice may run
	 * @param onPause called before each pause (to show progress)
	 * @param cancelled after a pause, whether the work should stop
	 */
	constructor(
		private readonly budgetMs: number,
		private readonly onPause: () => void = () => {},
		private readonly cancelled: () => boolean = () => false,
	) {}

	/**
	 * Resolves to false when the work should stop. `longStepNext`: the next step cannot pause within
	 * itself, so the interface gets its turn now unless the slice has barely begun.
	 */
	async tick(longStepNext = false): Promise<boolean> {
		const used = performance.now() - this.sliceStart;
		if (used < (longStepNext ? this.budgetMs / 4 : this.budgetMs)) return !this.cancelled();
		this.onPause();
		await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
		this.sliceStart = performance.now();
		return !this.cancelled();
	}

	/**
	 * Runs a generator that pauses with `yield` to its end, in slices; undefined when cancelled. A
	 * step that yields `true` says a long step comes next (see `tick`).
	 */
	async run<T>(steps: Generator<boolean | void, T, void>): Promise<T | undefined> {
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
			if (!(await this.tick(step.value === true))) return undefined;
		}
	}
}
