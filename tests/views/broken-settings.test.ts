// @vitest-environment happy-dom
// A data.json with wrong types or garbage: the plugin starts with the defaults, says so once, and
// everything else works.
import { describe, expect, it } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { bootApp, clearNotices, getNotices, unloadPlugin } from "../standin/obsidian";

const VAULT = { "ILSVRC.md": "ImageNet.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet | 15.3% |\n" };

async function start(data: unknown) {
	clearNotices();
	const { app, plugins } = await bootApp({ files: VAULT, pluginData: { [manifest.id]: data }, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
	const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
	for (let i = 0; i < 100 && plugin.index.status.state !== "ready"; i++) await new Promise((resolve) => setTimeout(resolve, 5));
	return { app, plugin };
}

describe("broken settings", () => {
	it("fall back to the defaults with one notice naming what was reset, and the plugin still reads the vault", async () => {
		const { app, plugin } = await start({ humanBaseline: "five", showInferredEdges: "yes", scopeMentions: true });
		expect(plugin.settings.humanBaseline).toBe(5.1);
		expect(plugin.settings.showInferredEdges).toBe(true);
		expect(getNotices()).toEqual(["ImageNet Atlas: some settings could not be read and were reset (humanBaseline, showInferredEdges)."]);
		expect(plugin.index.model.results.map((r) => r.value)).toEqual([15.3]);
		unloadPlugin(app, plugin as never);
	});

	it("start quietly from a missing or valid data.json", async () => {
		const { app, plugin } = await start({ humanBaseline: 5, showInferredEdges: false });
		expect(getNotices()).toEqual([]);
		expect(plugin.settings.humanBaseline).toBe(5);
		unloadPlugin(app, plugin as never);
	});
});
