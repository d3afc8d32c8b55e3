// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import ImageNetAtlasPlugin from "../../src/main";
import { CARD_VIEW } from "../../src/views/CardView";
import { LINEAGE_VIEW } from "../../src/views/LineageView";
import { bootApp, loadPlugin, unloadPlugin, type App, type Plugin } from "../standin/obsidian";

// Paths by node:path: in a DOM environment vite would rewrite `new URL(..., import.meta.url)` into asset imports.
const here = dirname(fileURLToPath(import.meta.url));
const userVault = join(here, "../../../shared/vault");
const hasUserNotes = existsSync(userVault);

function readNotes(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(folder).sort()) if (name.endsWith(".md")) files[name] = readFileSync(join(folder, name), "utf8");
	return files;
}
const cardNotes = readNotes(join(here, "../fixtures/card"));

// The plugin is typed against Obsidian's API and runs on the stand-in: one cast each way, here.
const pluginClass = ImageNetAtlasPlugin as never;
const standin = (plugin: ImageNetAtlasPlugin) => plugin as unknown as Plugin;

/** The user's two notes when this machine has them, else a data note of our own; AlexNet, ZFNet and an unrelated note always. */
function vaultFiles(): Record<string, string> {
	const ours = { "AlexNet.md": cardNotes["AlexNet.md"], "ZFNet.md": cardNotes["ZFNet.md"], "Groceries.md": cardNotes["Groceries.md"] };
	return hasUserNotes ? { ...readNotes(userVault), ...ours } : { ...ours, "ILSVRC results.md": cardNotes["ILSVRC results.md"] };
}
const dataNote = hasUserNotes ? "ImageNet" : "ILSVRC results";

let cleanup: (() => void) | null = null;
afterEach(() => {
	cleanup?.();
	cleanup = null;
});

async function start(): Promise<{ app: App; plugin: ImageNetAtlasPlugin }> {
	const container = document.body.createDiv();
	const { app, plugins } = await bootApp({ files: vaultFiles(), container, plugins: [{ plugin: pluginClass, manifest }] });
	const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
	cleanup = () => {
		if (standin(plugin)._loaded) unloadPlugin(app, standin(plugin));
		container.remove();
	};
	await vi.waitFor(() => expect(plugin.index.status.state).toBe("ready"));
	return { app, plugin };
}

async function openCard(app: App): Promise<HTMLElement> {
	expect(app.commands.executeCommandById(`${manifest.id}:open-card`)).toBe(true);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(CARD_VIEW)).toHaveLength(1));
	return app.workspace.getLeavesOfType(CARD_VIEW)[0].view.containerEl;
}

async function openNote(app: App, name: string): Promise<void> {
	await app.workspace.openLinkText(name, "", false);
	expect(app.workspace.getActiveFile()?.basename).toBe(name);
}

const title = (card: HTMLElement) => card.find(".imagenet-card-title")?.textContent ?? "";
const modelLink = (card: HTMLElement, name: string) => card.findAll("a.internal-link").find((a) => a.textContent === name);

describe("the ImageNet card in the stand-in", () => {
	it("opens in the right sidebar by command, and the command reuses the open card", async () => {
		const { app } = await start();
		await openCard(app);
		const leaf = app.workspace.getLeavesOfType(CARD_VIEW)[0];
		expect(leaf.getRoot()).toBe(app.workspace.rightSplit);
		expect(leaf.getDisplayText()).toBe("ImageNet card");
		await openCard(app);
		expect(app.workspace.getLeavesOfType(CARD_VIEW)).toHaveLength(1);
	});

	it("shows AlexNet's 2012 result of 15.3%, its sources and the AlexNet → ZFNet child", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		expect(title(card)).toContain("AlexNet");
		expect(title(card)).toContain("2012");
		const winner = card.find('.imagenet-card-result[data-series="winner"]');
		expect(winner?.getAttribute("data-year")).toBe("2012");
		expect(winner?.find(".imagenet-card-value")?.textContent).toBe("15.3%");
		const sources = winner?.findAll(".imagenet-card-source").map((s) => s.textContent) ?? [];
		expect(sources.some((s) => s?.startsWith(`${dataNote}, line `))).toBe(true);
		const child = card.find(".imagenet-card-relatives .imagenet-card-explicit a.internal-link");
		expect(child?.textContent).toBe("ZFNet");
		expect(child?.getAttribute("data-href")).toBe("ZFNet");
	});

	it("follows a click on ZFNet: ZFNet's note opens and the card shows ZFNet", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		modelLink(card, "ZFNet")!.click();
		await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("ZFNet.md"));
		expect(title(card)).toContain("ZFNet");
		expect(card.findAll(".imagenet-card-ancestry a.internal-link").map((a) => a.textContent)).toEqual(["ZFNet", "AlexNet"]);
		expect(card.find(".imagenet-card-conflict")?.textContent).toContain("11.7%");
	});

	it("opens a model in a new tab with the modifier or the middle button, and by Enter", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		const tabs = () => {
			let n = 0;
			app.workspace.iterateRootLeaves(() => n++);
			return n;
		};
		const before = tabs();
		modelLink(card, "ZFNet")!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true, metaKey: true }));
		await vi.waitFor(() => expect(tabs()).toBe(before + 1));
		await openNote(app, "AlexNet");
		modelLink(card, "ZFNet")!.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }));
		await vi.waitFor(() => expect(tabs()).toBe(before + 2));
		await openNote(app, "AlexNet");
		const link = modelLink(card, "ZFNet")!;
		expect(link.getAttribute("tabindex")).toBe("0");
		link.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
		await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("ZFNet.md"));
	});

	it("shows the page preview when a model name is hovered with the modifier", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		modelLink(card, "ZFNet")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true, metaKey: true }));
		const hover = app.workspace.hovers.at(-1);
		expect(hover).toMatchObject({ source: "imagenet-atlas", linktext: "ZFNet", shown: true });
		expect(hover?.file?.path).toBe("ZFNet.md");
	});

	it("opens a source at its line", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		const source = card.findAll(".imagenet-card-source").find((s) => s.textContent?.startsWith(`${dataNote}, line `))!;
		const line = Number(source.textContent!.split("line ")[1]);
		source.click();
		await vi.waitFor(() => expect(app.workspace.getActiveFile()?.basename).toBe(dataNote));
		expect(app.workspace.activeLeaf?.getEphemeralState().line).toBe(line - 1);
	});

	it("reveals the model in the lineage graph", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "AlexNet");
		const button = card.findAll("button").find((b) => b.textContent === "Show in lineage graph")!;
		button.click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(LINEAGE_VIEW)).toHaveLength(1));
		const graph = app.workspace.getLeavesOfType(LINEAGE_VIEW)[0].view.containerEl;
		await vi.waitFor(() => expect(graph.find('[data-node="alexnet"]')?.classList.contains("imagenet-node-current")).toBe(true));
		expect(card.findAll("button").map((b) => b.textContent)).toEqual(["Show in timeline", "Show in lineage graph"]);
	});

	it.runIf(hasUserNotes)("lists the tables of the user's ImageNet.md and what each became", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "ImageNet");
		const tables = card.findAll(".imagenet-card-table");
		expect(tables.map((t) => t.getAttribute("data-line"))).toEqual(["12", "39", "57", "76", "92", "105", "136"]);
		const became = (line: string) => tables.find((t) => t.getAttribute("data-line") === line)?.find(".imagenet-card-became")?.textContent ?? "";
		expect(became("39")).toBe("2 results");
		expect(became("57")).toMatch(/^Nothing read/);
		// "GPT, BERT, etc." is two models in one row.
		expect(became("76")).toMatch(/^8 models and \d+ lineage edges$/);
		expect(became("105")).toBe("6 results (1 in conflict with another note)");
		expect(card.find(".imagenet-card-issue-conflict")?.textContent).toContain("Line 110");
	});

	it.runIf(hasUserNotes)("marks the table recovered from the pasted page", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "ImageNet and the ILSVRC");
		const table = card.find(".imagenet-card-table");
		expect(table?.find(".imagenet-card-badge")?.textContent).toBe("recovered from pasted text");
		expect(table?.find(".imagenet-card-became")?.textContent).toMatch(/^8 results/);
	});

	it("says why a note outside the scope was not read", async () => {
		const { app } = await start();
		const card = await openCard(app);
		await openNote(app, "Groceries");
		expect(card.find(".imagenet-card-why")?.textContent).toContain("does not mention ImageNet or ILSVRC");
		expect(card.textContent).toContain("How to bring it in");
	});

	it("updates live when the note changes", async () => {
		const { app, plugin } = await start();
		const card = await openCard(app);
		await openNote(app, "Groceries");
		const revision = plugin.index.revision;
		await app.vault.modify(app.vault.getFileByPath("Groceries.md")!, "# Groceries\n\nBought while reading about ImageNet.\n\n| Spec | Value |\n|---|---|\n| Total images | 14,197,122 |\n");
		await vi.waitFor(() => expect(plugin.index.revision).toBeGreaterThan(revision));
		await vi.waitFor(() => expect(card.find(".imagenet-card-became")?.textContent).toBe("1 fact: images"));
	});

	it("comes back in its leaf when the plugin is turned off and on again", async () => {
		const { app, plugin } = await start();
		await openCard(app);
		await openNote(app, "AlexNet");
		const leaf = app.workspace.getLeavesOfType(CARD_VIEW)[0];
		expect(leaf.getViewState().state).toMatchObject({ path: "AlexNet.md" });
		await app.plugins.disablePlugin(standin(plugin));
		await vi.waitFor(() => expect(leaf.view.getDisplayText()).toBe("Plugin no longer active"));
		const again = (await app.plugins.enablePlugin(manifest.id)) as unknown as ImageNetAtlasPlugin;
		cleanup = () => unloadPlugin(app, standin(again));
		await vi.waitFor(() => expect(again.index.status.state).toBe("ready"));
		await vi.waitFor(() => expect(title(leaf.view.containerEl)).toContain("AlexNet"));
		expect(leaf.view.getDisplayText()).toBe("ImageNet card");
	});

	it("leaves no listeners behind when the plugin is unloaded", async () => {
		const container = document.body.createDiv();
		const { app } = await bootApp({ files: vaultFiles(), container });
		// The note's own view listens to the vault while it is open: open it before counting.
		await openNote(app, "AlexNet");
		const events = ["file-open", "active-leaf-change", "css-change", "layout-change"];
		const baseline = events.map((e) => app.workspace.listenerCount(e));
		const metadataBaseline = app.metadataCache.listenerCount();
		const vaultBaseline = app.vault.listenerCount();
		const plugin = (await loadPlugin(app, pluginClass, manifest)) as unknown as ImageNetAtlasPlugin;
		await vi.waitFor(() => expect(plugin.index.status.state).toBe("ready"));
		const card = await openCard(app);
		await openNote(app, "ZFNet");
		expect(title(card)).toContain("ZFNet");
		expect(app.workspace.listenerCount("file-open")).toBeGreaterThan(baseline[0]);
		unloadPlugin(app, standin(plugin));
		await vi.waitFor(() => expect(events.map((e) => app.workspace.listenerCount(e))).toEqual(baseline));
		expect(app.metadataCache.listenerCount()).toBe(metadataBaseline);
		expect(app.vault.listenerCount()).toBe(vaultBaseline);
		container.remove();
	});
});
