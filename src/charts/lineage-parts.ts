// The lineage graph's parts that need no chart state: what a drawn node and edge hold, a node's size
// and label, its tooltip and an edge's, the edge paths across and down, and finding a model by name.
import { ILSVRC_CLASSIFICATION, type AtlasModel, type LineageEdge, type LineageNode, type ResultPoint } from "../model/types";
import { NO_NOTE_HINT, entitiesById, estimateTextWidth, formatPercent, noteName, type TooltipContent } from "./common";
import type { NodeBox } from "./lineage-layout";

export const NODE_HEIGHT = 46;
export const NAME_FONT = 13;
export const META_FONT = 11;

export interface Drawn {
	node: LineageNode;
	box: NodeBox;
	linktext: string;
	result?: ResultPoint;
	element: SVGGElement;
}

export interface DrawnEdge {
	edge: LineageEdge;
	/** The visible path, with the contract's attributes. */
	path: SVGPathElement;
	a: NodeBox;
	b: NodeBox;
}

export function nodeSize(node: LineageNode): { width: number; height: number } {
	const meta = node.innovation ? `${node.year ?? ""} · ${node.innovation}` : "";
	const text = Math.max(estimateTextWidth(node.name, NAME_FONT), Math.min(estimateTextWidth(meta, META_FONT), 180));
	return { width: Math.min(220, Math.max(104, text + 24)), height: NODE_HEIGHT };
}

export function nodeLinktext(node: LineageNode): string {
	return node.note ? noteName(node.note) : node.name;
}

/** Shortens text to the width it has, by estimate; the full text stays in the tooltip and label. */
export function fit(text: string, width: number, fontSize: number): string {
	const max = Math.max(4, Math.floor(width / (fontSize * 0.6)));
	return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export function findNode(nodes: LineageNode[], key: string): LineageNode | undefined {
	const lower = key.toLowerCase();
	return (
		nodes.find((n) => n.id === key) ??
		nodes.find((n) => n.name.toLowerCase() === lower || nodeLinktext(n).toLowerCase() === lower)
	);
}

export function findDrawn(drawn: Map<string, Drawn>, key: string): Drawn | undefined {
	const node = drawn.get(key)?.node ?? findNode([...drawn.values()].map((d) => d.node), key);
	return node ? drawn.get(node.id) : undefined;
}

/** Each model's ILSVRC classification winner result, by entity id and by lower-case name. */
export function winnerResults(model: AtlasModel): Map<string, ResultPoint> {
	const entities = entitiesById(model);
	const out = new Map<string, ResultPoint>();
	const winners = (model.results ?? [])
		.filter((r) => r.benchmark === ILSVRC_CLASSIFICATION && r.series === "winner" && Number.isFinite(r.value))
		.sort((a, b) => a.year - b.year);
	for (const r of winners) {
		if (!out.has(r.entity)) out.set(r.entity, r);
		const name = (entities.get(r.entity)?.name ?? r.entrant).toLowerCase();
		if (!out.has(name)) out.set(name, r);
	}
	return out;
}

export function nodeLabel(d: Drawn): string {
	const parts = [d.node.name];
	parts.push(d.node.year !== undefined ? String(d.node.year) : "year unknown");
	if (d.node.innovation) parts.push(d.node.innovation);
	if (d.result) parts.push(`ILSVRC ${d.result.year} winner, ${formatPercent(d.result.value, d.result.approx)} top-5 error`);
	return parts.join(", ");
}

export function edgeTooltip({ edge: e }: DrawnEdge, drawn: Map<string, Drawn>): TooltipContent {
	return {
		title: `${drawn.get(e.from)?.node.name} \u2192 ${drawn.get(e.to)?.node.name}`,
		rows: [["Edge", e.kind === "explicit" ? "explicit: a note says so" : "inferred from a lineage table's order"]],
		sources: [{ sources: e.sources ?? [] }],
	};
}

export function nodeTooltip(
	d: Drawn,
	entities: ReturnType<typeof entitiesById>,
	edges: LineageEdge[],
	drawn: Map<string, Drawn>,
): TooltipContent {
	const rows: Array<[string, string]> = [];
	rows.push(["Year", d.node.year !== undefined ? String(d.node.year) : "unknown"]);
	if (d.node.innovation) rows.push(["Innovation", d.node.innovation]);
	if (d.result) {
		const r = d.result;
		const value =
			r.conflict && r.conflict.length > 1
				? r.conflict.map((c) => formatPercent(c.value, c.approx)).join(" vs ")
				: formatPercent(r.value, r.approx);
		rows.push(["ILSVRC", `${r.year} winner, ${value} top-5 error`]);
	}
	const nameOf = (id: string) => drawn.get(id)?.node.name ?? id;
	const parents = edges.filter((e) => e.to === d.node.id);
	if (parents.length) rows.push(["Based on", parents.map((e) => `${nameOf(e.from)} (${e.kind})`).join(", ")]);
	const entity = entities.get(d.node.id);
	const sources: TooltipContent["sources"] = entity ? [{ sources: entity.sources ?? [] }] : [];
	for (const e of parents) sources.push({ heading: `${nameOf(e.from)} \u2192 ${d.node.name}`, sources: e.sources ?? [] });
	return { title: d.node.name, hint: d.node.note ? undefined : NO_NOTE_HINT, rows, sources };
}

/** Years top to bottom: from the parent's bottom to the child's top; edges that do not go down loop round below. */
export function edgePathDown(a: NodeBox, b: NodeBox): string {
	const sy = a.y + a.height / 2;
	const ty = b.y - b.height / 2;
	if (ty > sy + 8) {
		const mid = (sy + ty) / 2;
		return `M${a.x},${sy}C${a.x},${mid} ${b.x},${mid} ${b.x},${ty}`;
	}
	const ey = b.y + b.height / 2;
	const out = Math.max(sy, ey) + 40;
	return `M${a.x},${sy}C${a.x},${out} ${b.x},${out} ${b.x},${ey}`;
}

/** From the parent's right side to the child's left side; edges that do not go right loop round the right. */
export function edgePath(a: NodeBox, b: NodeBox): string {
	const sx = a.x + a.width / 2;
	const tx = b.x - b.width / 2;
	if (tx > sx + 8) {
		const mid = (sx + tx) / 2;
		return `M${sx},${a.y}C${mid},${a.y} ${mid},${b.y} ${tx},${b.y}`;
	}
	const ex = b.x + b.width / 2;
	const out = Math.max(sx, ex) + 40;
	return `M${sx},${a.y}C${out},${a.y} ${out},${b.y} ${ex},${b.y}`;
}
