// The tooltip both charts share: an HTML box with the element's facts and its clickable sources, placed
// beside what it describes (off the data line, inside the visible pane), one on screen at a time. Its
// listeners on the chart's data elements are in tooltip-delegate.ts.
import type { Source } from "../model/types";
import { el, uniqueId } from "./dom";
import { sourceLabel } from "./format";
import { EVERYWHERE, around, placeBeside, type Box } from "./placement";

export interface TooltipContent {
	title: string;
	rows: Array<[label: string, value: string]>;
	/** Groups of sources, each with an optional heading (a value, for a conflict). */
	sources: Array<{ heading?: string; sources: Source[] }>;
	/** Pages outside the vault (the official results page), opened in the browser. */
	links?: Array<{ text: string; href: string }>;
	/** A line under the title, as an unresolved link is shown: "No note yet: click to create". */
	hint?: string;
}

/** What the tooltip of a model with no note says: a click creates the note, as on an unresolved link. */
export const NO_NOTE_HINT = "No note yet: click to create";


/**
 * The tooltip: an HTML box inside the chart's root (which is position: relative). It stays up while the
 * mouse is over it or focus is in it, so its sources can be clicked or reached with Tab.
 */
export class Tooltip {
	/** The tooltip on screen, of every chart in the window: showing another hides it. */
	private static shown: Tooltip | null = null;
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

	/**
	 * Shows content beside `origin` (at `at`, in pixels from the root's corner, when the element has no
	 * size of its own on screen), covering as little of `obstacles` (root pixels) as it can.
	 */
	show(content: TooltipContent, at: { x: number; y: number }, origin: HTMLElement | SVGElement, obstacles?: readonly Box[]): void {
		if (Tooltip.shown !== this) Tooltip.shown?.hide();
		Tooltip.shown = this;
		this.cancelHide();
		this.origin?.removeAttribute("aria-describedby");
		this.origin = origin;
		origin.setAttribute("aria-describedby", this.element.id);
		const box = this.element;
		box.replaceChildren();
		el(box, "div", "imagenet-tooltip-title", content.title);
		if (content.hint) el(box, "div", "imagenet-tooltip-hint", content.hint);
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
		this.place(at, origin, obstacles);
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

	/**
	 * Beside the origin, inside what can be seen of the pane, over as few other data elements as it can;
	 * when it is too tall to sit clear, it takes the room above or below and scrolls.
	 */
	private place(at: { x: number; y: number }, origin: Element, obstacles?: readonly Box[]): void {
		const style = this.element.style;
		// Measured at the corner, where nothing squeezes it, and kept that wide wherever it goes.
		style.left = style.top = "0px";
		style.maxHeight = style.width = "";
		const measured = this.element.getBoundingClientRect();
		// Whole pixels, rounded up: a width rounded down would wrap a line more.
		const [width, height] = [Math.ceil(measured.width), Math.ceil(measured.height)];
		if (width) style.width = `${width}px`;
		const corner = this.root.getBoundingClientRect();
		const toRoot = (r: DOMRect): Box => ({ left: r.left - corner.left, top: r.top - corner.top, right: r.right - corner.left, bottom: r.bottom - corner.top });
		const pane = visibleArea(this.root, toRoot);
		const own = toRoot(origin.getBoundingClientRect());
		// A point or a node is its own box; a long edge or an unmeasured element, the spot the pointer is at.
		const small = own.right > own.left && (own.right - own.left) * (own.bottom - own.top) < ((pane.right - pane.left) * (pane.bottom - pane.top)) / 4;
		const anchor = small ? own : around(at.x, at.y, 6);
		const others = obstacles ?? Array.from(this.root.querySelectorAll("[data-linktext]"), (node) => (node === origin ? anchor : toRoot(node.getBoundingClientRect())));
		let best = { x: 0, y: 0, score: Infinity, height };
		for (const h of [height, anchor.top - pane.top - 16, pane.bottom - anchor.bottom - 16]) {
			if (h < Math.min(height, 120) || h > height) continue;
			const spot = placeBeside(anchor, { width, height: h }, pane, others);
			// What scrolls out of sight counts a quarter of what the tooltip would cover.
			spot.score += ((height - h) * width) / 4;
			if (spot.score < best.score) best = { ...spot, height: h };
		}
		if (best.height < height) style.maxHeight = `${best.height}px`;
		style.left = `${Math.round(best.x)}px`;
		style.top = `${Math.round(best.y)}px`;
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
		if (Tooltip.shown === this) Tooltip.shown = null;
		this.cancelHide();
		this.origin?.removeAttribute("aria-describedby");
		this.origin = null;
		this.element.classList.add("imagenet-tooltip-hidden");
		this.element.replaceChildren();
	}

	destroy(): void {
		this.hide();
		this.origin = null;
	}
}

/** Where the tooltip can be seen, in the root's pixels: clipped by every clipping ancestor and the window; unbounded when nothing is laid out. */
function visibleArea(root: HTMLElement, toRoot: (r: DOMRect) => Box): Box {
	const view = root.ownerDocument.defaultView;
	const own = toRoot(root.getBoundingClientRect());
	if (!view || own.right <= own.left) return EVERYWHERE;
	// A chart or table inside a note (a code block) lends its tooltip the note's room around it; in its own pane, the pane.
	let area = root.closest(".imagenet-block") ? EVERYWHERE : own;
	const clip = (b: Box) => {
		area = { left: Math.max(area.left, b.left), top: Math.max(area.top, b.top), right: Math.min(area.right, b.right), bottom: Math.min(area.bottom, b.bottom) };
	};
	for (let node = root.parentElement; node; node = node.parentElement) if (view.getComputedStyle(node).overflow !== "visible") clip(toRoot(node.getBoundingClientRect()));
	// The window: the root's corner is at -area's offset from the window's.
	const corner = root.getBoundingClientRect();
	clip({ left: -corner.left, top: -corner.top, right: view.innerWidth - corner.left, bottom: view.innerHeight - corner.top });
	return area.right > area.left && area.bottom > area.top ? area : EVERYWHERE;
}
