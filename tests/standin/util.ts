// Small pieces of Obsidian's API: icons, Keymap, Scope, Platform, debounce, requestUrl.

const SVG_NS = "http://www.w3.org/2000/svg";
const customIcons = new Map<string, string>();

export type PaneType = "tab" | "split" | "window";
export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

function iconClass(iconId: string): string {
	return customIcons.has(iconId) ? iconId : `lucide-${iconId.replace(/^lucide-/, "")}`;
}

/** Returns an empty `svg.svg-icon` with the icon's class (no path data in the stand-in). */
export function getIcon(iconId: string): SVGSVGElement | null {
	const svg = document.createElementNS(SVG_NS, "svg") as SVGSVGElement;
	svg.setAttribute("xmlns", SVG_NS);
	svg.setAttribute("width", "24");
	svg.setAttribute("height", "24");
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.classList.add("svg-icon", iconClass(iconId));
	svg.setAttribute("data-icon", iconId);
	return svg;
}

/** Like Obsidian: replaces the parent's content with the icon's svg. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}
export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}
export function getIconIds(): string[] {
	return [...customIcons.keys()];
}

function detectMac(): boolean {
	const nav = (globalThis as { navigator?: { platform?: string; userAgent?: string } }).navigator;
	return /Mac/i.test(nav?.platform ?? "") || /Macintosh/.test(nav?.userAgent ?? "");
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: detectMac(),
	isWin: false,
	isLinux: !detectMac(),
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

type ModEvent = { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean; button?: number; type?: string };

export class Keymap {
	pushScope(_scope: Scope): void {}
	popScope(_scope: Scope): void {}

	static isModifier(evt: ModEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? !!evt.metaKey : !!evt.ctrlKey;
			case "Ctrl":
				return !!evt.ctrlKey;
			case "Meta":
				return !!evt.metaKey;
			case "Shift":
				return !!evt.shiftKey;
			case "Alt":
				return !!evt.altKey;
		}
		return false;
	}

	/** 'tab' for Mod or a middle click, 'split' for Mod+Alt, 'window' for Mod+Alt+Shift, else false. */
	static isModEvent(evt?: ModEvent | null): PaneType | boolean {
		if (!evt) return false;
		const isMouse = typeof MouseEvent !== "undefined" && evt instanceof MouseEvent;
		if ((isMouse || evt.type?.includes("click") || evt.type?.startsWith("mouse")) && evt.button === 1) return "tab";
		if (!Keymap.isModifier(evt, "Mod")) return false;
		if (Keymap.isModifier(evt, "Alt")) return Keymap.isModifier(evt, "Shift") ? "window" : "split";
		return "tab";
	}
}

export interface KeymapEventHandler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: (evt: KeyboardEvent, ctx: unknown) => false | any;
}

export class Scope {
	keys: KeymapEventHandler[] = [];
	constructor(public parent?: Scope) {}
	register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => false | any): KeymapEventHandler {
		const handler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func };
		this.keys.push(handler);
		return handler;
	}
	unregister(handler: KeymapEventHandler): void {
		this.keys = this.keys.filter((h) => h !== handler);
	}
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): Debouncer<T, V>;
	cancel(): Debouncer<T, V>;
	run(): V | void;
}

/** Obsidian's debounce: calls `cb` once `timeout` ms after the first (or, with resetTimer, the last) call, with the last arguments. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (!lastArgs) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => fire();
	return debounced;
}

export class NoNetworkError extends Error {}

/** No network in the stand-in: always throws. */
export function requestUrl(request: string | { url: string }): never {
	const url = typeof request === "string" ? request : request.url;
	throw new NoNetworkError(`requestUrl(${url}): the Obsidian stand-in has no network`);
}
export const request = requestUrl;

export function sanitizeHTMLToDom(_html: string): never {
	throw new Error("sanitizeHTMLToDom is not supported by the stand-in (note text must never become HTML)");
}
