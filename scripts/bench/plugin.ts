// The built plugin: the size of main.js (minified, as released) and the time its onload takes, loaded
// through the Obsidian stand-in in Node (happy-dom), as Obsidian enables a plugin.
import { readFileSync } from "node:fs";
import * as obsidian from "../../tests/standin/obsidian";
import { createApp, evaluatePluginBundle, loadPlugin, unloadPlugin, type PluginManifest } from "../../tests/standin/obsidian";
import { median } from "./stats";

export async function onloadTimes(mainJs: string, manifestPath: string, runs: number): Promise<{ ms: number; runs: number[] }> {
	const code = readFileSync(mainJs, "utf8");
	const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PluginManifest;
	const cls = evaluatePluginBundle(code, obsidian as unknown as Record<string, unknown>);
	const times: number[] = [];
	// One unmeasured load first, then `runs` measured ones, each in a new app.
	for (let r = 0; r < runs + 1; r++) {
		const app = createApp({ vaultName: "Onload" });
		const t0 = performance.now();
		const plugin = await loadPlugin(app, cls, manifest);
		const ms = performance.now() - t0;
		if (r > 0) times.push(ms);
		unloadPlugin(app, plugin);
		app.containerEl.remove();
	}
	return { ms: median(times), runs: times };
}
