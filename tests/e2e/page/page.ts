// The preview page: the Obsidian stand-in with Obsidian-like chrome around it (file list, tabs, a note
// pane that reads and edits, the command palette, the settings), the plugin's shipped main.js loaded the
// way Obsidian loads it, and a vault fetched from the preview server. Bundled by scripts/preview.mjs.
// Everything here is built with createEl and text: nothing from a note is ever parsed as HTML.
import type {} from "obsidian";
import * as obsidian from "../../standin/obsidian";
import {
	MarkdownView,
	Modal,
	SuggestModal,
	TFile,
	createApp,
	evaluatePluginBundle,
	loadPlugin,
	normalizePath,
	prepareFuzzySearch,
	setTheme,
	startApp,
	type App,
	type Command,
	type Plugin,
	type PluginManifest,
	type Theme,
	type WorkspaceLeaf,
} from "../../standin/obsidian";

interface PreviewHandle {
	obsidian: typeof obsidian;
	app: App | null;
	plugin: Plugin | null;
	manifest: PluginManifest | null;
	ready: Promise<void>;
	openPalette(): void;
	openSettings(): void;
	setMode(view: MarkdownView, mode: "source" | "preview"): Promise<void>;
}

declare global {
	interface Window {
		atlasPreview: PreviewHandle;
	}
}

interface NoteUi {
	view: MarkdownView;
	textarea: HTMLTextAreaElement;
	modeButton: HTMLButtonElement;
}

const query = new URLSearchParams(location.search);
const initialTheme: Theme = query.get("theme") === "dark" ? "dark" : "light";
document.body.toggleClass("theme-dark", initialTheme === "dark");
document.body.toggleClass("theme-light", initialTheme === "light");

// ---- The static chrome: top bar, file list, and the host of the stand-in's workspace ----
const shell = document.body.createDiv({ cls: "preview-shell" });
const topbar = shell.createDiv({ cls: "preview-topbar" });
topbar.createSpan({ cls: "preview-brand", text: "ImageNet Atlas" });
const vaultLabel = topbar.createSpan({ cls: "preview-vault" });
topbar.createSpan({ cls: "preview-spacer" });
const buttons = {
	timeline: topbar.createEl("button", { cls: "preview-button", text: "Timeline", attr: { "data-action": "open-timeline" } }),
	lineage: topbar.createEl("button", { cls: "preview-button", text: "Lineage", attr: { "data-action": "open-lineage" } }),
	palette: topbar.createEl("button", { cls: "preview-button", text: "Commands", attr: { "data-action": "palette", title: "Command palette (Ctrl+P)" } }),
	settings: topbar.createEl("button", { cls: "preview-button", text: "Settings", attr: { "data-action": "settings" } }),
	theme: topbar.createEl("button", { cls: "preview-button", text: initialTheme === "dark" ? "Light theme" : "Dark theme", attr: { "data-action": "theme" } }),
};
const body = shell.createDiv({ cls: "preview-body" });
const nav = body.createEl("nav", { cls: "preview-files", attr: { "aria-label": "Files" } });
nav.createDiv({ cls: "preview-files-title", text: "Files" });
const fileList = nav.createDiv({ cls: "preview-file-list" });
nav.createDiv({ cls: "preview-files-hint", text: "Ctrl/Cmd+click opens in a new tab. Ctrl/Cmd+P: commands. Edits stay in this page." });
const appHost = body.createDiv({ cls: "preview-app" });

let app: App | null = null;
let plugin: Plugin | null = null;
let manifest: PluginManifest | null = null;
const notes = new Set<NoteUi>();
const decorated = new WeakMap<MarkdownView, NoteUi>();

function showFailure(message: string): void {
	const box = appHost.createDiv({ cls: "preview-failure" });
	box.createEl("strong", { text: "The preview could not start." });
	box.createEl("pre", { text: message });
}

// ---- Command palette ----
function isAvailable(a: App, command: Command): boolean {
	const view = a.workspace.getActiveViewOfType(MarkdownView);
	try {
		if (command.editorCheckCallback) return !!view && !!command.editorCheckCallback(true, view.editor, view);
		if (command.editorCallback) return !!view;
		if (command.checkCallback) return !!command.checkCallback(true);
		return !!command.callback;
	} catch (error) {
		console.error(error);
		return false;
	}
}

class CommandPalette extends SuggestModal<Command> {
	constructor(private readonly a: App) {
		super(a);
		this.modalEl.addClass("preview-palette");
		this.setPlaceholder("Type a command…");
		this.emptyStateText = "No command matches.";
		this.setInstructions([
			{ command: "↑↓", purpose: "to navigate" },
			{ command: "↵", purpose: "to run" },
			{ command: "esc", purpose: "to dismiss" },
		]);
	}
	getSuggestions(text: string): Command[] {
		const search = prepareFuzzySearch(text);
		const found: Array<{ command: Command; score: number }> = [];
		for (const command of this.a.commands.listCommands()) {
			const match = search(command.name);
			if (match && isAvailable(this.a, command)) found.push({ command, score: match.score });
		}
		if (text.trim()) found.sort((x, y) => y.score - x.score);
		else found.sort((x, y) => x.command.name.localeCompare(y.command.name));
		return found.map((f) => f.command);
	}
	renderSuggestion(command: Command, el: HTMLElement): void {
		el.setAttr("data-command", command.id);
		el.setText(command.name);
	}
	onChooseSuggestion(command: Command): void {
		this.a.commands.executeCommand(command);
	}
}

function openPalette(): void {
	if (!app || document.body.find(".preview-palette")) return;
	const palette = new CommandPalette(app);
	palette.open();
	palette.inputEl.focus();
}

// ---- Settings ----
function openSettings(): void {
	if (!app || !manifest) return;
	const setting = app.setting;
	const modal = setting.containerEl.find(".modal");
	if (modal && !modal.find(".preview-settings-title")) {
		setting.containerEl.prepend(createDiv({ cls: "modal-bg" }));
		setting.containerEl.find(".modal-bg")?.addEventListener("click", () => setting.close());
		const close = modal.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
		close.addEventListener("click", () => setting.close());
		modal.prepend(createDiv({ cls: "preview-settings-title modal-title", text: `Settings: ${manifest.name}` }));
	}
	setting.openTabById(manifest.id);
}

// ---- Files ----
function renderFiles(): void {
	if (!app) return;
	const a = app;
	fileList.empty();
	const active = a.workspace.getActiveFile()?.path;
	let folder: string | null = null;
	// Notes, and bases (`.base`, Obsidian 1.10+), which open in the stand-in's Bases view.
	const files = a.vault.getFiles().filter((f) => f.extension === "md" || f.extension === "base").sort((x, y) => {
		const fx = x.parent?.isRoot() ? "" : (x.parent?.path ?? "");
		const fy = y.parent?.isRoot() ? "" : (y.parent?.path ?? "");
		if (fx !== fy) return fx === "" ? 1 : fy === "" ? -1 : fx.localeCompare(fy);
		return x.basename.localeCompare(y.basename);
	});
	for (const file of files) {
		const parent = file.parent && !file.parent.isRoot() ? file.parent.path : "";
		if (parent !== folder) {
			folder = parent;
			if (parent) fileList.createDiv({ cls: "preview-folder", text: parent });
		}
		const item = fileList.createEl("a", { cls: "preview-file", text: file.extension === "md" ? file.basename : file.name, href: "#", attr: { "data-path": file.path, title: file.path } });
		if (parent) item.addClass("is-nested");
		if (file.path === active) item.addClass("is-active");
		item.addEventListener("click", (event) => {
			event.preventDefault();
			void a.workspace.openLinkText(file.path, "", obsidian.Keymap.isModEvent(event));
		});
		item.addEventListener("auxclick", (event) => {
			if (event.button !== 1) return;
			event.preventDefault();
			void a.workspace.openLinkText(file.path, "", "tab");
		});
	}
}

// ---- The note pane: reading view with clickable links, and an edit mode (a textarea) ----
function syncSelectionToEditor(ui: NoteUi): void {
	const { editor } = ui.view;
	editor.setSelection(editor.offsetToPos(ui.textarea.selectionStart), editor.offsetToPos(ui.textarea.selectionEnd));
}

function syncTextarea(ui: NoteUi): void {
	const { editor } = ui.view;
	const text = editor.getValue();
	if (ui.textarea.value === text) return;
	ui.textarea.value = text;
	ui.textarea.setSelectionRange(editor.posToOffset(editor.getCursor("from")), editor.posToOffset(editor.getCursor("to")));
}

async function setMode(view: MarkdownView, mode: "source" | "preview"): Promise<void> {
	const ui = decorate(view);
	if (mode === "source") ui.textarea.value = view.editor.getValue();
	await view.setState({ mode }, { history: false });
	ui.modeButton.setText(mode === "source" ? "Read" : "Edit");
	ui.modeButton.setAttr("aria-pressed", String(mode === "source"));
	view.containerEl.toggleClass("preview-is-editing", mode === "source");
}

function decorate(view: MarkdownView): NoteUi {
	const existing = decorated.get(view);
	if (existing) return existing;
	const actions = view.containerEl.find(".view-actions") ?? view.containerEl;
	const modeButton = actions.createEl("button", { cls: "preview-action preview-mode-toggle", text: "Edit", attr: { "aria-pressed": "false" } });
	const renameButton = actions.createEl("button", { cls: "preview-action preview-rename", text: "Rename" });
	const deleteButton = actions.createEl("button", { cls: "preview-action preview-delete", text: "Delete" });
	const sourceBox = view.contentEl.find(".markdown-source-view") ?? view.contentEl;
	const textarea = sourceBox.createEl("textarea", { cls: "preview-editor", attr: { spellcheck: "false", "aria-label": "Note text" } });
	const ui: NoteUi = { view, textarea, modeButton };
	decorated.set(view, ui);
	notes.add(ui);
	view.register(() => notes.delete(ui));

	modeButton.addEventListener("click", () => void setMode(view, view.getMode() === "source" ? "preview" : "source"));
	renameButton.addEventListener("click", () => {
		if (view.file) new RenameModal(view.app, view.file).open();
	});
	deleteButton.addEventListener("click", () => {
		if (view.file) new DeleteModal(view.app, view.file).open();
	});
	textarea.addEventListener("input", () => {
		// Through the editor, as typing in Obsidian does: editor-change, then the view saves with vault.modify.
		view.editor.setValue(textarea.value);
		syncSelectionToEditor(ui);
	});
	for (const type of ["select", "keyup", "mouseup", "focus"]) textarea.addEventListener(type, () => syncSelectionToEditor(ui));
	void setMode(view, "preview");
	return ui;
}

/** Opening a note at a line (a source, an issue): show its text with that line selected. */
async function showLine(view: MarkdownView, line: number): Promise<void> {
	const ui = decorate(view);
	await setMode(view, "source");
	const { editor } = view;
	const start = editor.posToOffset({ line, ch: 0 });
	const end = editor.posToOffset({ line, ch: editor.getLine(line).length });
	ui.textarea.focus();
	ui.textarea.setSelectionRange(start, end);
	const lineHeight = parseFloat(getComputedStyle(ui.textarea).lineHeight) || 20;
	ui.textarea.scrollTop = Math.max(0, line * lineHeight - ui.textarea.clientHeight / 2);
	editor.setCursor({ line, ch: 0 });
}

const originalEState = MarkdownView.prototype.setEphemeralState;
MarkdownView.prototype.setEphemeralState = function (this: MarkdownView, state: unknown): void {
	originalEState.call(this, state);
	const line = (state as { line?: unknown } | null)?.line;
	if (typeof line === "number") void showLine(this, line);
};

class RenameModal extends Modal {
	constructor(a: App, private readonly file: TFile) {
		super(a);
	}
	onOpen(): void {
		this.setTitle(`Rename ${this.file.basename}`);
		const input = this.contentEl.createEl("input", { cls: "preview-rename-input", type: "text", value: this.file.path.replace(/\.md$/, "") });
		const row = this.contentEl.createDiv({ cls: "preview-modal-buttons" });
		const ok = row.createEl("button", { cls: "mod-cta", text: "Rename" });
		const go = () => {
			const next = normalizePath(input.value.trim().replace(/\.md$/, "") + ".md");
			if (next === ".md" || next === this.file.path) return this.close();
			if (this.app.vault.getAbstractFileByPath(next)) {
				new obsidian.Notice(`${next} already exists.`);
				return;
			}
			this.close();
			void this.app.fileManager.renameFile(this.file, next);
		};
		ok.addEventListener("click", go);
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter") go();
		});
		input.focus();
		input.select();
	}
	onClose(): void {
		this.contentEl.empty();
	}
}

class DeleteModal extends Modal {
	constructor(a: App, private readonly file: TFile) {
		super(a);
	}
	onOpen(): void {
		this.setTitle(`Delete ${this.file.basename}?`);
		this.contentEl.createEl("p", { text: "It goes to the page's trash; the folder on disk is not touched." });
		const row = this.contentEl.createDiv({ cls: "preview-modal-buttons" });
		const ok = row.createEl("button", { cls: "mod-warning preview-confirm-delete", text: "Delete" });
		row.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
		ok.addEventListener("click", () => {
			this.close();
			void this.app.fileManager.trashFile(this.file);
		});
		ok.focus();
	}
	onClose(): void {
		this.contentEl.empty();
	}
}

// ---- Tabs: a close button on each ----
function decorateTabs(a: App): void {
	a.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (leaf.tabHeaderEl.find(".preview-tab-close")) return;
		leaf.updateHeader();
		const close = leaf.tabHeaderEl.createSpan({ cls: "preview-tab-close", text: "×", attr: { "aria-label": "Close tab", role: "button" } });
		close.addEventListener("click", (event) => {
			event.stopPropagation();
			leaf.detach();
		});
	});
}

// Obsidian tells a view when its pane changes size (a split, the window): the stand-in only on workspace.resize().
const observed = new WeakSet<WorkspaceLeaf>();
const resizeObserver = new ResizeObserver((entries) => {
	for (const entry of entries) {
		const leaf = leafOfElement.get(entry.target);
		if (leaf && entry.contentRect.width > 0) leaf.onResize();
	}
});
const leafOfElement = new WeakMap<Element, WorkspaceLeaf>();

function decorateViews(a: App): void {
	decorateTabs(a);
	a.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (observed.has(leaf)) return;
		observed.add(leaf);
		leafOfElement.set(leaf.containerEl, leaf);
		resizeObserver.observe(leaf.containerEl);
	});
	a.workspace.iterateAllLeaves((leaf: WorkspaceLeaf) => {
		if (leaf.view instanceof MarkdownView) decorate(leaf.view);
	});
}

// ---- Boot ----
async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url, { cache: "no-store" });
	if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
	return response;
}

function indexReady(p: Plugin): Promise<void> {
	const index = (p as Plugin & { index?: { status: { state: string }; subscribe(cb: () => void): () => void } }).index;
	if (!index) return Promise.resolve();
	return new Promise((resolve) => {
		if (index.status.state === "ready") return resolve();
		const stop = index.subscribe(() => {
			if (index.status.state !== "ready") return;
			stop();
			resolve();
		});
	});
}

async function boot(): Promise<void> {
	const [vault, code, man] = await Promise.all([
		fetchOk("/api/vault").then((r) => r.json() as Promise<{ name: string; files: Record<string, string> }>),
		fetchOk("/main.js").then((r) => r.text()),
		fetchOk("/manifest.json").then((r) => r.json() as Promise<PluginManifest>),
	]);
	manifest = man;
	vaultLabel.setText(vault.name);
	document.title = `${vault.name}: ImageNet Atlas preview`;
	const a = createApp({ container: appHost, files: vault.files, theme: initialTheme, vaultName: vault.name });
	app = a;
	window.atlasPreview.app = a;
	// `?plugin=off`: the bare stand-in, as the baseline of what the app holds without the plugin.
	if (query.get("plugin") !== "off") {
		const cls = evaluatePluginBundle(code, obsidian as unknown as Record<string, unknown>);
		plugin = await loadPlugin(a, cls, man);
		window.atlasPreview.plugin = plugin;
	}
	await startApp(a);

	for (const name of ["create", "delete", "rename"]) a.vault.on(name, () => renderFiles());
	a.workspace.on("file-open", () => renderFiles());
	a.workspace.on("active-leaf-change", () => renderFiles());
	a.workspace.on("layout-change", () => decorateViews(a));
	a.workspace.on("editor-change", (editor: unknown) => {
		for (const ui of notes) if (ui.view.editor === editor && document.activeElement !== ui.textarea) syncTextarea(ui);
	});
	a.vault.on("modify", (file: unknown) => {
		window.setTimeout(() => {
			for (const ui of notes) if (ui.view.file === file) syncTextarea(ui);
		}, 0);
	});
	renderFiles();
	decorateViews(a);

	buttons.timeline.addEventListener("click", () => a.commands.executeCommandById(`${man.id}:open-timeline`));
	buttons.lineage.addEventListener("click", () => a.commands.executeCommandById(`${man.id}:open-lineage`));
	buttons.palette.addEventListener("click", () => openPalette());
	buttons.settings.addEventListener("click", () => openSettings());
	buttons.theme.addEventListener("click", () => {
		const next: Theme = a.theme === "dark" ? "light" : "dark";
		setTheme(a, next);
		buttons.theme.setText(next === "dark" ? "Light theme" : "Dark theme");
	});
	document.addEventListener("keydown", (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "p") {
			event.preventDefault();
			openPalette();
		} else if (event.key === "Escape" && a.setting.isOpen) a.setting.close();
	});
	window.addEventListener("resize", () => a.workspace.resize());

	if (plugin) await indexReady(plugin);
	const note = query.get("note");
	if (note) await a.workspace.openLinkText(note, "");
	for (const view of (query.get("open") ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
		if (!a.commands.executeCommandById(`${man.id}:open-${view}`)) {
			console.warn(`?open=${view}: no such view (timeline or lineage)`);
			continue;
		}
		// The command opens its view asynchronously; the next one (the lineage beside the timeline) needs it there.
		for (let i = 0; i < 200 && a.workspace.getLeavesOfType(`${man.id}-${view}`).length === 0; i++) await new Promise((r) => window.setTimeout(r, 10));
	}
	// Let the views opened above draw before saying the page is ready.
	await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
	document.body.setAttr("data-preview-ready", "true");
}

window.atlasPreview = { obsidian, app: null, plugin: null, manifest: null, ready: Promise.resolve(), openPalette, openSettings, setMode };
window.atlasPreview.ready = boot().catch((error: unknown) => {
	console.error(error);
	showFailure(error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error));
	document.body.setAttr("data-preview-ready", "failed");
});
