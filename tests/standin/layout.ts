// Workspace layout: splits, tab groups and leaves, and the registry of view types.
import type { App } from "./app";
import { Events } from "./events";
import { EmptyView, FileView, UnavailableView, View } from "./views";
import { TFile } from "./vault";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

export class ViewRegistry extends Events {
	viewByType: Record<string, ViewCreator> = {};
	typeByExtension: Record<string, string> = {};

	registerView(type: string, creator: ViewCreator): void {
		if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType[type] = creator;
		this.trigger("view-registered", type);
	}
	unregisterView(type: string): void {
		delete this.viewByType[type];
		this.trigger("view-unregistered", type);
	}
	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.viewByType[type];
	}
	registerExtensions(extensions: string[], type: string): void {
		for (const ext of extensions) {
			if (this.typeByExtension[ext]) throw new Error(`Attempting to register an existing file extension "${ext}"`);
			this.typeByExtension[ext] = type;
		}
	}
	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) delete this.typeByExtension[ext];
	}
	getTypeByExtension(ext: string): string | undefined {
		return this.typeByExtension[ext];
	}
}

export abstract class WorkspaceItem extends Events {
	containerEl: HTMLElement;
	parent: WorkspaceParent | null = null;
	constructor(cls: string) {
		super();
		this.containerEl = createDiv({ cls });
	}
	getRoot(): WorkspaceItem {
		let item: WorkspaceItem = this;
		while (item.parent) item = item.parent;
		return item;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {
	children: WorkspaceItem[] = [];
	insertChild(index: number, child: WorkspaceItem): void {
		child.parent = this;
		this.children.splice(index, 0, child);
		this.childContainer().insertBefore(child.containerEl, this.childContainer().children[index] ?? null);
	}
	removeChild(child: WorkspaceItem): void {
		const i = this.children.indexOf(child);
		if (i >= 0) this.children.splice(i, 1);
		child.containerEl.detach();
		child.parent = null;
	}
	childContainer(): HTMLElement {
		return this.containerEl;
	}
}

export class WorkspaceSplit extends WorkspaceParent {
	collapsed = false;
	constructor(public side: "root" | "left" | "right" | "floating") {
		super(`workspace-split mod-${side === "root" ? "vertical mod-root" : side === "floating" ? "vertical mod-floating" : `horizontal mod-sidedock mod-${side}-split`}`);
	}
	expand(): void {
		this.collapsed = false;
		this.containerEl.removeClass("is-collapsed");
	}
	collapse(): void {
		this.collapsed = true;
		this.containerEl.addClass("is-collapsed");
	}
	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}
}

export class WorkspaceTabs extends WorkspaceParent {
	currentTab = 0;
	tabHeaderContainerEl: HTMLElement;
	tabContainerEl: HTMLElement;
	constructor() {
		super("workspace-tabs");
		this.tabHeaderContainerEl = this.containerEl.createDiv({ cls: "workspace-tab-header-container" });
		this.tabContainerEl = this.containerEl.createDiv({ cls: "workspace-tab-container" });
	}
	childContainer(): HTMLElement {
		return this.tabContainerEl;
	}
	insertChild(index: number, child: WorkspaceItem): void {
		super.insertChild(index, child);
		if (child instanceof WorkspaceLeaf) this.tabHeaderContainerEl.insertBefore(child.tabHeaderEl, this.tabHeaderContainerEl.children[index] ?? null);
	}
	removeChild(child: WorkspaceItem): void {
		if (child instanceof WorkspaceLeaf) child.tabHeaderEl.detach();
		super.removeChild(child);
		this.selectTabIndex(Math.min(this.currentTab, this.children.length - 1));
	}
	selectTab(leaf: WorkspaceLeaf): void {
		this.selectTabIndex(this.children.indexOf(leaf));
	}
	selectTabIndex(index: number): void {
		if (index < 0) return;
		this.currentTab = index;
		this.children.forEach((c, i) => {
			c.containerEl.toggle(i === index);
			if (c instanceof WorkspaceLeaf) c.tabHeaderEl.toggleClass("is-active", i === index);
		});
	}
}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem {
	id: string;
	app: App;
	view: View;
	tabHeaderEl: HTMLElement;
	hoverPopover: unknown = null;
	pinned = false;
	group: string | null = null;
	activeTime = 0;
	private eState: Record<string, unknown> | null = null;

	constructor(app: App) {
		super("workspace-leaf");
		this.app = app;
		this.id = (++leafCounter).toString(16).padStart(16, "0");
		this.tabHeaderEl = createDiv({ cls: "workspace-tab-header", attr: { "data-leaf-id": this.id } });
		this.tabHeaderEl.createDiv({ cls: "workspace-tab-header-inner-title" });
		this.tabHeaderEl.addEventListener("click", () => this.app.workspace.setActiveLeaf(this, { focus: true }));
		this.view = new EmptyView(this);
	}

	/** Stand-in only: mounts the initial empty view. */
	async init(): Promise<void> {
		await this.view.open(this.containerEl);
	}

	get isDeferred(): boolean {
		return false;
	}
	async loadIfDeferred(): Promise<void> {}

	async open(view: View): Promise<View> {
		const old = this.view;
		if (old && old !== view) await old.close();
		this.view = view;
		await view.open(this.containerEl);
		this.updateHeader();
		return view;
	}

	/** Stand-in only: the tab title follows the view. */
	updateHeader(): void {
		this.tabHeaderEl.find(".workspace-tab-header-inner-title")?.setText(this.getDisplayText());
		this.tabHeaderEl.setAttr("data-type", this.view.getViewType());
	}

	async setViewState(viewState: ViewState, eState?: any): Promise<void> {
		const ws = this.app.workspace;
		const previousFile = this.view instanceof FileView ? this.view.file : null;
		const state = viewState.state ?? {};
		const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
		const stale = !creator && viewState.type !== "empty" && !(this.view instanceof UnavailableView);
		if (this.view.getViewType() !== viewState.type || (creator && this.view instanceof UnavailableView) || stale) {
			let view: View;
			if (creator) view = creator(this);
			else if (viewState.type === "empty") view = new EmptyView(this);
			else view = new UnavailableView(this, viewState.type, state);
			await this.open(view);
		}
		await this.view.setState(state, { history: false });
		this.updateHeader();
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (viewState.group) this.setGroupMember(viewState.group);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		const file = this.view instanceof FileView ? this.view.file : null;
		if (file && file !== previousFile) ws._noteOpened(file);
		if (ws.activeLeaf === this && file !== previousFile) ws._fileOpenIfChanged();
		if (eState) this.setEphemeralState(eState);
		ws.trigger("layout-change");
		ws.requestSaveLayout();
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "empty";
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true, group: openState?.group }, openState?.eState);
	}

	getEphemeralState(): any {
		return { ...(this.eState ?? {}), ...this.view.getEphemeralState() };
	}
	setEphemeralState(state: any): void {
		this.eState = state;
		this.view.setEphemeralState(state);
	}
	togglePinned(): void {
		this.setPinned(!this.pinned);
	}
	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}
	setGroupMember(other: WorkspaceLeaf): void {
		const group = other.group ?? other.id;
		other.setGroup(group);
		this.setGroup(group);
	}
	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}
	detach(): void {
		void this.app.workspace._detachLeaf(this);
	}
	getIcon(): string {
		return this.view.getIcon();
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	onResize(): void {
		this.view.onResize();
	}
}
