// The stand-in for the "obsidian" module: what a plugin imports, backed by the in-memory app in this folder.
import { installDomHelpers } from "./dom";
import { Component } from "./events";

if (typeof window !== "undefined" && typeof document !== "undefined") installDomHelpers(window as Window & typeof globalThis);

export { installDomHelpers } from "./dom";
export { Events, Component, type EventRef } from "./events";
export { parseYaml, stringifyYaml } from "./yaml";
export { normalizePath, TAbstractFile, TFile, TFolder, Vault, MemoryAdapter, type FileStats, type DataWriteOptions } from "./vault";
export type { CachedMetadata, Pos, Loc, ReferenceCache, ReferenceCache as LinkCache, ReferenceCache as EmbedCache, TagCache, HeadingCache, SectionCache, BlockCache, ListItemCache, FrontmatterLinkCache } from "./markdown";
export {
	MetadataCache,
	parseLinktext,
	getLinkpath,
	getAllTags,
	parseFrontMatterAliases,
	parseFrontMatterTags,
	parseFrontMatterEntry,
	getFrontMatterInfo,
	resolveSubpath,
	stripHeading,
} from "./metadata";
export { Editor, type EditorPosition, type EditorRange, type EditorSelection } from "./editor";
export { MarkdownRenderer, MarkdownRenderChild, type MarkdownPostProcessorContext, type MarkdownPostProcessor, type MarkdownSectionInformation } from "./render";
export { View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, EmptyView, type ViewStateResult, type MarkdownViewModeType } from "./views";
export { WorkspaceLeaf, WorkspaceItem, WorkspaceParent, WorkspaceSplit, WorkspaceTabs, ViewRegistry, type ViewState, type OpenViewState, type ViewCreator } from "./layout";
export { Workspace, type HoverLinkSource, type HoverRecord } from "./workspace";
export { FileManager } from "./filemanager";
export { Keymap, Scope, Platform, debounce, setIcon, getIcon, addIcon, removeIcon, getIconIds, requestUrl, request, sanitizeHTMLToDom, type Debouncer, type PaneType, type Modifier } from "./util";
export { Notice, Modal, SuggestModal, FuzzySuggestModal, Menu, MenuItem, prepareFuzzySearch, prepareSimpleSearch, getNotices, clearNotices, noticeLog, menuLog, type FuzzyMatch, type Instruction } from "./ui";
export {
	Setting,
	SettingTab,
	PluginSettingTab,
	BaseComponent,
	ValueComponent,
	AbstractTextComponent,
	TextComponent,
	TextAreaComponent,
	SearchComponent,
	ToggleComponent,
	DropdownComponent,
	SliderComponent,
	ButtonComponent,
	ExtraButtonComponent,
} from "./settings";
export { Plugin, type PluginManifest, type Command } from "./plugin";
export {
	BasesView,
	BasesEntry,
	BasesEntryGroup,
	BasesQueryResult,
	BasesViewConfig,
	QueryController,
	Value,
	NullValue,
	NotNullValue,
	PrimitiveValue,
	StringValue,
	NumberValue,
	BooleanValue,
	LinkValue,
	ListValue,
	parsePropertyId,
	BasesFileView,
	type BasesPropertyId,
	type BasesPropertyType,
	type BasesViewRegistration,
	type BasesViewFactory,
	type BasesAllOptions,
	type BasesConfigFile,
	type BasesSortConfig,
} from "./bases";
export { App, createApp, startApp, bootApp, loadPlugin, unloadPlugin, evaluatePluginBundle, setTheme, type CreateAppOptions, type Theme } from "./app";

export let apiVersion = "1.13.1";

/** Stand-in only: the app version `requireApiVersion` answers for, to play an older Obsidian. */
export function setApiVersion(version: string): void {
	apiVersion = version;
}

export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
}

/** The stand-in has no moment.js: plugins that need dates must not depend on it in tests. */
export function moment(): never {
	throw new Error("moment is not provided by the Obsidian stand-in");
}

/** Obsidian's page preview popover; the stand-in shows its own on `hover-link` (see Workspace.hovers). */
export class HoverPopover extends Component {
	hoverEl: HTMLElement;
	constructor(_parent: unknown, _targetEl: HTMLElement | null) {
		super();
		this.hoverEl = createDiv({ cls: "popover hover-popover" });
	}
}

/** Minimal: never shows suggestions in the stand-in. */
export abstract class EditorSuggest<T> extends Component {
	limit = 100;
	context: unknown = null;
	constructor(public app: unknown) {
		super();
	}
	abstract getSuggestions(context: unknown): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
	close(): void {}
}

/** Minimal: never shows suggestions in the stand-in. */
export abstract class AbstractInputSuggest<T> extends Component {
	limit = 100;
	constructor(public app: unknown, public textInputEl: HTMLInputElement | HTMLDivElement) {
		super();
	}
	setValue(value: string): void {
		if ("value" in this.textInputEl) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}
	getValue(): string {
		return "value" in this.textInputEl ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	close(): void {}
}
