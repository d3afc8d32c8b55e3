// Plugin: commands, ribbon, status bar, settings tab, views, code blocks, hover sources, data.json; all undone on unload.
import type { App } from "./app";
import type { BasesViewRegistration } from "./bases";
import { Component } from "./events";
import type { ViewCreator } from "./layout";
import type { CodeBlockHandler, MarkdownPostProcessor } from "./render";
import type { PluginSettingTab } from "./settings";
import { setIcon } from "./util";
import type { HoverLinkSource } from "./workspace";

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion?: string;
	description?: string;
	author?: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
	dir?: string;
	[key: string]: unknown;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => any;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: any, ctx: any) => any;
	editorCheckCallback?: (checking: boolean, editor: any, ctx: any) => boolean | void;
	hotkeys?: Array<{ modifiers: string[]; key: string }>;
}

function removeFrom<T>(list: T[], item: T): void {
	const i = list.indexOf(item);
	if (i >= 0) list.splice(i, 1);
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	settings?: unknown;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = { dir: `${app.vault.configDir}/plugins/${manifest.id}`, ...manifest };
	}

	/** Like Obsidian, waits for an async onload before loading children. */
	async load(): Promise<void> {
		if (this._loaded) return;
		this._loaded = true;
		await this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): Promise<void> | void {}

	onUserEnable(): void {}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = this.app.workspace.leftRibbon.containerEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-tooltip-position": "right" } });
		setIcon(el, icon);
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: `status-bar-item plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, "-")}` });
		this.register(() => el.detach());
		return el;
	}

	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.app.workspace.registerHoverLinkSource(id, info);
		this.register(() => this.app.workspace.unregisterHoverLinkSource(id));
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		const list = this.app.markdown.postProcessors;
		list.push(postProcessor);
		this.register(() => removeFrom(list, postProcessor));
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): MarkdownPostProcessor {
		const lang = language.toLowerCase();
		if (this.app.markdown.codeBlocks.has(lang)) throw new Error(`A code block processor for "${language}" is already registered`);
		this.app.markdown.codeBlocks.set(lang, handler);
		this.register(() => this.app.markdown.codeBlocks.delete(lang));
		const pp: MarkdownPostProcessor = () => {};
		pp.sortOrder = sortOrder;
		return pp;
	}

	registerEditorExtension(extension: unknown): void {
		this.app.editorExtensions.push(extension);
		this.register(() => removeFrom(this.app.editorExtensions, extension));
	}

	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => any): void {
		this.app.protocolHandlers[action] = handler;
		this.register(() => delete this.app.protocolHandlers[action]);
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.app.editorSuggests.push(editorSuggest);
		this.register(() => removeFrom(this.app.editorSuggests, editorSuggest));
	}

	/** Bases (Obsidian 1.10+): false when the vault has Bases turned off (`app.bases.enabled`). */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.app.bases.enabled) return false;
		this.app.bases.register(viewId, registration);
		this.register(() => this.app.bases.unregister(viewId));
		return true;
	}

	registerCliHandler(command: string, _description: string, _flags: unknown, handler: (...args: any[]) => any): void {
		this.app.cliHandlers[command] = handler;
		this.register(() => delete this.app.cliHandlers[command]);
	}

	private dataPath(): string {
		return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
	}

	/** The plugin's data.json, parsed; null when there is none. */
	async loadData(): Promise<any> {
		const path = this.dataPath();
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path));
	}

	async saveData(data: any): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onExternalSettingsChange?(): any;
}
