// Views: View, ItemView (header + content like Obsidian), FileView, TextFileView, MarkdownView with an Editor, EmptyView.
import type { App } from "./app";
import { Editor } from "./editor";
import { Component } from "./events";
import { resolveSubpath } from "./metadata";
import { MarkdownRenderer } from "./render";
import { Keymap, setIcon } from "./util";
import { TFile } from "./vault";
import type { WorkspaceLeaf } from "./layout";

export interface ViewStateResult {
	history: boolean;
}

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: unknown = null;
	hoverPopover: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	/** Stand-in only (Obsidian does this inside leaf.open): loads the view and runs onOpen. */
	async open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Stand-in only: runs onClose, unloads and detaches the view. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}

	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	onPaneMenu(_menu: unknown, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private actionsEl: HTMLElement;
	private titleEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = this.containerEl.createDiv({ cls: "view-header" });
		this.titleEl = header.createDiv({ cls: "view-header-title-container" }).createDiv({ cls: "view-header-title" });
		this.actionsEl = header.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	async open(parentEl: HTMLElement): Promise<void> {
		this.updateHeader();
		await super.open(parentEl);
		this.updateHeader();
	}

	/** Stand-in only: refreshes the title in the header. */
	updateHeader(): void {
		this.titleEl.setText(this.getDisplayText());
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title } });
		this.actionsEl.prepend(el);
		setIcon(el, icon);
		el.addEventListener("click", callback);
		return el;
	}
}

/** A leaf with nothing in it. */
export class EmptyView extends ItemView {
	navigation = true;
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
	async onOpen(): Promise<void> {
		this.contentEl.createDiv({ cls: "empty-state", text: "No file is open" });
	}
}

/** What a leaf shows once the plugin that registered its view type is disabled. Keeps the type and the state. */
export class UnavailableView extends ItemView {
	constructor(leaf: WorkspaceLeaf, public viewType: string, public savedState: Record<string, unknown>) {
		super(leaf);
	}
	getViewType(): string {
		return this.viewType;
	}
	getDisplayText(): string {
		return "Plugin no longer active";
	}
	getState(): Record<string, unknown> {
		return this.savedState;
	}
	async onOpen(): Promise<void> {
		this.contentEl.createDiv({ cls: "empty-state", text: "Plugin no longer active." });
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}
	getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}
	async setState(state: any, result: ViewStateResult): Promise<void> {
		const path = state?.file;
		if (typeof path === "string") {
			const file = this.app.vault.getFileByPath(path);
			if (file && file !== this.file) {
				if (this.file) await this.onUnloadFile(this.file);
				this.file = file;
				await this.onLoadFile(file);
				this.updateHeader();
			}
		}
		await super.setState(state, result);
	}
	async onLoadFile(_file: TFile): Promise<void> {}
	async onUnloadFile(_file: TFile): Promise<void> {}
	async onRename(_file: TFile): Promise<void> {
		this.updateHeader();
	}
	canAcceptExtension(_extension: string): boolean {
		return false;
	}
	async close(): Promise<void> {
		if (this.file) await this.onUnloadFile(this.file);
		await super.close();
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;
	private saveTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = () => {
			if (this.saveTimer) clearTimeout(this.saveTimer);
			this.saveTimer = setTimeout(() => void this.save(), 0);
		};
	}

	onload(): void {
		this.registerEvent(
			this.app.vault.on("modify", (f: unknown) => {
				if (f !== this.file || !this.file) return;
				const text = this.app.vault._text(this.file);
				if (text !== this.getViewData()) {
					this.data = text;
					this.setViewData(text, false);
				}
			}),
		);
	}
	async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}
	async onUnloadFile(_file: TFile): Promise<void> {
		if (this.saveTimer) await this.save();
		this.clear();
	}
	async save(_clear?: boolean): Promise<void> {
		if (this.saveTimer) clearTimeout(this.saveTimer);
		this.saveTimer = null;
		if (!this.file) return;
		this.data = this.getViewData();
		if (this.app.vault.getFileByPath(this.file.path) && this.app.vault._text(this.file) !== this.data) await this.app.vault.modify(this.file, this.data);
	}
	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

export type MarkdownViewModeType = "source" | "preview";

/** Shows a note: its text line by line in source mode, rendered in preview mode. Internal links open with openLinkText. */
export class MarkdownView extends TextFileView {
	editor: Editor;
	sourceEl: HTMLElement;
	previewEl: HTMLElement;
	private mode: MarkdownViewModeType = "source";
	private renderChild: Component | null = null;
	/** Stand-in only: the last ephemeral state applied (line, subpath, ...). */
	lastEState: Record<string, unknown> | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor("");
		this.editor.onChange = () => {
			this.data = this.editor.getValue();
			this.renderText();
			this.app.workspace.trigger("editor-change", this.editor, this);
			this.requestSave();
		};
		this.contentEl.addClass("markdown-view");
		this.sourceEl = this.contentEl.createDiv({ cls: "markdown-source-view mod-cm6" }).createDiv({ cls: "cm-content" });
		this.previewEl = this.contentEl.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		this.previewEl.on("click", "a.internal-link", (evt: MouseEvent, target: HTMLElement) => {
			evt.preventDefault();
			const href = target.getAttr("data-href") ?? "";
			void this.app.workspace.openLinkText(href, this.file?.path ?? "", Keymap.isModEvent(evt));
		});
		this.showMode();
	}

	getViewType(): string {
		return "markdown";
	}
	getIcon(): string {
		return "document";
	}
	getMode(): MarkdownViewModeType {
		return this.mode;
	}
	getViewData(): string {
		return this.editor.getValue();
	}
	setViewData(data: string, _clear: boolean): void {
		this.data = data;
		this.editor.setValue(data, true);
		this.renderText();
	}
	clear(): void {
		this.editor.setValue("", true);
		this.renderText();
	}
	getState(): Record<string, unknown> {
		return { ...super.getState(), mode: this.mode, source: false };
	}
	async setState(state: any, result: ViewStateResult): Promise<void> {
		if (state?.mode === "preview" || state?.mode === "source") {
			this.mode = state.mode;
			this.showMode();
		}
		await super.setState(state, result);
		this.renderText();
	}
	getEphemeralState(): Record<string, unknown> {
		return { cursor: { from: this.editor.getCursor("from"), to: this.editor.getCursor("to") } };
	}
	setEphemeralState(state: any): void {
		if (!state) return;
		this.lastEState = { ...state };
		let line: number | undefined = typeof state.line === "number" ? state.line : undefined;
		if (line === undefined && typeof state.subpath === "string" && this.file) {
			const cache = this.app.metadataCache.getFileCache(this.file);
			const hit = cache ? resolveSubpath(cache, state.subpath) : null;
			if (hit) line = hit.start.line;
		}
		if (line !== undefined) {
			this.editor.setCursor({ line, ch: 0 });
			this.editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
			this.sourceEl.findAll(".cm-line.is-flashing").forEach((el) => el.removeClass("is-flashing"));
			const el = this.sourceEl.children[line] as HTMLElement | undefined;
			el?.addClass("is-flashing", "cm-active");
			el?.scrollIntoView?.({ block: "center" });
		}
	}
	private showMode(): void {
		(this.sourceEl.parentElement as HTMLElement).toggle(this.mode === "source");
		this.previewEl.toggle(this.mode === "preview");
	}
	private renderText(): void {
		const text = this.editor.getValue();
		this.sourceEl.empty();
		for (const line of text.split("\n")) this.sourceEl.createDiv({ cls: "cm-line", text: line });
		if (this.mode !== "preview") return;
		if (this.renderChild) this.removeChild(this.renderChild);
		this.renderChild = this.addChild(new Component());
		this.previewEl.empty();
		void MarkdownRenderer.render(this.app, text, this.previewEl, this.file?.path ?? "", this.renderChild);
	}
	async onClose(): Promise<void> {
		this.renderChild = null;
	}
	showSearch(_replace?: boolean): void {}
}
