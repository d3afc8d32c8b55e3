// Obsidian's DOM prototype helpers (createEl, empty, setText, addClass, on/off, ...), added to a window's prototypes.
import type {} from "obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";

type Attrs = { [key: string]: string | number | boolean | null };
interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}
interface DelegatedInfo {
	selector: string;
	listener: Function;
	options?: boolean | AddEventListenerOptions;
	callback: EventListener;
}
type AnyWindow = Window & typeof globalThis;

function splitClasses(classes: string[]): string[] {
	const out: string[] = [];
	for (const c of classes) for (const part of String(c).split(/\s+/)) if (part) out.push(part);
	return out;
}

function applyInfo(el: Element, o: ElInfo | string | undefined): void {
	const info: ElInfo = typeof o === "string" ? { cls: o } : o ?? {};
	if (info.cls !== undefined) {
		const list = Array.isArray(info.cls) ? info.cls : [info.cls];
		el.classList.add(...splitClasses(list));
	}
	if (info.text !== undefined) setTextOf(el, info.text);
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOf(el, k, v);
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
}

function setTextOf(el: Node, val: string | DocumentFragment): void {
	if (typeof val === "string") el.textContent = val;
	else {
		while (el.firstChild) el.removeChild(el.firstChild);
		el.appendChild(val);
	}
}

function setAttrOf(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === undefined) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function docOf(node: Node, win: AnyWindow): Document {
	if (node.nodeType === 9) return node as Document;
	return node.ownerDocument ?? win.document;
}

function makeEl(win: AnyWindow, doc: Document, tag: string, o: ElInfo | string | undefined, parent: Node | null, cb?: (el: any) => void, svg = false): Element {
	const el = svg ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
	const info: ElInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	if (parent && !info.parent) info.parent = parent;
	applyInfo(el, info);
	if (cb) cb(el);
	return el;
}

function define(proto: object, name: string, value: unknown): void {
	Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter(proto: object, name: string, get: () => unknown): void {
	Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });
}

/** Adds Obsidian's helpers to the prototypes and globals of `win` (happy-dom's window or a browser page's). */
export function installDomHelpers(win: AnyWindow = window as AnyWindow): void {
	const w = win as any;
	const NodeP = w.Node.prototype;
	const ElementP = w.Element.prototype;
	const HTMLElementP = w.HTMLElement.prototype;
	const FragmentP = w.DocumentFragment.prototype;
	const DocumentP = w.Document.prototype;

	define(NodeP, "createEl", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: any) => void) {
		return makeEl(win, docOf(this, win), tag, o, this, cb);
	});
	define(NodeP, "createDiv", function (this: Node, o?: ElInfo | string, cb?: (el: any) => void) {
		return makeEl(win, docOf(this, win), "div", o, this, cb);
	});
	define(NodeP, "createSpan", function (this: Node, o?: ElInfo | string, cb?: (el: any) => void) {
		return makeEl(win, docOf(this, win), "span", o, this, cb);
	});
	define(NodeP, "createSvg", function (this: Node, tag: string, o?: ElInfo | string, cb?: (el: any) => void) {
		return makeEl(win, docOf(this, win), tag, o, this, cb, true);
	});
	define(NodeP, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(NodeP, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeP, "appendText", function (this: Node, val: string) {
		this.appendChild(docOf(this, win).createTextNode(val));
	});
	define(NodeP, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(NodeP, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(NodeP, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const keep = new Set(children);
		for (const c of Array.from(this.childNodes)) if (!keep.has(c)) this.removeChild(c);
		for (const c of children) this.appendChild(c);
	});
	define(NodeP, "instanceOf", function (this: Node, type: { new (): unknown; name: string }) {
		if (this instanceof (type as any)) return true;
		const own = (this.ownerDocument?.defaultView as any)?.[type.name];
		return typeof own === "function" && this instanceof own;
	});
	defineGetter(NodeP, "doc", function (this: Node) { return docOf(this, win); });
	defineGetter(NodeP, "win", function (this: Node) { return docOf(this, win).defaultView ?? win; });
	defineGetter(NodeP, "constructorWin", function (this: Node) { return docOf(this, win).defaultView ?? win; });

	define(ElementP, "getText", function (this: Element) { return this.textContent ?? ""; });
	define(ElementP, "setText", function (this: Element, val: string | DocumentFragment) { setTextOf(this, val); });
	define(ElementP, "addClass", function (this: Element, ...classes: string[]) { this.classList.add(...splitClasses(classes)); });
	define(ElementP, "addClasses", function (this: Element, classes: string[]) { this.classList.add(...splitClasses(classes)); });
	define(ElementP, "removeClass", function (this: Element, ...classes: string[]) { this.classList.remove(...splitClasses(classes)); });
	define(ElementP, "removeClasses", function (this: Element, classes: string[]) { this.classList.remove(...splitClasses(classes)); });
	define(ElementP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of splitClasses(Array.isArray(classes) ? classes : [classes])) this.classList.toggle(c, value);
	});
	define(ElementP, "hasClass", function (this: Element, cls: string) { return this.classList.contains(cls); });
	define(ElementP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) { setAttrOf(this, name, value); });
	define(ElementP, "setAttrs", function (this: Element, obj: Attrs) { for (const [k, v] of Object.entries(obj)) setAttrOf(this, k, v); });
	define(ElementP, "getAttr", function (this: Element, name: string) { return this.getAttribute(name); });
	define(ElementP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		let el: Element | null = this;
		while (el) {
			if (el.matches(selector)) return el;
			if (el === lastParent) return null;
			el = el.parentElement;
		}
		return null;
	});
	define(ElementP, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return (docOf(this, win).defaultView ?? win).getComputedStyle(this, pseudo).getPropertyValue(property);
	});
	define(ElementP, "isActiveElement", function (this: Element) { return docOf(this, win).activeElement === this; });
	for (const proto of [ElementP, FragmentP, DocumentP]) {
		define(proto, "find", function (this: ParentNode, selector: string) { return this.querySelector(selector); });
		define(proto, "findAll", function (this: ParentNode, selector: string) { return Array.from(this.querySelectorAll(selector)); });
	}
	define(ElementP, "findAllSelf", function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});
	for (const proto of [HTMLElementP, w.SVGElement.prototype]) {
		define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) { Object.assign(this.style, styles); });
		define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
			for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
		});
	}

	define(HTMLElementP, "show", function (this: HTMLElement) { this.style.display = ""; });
	define(HTMLElementP, "hide", function (this: HTMLElement) { this.style.display = "none"; });
	define(HTMLElementP, "toggle", function (this: HTMLElement, show: boolean) { this.style.display = show ? "" : "none"; });
	define(HTMLElementP, "toggleVisibility", function (this: HTMLElement, visible: boolean) { this.style.visibility = visible ? "" : "hidden"; });
	define(HTMLElementP, "isShown", function (this: HTMLElement) {
		if (!this.isConnected) return false;
		const view = docOf(this, win).defaultView ?? win;
		for (let el: HTMLElement | null = this; el && el !== docOf(this, win).body; el = el.parentElement) {
			if (el.style.display === "none" || el.hidden) return false;
			if (view.getComputedStyle(el).display === "none") return false;
		}
		return true;
	});
	defineGetter(HTMLElementP, "innerWidth", function (this: HTMLElement) { return this.clientWidth; });
	defineGetter(HTMLElementP, "innerHeight", function (this: HTMLElement) { return this.clientHeight; });
	define(HTMLElementP, "trigger", function (this: HTMLElement, type: string) { this.dispatchEvent(new w.Event(type)); });
	define(HTMLElementP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", ((ev: MouseEvent) => { if (ev.button === 1) listener.call(this, ev); }) as EventListener, options);
	});
	define(HTMLElementP, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		let done = false;
		const check = () => {
			if (done || !this.isConnected) return;
			listener();
			if (once) stop();
		};
		const timer = setInterval(check, 10);
		const stop = () => { done = true; clearInterval(timer); };
		return stop;
	});
	define(HTMLElementP, "onWindowMigrated", function () { return () => {}; });
	for (const proto of [HTMLElementP, DocumentP]) {
		define(proto, "on", function (this: HTMLElement & { _EVENTS?: Record<string, DelegatedInfo[]> }, type: string, selector: string, listener: Function, options?: boolean | AddEventListenerOptions) {
			const self = this;
			const callback = function (ev: Event) {
				const target = ev.target as Element | null;
				if (!target || typeof target.closest !== "function") return;
				const hit = target.closest(selector);
				if (hit && (self as Node).contains(hit)) listener.call(self, ev, hit);
			};
			const events = (this._EVENTS ??= {});
			(events[type] ??= []).push({ selector, listener, options, callback });
			this.addEventListener(type, callback, options);
		});
		define(proto, "off", function (this: HTMLElement & { _EVENTS?: Record<string, DelegatedInfo[]> }, type: string, selector: string, listener: Function, options?: boolean | AddEventListenerOptions) {
			const list = this._EVENTS?.[type];
			if (!list) return;
			for (let i = list.length - 1; i >= 0; i--) {
				const info = list[i];
				if (info.selector === selector && info.listener === listener && info.options === options) {
					this.removeEventListener(type, info.callback, options);
					list.splice(i, 1);
				}
			}
		});
	}
	define(w.UIEvent.prototype, "instanceOf", function (this: Event, type: { name: string }) {
		if (this instanceof (type as any)) return true;
		const own = w[type.name];
		return typeof own === "function" && this instanceof own;
	});

	const globals: Record<string, unknown> = {
		createEl: (tag: string, o?: ElInfo | string, cb?: (el: any) => void) => makeEl(win, win.document, tag, o, null, cb),
		createDiv: (o?: ElInfo | string, cb?: (el: any) => void) => makeEl(win, win.document, "div", o, null, cb),
		createSpan: (o?: ElInfo | string, cb?: (el: any) => void) => makeEl(win, win.document, "span", o, null, cb),
		createSvg: (tag: string, o?: ElInfo | string, cb?: (el: any) => void) => makeEl(win, win.document, tag, o, null, cb, true),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const frag = win.document.createDocumentFragment();
			if (cb) cb(frag);
			return frag;
		},
		fish: (selector: string) => win.document.querySelector(selector),
		fishAll: (selector: string) => Array.from(win.document.querySelectorAll(selector)),
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => setTimeout(resolve, 16)),
		activeWindow: win,
		activeDocument: win.document,
	};
	const targets = new Set<object>([win]);
	if ((globalThis as any).document === win.document) targets.add(globalThis);
	for (const target of targets) for (const [k, v] of Object.entries(globals)) define(target, k, v);
	installLanguageHelpers();
}

/** Obsidian's small additions to Array, String and Math that plugins may call. */
function installLanguageHelpers(): void {
	const A = Array.prototype as any;
	if (!A.first) define(A, "first", function (this: unknown[]) { return this[0]; });
	if (!A.last) define(A, "last", function (this: unknown[]) { return this[this.length - 1]; });
	if (!A.contains) define(A, "contains", function (this: unknown[], t: unknown) { return this.includes(t); });
	if (!A.remove) define(A, "remove", function (this: unknown[], t: unknown) {
		const i = this.indexOf(t);
		if (i >= 0) this.splice(i, 1);
	});
	if (!A.unique) define(A, "unique", function (this: unknown[]) { return Array.from(new Set(this)); });
	const S = String.prototype as any;
	if (!S.contains) define(S, "contains", function (this: string, t: string) { return this.includes(t); });
	const M = Math as any;
	if (!M.clamp) define(M, "clamp", (v: number, min: number, max: number) => Math.min(max, Math.max(min, v)));
	if (!M.square) define(M, "square", (v: number) => v * v);
}
