// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as obsidian from "./obsidian";
import {
	App,
	ItemView,
	Keymap,
	MarkdownView,
	Notice,
	Plugin,
	TFile,
	WorkspaceLeaf,
	bootApp,
	createApp,
	evaluatePluginBundle,
	getNotices,
	loadPlugin,
	setTheme,
	startApp,
	unloadPlugin,
	type PluginManifest,
} from "./obsidian";

const VIEW = "test-view";
const manifest: PluginManifest = { id: "test-plugin", name: "Test plugin", version: "1.0.0" };

const files = {
	"Index.md": "# Index\n\nSee [[AlexNet]] and [[ResNet#Results|ResNet results]].\n",
	"models/AlexNet.md": "---\naliases: [SuperVision]\ntags: [cnn]\n---\n# AlexNet\n\nWon #ilsvrc in #2012.\n",
	"models/ResNet.md": "# ResNet\n\nIntro\n\n## Results\n\n3.57% top-5\n",
	"other/AlexNet.md": "A different AlexNet note\n",
};

class TestView extends ItemView {
	state: Record<string, unknown> = { zoom: 1 };
	opened = 0;
	closed = 0;
	getViewType(): string {
		return VIEW;
	}
	getDisplayText(): string {
		return "Test view";
	}
	async onOpen(): Promise<void> {
		this.opened++;
		this.contentEl.createDiv({ cls: "test-root", text: "hello" });
	}
	async onClose(): Promise<void> {
		this.closed++;
	}
	getState(): Record<string, unknown> {
		return { ...this.state };
	}
	async setState(state: any, result: { history: boolean }): Promise<void> {
		this.state = { ...this.state, ...state };
		await super.setState(state, result);
	}
}

const log: string[] = [];

class TestPlugin extends Plugin {
	ticks = 0;
	domClicks = 0;
	ran = 0;
	async onload(): Promise<void> {
		this.registerView(VIEW, (leaf: WorkspaceLeaf) => new TestView(leaf));
		this.addCommand({ id: "run", name: "Run", callback: () => this.ran++ });
		this.addCommand({
			id: "insert",
			name: "Insert",
			editorCallback: (editor: obsidian.Editor) => editor.replaceSelection("INSERTED"),
		});
		this.registerMarkdownCodeBlockProcessor("test-block", (source, el) => {
			el.createDiv({ cls: "test-block", text: source.toUpperCase() });
		});
		this.registerEvent(this.app.vault.on("modify", (f: unknown) => log.push(`modify:${(f as TFile).path}`)));
		this.registerEvent(this.app.workspace.on("file-open", (f: unknown) => log.push(`open:${(f as TFile | null)?.path}`)));
		this.registerDomEvent(document, "click", () => this.domClicks++);
		this.registerInterval(window.setInterval(() => this.ticks++, 10) as unknown as number);
		this.addRibbonIcon("chart", "Open test", () => {});
		this.addStatusBarItem().setText("status");
	}
	onunload(): void {
		log.push("onunload");
	}
}

let container: HTMLElement;
beforeEach(() => {
	document.body.empty?.();
	container = document.body.createDiv();
	log.length = 0;
});
afterEach(() => {
	vi.useRealTimers();
});

async function boot(): Promise<{ app: App; plugin: TestPlugin }> {
	const { app, plugins } = await bootApp({ files, container, plugins: [{ plugin: TestPlugin, manifest }] });
	return { app, plugin: plugins[0] as TestPlugin };
}

describe("DOM helpers", () => {
	it("createEl, classes, attrs, text, empty, find, delegated on/off", () => {
		const root = createDiv({ cls: "a b" });
		const span = root.createSpan({ text: "x", attr: { "data-k": 1, gone: null }, title: "t" });
		const link = root.createEl("a", { href: "#y", cls: ["l"] }, (el) => el.setAttr("data-cb", "yes"));
		expect(root.hasClass("b")).toBe(true);
		expect(span.getAttr("data-k")).toBe("1");
		expect(span.hasAttribute("gone")).toBe(false);
		expect(link.getAttribute("data-cb")).toBe("yes");
		root.toggleClass("c", true);
		root.removeClass("a");
		expect(root.className).toBe("b c");
		expect(root.findAll("a,span")).toHaveLength(2);
		let hits = 0;
		const handler = () => hits++;
		root.on("click", "a.l", handler);
		link.click();
		span.click();
		root.off("click", "a.l", handler);
		link.click();
		expect(hits).toBe(1);
		const svg = root.createSvg("svg", { cls: "s" });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(span.instanceOf(HTMLSpanElement)).toBe(true);
		root.empty();
		expect(root.childNodes.length).toBe(0);
		document.body.appendChild(root);
		expect(root.isShown()).toBe(true);
		root.hide();
		expect(root.isShown()).toBe(false);
		expect(createFragment((f) => f.createSpan({ text: "z" })).textContent).toBe("z");
	});
});

describe("plugin lifecycle", () => {
	it("onload registers everything and unload tears it all down exactly once", async () => {
		vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
		const app = createApp({ files, container });
		const modifyBefore = app.vault.listenerCount("modify");
		const openBefore = app.workspace.listenerCount("file-open");
		const plugin = await loadPlugin<TestPlugin>(app, TestPlugin, manifest);
		await startApp(app);
		expect(app.vault.listenerCount("modify")).toBe(modifyBefore + 1);
		expect(app.workspace.listenerCount("file-open")).toBe(openBefore + 1);
		expect(Object.keys(app.commands.commands)).toEqual(["test-plugin:run", "test-plugin:insert"]);
		expect(app.markdown.codeBlocks.has("test-block")).toBe(true);
		expect(container.findAll(".side-dock-ribbon-action")).toHaveLength(1);
		expect(container.find(".status-bar-item")?.textContent).toBe("status");
		vi.advanceTimersByTime(35);
		expect(plugin.ticks).toBe(3);
		document.body.click();
		expect(plugin.domClicks).toBe(1);

		const leaf = app.workspace.getRightLeaf(false)!;
		await leaf.setViewState({ type: VIEW, active: true });
		const view = leaf.view as TestView;
		expect(view.opened).toBe(1);

		unloadPlugin(app, plugin);
		expect(log.filter((l) => l === "onunload")).toHaveLength(1);
		plugin.unload();
		expect(log.filter((l) => l === "onunload")).toHaveLength(1);
		expect(app.vault.listenerCount("modify")).toBe(modifyBefore);
		expect(app.workspace.listenerCount("file-open")).toBe(openBefore);
		expect(app.commands.commands).toEqual({});
		expect(app.markdown.codeBlocks.size).toBe(0);
		expect(container.findAll(".side-dock-ribbon-action")).toHaveLength(0);
		expect(container.findAll(".status-bar-item")).toHaveLength(0);
		vi.advanceTimersByTime(50);
		expect(plugin.ticks).toBe(3);
		document.body.click();
		expect(plugin.domClicks).toBe(1);
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect(view.closed).toBe(1);
		expect(app.workspace.getLeavesOfType(VIEW)).toHaveLength(1);
		expect(app.workspace.getLeavesOfType(VIEW)[0].view).not.toBe(view);

		const again = (await app.plugins.enablePlugin("test-plugin")) as TestPlugin;
		expect(again).not.toBe(plugin);
		await new Promise((r) => setTimeout(r, 0));
		expect(app.workspace.getLeavesOfType(VIEW)[0].view).toBeInstanceOf(TestView);
		unloadPlugin(app, again);
	});

	it("fires create for each file during startup, before layout ready", async () => {
		const app = createApp({ files, container });
		const created: string[] = [];
		let readyAt = -1;
		app.vault.on("create", (f: unknown) => created.push((f as TFile).path));
		app.workspace.onLayoutReady(() => (readyAt = created.length));
		await startApp(app);
		expect(created).toContain("models/AlexNet.md");
		expect(readyAt).toBe(created.length);
		let ranAtOnce = false;
		app.workspace.onLayoutReady(() => (ranAtOnce = true));
		expect(ranAtOnce).toBe(true);
	});

	it("loadData/saveData use a per-plugin data.json", async () => {
		const { app, plugin } = await boot();
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ baseline: 5.1 });
		expect(await plugin.loadData()).toEqual({ baseline: 5.1 });
		expect(await app.vault.adapter.exists(".obsidian/plugins/test-plugin/data.json")).toBe(true);
		expect(app.vault.getFileByPath(".obsidian/plugins/test-plugin/data.json")).toBeNull();
	});
});

describe("workspace", () => {
	it("openLinkText resolves the link, opens the note and makes it the active file", async () => {
		const { app } = await boot();
		await app.workspace.openLinkText("AlexNet", "Index.md");
		expect(app.workspace.getActiveFile()?.path).toBe("models/AlexNet.md");
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.file?.path).toBe("models/AlexNet.md");
		expect(view.contentEl.textContent).toContain("Won #ilsvrc");
		expect(log).toContain("open:models/AlexNet.md");

		await app.workspace.openLinkText("ResNet#Results", "Index.md", "tab");
		const leaves = app.workspace.getLeavesOfType("markdown");
		expect(leaves).toHaveLength(2);
		const resnet = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(resnet.file?.basename).toBe("ResNet");
		expect(resnet.editor.getCursor().line).toBe(4);

		await app.workspace.openLinkText("ResNet", "Index.md", false, { eState: { line: 6 } });
		expect(app.workspace.getActiveViewOfType(MarkdownView)!.editor.getCursor().line).toBe(6);
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(2);

		await app.workspace.openLinkText("New idea", "Index.md");
		expect(app.vault.getFileByPath("New idea.md")).not.toBeNull();
		expect(app.workspace.getActiveFile()?.path).toBe("New idea.md");
	});

	it("round-trips a view's state through getViewState/setViewState", async () => {
		const { app } = await boot();
		const leaf = app.workspace.getLeaf("split");
		await leaf.setViewState({ type: VIEW, state: { zoom: 3, selected: "alexnet" } });
		const vs = leaf.getViewState();
		expect(vs.type).toBe(VIEW);
		expect(vs.state).toEqual({ zoom: 3, selected: "alexnet" });
		const other = app.workspace.getLeaf("tab");
		await other.setViewState(vs);
		expect((other.view as TestView).getState()).toEqual({ zoom: 3, selected: "alexnet" });
		const content = leaf.view.containerEl;
		expect(content.children[0].hasClass("view-header")).toBe(true);
		expect(content.children[1]).toBe((leaf.view as TestView).contentEl);
		await app.workspace.revealLeaf(leaf);
		app.workspace.detachLeavesOfType(VIEW);
		expect(app.workspace.getLeavesOfType(VIEW)).toHaveLength(0);
	});

	it("getLeaf(false) never navigates away from a view without navigation", async () => {
		const { app } = await boot();
		const leaf = app.workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW, active: true });
		expect(app.workspace.activeLeaf).toBe(leaf);
		await app.workspace.openLinkText("AlexNet", "");
		expect(leaf.view).toBeInstanceOf(TestView);
		expect(app.workspace.getActiveFile()?.basename).toBe("AlexNet");
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(1);
	});

	it("hover-link shows a page preview popover with the note's text", async () => {
		const { app } = await boot();
		app.workspace.registerHoverLinkSource("test", { display: "Test", defaultMod: true });
		const targetEl = document.body.createDiv();
		const base = { source: "test", hoverParent: { hoverPopover: null }, targetEl, linktext: "ResNet", sourcePath: "Index.md" };
		app.workspace.trigger("hover-link", { ...base, event: new MouseEvent("mouseover") });
		expect(document.querySelector(".popover.hover-popover")).toBeNull();
		app.workspace.trigger("hover-link", { ...base, event: new MouseEvent("mouseover", { ctrlKey: true, metaKey: true }) });
		const pop = document.querySelector(".popover.hover-popover")!;
		expect(pop.textContent).toContain("3.57% top-5");
		expect(app.workspace.hovers.map((h) => h.shown)).toEqual([false, true]);
	});
});

describe("Keymap.isModEvent", () => {
	const mod = obsidian.Platform.isMacOS ? { metaKey: true } : { ctrlKey: true };
	it("follows Obsidian's pane types", () => {
		expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
		expect(Keymap.isModEvent(null)).toBe(false);
		expect(Keymap.isModEvent(new MouseEvent("click", mod))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { ...mod, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(new MouseEvent("click", { ...mod, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { altKey: true }))).toBe(false);
	});
});

describe("vault and metadata", () => {
	it("process changes the text and fires modify, then metadataCache changed", async () => {
		const { app } = await boot();
		const file = app.vault.getFileByPath("Index.md")!;
		const order: string[] = [];
		app.vault.on("modify", () => order.push("modify"));
		const changed = new Promise<string>((resolve) =>
			app.metadataCache.on("changed", (f: unknown, data: unknown) => {
				order.push("changed");
				resolve(data as string);
			}),
		);
		const out = await app.vault.process(file, (t) => t + "\nNew line with [[ResNet]]\n");
		expect(out).toContain("New line");
		expect(await app.vault.read(file)).toBe(out);
		expect(order).toEqual(["modify"]);
		expect(await changed).toBe(out);
		expect(order).toEqual(["modify", "changed"]);
		expect(app.metadataCache.getFileCache(file)?.links?.map((l) => l.link)).toEqual(["AlexNet", "ResNet#Results", "ResNet"]);
		expect(app.metadataCache.resolvedLinks["Index.md"]["models/ResNet.md"]).toBe(2);
	});

	it("rename fires rename with the old path, and renameFile updates links", async () => {
		const { app } = await boot();
		const file = app.vault.getFileByPath("models/ResNet.md")!;
		const seen: Array<[string, string]> = [];
		app.vault.on("rename", (f: unknown, old: unknown) => seen.push([(f as TFile).path, old as string]));
		await app.fileManager.renameFile(file, "models/ResNet-50.md");
		expect(seen).toEqual([["models/ResNet-50.md", "models/ResNet.md"]]);
		expect(file.basename).toBe("ResNet-50");
		expect(app.vault.getFileByPath("models/ResNet.md")).toBeNull();
		expect(await app.vault.read(app.vault.getFileByPath("Index.md")!)).toContain("[[ResNet-50#Results|ResNet results]]");
	});

	it("getFirstLinkpathDest resolves by path and by name, closest to the source, ignoring #heading", async () => {
		const { app } = await boot();
		const mc = app.metadataCache;
		expect(mc.getFirstLinkpathDest("models/ResNet", "Index.md")?.path).toBe("models/ResNet.md");
		expect(mc.getFirstLinkpathDest("resnet#Results", "Index.md")?.path).toBe("models/ResNet.md");
		expect(mc.getFirstLinkpathDest("AlexNet", "models/ResNet.md")?.path).toBe("models/AlexNet.md");
		expect(mc.getFirstLinkpathDest("AlexNet", "other/x.md")?.path).toBe("other/AlexNet.md");
		expect(mc.getFirstLinkpathDest("Nope", "Index.md")).toBeNull();
		expect(mc.fileToLinktext(app.vault.getFileByPath("models/ResNet.md")!, "Index.md")).toBe("ResNet");
		expect(mc.fileToLinktext(app.vault.getFileByPath("models/AlexNet.md")!, "Index.md")).toBe("models/AlexNet");
		expect(mc.unresolvedLinks["Index.md"]).toEqual({});
	});

	it("getFirstLinkpathDest follows files created, renamed (with their folder) and deleted", async () => {
		const { app } = await boot();
		const mc = app.metadataCache;
		expect(mc.getFirstLinkpathDest("VGGNet", "Index.md")).toBeNull();
		const vgg = await app.vault.create("drafts/VGGNet.md", "# VGGNet");
		expect(mc.getFirstLinkpathDest("vggnet", "Index.md")).toBe(vgg);
		await app.vault.rename(vgg, "drafts/VGG-16.md");
		expect(mc.getFirstLinkpathDest("VGGNet", "Index.md")).toBeNull();
		expect(mc.getFirstLinkpathDest("VGG-16", "Index.md")).toBe(vgg);
		await app.vault.rename(app.vault.getFolderByPath("drafts")!, "published");
		expect(mc.getFirstLinkpathDest("published/VGG-16", "Index.md")).toBe(vgg);
		expect(mc.getFirstLinkpathDest("drafts/VGG-16", "Index.md")).toBeNull();
		await app.vault.delete(vgg);
		expect(mc.getFirstLinkpathDest("VGG-16", "Index.md")).toBeNull();
	});

	it("builds CachedMetadata like Obsidian", async () => {
		const { app } = await boot();
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("models/AlexNet.md")!)!;
		expect(cache.frontmatter).toEqual({ aliases: ["SuperVision"], tags: ["cnn"] });
		expect(cache.frontmatterPosition?.end.line).toBe(3);
		expect(cache.tags).toEqual([{ tag: "#ilsvrc", position: { start: { line: 6, col: 4, offset: 58 }, end: { line: 6, col: 11, offset: 65 } } }]);
		expect(cache.headings?.[0]).toMatchObject({ heading: "AlexNet", level: 1, position: { start: { line: 4 } } });
		const index = app.metadataCache.getCache("Index.md")!;
		expect(index.links?.[1]).toMatchObject({ link: "ResNet#Results", displayText: "ResNet results", original: "[[ResNet#Results|ResNet results]]", position: { start: { line: 2, col: 20 } } });
	});

	it("create of an existing path throws", async () => {
		const { app } = await boot();
		await expect(app.vault.create("Index.md", "x")).rejects.toThrow("File already exists.");
		await expect(app.vault.createFolder("models")).rejects.toThrow("Folder already exists.");
	});
});

describe("commands, rendering, notices, theme", () => {
	it("executeCommandById runs callbacks and editor callbacks with the active editor", async () => {
		const { app, plugin } = await boot();
		expect(app.commands.executeCommandById("test-plugin:run")).toBe(true);
		expect(plugin.ran).toBe(1);
		expect(app.commands.executeCommandById("test-plugin:insert")).toBe(false);
		await app.workspace.openLinkText("Index", "");
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		view.editor.setCursor({ line: 0, ch: 0 });
		expect(app.commands.executeCommandById("test-plugin:insert")).toBe(true);
		expect(view.editor.getLine(0)).toBe("INSERTED# Index");
		await new Promise((r) => setTimeout(r, 5));
		expect(await app.vault.read(view.file!)).toMatch(/^INSERTED# Index/);
		expect(app.commands.executeCommandById("nope")).toBe(false);
	});

	it("MarkdownRenderer renders links as a.internal-link and runs code block processors", async () => {
		const { app } = await boot();
		const el = createDiv();
		const md = "Hello [[AlexNet|Alex]] <b>not html</b> #tag\n\n```test-block\nabc\n```\n";
		await obsidian.MarkdownRenderer.render(app, md, el, "Index.md", new obsidian.Component());
		const a = el.find("a.internal-link")!;
		expect(a.getAttr("data-href")).toBe("AlexNet");
		expect(a.textContent).toBe("Alex");
		expect(el.find("b")).toBeNull();
		expect(el.textContent).toContain("<b>not html</b>");
		expect(el.find(".test-block")?.textContent).toBe("ABC");
	});

	it("Notice records messages; setTheme switches the body class and fires css-change", async () => {
		const { app } = await boot();
		new Notice("Copied the model");
		expect(getNotices()).toContain("Copied the model");
		expect(document.querySelector(".notice")?.textContent).toBe("Copied the model");
		expect(document.body.hasClass("theme-light")).toBe(true);
		let changes = 0;
		app.workspace.on("css-change", () => changes++);
		setTheme(app, "dark");
		expect(document.body.hasClass("theme-dark")).toBe(true);
		expect(document.body.hasClass("theme-light")).toBe(false);
		expect(changes).toBe(1);
	});

	it("yaml and debounce", () => {
		expect(obsidian.parseYaml('a: 1\nb: "x: y"\nc:\n  - "[[AlexNet]]"\n  - two\nd: [1, \'q\', {k: v}]\ne: |\n  line1\n  line2\n')).toEqual({
			a: 1,
			b: "x: y",
			c: ["[[AlexNet]]", "two"],
			d: [1, "q", { k: "v" }],
			e: "line1\nline2\n",
		});
		expect(obsidian.parseYaml(obsidian.stringifyYaml({ a: ["x", "1"], b: { c: true } }))).toEqual({ a: ["x", "1"], b: { c: true } });
		vi.useFakeTimers();
		const cb = vi.fn();
		const d = obsidian.debounce(cb, 100);
		d(1);
		d(2);
		vi.advanceTimersByTime(100);
		expect(cb).toHaveBeenCalledTimes(1);
		expect(cb).toHaveBeenLastCalledWith(2);
		d(3);
		d.cancel();
		vi.advanceTimersByTime(200);
		expect(cb).toHaveBeenCalledTimes(1);
		d(4);
		d.run();
		expect(cb).toHaveBeenLastCalledWith(4);
	});
});

describe("evaluatePluginBundle", () => {
	it("loads a CommonJS bundle that requires obsidian", async () => {
		const code = `
			"use strict";
			var obsidian = require("obsidian");
			class BundlePlugin extends obsidian.Plugin {
				onload() { this.addCommand({ id: "hello", name: "Hello", callback: () => new obsidian.Notice("hello from bundle") }); }
			}
			module.exports = { default: BundlePlugin };
		`;
		const cls = evaluatePluginBundle(code, obsidian as unknown as Record<string, unknown>);
		const { app } = await bootApp({ files: {}, container, plugins: [{ plugin: cls, manifest: { id: "bundle", name: "Bundle", version: "0.0.1" } }] });
		expect(app.commands.executeCommandById("bundle:hello")).toBe(true);
		expect(getNotices()).toContain("hello from bundle");
		expect(() => evaluatePluginBundle('require("fs")', obsidian as unknown as Record<string, unknown>)).toThrow(/requires "fs"/);
	});
});
