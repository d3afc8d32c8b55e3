// Wires every data element of a chart to its tooltip and the host, with one set of listeners on the
// chart instead of several on each element: hover and focus show it, Tab enters its sources, Escape
// hides it.
import type { Box } from "./placement";
import type { Tooltip, TooltipContent } from "./tooltip";

/** What the tooltip shows for one data element, found from an event's target. */
export interface TooltipTarget {
	content(): TooltipContent;
	/** Where the tooltip goes when there is no mouse position (focus), from the root's corner. */
	anchor(): { x: number; y: number };
	/** The element the tooltip describes (aria-describedby); the target itself unless given. */
	origin?: HTMLElement | SVGElement;
	/** Mouse over it: the host may show its page preview. */
	hover?(event: MouseEvent): void;
	/** What the tooltip should not cover, in pixels from the root's corner; by default every data element's box. */
	obstacles?(): Box[];
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
	/** Shows the tooltip of what the event is on, if anything: at the pointer, else at the element's anchor. */
	const showFor = (event: Event, at?: { x: number; y: number } | null) => {
		const hit = find(event);
		if (hit) tooltip.show(hit.found.content(), at ?? hit.found.anchor(), hit.found.origin ?? hit.target, hit.found.obstacles?.());
		return hit;
	};
	host.addEventListener(
		"mouseenter",
		(event) => showFor(event, relativePoint(root, event as MouseEvent))?.found.hover?.(event as MouseEvent),
		true,
	);
	host.addEventListener(
		"mouseleave",
		(event) => {
			if (find(event)) tooltip.hideSoon();
		},
		true,
	);
	host.addEventListener("focus", (event) => showFor(event), true);
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
