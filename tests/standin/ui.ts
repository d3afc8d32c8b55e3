// UI pieces: Notice, Modal, SuggestModal, FuzzySuggestModal, Menu.
import type { App } from "./app";
import { Component } from "./events";
import { Scope, setIcon } from "./util";

/** Stand-in only: every notice shown, oldest first. */
export const noticeLog: Array<{ message: string; el: HTMLElement }> = [];

function noticeContainer(): HTMLElement {
	return document.body.find(".notice-container") ?? document.body.createDiv({ cls: "notice-container" });
}

export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.containerEl = noticeContainer().createDiv({ cls: "notice" });
		this.noticeEl = this.containerEl;
		this.messageEl = this.containerEl.createDiv({ cls: "notice-message" });
		this.containerEl.addEventListener("click", () => this.hide());
		this.setMessage(message);
		const ms = duration ?? 4500;
		if (ms > 0) this.timer = setTimeout(() => this.hide(), ms);
	}
	setMessage(message: string | DocumentFragment): this {
		const text = typeof message === "string" ? message : (message.textContent ?? "");
		this.messageEl.setText(typeof message === "string" ? message : message);
		noticeLog.push({ message: text, el: this.containerEl });
		return this;
	}
	hide(): void {
		if (this.timer) clearTimeout(this.timer);
		this.containerEl.detach();
	}
}

/** Stand-in only: the messages of every notice shown so far. */
export function getNotices(): string[] {
	return noticeLog.map((n) => n.message);
}
export function clearNotices(): void {
	noticeLog.length = 0;
	document.body.find(".notice-container")?.empty();
}

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	isOpen = false;
	private onKey = (evt: KeyboardEvent) => {
		if (evt.key === "Escape") this.close();
	};

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const close = this.modalEl.createDiv({ cls: "modal-close-button" });
		close.addEventListener("click", () => this.close());
		const header = this.modalEl.createDiv({ cls: "modal-header" });
		this.titleEl = header.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		document.addEventListener("keydown", this.onKey);
		void this.onOpen();
	}
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		document.removeEventListener("keydown", this.onKey);
		this.containerEl.detach();
		this.onClose();
	}
	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
	setCloseCallback(cb: () => any): this {
		const prev = this.onClose.bind(this);
		this.onClose = () => {
			prev();
			cb();
		};
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	/** Stand-in only: the suggestions shown now. */
	items: T[] = [];
	selected = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.inputEl = this.modalEl.createDiv({ cls: "prompt-input-container" }).createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown") this.select(this.selected + 1);
			else if (evt.key === "ArrowUp") this.select(this.selected - 1);
			else if (evt.key === "Enter" && this.items[this.selected] !== undefined) this.choose(this.items[this.selected], evt);
		});
	}
	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}
	setInstructions(instructions: Instruction[]): void {
		const el = this.modalEl.find(".prompt-instructions") ?? this.modalEl.createDiv({ cls: "prompt-instructions" });
		el.empty();
		for (const i of instructions) {
			const row = el.createDiv({ cls: "prompt-instruction" });
			row.createSpan({ cls: "prompt-instruction-command", text: i.command });
			row.createSpan({ text: i.purpose });
		}
	}
	open(): void {
		super.open();
		void this.updateSuggestions();
	}
	/** Stand-in only: recomputes and renders the suggestions for the input's text. */
	async updateSuggestions(): Promise<void> {
		const found = await this.getSuggestions(this.inputEl.value);
		this.items = found.slice(0, this.limit || undefined);
		this.resultContainerEl.empty();
		if (!this.items.length) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
		this.items.forEach((item, i) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			el.addEventListener("click", (evt) => this.choose(item, evt));
			el.addEventListener("mousemove", () => this.select(i));
			this.renderSuggestion(item, el);
		});
		this.select(0);
	}
	private select(i: number): void {
		const els = this.resultContainerEl.findAll(".suggestion-item");
		if (!els.length) return;
		this.selected = (i + els.length) % els.length;
		els.forEach((el, j) => el.toggleClass("is-selected", j === this.selected));
	}
	private choose(item: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(item, evt);
	}
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.choose(value, evt);
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): any;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): any;
}

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: Array<[number, number]> };
}

/** Each query character in order, case-insensitively; null if they do not all appear. */
export function prepareFuzzySearch(query: string): (text: string) => { score: number; matches: Array<[number, number]> } | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: Array<[number, number]> = [];
		let from = 0;
		for (const c of q) {
			const at = t.indexOf(c, from);
			if (at < 0) return null;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		return { score: -matches.length - (matches[0]?.[0] ?? 0) / 100, matches };
	};
}
export const prepareSimpleSearch = prepareFuzzySearch;

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const out: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) out.push({ item, match });
		}
		return query ? out.sort((a, b) => b.match.score - a.match.score) : out;
	}
	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(item.item));
	}
	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export class MenuItem {
	dom: HTMLElement;
	callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;
	section = "";
	constructor(private menu: Menu) {
		this.dom = createDiv({ cls: "menu-item" });
		this.dom.createDiv({ cls: "menu-item-icon" });
		this.dom.createDiv({ cls: "menu-item-title" });
		this.dom.addEventListener("click", (evt) => {
			if (this.dom.hasClass("is-disabled")) return;
			this.callback?.(evt);
			this.menu.hide();
		});
	}
	setTitle(title: string | DocumentFragment): this {
		this.dom.find(".menu-item-title")!.setText(title);
		return this;
	}
	setIcon(icon: string | null): this {
		const el = this.dom.find(".menu-item-icon") as HTMLElement;
		if (icon) setIcon(el, icon);
		else el.empty();
		return this;
	}
	setChecked(checked: boolean | null): this {
		this.dom.toggleClass("mod-checked", !!checked);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}
	setWarning(warning: boolean): this {
		this.dom.toggleClass("mod-warning", warning);
		return this;
	}
	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass("is-label", isLabel);
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
		this.callback = callback;
		return this;
	}
}

/** Stand-in only: the menus shown so far. */
export const menuLog: Menu[] = [];

export class Menu extends Component {
	dom: HTMLElement;
	items: Array<MenuItem | "separator"> = [];
	private hideCallbacks: Array<() => any> = [];
	constructor() {
		super();
		this.dom = createDiv({ cls: "menu" });
	}
	setNoIcon(): this {
		return this;
	}
	setUseNativeMenu(_native: boolean): this {
		return this;
	}
	addItem(cb: (item: MenuItem) => any): this {
		const item = new MenuItem(this);
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		this.items.push("separator");
		return this;
	}
	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX ?? 0, y: evt.clientY ?? 0 });
	}
	showAtPosition(position: { x: number; y: number }, doc?: Document): this {
		this.dom.empty();
		for (const item of this.items) this.dom.appendChild(item === "separator" ? createDiv({ cls: "menu-separator" }) : item.dom);
		this.dom.setCssStyles({ position: "fixed", left: `${position.x}px`, top: `${position.y}px` });
		(doc ?? document).body.appendChild(this.dom);
		this.load();
		menuLog.push(this);
		return this;
	}
	hide(): this {
		this.dom.detach();
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}
	close(): void {
		this.hide();
	}
	onHide(callback: () => any): void {
		this.hideCallbacks.push(callback);
	}
}
