// What both charts share: the callbacks to the host, the tooltip with its clickable sources, sizing,
// the empty state and small keyboard helpers. Pure DOM: no Obsidian, and no note text as markup.
import type { AtlasModel, Entity, Source } from "../model/types";

export interface ChartCallbacks {
	/** Click / Enter on a point or node, or on a model name: open its note. linktext is the entity's note name or name. */
	open(linktext: string, event: MouseEvent | KeyboardEvent): void;
	/** A source in the tooltip was clicked: open that note at that line. */
	openSource(source: Source, event: MouseEvent | KeyboardEvent): void;
	/** Mouse over a point/node (the host shows Obsidian's page preview when the modifier is held). */
	hover(linktext: string, event: MouseEvent, target: Element): void;
	/** Optional: state changed (series toggled, zoom, selection), so the host can persist it. */
	stateChanged?(): void;
}

/** What every chart's handle offers its host: redraw, state kept across sessions, resize, export, teardown. */
export interface Chart<State, Options> {
	update(model: AtlasModel, options?: Partial<Options>): void;
	getState(): State;
	setState(state: Partial<State>): void;
	resize(): void;
	svg(): SVGSVGElement;
	destroy(): void;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** "Models/AlexNet.md" → "AlexNet": the name Obsidian shows and resolves. */
export function noteName(path: string): string {
	const base = path.split("/").pop() ?? path;
	return base.replace(/\.md$/i, "");
}

/** The name to open for an entity: its own note when it has one, else its name. */
export function entityLinktext(entity: Pick<Entity, "name" | "note">): string {
	return entity.note ? noteName(entity.note) : entity.name;
}

export function entitiesById(model: AtlasModel): Map<string, Entity> {
	const byId = new Map<string, Entity>();
	for (const entity of model.entities ?? []) byId.set(entity.id, entity);
	return byId;
}

/** "runner-up" → "Runner-up": a series as a label starts with a capital. */
export function seriesLabel(series: string): string {
	return series.charAt(0).toUpperCase() + series.slice(1);
}

/** 15.3 → "15.3%", 3.57 → "3.57%", 2.2500000001 → "2.25%". */
export function formatPercent(value: number, approx = false): string {
	return `${approx ? "~" : ""}${formatNumber(value)}%`;
}

export function formatNumber(value: number): string {
	return String(Number(value.toFixed(2)));
}

/** A class-safe slug of a series or other name: "runner-up" stays, "Top 1" → "top-1". */
export function slug(text: string): string {
	const s = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return s || "other";
}

/** Creates an SVG element in `parent`, with a class if given. */
export function svgChild<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, cls?: string): SVGElementTagNameMap[K] {
	const node = parent.ownerDocument.createElementNS(SVG_NS, tag);
	if (cls) node.setAttribute("class", cls);
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

/** Shows the empty state: what to write so the chart has something to show. */
/** Says that a chart draws only part of what the vault holds, so a huge vault cannot freeze it. */
export function showCapped(root: HTMLElement, message: string): HTMLElement {
	return el(root, "div", "imagenet-capped", message);
}

export function showEmpty(root: HTMLElement, message: string): HTMLElement {
	const box = el(root, "div", "imagenet-empty");
	// `backticks` mark what to type; they become <code>, still as text.
	message.split("`").forEach((part, i) => {
		if (i % 2) el(box, "code", "imagenet-empty-code", part);
		else if (part) box.appendChild(root.ownerDocument.createTextNode(part));
	});
	box.setAttribute("role", "status");
	return box;
}

export interface TooltipContent {
	title: string;
	rows: Array<[label: string, value: string]>;
	/** Groups of sources, each with an optional heading (a value, for a conflict). */
	sources: Array<{ heading?: string; sources: Source[] }>;
	/** Pages outside the vault (the official results page), opened in the browser. */
	links?: Array<{ text: string; href: string }>;
}

/**
 * The tooltip: an HTML box inside the chart's root (which is position: relative). It stays up while the
 * mouse is over it or focus is in it, so its sources can be clicked or reached with Tab.
 */
export class Tooltip {
	readonly element: HTMLDivElement;
	private hideTimer: number | null = null;
	private origin: HTMLElement | SVGElement | null = null;

	constructor(
		private readonly root: HTMLElement,
		private readonly openSource: (source: Source, event: MouseEvent | KeyboardEvent) => void,
	) {
		this.element = el(root, "div", "imagenet-tooltip imagenet-tooltip-hidden");
		this.element.setAttribute("role", "tooltip");
		this.element.id = uniqueId("imagenet-tooltip");
		this.element.addEventListener("mouseenter", () => this.cancelHide());
		this.element.addEventListener("mouseleave", () => this.hideSoon());
		this.element.addEventListener("focusout", (event) => {
			const next = event.relatedTarget as Node | null;
			if (next && (this.element.contains(next) || next === this.origin)) return;
			this.hide();
		});
		this.element.addEventListener("keydown", (event) => this.onKeydown(event));
	}

	get visible(): boolean {
		return !this.element.classList.contains("imagenet-tooltip-hidden");
	}

	get originElement(): Element | null {
		return this.origin;
	}

	/** Shows content at (x, y), in pixels from the root's top-left corner. */
	show(content: TooltipContent, x: number, y: number, origin: HTMLElement | SVGElement): void {
		this.cancelHide();
		this.origin?.removeAttribute("aria-describedby");
		this.origin = origin;
		origin.setAttribute("aria-describedby", this.element.id);
		const box = this.element;
		box.replaceChildren();
		el(box, "div", "imagenet-tooltip-title", content.title);
		if (content.rows.length) {
			const rows = el(box, "div", "imagenet-tooltip-rows");
			for (const [label, value] of content.rows) {
				const row = el(rows, "div", "imagenet-tooltip-row");
				el(row, "span", "imagenet-tooltip-label", label);
				el(row, "span", "imagenet-tooltip-value", value);
			}
		}
		const groups = content.sources.filter((g) => g.sources.length);
		if (groups.length) {
			el(box, "div", "imagenet-tooltip-heading", "Sources");
			for (const group of groups) {
				if (group.heading) el(box, "div", "imagenet-tooltip-group", group.heading);
				const list = el(box, "ul", "imagenet-source-list");
				for (const source of group.sources) this.addSource(list, source);
			}
		}
		for (const link of content.links ?? []) {
			const a = el(box, "a", "imagenet-tooltip-external external-link", link.text);
			a.setAttribute("href", link.href);
			a.setAttribute("target", "_blank");
			a.setAttribute("rel", "noopener");
		}
		box.classList.remove("imagenet-tooltip-hidden");
		this.place(x, y);
	}

	private addSource(list: HTMLElement, source: Source): void {
		const item = el(list, "li", "imagenet-source");
		const link = el(item, "a", "imagenet-source-link", sourceLabel(source));
		link.setAttribute("tabindex", "0");
		link.setAttribute("role", "link");
		if (source.raw) link.setAttribute("title", source.raw);
		link.addEventListener("click", (event) => {
			event.preventDefault();
			this.openSource(source, event);
		});
		link.addEventListener("keydown", (event) => {
			if (event.key === "Enter") {
				event.preventDefault();
				this.openSource(source, event);
			}
		});
	}

	private place(x: number, y: number): void {
		const width = this.root.clientWidth || 0;
		const style = this.element.style;
		// No text measurement to rely on: flip to the left of the point on the right half.
		if (width && x > width / 2) {
			style.left = "";
			style.right = `${Math.max(0, width - x + 12)}px`;
		} else {
			style.right = "";
			style.left = `${Math.max(0, x + 12)}px`;
		}
		// Below the point, unless it would run off the bottom of the pane: then above it, and never off the top.
		const height = this.element.offsetHeight || 0;
		const room = this.root.clientHeight || 0;
		const below = y + 12;
		style.top = `${Math.max(0, room && height && below + height > room ? Math.max(0, Math.min(y - 12 - height, room - height)) : below)}px`;
	}

	/** Moves focus into the tooltip's first source; false when it has none. */
	focusFirstSource(): boolean {
		const first = this.element.querySelector<HTMLElement>(".imagenet-source-link");
		if (!first || !this.visible) return false;
		first.focus();
		return true;
	}

	private onKeydown(event: KeyboardEvent): void {
		const links = Array.from(this.element.querySelectorAll<HTMLElement>(".imagenet-source-link"));
		const active = this.element.ownerDocument.activeElement;
		const back = () => {
			event.preventDefault();
			const origin = this.origin;
			(origin as HTMLElement | null)?.focus?.();
		};
		if (event.key === "Escape") {
			back();
			this.hide();
		} else if (event.key === "Tab" && event.shiftKey && active === links[0]) {
			back();
		} else if (event.key === "Tab" && !event.shiftKey && active === links[links.length - 1]) {
			// On past the sources to whatever follows the element the tooltip belongs to.
			const stops = Array.from(this.root.querySelectorAll<HTMLElement>('[tabindex="0"]')).filter(
				(node) => !this.element.contains(node),
			);
			const next = this.origin ? stops[stops.indexOf(this.origin as HTMLElement) + 1] : undefined;
			if (next) {
				event.preventDefault();
				this.hide();
				next.focus();
			}
		}
	}

	/** The chart's own window: a popout window's timers live and die with it. */
	private win(): Window {
		return this.root.ownerDocument.defaultView ?? window;
	}

	hideSoon(delay = 250): void {
		this.cancelHide();
		this.hideTimer = this.win().setTimeout(() => this.hide(), delay);
	}

	cancelHide(): void {
		if (this.hideTimer !== null) this.win().clearTimeout(this.hideTimer);
		this.hideTimer = null;
	}

	hide(): void {
		this.cancelHide();
		this.origin?.removeAttribute("aria-describedby");
		this.origin = null;
		this.element.classList.add("imagenet-tooltip-hidden");
		this.element.replaceChildren();
	}

	destroy(): void {
		this.cancelHide();
		this.origin = null;
	}
}

/** "Notes/ILSVRC.md", line 12 → "ILSVRC, line 12". */
export function sourceLabel(source: Source): string {
	return `${noteName(source.path)}, line ${source.line}`;
}

/** What the tooltip shows for one data element, found from an event's target. */
export interface TooltipTarget {
	content(): TooltipContent;
	/** Where the tooltip goes when there is no mouse position (focus), from the root's corner. */
	anchor(): { x: number; y: number };
	/** The element the tooltip describes (aria-describedby); the target itself unless given. */
	origin?: HTMLElement | SVGElement;
	/** Mouse over it: the host may show its page preview. */
	hover?(event: MouseEvent): void;
}

/**
 * Wires hover and focus of every data element in `host` to the tooltip and the host, with one set of
 * listeners on `host` instead of five on each element: mouse over shows it and calls hover, focus shows
 * it, Tab from the element enters the tooltip's sources, Escape hides it. mouseenter, mouseleave, focus
 * and blur do not bubble: they are caught on their way down (capture), for the element itself only.
 */
export function delegateTooltip(
	host: Element,
	tooltip: Tooltip,
	root: HTMLElement,
	lookup: (target: Element) => TooltipTarget | undefined,
): void {
	const find = (event: Event) => {
		const target = event.target as Element | null;
		const found = target && target !== host ? lookup(target) : undefined;
		return found ? { target: target as HTMLElement | SVGElement, found } : null;
	};
	host.addEventListener(
		"mouseenter",
		(event) => {
			const hit = find(event);
			if (!hit) return;
			const me = event as MouseEvent;
			const at = relativePoint(root, me) ?? hit.found.anchor();
			tooltip.show(hit.found.content(), at.x, at.y, hit.found.origin ?? hit.target);
			hit.found.hover?.(me);
		},
		true,
	);
	host.addEventListener(
		"mouseleave",
		(event) => {
			if (find(event)) tooltip.hideSoon();
		},
		true,
	);
	host.addEventListener(
		"focus",
		(event) => {
			const hit = find(event);
			if (!hit) return;
			const at = hit.found.anchor();
			tooltip.show(hit.found.content(), at.x, at.y, hit.found.origin ?? hit.target);
		},
		true,
	);
	host.addEventListener(
		"blur",
		(event) => {
			const hit = find(event);
			if (!hit) return;
			const next = (event as FocusEvent).relatedTarget as Node | null;
			if (next && tooltip.element.contains(next)) return;
			if (tooltip.originElement === (hit.found.origin ?? hit.target)) tooltip.hide();
		},
		true,
	);
	host.addEventListener("keydown", (event) => {
		const hit = find(event);
		if (!hit) return;
		const key = event as KeyboardEvent;
		const origin = hit.found.origin ?? hit.target;
		if (key.key === "Tab" && !key.shiftKey && tooltip.originElement === origin && tooltip.focusFirstSource()) {
			key.preventDefault();
		} else if (key.key === "Escape") {
			tooltip.hide();
		}
	});
}

/** The mouse position in pixels from the root's corner; null when the event has no position. */
export function relativePoint(root: HTMLElement, event: MouseEvent): { x: number; y: number } | null {
	if (typeof event.clientX !== "number" || (event.clientX === 0 && event.clientY === 0)) return null;
	const rect = root.getBoundingClientRect();
	return { x: event.clientX - rect.left, y: event.clientY - rect.top };
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
