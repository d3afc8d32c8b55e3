// The lineage graph: models laid out by year, explicit edges solid and inferred ones dashed, ILSVRC
// results as badges, zoom and pan, and a selection that lights up a model's ancestors and descendants.
import type { AtlasModel, LineageEdge } from "../model/types";
import {
	SVG_NS,
	Tooltip,
	type Chart,
	svgChild as make,
	delegateTooltip,
	el,
	entitiesById,
	focusedKey,
	isActivateKey,
	measure,
	restoreFocus,
	showCapped,
	showEmpty,
	uniqueId,
	type ChartCallbacks,
	type TooltipTarget,
} from "./common";
import { standaloneSvg } from "./export";
import { layoutLineage, layoutLineageDown, type LineageLayout, type NodeBox } from "./lineage-layout";
import { NAME_FONT, edgePath, edgePathDown, edgeTooltip, findDrawn, findNode, nodeLinktext, nodeSize, nodeTooltip, winnerResults, type Drawn, type DrawnEdge } from "./lineage-parts";
import { drawArrowMarkers, drawColumns, drawNode, neighbourOf, showSelection } from "./lineage-draw";
import { fittedView, MIN_SCALE, PAD, zoomedAbout } from "./lineage-view";
import { buildToolbar, drawLegend } from "./lineage-toolbar";
import { walk } from "./lineage-walk";
import { PanZoom } from "./pan-zoom";

export type { ChartCallbacks } from "./common";

export interface LineageOptions {
	/** Default true. */
	showInferred?: boolean;
	/** Only this model's ancestors and descendants. */
	root?: string;
	height?: number;
	/**
	 * The wheel zooms only with Ctrl/Cmd held, so a graph inside a note does not catch the scrolling
	 * of the note. Default false: in its own pane the wheel zooms.
	 */
	wheelNeedsModifier?: boolean;
	/** The toolbar's export button: the host saves the whole graph (absent: no export button). */
	exportGraph?: () => void;
	/** The toolbar's inferred-edges button: the host keeps the choice (absent: the chart keeps it alone). */
	inferredChanged?: (shown: boolean) => void;
	/** What to say when the notes give no model at all, where the host knows why (a filter that matches no note). */
	emptyMessage?: string;
}

export interface LineageState {
	selected: string | null;
	transform: { x: number; y: number; k: number } | null;
}

export interface LineageChart extends Chart<LineageState, LineageOptions> {
	select(nodeId: string | null): void;
	highlight(nodeId: string | null, scrollTo?: boolean): void;
	fit(): void;
	/** The whole graph at 1:1 as a standalone SVG file, whatever the pane shows; null when nothing is drawn. */
	fullSizeSvg(): { svg: string; width: number; height: number } | null;
}

/** The most models one graph draws; more would make the pane slow to lay out and impossible to read. */
export const MAX_DRAWN_NODES = 2_000;

export const LINEAGE_EMPTY_MESSAGE =
	'No models yet. Add a lineage table (Year, Model, Innovation) or a model note with `parent: "[[AlexNet]]"`.';

const FALLBACK = { width: 600, height: 360 };
/** Below this scale the nodes' second line (year and innovation) is hidden. */
const ZOOMED_OUT = 0.5;
/** The least scale the graph is fitted at: model names 11 px tall on screen. A larger graph pans instead. */
export const READABLE_SCALE = 11 / NAME_FONT;

export function renderLineage(
	container: HTMLElement,
	model: AtlasModel,
	options: LineageOptions,
	callbacks: ChartCallbacks,
): LineageChart {
	const doc = container.ownerDocument;
	const root = el(container, "div", "imagenet-lineage imagenet-chart");
	const svg = doc.createElementNS(SVG_NS, "svg");
	svg.setAttribute("class", "imagenet-chart-svg");
	svg.setAttribute("role", "group");
	svg.setAttribute("aria-label", "Model lineage");
	root.appendChild(svg);
	const tooltip = new Tooltip(root, (source, event) => callbacks.openSource(source, event));

	const markerId = uniqueId("imagenet-arrow");
	const defs = make(svg, "defs");
	drawArrowMarkers(defs, markerId);
	const viewport = make(svg, "g", "imagenet-viewport");

	let current = model;
	let opts: LineageOptions = { ...options };
	const state: LineageState = { selected: null, transform: null };
	let currentNote: string | null = null;
	let size = measure(container, svg, FALLBACK, opts.height);
	let layout: LineageLayout | null = null;
	let drawn = new Map<string, Drawn>();
	let edges: LineageEdge[] = [];
	let emptyBox: HTMLElement | null = null;
	let cappedBox: HTMLElement | null = null;
	// Until the user zooms or pans (or a saved view is restored), every redraw fits the whole graph.
	let autoFit = true;
	let destroyed = false;

	// Wheel zoom, drag pan, pinch; our own, see pan-zoom.ts.
	const panZoom = new PanZoom(svg, {
		scaleExtent: [0.2, 3],
		wheelAllowed: (event) => !opts.wheelNeedsModifier || event.ctrlKey || event.metaKey,
		change(view, user) {
			viewport.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
			// Zoomed far out (a large graph fitted to its pane) the second line of each node would be a
			// grey smear of about 5 px: it is left out until the user zooms in, which halves the text the
			// browser lays out for 1,000 models.
			const far = view.k < ZOOMED_OUT;
			if (far !== root.classList.contains("imagenet-zoomed-out")) root.classList.toggle("imagenet-zoomed-out", far);
			state.transform = { x: view.x, y: view.y, k: view.k };
			if (user) autoFit = false;
		},
		end: () => callbacks.stateChanged?.(),
	});

	// One set of listeners for every node and edge (a graph of 1,000 models would otherwise carry 7,000).
	const nodeByElement = new Map<Element, Drawn>();
	const edgeByHit = new Map<Element, DrawnEdge>();
	let edgePaths: DrawnEdge[] = [];
	const nodeOf = (target: EventTarget | null): Drawn | undefined => {
		const g = (target as Element | null)?.closest?.(".imagenet-node");
		return g ? nodeByElement.get(g) : undefined;
	};
	svg.addEventListener("click", (event) => {
		const d = nodeOf(event.target);
		if (d) {
			choose(d.node.id);
			callbacks.open(d.linktext, event);
		} else if (event.target === svg && state.selected !== null) {
			state.selected = null;
			applySelection();
			callbacks.stateChanged?.();
		}
	});
	svg.addEventListener("keydown", (event) => {
		const d = nodeByElement.get(event.target as Element);
		if (!d) return;
		if (isActivateKey(event)) {
			event.preventDefault();
			choose(d.node.id);
			callbacks.open(d.linktext, event);
		} else if (event.key === "Escape" && state.selected !== null) {
			choose(null);
		} else {
			const next = neighbourOf(d, event.key, drawn, edges, layout?.down === true);
			if (next) {
				event.preventDefault();
				restoreFocus(root, `node:${next}`);
			}
		}
	});
	delegateTooltip(svg, tooltip, root, (target): TooltipTarget | undefined => {
		const d = nodeByElement.get(target);
		if (d) {
			return {
				content: () => nodeTooltip(d, entitiesById(current), edges, drawn),
				anchor: () => anchorOf(d.box),
				hover: (event) => callbacks.hover(d.linktext, event, d.element),
			};
		}
		const e = edgeByHit.get(target);
		if (!e) return undefined;
		return {
			content: () => edgeTooltip(e, drawn),
			anchor: () => anchorOf({ x: (e.a.x + e.b.x) / 2, y: (e.a.y + e.b.y) / 2, height: 0 }),
			origin: e.path,
		};
	});

	function sizeSvg(): void {
		svg.setAttribute("width", String(size.width));
		svg.setAttribute("height", String(size.height));
		svg.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
		panZoom.width = size.width;
		panZoom.height = size.height;
	}

	function draw(): void {
		if (destroyed) return;
		toolbar.sync(opts.showInferred !== false, opts.exportGraph !== undefined);
		const focus = focusedKey(root);
		tooltip.hide();
		viewport.replaceChildren();
		emptyBox?.remove();
		emptyBox = null;
		cappedBox?.remove();
		cappedBox = null;
		drawn = new Map();
		nodeByElement.clear();
		edgeByHit.clear();
		edgePaths = [];
		layout = null;
		sizeSvg();

		const showInferred = opts.showInferred !== false;
		let nodes = [...(current.lineage?.nodes ?? [])];
		const ids = new Set(nodes.map((n) => n.id));
		edges = (current.lineage?.edges ?? []).filter(
			(e) => (showInferred || e.kind !== "inferred") && ids.has(e.from) && ids.has(e.to),
		);
		let message = nodes.length ? null : (opts.emptyMessage ?? LINEAGE_EMPTY_MESSAGE);
		if (opts.root && nodes.length) {
			const rootNode = findNode(nodes, opts.root);
			if (!rootNode) {
				message = `No model named "${opts.root}" in the lineage.`;
			} else {
				const keep = walk(edges, rootNode.id);
				nodes = nodes.filter((n) => keep.has(n.id));
				edges = edges.filter((e) => keep.has(e.from) && keep.has(e.to));
			}
		}
		root.classList.toggle("imagenet-is-empty", message !== null);
		if (message !== null) {
			emptyBox = showEmpty(root, message, callbacks.openSettings);
			return;
		}
		if (nodes.length > MAX_DRAWN_NODES) {
			cappedBox = showCapped(root, `Showing the first ${MAX_DRAWN_NODES.toLocaleString("en")} of ${nodes.length.toLocaleString("en")} models, by year. A code block with "root: AlexNet" shows one model's family.`);
			nodes = nodes.slice(0, MAX_DRAWN_NODES);
			const kept = new Set(nodes.map((n) => n.id));
			edges = edges.filter((e) => kept.has(e.from) && kept.has(e.to));
		}

		const results = winnerResults(current);
		// A tall or narrow pane (a sidebar, a split beside the timeline) reads the years top to bottom.
		const down = size.width < 520 || size.height > size.width * 1.25;
		root.classList.toggle("imagenet-lineage-down", down);
		layout = (down ? layoutLineageDown : layoutLineage)(nodes, edges, nodeSize);
		// Built apart from the page and attached once, so the browser lays it out once.
		const columnLayer = drawColumns(doc, layout);
		const edgeLayer = group("imagenet-edges");
		const nodeLayer = group("imagenet-nodes");
		for (const node of [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
			const box = layout.nodes.get(node.id) as NodeBox;
			const result = results.get(node.id) ?? results.get(node.name.toLowerCase());
			const d: Drawn = { node, box, result, linktext: nodeLinktext(node), element: make(nodeLayer, "g") };
			drawn.set(node.id, d);
			nodeByElement.set(d.element, d);
			drawNode(d);
		}
		for (const e of edges) drawEdge(edgeLayer, e);
		viewport.replaceChildren(columnLayer, edgeLayer, nodeLayer);

		applySelection();
		applyCurrent();
		if (autoFit || !state.transform) fitView();
		else applyTransform(state.transform);
		restoreFocus(root, focus);
	}

	/** A group not yet in the page. */
	function group(cls: string): SVGGElement {
		const g = doc.createElementNS(SVG_NS, "g");
		g.setAttribute("class", cls);
		return g;
	}

	function drawEdge(layer: SVGGElement, e: LineageEdge): void {
		const a = drawn.get(e.from)?.box;
		const b = drawn.get(e.to)?.box;
		if (!a || !b || e.from === e.to) return;
		// The wide, invisible path that catches the mouse, then the drawn one, side by side in the layer.
		const d = layout?.down ? edgePathDown(a, b) : edgePath(a, b);
		const hit = make(layer, "path", "imagenet-edge-hit");
		hit.setAttribute("d", d);
		const path = make(layer, "path", `imagenet-edge imagenet-edge-${e.kind}`);
		path.setAttribute("d", d);
		path.setAttribute("data-from", e.from);
		path.setAttribute("data-to", e.to);
		path.setAttribute("data-kind", e.kind);
		path.setAttribute("marker-end", `url(#${markerId})`);
		const drawnEdge: DrawnEdge = { edge: e, path, a, b };
		edgeByHit.set(hit, drawnEdge);
		edgePaths.push(drawnEdge);
	}

	function choose(id: string | null): void {
		state.selected = id;
		applySelection();
		callbacks.stateChanged?.();
	}

	function applySelection(): void {
		showSelection(root, drawn, edgePaths, edges, state.selected !== null && drawn.has(state.selected) ? state.selected : null, markerId);
	}

	function applyCurrent(): void {
		for (const [id, d] of drawn) d.element.classList.toggle("imagenet-node-current", id === currentNote);
	}

	function anchorOf(box: Pick<NodeBox, "x" | "y" | "height">): { x: number; y: number } {
		const t = state.transform ?? { x: 0, y: 0, k: 1 };
		return { x: t.x + box.x * t.k, y: t.y + (box.y + box.height / 2) * t.k };
	}

	function applyTransform(t: { x: number; y: number; k: number }): void {
		panZoom.set({ x: t.x, y: t.y, k: t.k });
	}

	/**
	 * Fits the graph to the pane, never below a readable scale: a graph larger than the pane at that
	 * scale starts at its earliest year, top left, and pans from there. `whole` fits it all, however small
	 * (the toolbar's fit button: an overview the user asked for).
	 */
	function fitView(whole = false): void {
		if (layout) applyTransform(fittedView(layout, size, whole ? MIN_SCALE : READABLE_SCALE));
	}

	/** Zooms by a factor about the pane's centre. */
	function zoomBy(factor: number): void {
		autoFit = false;
		panZoom.set(zoomedAbout(panZoom.view, factor, size), true);
		callbacks.stateChanged?.();
	}

	const toolbar = buildToolbar(root, {
		fit: () => {
			autoFit = false;
			fitView(true);
			callbacks.stateChanged?.();
		},
		zoom: zoomBy,
		reset: () => resetView(),
		toggleInferred: () => {
			opts = { ...opts, showInferred: opts.showInferred === false };
			opts.inferredChanged?.(opts.showInferred !== false);
			draw();
		},
		exportGraph: () => opts.exportGraph?.(),
	});

	function resetView(): void {
		autoFit = true;
		fitView();
		callbacks.stateChanged?.();
	}

	drawLegend(root);

	draw();

	return {
		update(next, options) {
			current = next;
			if (options) {
				opts = { ...opts, ...options };
				if ("height" in options) size = measure(container, svg, FALLBACK, opts.height);
			}
			draw();
		},
		select(nodeId) {
			state.selected = nodeId;
			applySelection();
		},
		highlight(nodeId, scrollTo) {
			const found = nodeId === null ? undefined : findDrawn(drawn, nodeId);
			currentNote = found ? found.node.id : null;
			applyCurrent();
			if (found && scrollTo) {
				autoFit = false;
				panZoom.translateTo(found.box.x, found.box.y);
			}
		},
		fit() {
			autoFit = true;
			fitView();
		},
		fullSizeSvg() {
			if (!layout) return null;
			const width = Math.ceil(layout.width + 2 * PAD);
			const height = Math.ceil(layout.height + 2 * PAD);
			const before = { ...panZoom.view };
			const was = { width: svg.getAttribute("width"), height: svg.getAttribute("height"), viewBox: svg.getAttribute("viewBox") };
			// Drawn at scale 1 with every node in view for the copy, then put back as it was.
			viewport.setAttribute("transform", `translate(${PAD},${PAD}) scale(1)`);
			svg.setAttribute("width", String(width));
			svg.setAttribute("height", String(height));
			svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
			root.classList.remove("imagenet-zoomed-out");
			try {
				return { svg: standaloneSvg(svg), width, height };
			} finally {
				for (const [name, value] of Object.entries(was)) if (value !== null) svg.setAttribute(name, value);
				panZoom.set(before);
			}
		},
		getState() {
			return { selected: state.selected, transform: state.transform ? { ...state.transform } : null };
		},
		setState(s) {
			if (s.selected !== undefined) state.selected = s.selected;
			applySelection();
			if (s.transform) {
				autoFit = false;
				applyTransform(s.transform);
			} else if (s.transform === null) {
				autoFit = true;
				fitView();
			}
		},
		resize() {
			size = measure(container, svg, FALLBACK, opts.height);
			// A pane turned tall or narrow (or back) lays the years out the other way.
			if (layout && (layout.down === true) !== (size.width < 520 || size.height > size.width * 1.25)) {
				draw();
				return;
			}
			sizeSvg();
			if (autoFit) fitView();
		},
		svg: () => svg,
		destroy() {
			destroyed = true;
			tooltip.destroy();
			panZoom.destroy();
			root.remove();
		},
	};
}
