// Where each lineage node goes: one column per year, in year order, left to right, and a last column for
// models without a year. Dagre (rankdir LR) orders the nodes so edges cross little; we keep its order
// within each column but put the columns where the years say. Inputs are sorted first, so the same model
// always gives the same picture.
import dagre from "@dagrejs/dagre";
import type { LineageEdge, LineageNode } from "../model/types";

export interface NodeBox {
	id: string;
	/** Centre. */
	x: number;
	y: number;
	width: number;
	height: number;
	column: number;
}

export interface Column {
	/** The year, or null for the column of models without one. */
	year: number | null;
	/** Centre. */
	x: number;
	width: number;
}

export interface LineageLayout {
	nodes: Map<string, NodeBox>;
	columns: Column[];
	width: number;
	height: number;
}

const COLUMN_GAP = 64;
const ROW_GAP = 26;
/** Room above the first row for the year labels. */
export const HEADER = 36;

export function layoutLineage(
	nodes: LineageNode[],
	edges: LineageEdge[],
	sizeOf: (node: LineageNode) => { width: number; height: number },
): LineageLayout {
	const sorted = [...nodes].sort((a, b) => compare(a.id, b.id));
	const years = [...new Set(sorted.map((n) => n.year).filter((y): y is number => Number.isFinite(y)))].sort(
		(a, b) => a - b,
	);
	const columnOf = new Map<string, number>();
	for (const n of sorted) columnOf.set(n.id, Number.isFinite(n.year) ? years.indexOf(n.year as number) : years.length);

	const g = new dagre.graphlib.Graph();
	g.setGraph({ rankdir: "LR", nodesep: ROW_GAP, ranksep: COLUMN_GAP, marginx: 0, marginy: 0 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const n of sorted) g.setNode(n.id, { ...sizeOf(n) });
	const sortedEdges = [...edges].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.kind, b.kind));
	for (const e of sortedEdges) {
		if (e.from === e.to || !columnOf.has(e.from) || !columnOf.has(e.to)) continue;
		const gap = (columnOf.get(e.to) as number) - (columnOf.get(e.from) as number);
		// Year gaps as minimum lengths keep dagre's ranks close to the year columns we impose below.
		g.setEdge(e.from, e.to, { minlen: Math.max(1, gap), weight: e.kind === "explicit" ? 2 : 1 });
	}
	dagre.layout(g);

	const columnCount = years.length + (sorted.some((n) => !Number.isFinite(n.year)) ? 1 : 0);
	const members: NodeBox[][] = Array.from({ length: columnCount }, () => []);
	for (const n of sorted) {
		const at = g.node(n.id) as { y?: number; width: number; height: number };
		const column = columnOf.get(n.id) as number;
		members[column].push({ id: n.id, x: 0, y: at.y ?? 0, width: at.width, height: at.height, column });
	}

	// Keep dagre's vertical order in each column and push apart whatever would overlap.
	for (const list of members) {
		list.sort((a, b) => a.y - b.y || compare(a.id, b.id));
		for (let i = 1; i < list.length; i++) {
			const prev = list[i - 1];
			const min = prev.y + prev.height / 2 + ROW_GAP + list[i].height / 2;
			if (list[i].y < min) list[i].y = min;
		}
	}

	const columns: Column[] = [];
	let left = 0;
	for (let c = 0; c < columnCount; c++) {
		const width = Math.max(...members[c].map((b) => b.width));
		columns.push({ year: c < years.length ? years[c] : null, x: left + width / 2, width });
		for (const box of members[c]) box.x = left + width / 2;
		left += width + COLUMN_GAP;
	}

	const all = members.flat();
	const top = Math.min(...all.map((b) => b.y - b.height / 2));
	for (const box of all) box.y += HEADER - top;
	const bottom = Math.max(...all.map((b) => b.y + b.height / 2));
	const result = new Map<string, NodeBox>();
	for (const box of all) result.set(box.id, box);
	return { nodes: result, columns, width: Math.max(0, left - COLUMN_GAP), height: bottom };
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
