// The Workspace: leaves in the root split and the sidebars, the active leaf and file, openLinkText, page-preview popovers.
import type { App } from "./app";
import { Events } from "./events";
import { getLinkpath, parseLinktext } from "./metadata";
import { MarkdownRenderer } from "./render";
import { Component } from "./events";
import { Keymap, debounce, type Debouncer, type PaneType } from "./util";
import { TAbstractFile, TFile, normalizePath } from "./vault";
import { FileView, View, MarkdownView } from "./views";
import { WorkspaceLeaf, WorkspaceParent, WorkspaceSplit, WorkspaceTabs, type OpenViewState } from "./layout";

export interface HoverLinkSource {
	display: string;
	defaultMod: boolean;
}

export interface HoverLinkEvent {
	event: MouseEvent;
	source: string;
	hoverParent: unknown;
	targetEl: HTMLElement | null;
	linktext: string;
	sourcePath?: string;
}

/** Stand-in only: what a hover-link trigger did. */
export interface HoverRecord extends HoverLinkEvent {
	shown: boolean;
	file: TFile | null;
	el: HTMLElement | null;
}

export class Workspace extends Events {
	containerEl: HTMLElement;
	rootSplit = new WorkspaceSplit("root");
	leftSplit = new WorkspaceSplit("left");
	rightSplit = new WorkspaceSplit("right");
	floatingSplit = new WorkspaceSplit("floating");
	leftRibbon: { containerEl: HTMLElement };
	activeLeaf: WorkspaceLeaf | null = null;
	activeEditor: MarkdownView | null = null;
	layoutReady = false;
	requestSaveLayout: Debouncer<[], Promise<void>>;
	hoverLinkSources: Record<string, HoverLinkSource> = {};
	/** Stand-in only: every hover-link trigger, and the popover element if one was shown. */
	hovers: HoverRecord[] = [];
	/** Stand-in only: how many times the layout was saved. */
	layoutSaves = 0;
	private readyCallbacks: Array<() => any> = [];
	private lastActiveFile: TFile | null = null;
	private lastOpenedFile: TFile | null = null;
	private lastOpenFiles: string[] = [];
	private popover: { el: HTMLElement; component: Component } | null = null;

	constructor(private app: App, container: HTMLElement) {
		super();
		this.containerEl = container.createDiv({ cls: "workspace" });
		this.leftRibbon = { containerEl: this.containerEl.createDiv({ cls: "workspace-ribbon side-dock-ribbon mod-left" }) };
		for (const split of [this.leftSplit, this.rootSplit, this.rightSplit, this.floatingSplit]) this.containerEl.appendChild(split.containerEl);
		this.requestSaveLayout = debounce(async () => {
			this.layoutSaves++;
		}, 0);
		this.on("hover-link", (info: HoverLinkEvent) => this.onHoverLink(info));
		app.vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			this.lastOpenFiles = this.lastOpenFiles.map((p) => (p === oldPath ? file.path : p));
			this.iterateAllLeaves((leaf) => {
				if (leaf.view instanceof FileView && file instanceof TFile && leaf.view.file === file) void leaf.view.onRename(file).then(() => leaf.updateHeader());
			});
		});
		app.vault.on("delete", (file: TAbstractFile) => {
			this.iterateAllLeaves((leaf) => {
				if (leaf.view instanceof FileView && leaf.view.file === file) leaf.detach();
			});
		});
		app.viewRegistry.on("view-unregistered", (type: string) => this.replaceViewsOfType(type));
		app.viewRegistry.on("view-registered", (type: string) => this.restoreViewsOfType(type));
	}

	/** Stand-in only: creates the first empty tab; Obsidian always has one leaf in the root. */
	init(): void {
		this.setActiveLeaf(this.createLeaf(this.rootSplit, null));
	}

	/** Stand-in only: marks the layout ready and runs the waiting callbacks. */
	_setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const cbs = this.readyCallbacks;
		this.readyCallbacks = [];
		for (const cb of cbs) cb();
		this.trigger("layout-ready");
		this.trigger("layout-change");
	}

	onLayoutReady(callback: () => any): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	private createLeaf(split: WorkspaceSplit, tabs: WorkspaceTabs | null, index?: number): WorkspaceLeaf {
		let group = tabs;
		if (!group) {
			group = new WorkspaceTabs();
			split.insertChild(split.children.length, group);
		}
		const leaf = new WorkspaceLeaf(this.app);
		group.insertChild(index ?? group.children.length, leaf);
		void leaf.init();
		group.selectTab(leaf);
		this.trigger("layout-change");
		return leaf;
	}

	private splitOf(leaf: WorkspaceLeaf): WorkspaceSplit | null {
		const root = leaf.getRoot();
		return root instanceof WorkspaceSplit ? root : null;
	}

	private isRootLeaf(leaf: WorkspaceLeaf): boolean {
		const split = this.splitOf(leaf);
		return split === this.rootSplit || split === this.floatingSplit;
	}

	getMostRecentLeaf(root: WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
		let best: WorkspaceLeaf | null = null;
		this.iterateLeaves(root, (leaf) => {
			if (!best || leaf.activeTime > best.activeTime) best = leaf;
		});
		return best;
	}

	/** The active root leaf if it can navigate (not pinned, a view with `navigation`), else the most recent one that can, else a new tab. */
	getUnpinnedLeaf(): WorkspaceLeaf {
		const canNavigate = (leaf: WorkspaceLeaf | null) => !!leaf && !leaf.pinned && leaf.view.navigation && this.isRootLeaf(leaf);
		if (canNavigate(this.activeLeaf)) return this.activeLeaf!;
		let best: WorkspaceLeaf | null = null;
		this.iterateRootLeaves((leaf) => {
			if (canNavigate(leaf) && (!best || leaf.activeTime > best.activeTime)) best = leaf;
		});
		return best ?? this.getLeaf("tab");
	}

	getLeaf(newLeaf?: PaneType | boolean, _direction?: "vertical" | "horizontal"): WorkspaceLeaf {
		if (!newLeaf) return this.getUnpinnedLeaf();
		const current = this.activeLeaf && this.isRootLeaf(this.activeLeaf) ? this.activeLeaf : this.getMostRecentLeaf();
		if (newLeaf === "split") return this.createLeaf(this.rootSplit, null);
		if (newLeaf === "window") return this.createLeaf(this.floatingSplit, null);
		const tabs = current?.parent instanceof WorkspaceTabs ? current.parent : null;
		const index = tabs && current ? tabs.children.indexOf(current) + 1 : undefined;
		return this.createLeaf(this.rootSplit, tabs, index);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.rightSplit, split);
	}
	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.leftSplit, split);
	}
	private sideLeaf(side: WorkspaceSplit, split: boolean): WorkspaceLeaf {
		const tabs = !split && side.children[0] instanceof WorkspaceTabs ? (side.children[0] as WorkspaceTabs) : null;
		return this.createLeaf(side, tabs);
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {}): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		const leaf = existing ?? this.sideLeaf(side === "left" ? this.leftSplit : this.rightSplit, !!options.split);
		if (!existing || options.state) await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		let found: WorkspaceLeaf | null = null;
		this.iterateAllLeaves((leaf) => {
			if (leaf.id === id) found = leaf;
		});
		return found;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		const out: WorkspaceLeaf[] = [];
		this.iterateAllLeaves((leaf) => {
			if (leaf.group === group) out.push(leaf);
		});
		return out;
	}

	private iterateLeaves(parent: WorkspaceParent, cb: (leaf: WorkspaceLeaf) => any): void {
		for (const child of parent.children.slice()) {
			if (child instanceof WorkspaceLeaf) cb(child);
			else if (child instanceof WorkspaceParent) this.iterateLeaves(child, cb);
		}
	}
	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		this.iterateLeaves(this.rootSplit, callback);
		this.iterateLeaves(this.floatingSplit, callback);
	}
	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => any): void {
		for (const split of [this.leftSplit, this.rootSplit, this.rightSplit, this.floatingSplit]) this.iterateLeaves(split, callback);
	}
	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		const out: WorkspaceLeaf[] = [];
		this.iterateAllLeaves((leaf) => {
			if (leaf.view.getViewType() === viewType) out.push(leaf);
		});
		return out;
	}
	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const split = this.splitOf(leaf);
		if (split?.collapsed) split.expand();
		if (leaf.parent instanceof WorkspaceTabs) leaf.parent.selectTab(leaf);
		await leaf.loadIfDeferred();
	}

	/** Stand-in only: called by WorkspaceLeaf.detach. */
	async _detachLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const parent = leaf.parent;
		if (!parent) return;
		const wasActive = this.activeLeaf === leaf;
		parent.removeChild(leaf);
		if (parent instanceof WorkspaceTabs && parent.children.length === 0) parent.parent?.removeChild(parent);
		if (wasActive) this.activeLeaf = null;
		await leaf.view.close();
		if (this.rootSplit.children.length === 0) this.createLeaf(this.rootSplit, null);
		if (wasActive) {
			const next = this.getMostRecentLeaf() ?? this.getMostRecentLeaf(this.rightSplit);
			if (next) this.setActiveLeaf(next);
			else this.trigger("active-leaf-change", null);
		}
		this.trigger("layout-change");
		this.requestSaveLayout();
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.lastActiveFile;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: any[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? (view as T) : null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		leaf.activeTime = Date.now() + ++activeCounter;
		if (leaf.parent instanceof WorkspaceTabs) leaf.parent.selectTab(leaf);
		if (this.activeLeaf === leaf) return;
		this.activeLeaf?.containerEl.removeClass("mod-active");
		this.activeLeaf = leaf;
		leaf.containerEl.addClass("mod-active");
		this.activeEditor = leaf.view instanceof MarkdownView ? leaf.view : null;
		void params;
		this.trigger("active-leaf-change", leaf);
		this._fileOpenIfChanged();
	}

	/** Stand-in only: fires file-open when the active leaf now shows a different file. */
	_fileOpenIfChanged(): void {
		const view = this.activeLeaf?.view;
		if (!(view instanceof FileView)) return;
		this.activeEditor = view instanceof MarkdownView ? view : null;
		if (view.file === this.lastOpenedFile) return;
		this.lastOpenedFile = view.file;
		if (view.file) this.lastActiveFile = view.file;
		this.trigger("file-open", view.file);
	}

	/** Stand-in only: remembers recently opened files. */
	_noteOpened(file: TFile): void {
		this.lastOpenFiles = [file.path, ...this.lastOpenFiles.filter((p) => p !== file.path)].slice(0, 10);
	}

	getLastOpenFiles(): string[] {
		return this.lastOpenFiles.slice();
	}

	/** Resolves the link with the metadata cache, creates the note if it does not exist, and opens it. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		let file = path === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) {
			if (path === "") return;
			const name = /\.[A-Za-z0-9]+$/.test(path) && !path.endsWith(".md") ? path : path.replace(/\.md$/, "") + ".md";
			const parent = this.app.fileManager.getNewFileParent(sourcePath);
			file = await this.app.vault.create(normalizePath(parent.isRoot() || name.includes("/") ? name : `${parent.path}/${name}`), "");
		}
		const eState = { ...(openViewState?.eState ?? {}), ...(subpath ? { subpath } : {}) };
		const leaf = this.getLeaf(newLeaf);
		await leaf.openFile(file, { ...openViewState, eState: Object.keys(eState).length ? eState : undefined });
	}

	getLayout(): Record<string, unknown> {
		const describe = (split: WorkspaceSplit) => ({
			type: "split",
			children: split.children.map((tabs) => ({
				type: "tabs",
				children: (tabs as WorkspaceTabs).children.map((leaf) => ({ id: (leaf as WorkspaceLeaf).id, type: "leaf", state: (leaf as WorkspaceLeaf).getViewState() })),
			})),
		});
		return { main: describe(this.rootSplit), left: describe(this.leftSplit), right: describe(this.rightSplit), active: this.activeLeaf?.id, lastOpenFiles: this.getLastOpenFiles() };
	}
	async changeLayout(_workspace: unknown): Promise<void> {}
	updateOptions(): void {}

	/** Stand-in only: what Obsidian does when the window resizes: every view's onResize, then `resize`. */
	resize(): void {
		this.iterateAllLeaves((leaf) => leaf.onResize());
		this.trigger("resize");
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.hoverLinkSources[id] = info;
	}
	unregisterHoverLinkSource(id: string): void {
		delete this.hoverLinkSources[id];
	}

	private replaceViewsOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) void leaf.setViewState({ type, state: leaf.view.getState() });
	}
	private restoreViewsOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) void leaf.setViewState({ type, state: leaf.view.getState() });
	}

	/** Obsidian's page preview: a popover with the note, when the source needs no modifier or the modifier is held. */
	private onHoverLink(info: HoverLinkEvent): void {
		const source = this.hoverLinkSources[info.source];
		const needsMod = source ? source.defaultMod : false;
		const record: HoverRecord = { ...info, shown: false, file: null, el: null };
		this.hovers.push(record);
		if (needsMod && !Keymap.isModEvent(info.event)) return;
		this.hidePopover();
		const file = this.app.metadataCache.getFirstLinkpathDest(getLinkpath(info.linktext), info.sourcePath ?? "");
		const doc = info.targetEl?.ownerDocument ?? document;
		const el = doc.body.createDiv({ cls: "popover hover-popover", attr: { "data-linktext": info.linktext } });
		const component = new Component();
		component.load();
		const content = el.createDiv({ cls: "markdown-embed markdown-preview-view markdown-rendered" });
		if (file) {
			el.setAttr("data-path", file.path);
			content.createDiv({ cls: "inline-title", text: file.basename });
			void MarkdownRenderer.render(this.app, this.app.vault._text(file), content, file.path, component);
		} else content.createDiv({ cls: "markdown-embed-content", text: `"${getLinkpath(info.linktext)}" is not created yet. Click to create.` });
		this.popover = { el, component };
		record.shown = true;
		record.file = file;
		record.el = el;
		if (info.hoverParent && typeof info.hoverParent === "object") (info.hoverParent as { hoverPopover: unknown }).hoverPopover = el;
		info.targetEl?.addEventListener("mouseleave", () => setTimeout(() => this.hidePopover(el), 300), { once: true });
	}

	/** Stand-in only: removes the page-preview popover. */
	hidePopover(el?: HTMLElement): void {
		if (!this.popover || (el && this.popover.el !== el)) return;
		this.popover.component.unload();
		this.popover.el.detach();
		this.popover = null;
	}
}

let activeCounter = 0;
