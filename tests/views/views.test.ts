// @vitest-environment happy-dom
// The two views inside the Obsidian stand-in: opened from the palette, clicked, following the note
// you are on, keeping their state, and leaving nothing behind when the plugin is unloaded.
import { afterEach, describe, expect, it } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { bootApp, unloadPlugin, type App, type TFile } from "../standin/obsidian";

const VAULT: Record<string, string> = {
	"ILSVRC.md": "# ILSVRC\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2011 | XRCE | 25.8% |\n| 2012 | [[AlexNet]] | 15.3% |\n| 2013 | ZFNet | 11.7% |\n",
	"Other ILSVRC note.md": "ImageNet, from memory.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2013 | ZFNet (Clarifai) | ~11.2% |\n",
	"AlexNet.md": "---\naliases: [SuperVision]\nyear: 2012\n---\n# AlexNet\nWon ImageNet 2012.\n",
	"ZFNet.md": "---\nparent: \"[[AlexNet]]\"\nyear: 2013\n---\n# ZFNet\n",
};

let current: { app: App; plugin: ImageNetAtlasPlugin } | null = null;

async function boot(): Promise<{ app: App; plugin: ImageNetAtlasPlugin }> {
	const container = document.createElement("div");
	document.body.appendChild(container);
	const { app, plugins } = await bootApp({ files: VAULT, container, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
	const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
	await until(() => plugin.index.status.state === "ready");
	current = { app, plugin };
	return current;
}

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(check()).toBe(true);
}

function root(app: App, cls: string): HTMLElement {
	const found = app.workspace.containerEl.querySelector<HTMLElement>(`.${cls}`);
	if (!found) throw new Error(`no .${cls} on the page`);
	return found;
}

afterEach(() => {
	if (current) unloadPlugin(current.app, current.plugin as never);
	current?.app.workspace.containerEl.remove();
	current = null;
});

describe("the error-rate timeline view", () => {
	it("opens from the palette and shows one winner point per year with its value and link", async () => {
		const { app } = await boot();
		expect(app.commands.executeCommandById(`${manifest.id}:open-timeline`)).toBe(true);
		await until(() => app.workspace.containerEl.querySelector(".imagenet-timeline [data-series='winner']") !== null);
		const points = [...root(app, "imagenet-timeline").querySelectorAll<SVGElement>(".imagenet-point[data-series='winner']")];
		const byYear = new Map<string, Set<string>>();
		for (const p of points) byYear.set(p.dataset.year ?? "", (byYear.get(p.dataset.year ?? "") ?? new Set()).add(p.dataset.value ?? ""));
		expect([...byYear.keys()].sort()).toEqual(["2011", "2012", "2013"]);
		expect(byYear.get("2012")).toEqual(new Set(["15.3"]));
		expect(byYear.get("2013")).toEqual(new Set(["11.7", "11.2"]));
		expect(points.find((p) => p.dataset.year === "2012")?.dataset.linktext).toBe("AlexNet");
	});

	it("says so when the settings' folders hold no note, and its button opens the plugin's settings", async () => {
		const { app, plugin } = await boot();
		plugin.settings.scopeFolders = ["Nowhere"];
		await plugin.saveSettings();
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		const text = () => app.workspace.containerEl.querySelector(".imagenet-timeline .imagenet-empty-text")?.textContent;
		await until(() => text() === "No note in the folder Nowhere mentions ImageNet or ILSVRC yet. Check which notes count in the settings.");
		root(app, "imagenet-timeline").querySelector<HTMLButtonElement>(".imagenet-empty-settings")?.click();
		expect((app as unknown as { setting: { activeTab: { id: string } | null } }).setting.activeTab?.id).toBe(manifest.id);
		// The filter made wider again: the chart comes back.
		plugin.settings.scopeFolders = [];
		await plugin.saveSettings();
		await until(() => app.workspace.containerEl.querySelector(".imagenet-timeline .imagenet-point") !== null);
	});

	it("opens AlexNet's note when its 2012 point is clicked", async () => {
		const { app } = await boot();
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		await until(() => app.workspace.containerEl.querySelector(".imagenet-timeline [data-year='2012']") !== null);
		const point = root(app, "imagenet-timeline").querySelector<SVGElement>("[data-year='2012'][data-series='winner']");
		point?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await until(() => app.workspace.getActiveFile()?.path === "AlexNet.md");
	});

	it("lights up the model of the note you open", async () => {
		const { app } = await boot();
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		await until(() => app.workspace.containerEl.querySelector(".imagenet-timeline [data-year='2012']") !== null);
		await app.workspace.getLeaf("tab").openFile(app.vault.getFileByPath("AlexNet.md") as TFile);
		await until(() => root(app, "imagenet-timeline").querySelector(".imagenet-point-highlighted[data-year='2012']") !== null);
	});

	it("keeps the series the user hid when the view is closed and restored", async () => {
		const { app } = await boot();
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		await until(() => app.workspace.getLeavesOfType("imagenet-atlas-timeline").length === 1);
		const leaf = app.workspace.getLeavesOfType("imagenet-atlas-timeline")[0];
		await leaf.setViewState({ type: "imagenet-atlas-timeline", state: { hiddenSeries: ["runner-up"] } });
		expect(leaf.getViewState().state?.hiddenSeries).toEqual(["runner-up"]);
	});
});

describe("the lineage graph view", () => {
	it("shows the models with the explicit AlexNet → ZFNet edge and highlights the current note", async () => {
		const { app } = await boot();
		app.commands.executeCommandById(`${manifest.id}:open-lineage`);
		await until(() => app.workspace.containerEl.querySelector(".imagenet-lineage [data-node='alexnet']") !== null);
		const graph = root(app, "imagenet-lineage");
		const edge = graph.querySelector<SVGElement>("[data-from='alexnet'][data-to='zfnet']");
		expect(edge?.dataset.kind).toBe("explicit");
		await app.workspace.getLeaf("tab").openFile(app.vault.getFileByPath("ZFNet.md") as TFile);
		await until(() => graph.querySelector("[data-node='zfnet'].imagenet-node-current") !== null);
	});
});

describe("while the vault is first read", () => {
	it("the view shows how many notes are read so far, then the chart", async () => {
		const files: Record<string, string> = { ...VAULT };
		for (let k = 0; k < 3000; k++) files[`Daily/Note ${k}.md`] = `# Note ${k}\n\nSome prose about the day, a [[Link ${k % 50}]] and a #tag.\n\n- one\n- two\n`;
		const total = Object.keys(files).length;
		const container = document.createElement("div");
		document.body.appendChild(container);
		const { app, plugins } = await bootApp({ files, container, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
		const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
		current = { app, plugin };
		expect(plugin.index.status.state).not.toBe("ready");
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		const progress = () => container.querySelector<HTMLElement>(".imagenet-progress");
		const label = () => progress()?.querySelector(".imagenet-progress-label")?.textContent ?? "";
		await until(() => /^Reading notes: \d+ of \d+$/.test(label()));
		const [, done, of] = /(\d+) of (\d+)/.exec(label()) ?? [];
		expect(Number(of)).toBe(total);
		expect(Number(done)).toBeLessThan(total);
		const bar = progress()?.querySelector("progress");
		expect(bar?.max).toBe(total);
		expect(bar?.value).toBe(Number(done));
		expect(progress()?.classList.contains("is-hidden")).toBe(false);
		// Once the notes are read, the bar goes and the chart is drawn.
		for (let i = 0; i < 400 && plugin.index.status.state !== "ready"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
		await until(() => container.querySelector(".imagenet-timeline [data-series='winner']") !== null);
		expect(progress()?.classList.contains("is-hidden")).toBe(true);
		expect(progress()?.querySelector("progress")).toBeNull();
	});
});

describe("unloading the plugin", () => {
	it("leaves no listener and no element of its own behind", async () => {
		const container = document.createElement("div");
		document.body.appendChild(container);
		const { app, plugins } = await bootApp({ files: VAULT, container });
		const before = { workspace: app.workspace.listenerCount(), vault: app.vault.listenerCount(), cache: app.metadataCache.listenerCount() };
		const { loadPlugin } = await import("../standin/obsidian");
		const plugin = await loadPlugin<ImageNetAtlasPlugin & never>(app, ImageNetAtlasPlugin as never, manifest);
		await until(() => (plugin as ImageNetAtlasPlugin).index.status.state === "ready");
		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		app.commands.executeCommandById(`${manifest.id}:open-lineage`);
		await until(() => container.querySelector(".imagenet-lineage") !== null);
		unloadPlugin(app, plugin);
		// Obsidian replaces the views of an unloaded plugin with an empty one, closing them.
		await until(() => container.querySelector(".imagenet-timeline, .imagenet-lineage") === null);
		expect({ workspace: app.workspace.listenerCount(), vault: app.vault.listenerCount(), cache: app.metadataCache.listenerCount() }).toEqual(before);
		expect(container.querySelector(".imagenet-timeline, .imagenet-lineage")).toBeNull();
		expect(plugins).toEqual([]);
		container.remove();
	});
});
