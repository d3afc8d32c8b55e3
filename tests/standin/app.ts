// App: vault, metadata cache, workspace, file manager, commands, settings and plugins; createApp/startApp/loadPlugin.
import { BASES_VIEW_TYPE, BasesFileView, BasesRegistry } from "./bases";
import { installDomHelpers } from "./dom";
import { MetadataCache, getLinkpath } from "./metadata";
import type { Command, Plugin, PluginManifest } from "./plugin";
import { MarkdownRegistry } from "./render";
import type { SettingTab } from "./settings";
import { Keymap, Scope } from "./util";
import { FileManager } from "./filemanager";
import { ViewRegistry, type WorkspaceLeaf } from "./layout";
import { Vault } from "./vault";
import { MarkdownView } from "./views";
import { Workspace } from "./workspace";

export class Commands {
	commands: Record<string, Command> = {};
	constructor(private app: App) {}
	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}
	removeCommand(id: string): void {
		delete this.commands[id];
	}
	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}
	listCommands(): Command[] {
		return Object.values(this.commands);
	}
	/** Runs the command the way the palette does; false when it is not available now. */
	executeCommand(command: Command): boolean {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (view && command.editorCheckCallback) {
			if (!command.editorCheckCallback(true, view.editor, view)) return false;
			command.editorCheckCallback(false, view.editor, view);
			return true;
		}
		if (view && command.editorCallback) {
			command.editorCallback(view.editor, view);
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			command.checkCallback(false);
			return true;
		}
		if (command.callback) {
			command.callback();
			return true;
		}
		return false;
	}
	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		return command ? this.executeCommand(command) : false;
	}
}

export class AppSetting {
	containerEl: HTMLElement;
	contentEl: HTMLElement;
	pluginTabs: SettingTab[] = [];
	activeTab: SettingTab | null = null;
	isOpen = false;
	constructor() {
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		const modal = this.containerEl.createDiv({ cls: "modal mod-settings" });
		this.contentEl = modal.createDiv({ cls: "vertical-tab-content-container" });
	}
	addSettingTab(tab: SettingTab): void {
		this.pluginTabs.push(tab);
	}
	removeSettingTab(tab: SettingTab): void {
		if (this.activeTab === tab) this.close();
		this.pluginTabs = this.pluginTabs.filter((t) => t !== tab);
	}
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
	}
	close(): void {
		this.activeTab?.hide();
		this.activeTab?.containerEl.detach();
		this.activeTab = null;
		this.isOpen = false;
		this.containerEl.detach();
	}
	openTabById(id: string): SettingTab | undefined {
		const tab = this.pluginTabs.find((t) => t.id === id);
		if (!tab) return undefined;
		this.open();
		if (this.activeTab && this.activeTab !== tab) {
			this.activeTab.hide();
			this.activeTab.containerEl.detach();
		}
		this.activeTab = tab;
		this.contentEl.appendChild(tab.containerEl);
		tab.display();
		return tab;
	}
}

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

export class Plugins {
	plugins: Record<string, Plugin> = {};
	manifests: Record<string, PluginManifest> = {};
	enabledPlugins = new Set<string>();
	private classes: Record<string, PluginClass> = {};
	constructor(private app: App) {}
	getPlugin(id: string): Plugin | null {
		return this.plugins[id] ?? null;
	}
	/** Stand-in only: records a plugin loaded by loadPlugin. */
	_add(plugin: Plugin, cls: PluginClass): void {
		const id = plugin.manifest.id;
		this.plugins[id] = plugin;
		this.manifests[id] = plugin.manifest;
		this.classes[id] = cls;
		this.enabledPlugins.add(id);
	}
	/** Like the user turning the plugin on: a new instance, onload, then onUserEnable. */
	async enablePlugin(idOrPlugin: string | Plugin): Promise<Plugin | null> {
		const id = typeof idOrPlugin === "string" ? idOrPlugin : idOrPlugin.manifest.id;
		if (this.plugins[id]?._loaded) return this.plugins[id];
		const cls = this.classes[id] ?? (typeof idOrPlugin === "string" ? undefined : (idOrPlugin.constructor as PluginClass));
		if (!cls) return null;
		const plugin = await loadPlugin(this.app, cls, this.manifests[id] ?? (idOrPlugin as Plugin).manifest);
		if (this.app.workspace.layoutReady) plugin.onUserEnable();
		return plugin;
	}
	async disablePlugin(idOrPlugin: string | Plugin): Promise<void> {
		const plugin = typeof idOrPlugin === "string" ? this.plugins[idOrPlugin] : idOrPlugin;
		if (plugin) unloadPlugin(this.app, plugin);
	}
	/** Stand-in only. */
	_remove(plugin: Plugin): void {
		const id = plugin.manifest.id;
		if (this.plugins[id] === plugin) delete this.plugins[id];
		this.enabledPlugins.delete(id);
	}
}

export type Theme = "light" | "dark";

export interface CreateAppOptions {
	files?: Record<string, string>;
	container?: HTMLElement;
	theme?: Theme;
	vaultName?: string;
	/** Plugin id -> the object its data.json holds. */
	pluginData?: Record<string, unknown>;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	keymap = new Keymap();
	scope = new Scope();
	lastEvent: MouseEvent | KeyboardEvent | null = null;
	viewRegistry = new ViewRegistry();
	markdown = new MarkdownRegistry();
	/** Bases (Obsidian 1.10+): the view types a `.base` file can show, the plugins' among them. */
	bases = new BasesRegistry();
	commands: Commands;
	setting = new AppSetting();
	plugins: Plugins;
	containerEl: HTMLElement;
	statusBarEl: HTMLElement;
	theme: Theme;
	editorExtensions: unknown[] = [];
	editorSuggests: unknown[] = [];
	protocolHandlers: Record<string, (params: Record<string, string>) => any> = {};
	cliHandlers: Record<string, (...args: any[]) => any> = {};
	/** Stand-in only: files added to the vault by startApp. */
	pendingFiles: Record<string, string>;
	started = false;
	private local = new Map<string, unknown>();

	constructor(options: CreateAppOptions) {
		const container = options.container ?? document.body.createDiv();
		this.containerEl = container.createDiv({ cls: "app-container" });
		this.vault = new Vault(options.vaultName ?? "Vault");
		this.metadataCache = new MetadataCache(this.vault);
		this.viewRegistry.registerView("markdown", (leaf: WorkspaceLeaf) => new MarkdownView(leaf));
		this.viewRegistry.registerExtensions(["md"], "markdown");
		this.viewRegistry.registerView(BASES_VIEW_TYPE, (leaf: WorkspaceLeaf) => new BasesFileView(leaf));
		this.viewRegistry.registerExtensions(["base"], BASES_VIEW_TYPE);
		this.workspace = new Workspace(this, this.containerEl.createDiv({ cls: "horizontal-main-container" }));
		this.statusBarEl = this.containerEl.createDiv({ cls: "status-bar" });
		this.fileManager = new FileManager(this);
		this.commands = new Commands(this);
		this.plugins = new Plugins(this);
		this.pendingFiles = { ...(options.files ?? {}) };
		this.theme = options.theme ?? "light";
		for (const [id, data] of Object.entries(options.pluginData ?? {}))
			this.vault.adapter.hidden.set(`${this.vault.configDir}/plugins/${id}/data.json`, JSON.stringify(data));
		applyTheme(this.containerEl.ownerDocument, this.theme);
	}
	isDarkMode(): boolean {
		return this.theme === "dark";
	}
	loadLocalStorage(key: string): any | null {
		return this.local.has(key) ? this.local.get(key) : null;
	}
	saveLocalStorage(key: string, data: unknown | null): void {
		if (data === null || data === undefined) this.local.delete(key);
		else this.local.set(key, data);
	}
	/** Stand-in only: what Obsidian does with a linktext before opening it. */
	getLinkpath(linktext: string): string {
		return getLinkpath(linktext);
	}
}

function applyTheme(doc: Document, theme: Theme): void {
	doc.body.classList.toggle("theme-dark", theme === "dark");
	doc.body.classList.toggle("theme-light", theme === "light");
}

/** Creates the app with its workspace in `container`. Files enter the vault at startApp, as Obsidian loads them at startup. */
export function createApp(options: CreateAppOptions = {}): App {
	const doc = options.container?.ownerDocument ?? document;
	installDomHelpers((doc.defaultView ?? window) as Window & typeof globalThis);
	const app = new App(options);
	app.workspace.init();
	(globalThis as { app?: App }).app = app;
	if (doc.defaultView) (doc.defaultView as unknown as { app?: App }).app = app;
	return app;
}

/** Obsidian's startup after plugins load: the vault scan (a `create` per file), indexing (`changed`, `resolved`), then layout ready. */
export async function startApp(app: App): Promise<App> {
	if (app.started) return app;
	app.started = true;
	app.vault.loadFiles(app.pendingFiles);
	app.pendingFiles = {};
	await app.metadataCache.whenIdle();
	app.workspace._setLayoutReady();
	return app;
}

export type PluginModule = PluginClass | { default: PluginClass };

function pluginClassOf(module: PluginModule): PluginClass {
	const cls = typeof module === "function" ? module : module?.default;
	if (typeof cls !== "function") throw new Error("loadPlugin: expected a Plugin class or a module whose default export is one");
	return cls;
}

/** Instantiates the plugin and awaits its onload, as Obsidian does when it enables a plugin. */
export async function loadPlugin<P extends Plugin = Plugin>(app: App, module: PluginModule, manifest: PluginManifest): Promise<P> {
	const cls = pluginClassOf(module);
	const plugin = new cls(app, manifest);
	app.plugins._add(plugin, cls);
	await plugin.load();
	return plugin as P;
}

/** Unloads the plugin: every registered event, DOM listener, interval, command and view type goes away. */
export function unloadPlugin(app: App, plugin: Plugin): void {
	plugin.unload();
	app.plugins._remove(plugin);
}

/** createApp, loadPlugin for each plugin, then startApp: the order Obsidian starts in. */
export async function bootApp(options: CreateAppOptions & { plugins?: Array<{ plugin: PluginModule; manifest: PluginManifest }> }): Promise<{ app: App; plugins: Plugin[] }> {
	const app = createApp(options);
	const plugins: Plugin[] = [];
	for (const p of options.plugins ?? []) plugins.push(await loadPlugin(app, p.plugin, p.manifest));
	await startApp(app);
	return { app, plugins };
}

/** Switches the body's theme class and triggers `css-change`, like changing Obsidian's base theme. */
export function setTheme(app: App, theme: Theme): void {
	app.theme = theme;
	applyTheme(app.containerEl.ownerDocument, theme);
	app.workspace.trigger("css-change");
}

/** Runs a CommonJS plugin bundle (esbuild's main.js) with `require("obsidian")` answered by `obsidianModule`. Returns its default export. */
export function evaluatePluginBundle(code: string, obsidianModule: Record<string, unknown>): PluginClass {
	const module: { exports: any } = { exports: {} };
	const require = (name: string): unknown => {
		if (name === "obsidian") return obsidianModule;
		throw new Error(`evaluatePluginBundle: the bundle requires "${name}", which the Obsidian stand-in does not provide (only "obsidian")`);
	};
	new Function("module", "exports", "require", code)(module, module.exports, require);
	const exported = module.exports;
	const cls = exported?.default ?? exported;
	if (typeof cls !== "function") throw new Error("evaluatePluginBundle: the bundle has no default export class");
	return cls as PluginClass;
}
