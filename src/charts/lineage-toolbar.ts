// The lineage graph's toolbar (fit, zoom in, zoom out, back to the readable start, inferred edges,
// export; the keys +, - and 0 too) and its legend (solid and dashed edges, badges). Plain DOM: the
// chart also runs outside Obsidian.
import { el } from "./common";

export interface ToolbarActions {
	fit: () => void;
	zoom: (factor: number) => void;
	reset: () => void;
	toggleInferred: () => void;
	exportGraph: () => void;
}

const ZOOM_STEP = 1.25;

export function buildToolbar(root: HTMLElement, actions: ToolbarActions): { sync(inferredShown: boolean, canExport: boolean): void } {
	const toolbar = el(root, "div", "imagenet-toolbar");
	toolbar.setAttribute("role", "toolbar");
	toolbar.setAttribute("aria-label", "Lineage graph");
	const button = (label: string, text: string, action: () => void, cls: string): HTMLButtonElement => {
		const b = el(toolbar, "button", `imagenet-toolbar-button ${cls}`, text);
		b.setAttribute("type", "button");
		b.setAttribute("aria-label", label);
		b.setAttribute("title", label);
		b.addEventListener("click", (event) => {
			event.preventDefault();
			action();
		});
		return b;
	};
	button("Fit the whole graph", "Fit", actions.fit, "imagenet-toolbar-fit");
	button("Zoom in (+)", "+", () => actions.zoom(ZOOM_STEP), "imagenet-toolbar-zoom-in");
	button("Zoom out (-)", "\u2212", () => actions.zoom(1 / ZOOM_STEP), "imagenet-toolbar-zoom-out");
	button("Reset: readable size, from the earliest year (0)", "1:1", actions.reset, "imagenet-toolbar-reset");
	const inferred = button("Show or hide inferred edges (dashed)", "Inferred", actions.toggleInferred, "imagenet-toolbar-inferred");
	const exporter = button("Export the whole graph as SVG and PNG", "Export", actions.exportGraph, "imagenet-toolbar-export");
	root.addEventListener("keydown", (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		if (event.key === "+" || event.key === "=") actions.zoom(ZOOM_STEP);
		else if (event.key === "-" || event.key === "_") actions.zoom(1 / ZOOM_STEP);
		else if (event.key === "0") actions.reset();
		else return;
		event.preventDefault();
	});
	return {
		sync(inferredShown, canExport) {
			inferred.setAttribute("aria-pressed", String(inferredShown));
			inferred.classList.toggle("is-active", inferredShown);
			exporter.hidden = !canExport;
		},
	};
}

/** What solid and dashed edges and a badge mean. */
export function drawLegend(root: HTMLElement): void {
	const legend = el(root, "div", "imagenet-lineage-legend");
	for (const [cls, text] of [
		["imagenet-legend-explicit", "a note says so"],
		["imagenet-legend-inferred", "from a lineage table's order"],
		["imagenet-legend-badge", "ILSVRC winner's top-5 error"],
	]) {
		const item = el(legend, "span", "imagenet-lineage-legend-item");
		el(item, "span", `imagenet-lineage-legend-key ${cls}`, cls === "imagenet-legend-badge" ? "3.6%" : "");
		item.appendChild(root.ownerDocument.createTextNode(text));
	}
}
