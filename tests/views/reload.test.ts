// @vitest-environment happy-dom
// Turning the plugin off and on a hundred times, with its views open, leaves no listener, no
// interval, no element and no growing memory behind.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { bootApp, loadPlugin, unloadPlugin, type App } from "../standin/obsidian";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const VAULT = {
	"ILSVRC.md": "ImageNet.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet | 15.3% |\n| 2013 | ZFNet | 11.7% |\n\n```imagenet-timeline\n```\n",
	"AlexNet.md": "---\nyear: 2012\n---\nImageNet 2012.",
	"ZFNet.md": "---\nparent: \"[[AlexNet]]\"\nyear: 2013\n---\n",
};

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
	expect(check()).toBe(true);
}

function listeners(app: App): number {
	return app.workspace.listenerCount() + app.vault.listenerCount() + app.metadataCache.listenerCount();
}

/** Timers still pending: setInterval and setTimeout are counted while they live. */
function countTimers(): { live: () => number; restore: () => void } {
	const live = new Set<unknown>();
	const { setInterval: si, clearInterval: ci } = window;
	window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
		const id = si(fn, ms, ...rest);
		live.add(id);
		return id;
	}) as typeof window.setInterval;
	window.clearInterval = ((id?: number) => {
		live.delete(id);
		ci(id);
	}) as typeof window.clearInterval;
	return { live: () => live.size, restore: () => Object.assign(window, { setInterval: si, clearInterval: ci }) };
}

describe("a hundred reloads", () => {
	it("leave nothing behind", async () => {
		const container = document.createElement("div");
		document.body.appendChild(container);
		const { app } = await bootApp({ files: VAULT, container });
		const timers = countTimers();
		const baseline = { listeners: listeners(app), nodes: container.querySelectorAll("*").length };
		let heapAfterTen = 0;
		for (let round = 1; round <= 100; round++) {
			const plugin = (await loadPlugin(app, ImageNetAtlasPlugin as never, manifest)) as unknown as ImageNetAtlasPlugin;
			await until(() => plugin.index.status.state === "ready");
			app.commands.executeCommandById(`${manifest.id}:open-timeline`);
			app.commands.executeCommandById(`${manifest.id}:open-lineage`);
			await until(() => container.querySelector(".imagenet-lineage .imagenet-node") !== null);
			unloadPlugin(app, plugin as never);
			// Obsidian keeps the leaves of a disabled plugin's views; close them as a person would.
			for (const type of ["imagenet-atlas-timeline", "imagenet-atlas-lineage"]) for (const leaf of app.workspace.getLeavesOfType(type)) leaf.detach();
			await until(() => container.querySelector("[class*='imagenet-']") === null);
			if (round === 10) {
				collectGarbage();
				heapAfterTen = process.memoryUsage().heapUsed;
			}
		}
		collectGarbage();
		const grown = (process.memoryUsage().heapUsed - heapAfterTen) / 1e6;
		timers.restore();
		expect(listeners(app)).toBe(baseline.listeners);
		expect(timers.live()).toBe(0);
		expect(container.querySelectorAll("*").length).toBeLessThanOrEqual(baseline.nodes + 10);
		// Ninety more reloads may not hold on to what each one built.
		expect(grown).toBeLessThan(5);
	}, 120_000);
});
