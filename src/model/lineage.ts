// The lineage graph: models as nodes, edges from explicit sources or a lineage table's order.
// A cycle is reported with its place, never followed round.
import type { Diagnostic } from "../parse/types";
import { SourcePlaces, type EntityRegistry } from "./entities";
import { bySource } from "./claimOrder";
import type { EdgeClaim, Entity, LineageEdge, LineageNode } from "./types";

/** Compares as `localeCompare` does (the same default collation), without setting it up each time. */
const byName = new Intl.Collator();

export function buildLineage(entities: Entity[], claims: EdgeClaim[], registry: EntityRegistry, diagnostics: Diagnostic[]): AtlasLineage {
	const nodes: LineageNode[] = entities
		.filter((e) => e.kind === "model")
		.map((e) => {
			const node: LineageNode = { id: e.id, name: e.name };
			if (e.year !== undefined) node.year = e.year;
			if (e.innovation) node.innovation = e.innovation;
			if (e.note) node.note = e.note;
			return node;
		})
		.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || byName.compare(a.name, b.name));

	// One edge per pair of models, in the order first given; keyed by the entities themselves.
	const list: LineageEdge[] = [];
	const byPair = new Map<Entity, Map<Entity, { edge: LineageEdge; places: SourcePlaces }>>();
	const ordered = [...claims.filter((c) => c.edge === "explicit"), ...claims.filter((c) => c.edge === "inferred")];
	for (const claim of ordered) {
		// A name mentioned in a cell ("Improved AlexNet") must be a model's own name, not a bracketed affiliation.
		const from = registry.findModel(claim.from, claim.mention === true);
		const to = registry.findModel(claim.to);
		if (!from || !to || from.id === to.id) continue;
		let fromHere = byPair.get(from);
		if (!fromHere) {
			fromHere = new Map();
			byPair.set(from, fromHere);
		}
		const known = fromHere.get(to);
		if (known) {
			if (known.edge.kind === claim.edge) known.places.add(known.edge.sources, claim.source);
			continue;
		}
		const edge: LineageEdge = { from: from.id, to: to.id, kind: claim.edge, sources: [] };
		const places = new SourcePlaces();
		places.add(edge.sources, claim.source);
		fromHere.set(to, { edge, places });
		list.push(edge);
	}
	// Older edges first, each edge's sources in place order: a reading order that no file name changes.
	const years = new Map(nodes.map((n) => [n.id, n.year ?? 9999]));
	const yearOf = (id: string) => years.get(id) ?? 9999;
	list.sort((a, b) => yearOf(a.from) - yearOf(b.from) || yearOf(a.to) - yearOf(b.to) || byName.compare(a.from, b.from) || byName.compare(a.to, b.to));
	for (const edge of list) if (edge.sources.length > 1) edge.sources.sort(bySource);
	reportCycles(nodes, list, diagnostics);
	return { nodes, edges: list };
}

interface AtlasLineage {
	nodes: LineageNode[];
	edges: LineageEdge[];
}

/** Depth-first search with colours; each back edge closes a cycle, reported at that edge's source. */
function reportCycles(nodes: LineageNode[], edges: LineageEdge[], diagnostics: Diagnostic[]): void {
	const out = new Map<string, LineageEdge[]>();
	for (const edge of edges) {
		const children = out.get(edge.from);
		if (children) children.push(edge);
		else out.set(edge.from, [edge]);
	}
	const names = new Map(nodes.map((n) => [n.id, n.name]));
	const state = new Map<string, "open" | "done">();
	const path: string[] = [];
	for (const start of nodes) {
		if (state.has(start.id)) continue;
		// An explicit stack instead of recursion, so a long chain cannot overflow the call stack.
		const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
		state.set(start.id, "open");
		path.push(start.id);
		while (stack.length > 0) {
			const top = stack[stack.length - 1];
			const children = out.get(top.id) ?? [];
			if (top.next >= children.length) {
				state.set(top.id, "done");
				path.pop();
				stack.pop();
				continue;
			}
			const edge = children[top.next++];
			const seen = state.get(edge.to);
			if (seen === "open") {
				const loop = path.slice(path.indexOf(edge.to)).concat(edge.to).map((id) => names.get(id) ?? id);
				const source = edge.sources[0];
				diagnostics.push({
					kind: "cycle",
					path: source.path,
					line: source.line,
					message: `The lineage goes round in a cycle: ${loop.join(" → ")}. The graph shows these edges but does not follow them round.`,
				});
			} else if (seen === undefined) {
				state.set(edge.to, "open");
				path.push(edge.to);
				stack.push({ id: edge.to, next: 0 });
			}
		}
	}
}
