// Small DOM helpers both charts use: elements made as text never markup, the size to draw at, the
// empty and capped states, focus kept across redraws, keys. Plain DOM: no Obsidian (the charts also
// run in tests and in the command line's export).

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element in `parent`, with a class and attributes if given. */
export function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, cls?: string, attributes?: Record<string, string | number>): SVGElementTagNameMap[K] {
	const node = parent.ownerDocument.createElementNS(SVG_NS, tag);
	if (cls) node.setAttribute("class", cls);
	for (const name in attributes) node.setAttribute(name, String(attributes[name]));
	parent.appendChild(node);
	return node;
}

/** Creates an element in `parent` with a class and, if given, text (always as text, never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
	parent: Element,
	tag: K,
	cls: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	// Plain DOM, not Obsidian's createEl: the charts also run outside Obsidian (tests, CLI export).
	const node = parent.ownerDocument.createElement(tag);
	node.className = cls;
	if (text !== undefined) node.textContent = text;
	parent.appendChild(node);
	return node;
}

/** The size to draw at: the container's content box, or the fallback when it measures nothing (no layout). */
export function measure(
	container: HTMLElement,
	hide: Element | null,
	fallback: { width: number; height: number },
	height?: number,
): { width: number; height: number } {
	// Measure without our own svg, else a container sized by its content would never shrink.
	hide?.classList.add("imagenet-measuring");
	let width = container.clientWidth || container.getBoundingClientRect?.().width || 0;
	let measuredHeight = container.clientHeight || 0;
	const view = container.ownerDocument?.defaultView;
	if (view?.getComputedStyle && (width || measuredHeight)) {
		const style = view.getComputedStyle(container);
		const px = (v: string | null) => parseFloat(v ?? "") || 0;
		width -= px(style.paddingLeft) + px(style.paddingRight);
		measuredHeight -= px(style.paddingTop) + px(style.paddingBottom);
	}
	hide?.classList.remove("imagenet-measuring");
	if (!(width > 0)) width = fallback.width;
	if (!(measuredHeight > 0)) measuredHeight = fallback.height;
	return {
		width: Math.max(240, Math.floor(width)),
		height: Math.max(200, Math.floor(height ?? measuredHeight)),
	};
}

export function isActivateKey(event: KeyboardEvent): boolean {
	return event.key === "Enter" || event.key === " " || event.key === "Spacebar";
}

/** Makes an element (HTML or SVG) a focusable button with a spoken label. */
export function makeFocusable(node: Element, label: string): void {
	node.setAttribute("tabindex", "0");
	node.setAttribute("role", "button");
	node.setAttribute("aria-label", label);
}

/** Says that a chart draws only part of what the vault holds, so a huge vault cannot freeze it. */
export function showCapped(root: HTMLElement, message: string): HTMLElement {
	return el(root, "div", "imagenet-capped", message);
}

/** Shows the empty state: why there is nothing to show and what to write, with a button to the settings if the host offers one. */
export function showEmpty(root: HTMLElement, message: string, openSettings?: () => void): HTMLElement {
	const box = el(root, "div", "imagenet-empty");
	const text = el(box, "p", "imagenet-empty-text");
	// `backticks` mark what to type; they become <code>, still as text.
	message.split("`").forEach((part, i) => {
		if (i % 2) el(text, "code", "imagenet-empty-code", part);
		else if (part) text.appendChild(root.ownerDocument.createTextNode(part));
	});
	if (openSettings) el(box, "button", "imagenet-empty-settings", "Open settings").addEventListener("click", () => openSettings());
	box.setAttribute("role", "status");
	return box;
}

let counter = 0;
/** An id unique in the document, for markers and aria references when several charts share a page. */
export function uniqueId(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}`;
}

/** Remembers which of our elements had focus (by data-focus-key), to give it back after a redraw. */
export function focusedKey(root: HTMLElement): string | null {
	const active = root.ownerDocument.activeElement;
	if (!active || !root.contains(active)) return null;
	return active.getAttribute("data-focus-key");
}

export function restoreFocus(root: HTMLElement, key: string | null): void {
	if (!key) return;
	for (const node of Array.from(root.querySelectorAll("[data-focus-key]"))) {
		if (node.getAttribute("data-focus-key") === key) {
			(node as HTMLElement).focus?.();
			return;
		}
	}
}

/** A rough text width for layout where nothing can be measured (tests, export): about 0.6 em a character. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * fontSize * 0.6);
}
