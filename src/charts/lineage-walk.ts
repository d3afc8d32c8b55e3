// Ancestors and descendants in the lineage. Visited sets make a cycle end the walk instead of looping.
import type { LineageEdge } from "../model/types";

/** The ids reachable from `start` (itself included): up to ancestors, down to descendants, or both. */
export function walk(edges: LineageEdge[], start: string, direction: "up" | "down" | "both" = "both"): Set<string> {
	const parents = new Map<string, string[]>();
	const children = new Map<string, string[]>();
	for (const e of edges) {
		push(children, e.from, e.to);
		push(parents, e.to, e.from);
	}
	const seen = new Set<string>([start]);
	const visit = (next: Map<string, string[]>) => {
		const stack = [start];
		while (stack.length) {
			const id = stack.pop() as string;
			for (const other of next.get(id) ?? []) {
				if (seen.has(other)) continue;
				seen.add(other);
				stack.push(other);
			}
		}
	};
	if (direction !== "down") visit(parents);
	if (direction !== "up") visit(children);
	return seen;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
