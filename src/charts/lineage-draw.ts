// The lineage graph's drawing of its parts, apart from the chart's state: the arrowheads, the year
// labels, one node with its name, year, innovation and result badge, which node an arrow key goes to,
// and the selection lit up with its ancestors and descendants.
import type { LineageEdge } from "../model/types";
import { estimateTextWidth, formatPercent, makeFocusable, SVG_NS, svgChild as make } from "./common";
import { HEADER, type LineageLayout, type NodeBox } from "./lineage-layout";
import { META_FONT, NAME_FONT, fit, nodeLabel, type Drawn, type DrawnEdge } from "./lineage-parts";
import { walk } from "./lineage-walk";

/** The edges' arrowheads: `markerId` for an edge, `markerId-related` for one on the selection's path. */
export function drawArrowMarkers(defs: SVGDefsElement, markerId: string): void {
	for (const [id, cls] of [
		[markerId, "imagenet-arrowhead"],
		[`${markerId}-related`, "imagenet-arrowhead imagenet-arrowhead-related"],
	]) {
		const marker = make(defs, "marker", undefined, { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: "userSpaceOnUse", orient: "auto" });
		make(marker, "path", cls, { d: "M0,0L10,5L0,10Z" });
	}
}

/** The year labels, in a group not yet in the page: above each column, or left of each row turned to read upwards. */
export function drawColumns(doc: Document, l: LineageLayout): SVGGElement {
	const g = doc.createElementNS(SVG_NS, "g");
	g.setAttribute("class", "imagenet-columns");
	for (const c of l.columns) {
		const at: Record<string, string | number> = l.down ? { transform: `translate(${HEADER / 2},${c.x}) rotate(-90)`, dy: "0.35em" } : { x: c.x, y: 12 };
		make(g, "text", "imagenet-year-label", { ...at, "text-anchor": "middle" }).textContent = c.year === null ? "No year" : String(c.year);
	}
	return g;
}

/** One node into its element: box, name, year and innovation, and its ILSVRC result as a badge. */
export function drawNode(d: Drawn): void {
	const { node, box, result, element: g } = d;
	// A model without a note is drawn as Obsidian draws an unresolved link: a click creates the note.
	g.setAttribute("class", `imagenet-node${result ? " imagenet-node-winner" : ""}${node.note ? "" : " imagenet-node-unresolved"}`);
	g.setAttribute("transform", `translate(${box.x - box.width / 2},${box.y - box.height / 2})`);
	g.setAttribute("data-node", node.id);
	g.setAttribute("data-linktext", d.linktext);
	if (node.year !== undefined) g.setAttribute("data-year", String(node.year));
	g.setAttribute("data-focus-key", `node:${node.id}`);
	makeFocusable(g, nodeLabel(d));

	make(g, "rect", "imagenet-node-box", { width: box.width, height: box.height, rx: 7 });
	make(g, "text", "imagenet-node-name", { x: 10, y: 19 }).textContent = fit(node.name, box.width - 20, NAME_FONT);
	const year = node.year !== undefined ? String(node.year) : "year unknown";
	make(g, "text", "imagenet-node-meta", { x: 10, y: 35 }).textContent = fit(node.innovation ? `${year} · ${node.innovation}` : year, box.width - 20, META_FONT);
	if (!result) return;
	const conflict = result.conflict && result.conflict.length > 1;
	const label = conflict ? result.conflict!.map((c) => formatPercent(c.value, c.approx)).join(" / ") : formatPercent(result.value, result.approx);
	const width = estimateTextWidth(label, META_FONT) + 12;
	const badge = make(g, "g", `imagenet-badge${conflict ? " imagenet-badge-conflict" : ""}`, { transform: `translate(${box.width - width + 6},-9)` });
	make(badge, "rect", "imagenet-badge-box", { width, height: 17, rx: 8.5 });
	make(badge, "text", "imagenet-badge-label", { x: width / 2, y: 12.5, "text-anchor": "middle" }).textContent = label;
}

/**
 * Arrow keys follow the picture: towards the later years to a child, towards the earlier to a parent,
 * and along the year's column (or row, with the years top to bottom) to its neighbours.
 */
export function neighbourOf(d: Drawn, key: string, drawn: Map<string, Drawn>, edges: LineageEdge[], down: boolean): string | undefined {
	const along = (box: NodeBox) => (down ? box.x : box.y);
	const inOrder = (ids: string[]) => ids.filter((id) => drawn.has(id)).sort((p, q) => along((drawn.get(p) as Drawn).box) - along((drawn.get(q) as Drawn).box));
	const [later, earlier, before, after] = down ? ["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"];
	if (key === later) return inOrder(edges.filter((e) => e.from === d.node.id).map((e) => e.to))[0];
	if (key === earlier) return inOrder(edges.filter((e) => e.to === d.node.id).map((e) => e.from))[0];
	if (key === before || key === after) {
		const column = inOrder([...drawn.values()].filter((o) => o.box.column === d.box.column).map((o) => o.node.id));
		return column[column.indexOf(d.node.id) + (key === before ? -1 : 1)];
	}
	return undefined;
}

/** Lights up the selected model, its ancestors and descendants, and the edges on the paths between them. */
export function showSelection(root: HTMLElement, drawn: Map<string, Drawn>, edgePaths: DrawnEdge[], edges: LineageEdge[], selected: string | null, markerId: string): void {
	const up = selected ? walk(edges, selected, "up") : new Set<string>();
	const down = selected ? walk(edges, selected, "down") : new Set<string>();
	root.classList.toggle("imagenet-has-selection", selected !== null);
	for (const [id, d] of drawn) {
		const cl = d.element.classList;
		cl.toggle("imagenet-node-selected", id === selected);
		cl.toggle("imagenet-node-ancestor", id !== selected && up.has(id));
		cl.toggle("imagenet-node-descendant", id !== selected && down.has(id));
		cl.toggle("imagenet-node-related", id !== selected && (up.has(id) || down.has(id)));
		d.element.setAttribute("aria-pressed", String(id === selected));
	}
	for (const { edge, path } of edgePaths) {
		const { from, to } = edge;
		// On a path through the selection: both ends among its ancestors, or both among its descendants.
		const related = selected !== null && ((up.has(from) && up.has(to)) || (down.has(from) && down.has(to)));
		if (path.classList.contains("imagenet-edge-related") === related) continue;
		path.classList.toggle("imagenet-edge-related", related);
		path.setAttribute("marker-end", `url(#${markerId}${related ? "-related" : ""})`);
	}
}
