// Disabling the plugin leaves nothing behind: no event listener, no interval, no element of ours.
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { expectClean, usePreview } from "./helpers";

const preview = usePreview();

/** Counts live intervals: installed before any script of the page runs. */
function trackIntervals(): void {
	const live = new Set<number>();
	const set = window.setInterval.bind(window);
	const clear = window.clearInterval.bind(window);
	window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
		const id = set(handler, timeout, ...args);
		live.add(id);
		return id;
	}) as typeof window.setInterval;
	window.clearInterval = ((id?: number) => {
		if (id !== undefined) live.delete(id);
		clear(id);
	}) as typeof window.clearInterval;
	(window as unknown as { liveIntervals: Set<number> }).liveIntervals = live;
}

/** Listeners on the app's event buses, intervals, and elements with a class of ours. */
async function footprint(page: Page): Promise<{ listeners: Record<string, number>; intervals: number; ours: string[]; hoverSources: string[]; commands: string[]; codeBlocks: string[] }> {
	return page.evaluate(() => {
		const a = window.app;
		const ours = Array.from(document.querySelectorAll("*"))
			.filter((el) => Array.from(el.classList).some((c) => c.startsWith("imagenet-")))
			.map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")}`);
		return {
			listeners: {
				vault: a.vault.listenerCount(),
				metadataCache: a.metadataCache.listenerCount(),
				workspace: a.workspace.listenerCount(),
				viewRegistry: a.viewRegistry.listenerCount(),
			},
			intervals: (window as unknown as { liveIntervals: Set<number> }).liveIntervals.size,
			ours,
			hoverSources: Object.keys(a.workspace.hoverLinkSources),
			commands: a.commands.listCommands().map((c) => c.id),
			codeBlocks: [...a.markdown.codeBlocks.keys()],
		};
	});
}

/** Back to one empty tab: the views, notes and popovers opened during the test are closed. */
async function closeEverything(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const leaves: Array<{ detach(): void }> = [];
		window.app.workspace.iterateAllLeaves((leaf) => leaves.push(leaf));
		for (const leaf of leaves) leaf.detach();
		window.app.workspace.hidePopover();
		await new Promise((r) => setTimeout(r, 50));
	});
}

describe("unloading the plugin", () => {
	it("leaves no listener, no interval and no element behind", async () => {
		const bare = await preview.open(inject("fixtureUrl"), "?plugin=off", { initScript: trackIntervals });
		await closeEverything(bare.page);
		const baseline = await footprint(bare.page);
		expectClean(bare);
		await bare.close();
		expect(baseline.ours).toEqual([]);

		const session = await preview.open(inject("fixtureUrl"), "?open=timeline,lineage", { initScript: trackIntervals });
		const { page } = session;
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		// Use it: a note with both code blocks, hovers with the preview key, a selection, an edit.
		await page.click('.preview-file[data-path="Charts.md"]', { modifiers: ["Control"] });
		await page.waitForSelector(".block-language-imagenet-lineage .imagenet-node");
		await page.evaluate(() => window.app.workspace.getLeavesOfType("imagenet-atlas-lineage")[0].view.containerEl.querySelector<SVGElement>('.imagenet-node[data-linktext="ZFNet"]')!.dispatchEvent(new MouseEvent("mouseenter", { ctrlKey: true })));
		await page.evaluate(async () => {
			const file = window.app.vault.getFileByPath("ILSVRC results.md")!;
			await window.app.vault.process(file, (t) => t.replace("| 6.7% |", "| 6.6% |"));
		});
		await page.waitForSelector('.block-language-imagenet-timeline .imagenet-point[data-value="6.6"]', { state: "attached" });
		expect((await footprint(page)).ours.length).toBeGreaterThan(50);

		await page.evaluate(() => window.app.plugins.disablePlugin("imagenet-atlas"));
		await closeEverything(page);
		const after = await footprint(page);
		expect(after.listeners).toEqual(baseline.listeners);
		expect(after.intervals).toBe(baseline.intervals);
		expect(after.ours).toEqual([]);
		expect(after.hoverSources).toEqual(baseline.hoverSources);
		expect(after.commands).toEqual(baseline.commands);
		expect(after.codeBlocks).toEqual(baseline.codeBlocks);
		expect(await page.$$(".side-dock-ribbon-action")).toHaveLength(0);
	});

	it("leaves no element of ours in a note that stays open", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?note=Charts", { initScript: trackIntervals });
		const { page } = session;
		await page.waitForSelector(".block-language-imagenet-timeline .imagenet-point");
		await page.evaluate(() => window.app.plugins.disablePlugin("imagenet-atlas"));
		const after = await footprint(page);
		expect(after.ours).toEqual([]);
		expect(after.intervals).toBe(0);
	});
});
