// The timeline's data points: one mark per drawn value (a result, or each value of a conflicting
// result), what it says to a screen reader and in its tooltip, and the layer of points that carries the
// views' contract (data-year, data-value, data-series, data-linktext).
import { explainFields, explainedByRecord } from "../reference/match";
import type { ResultPoint } from "../model/types";
import { SVG_NS } from "./dom";
import { entityLinktext, formatPercent, slug, type entitiesById } from "./format";
import { around, type Box } from "./placement";
import { NO_NOTE_HINT, type TooltipContent } from "./tooltip";

/** One drawn value: a result, or one of the values of a conflicting result. */
export interface Mark {
	point: ResultPoint;
	year: number;
	value: number;
	approx: boolean;
	series: string;
	/** Which value of a conflict (0 otherwise). */
	index: number;
	linktext: string;
	name: string;
	/** The model has no note in the vault: a click creates one, as an unresolved link does. */
	noNote: boolean;
	x: number;
	y: number;
}

export function isConflict(point: ResultPoint): point is ResultPoint & { conflict: NonNullable<ResultPoint["conflict"]> } {
	return (point.conflict?.length ?? 0) > 1;
}

/** The results of a benchmark in the years asked for, with a value and a year; past `cap`, every winner and as many others as fit, in order. */
export function resultsToDraw(results: readonly ResultPoint[], benchmark: string, years: [number, number] | undefined, cap: number): { points: ResultPoint[]; total: number } {
	const points = results.filter((p) => p.benchmark === benchmark && Number.isFinite(p.year) && Number.isFinite(p.value) && (!years || (p.year >= years[0] && p.year <= years[1])));
	if (points.length <= cap) return { points, total: points.length };
	const winners = points.filter((p) => p.series === "winner");
	const others = points.filter((p) => p.series !== "winner").slice(0, Math.max(0, cap - winners.length));
	return { points: [...winners, ...others], total: points.length };
}

export function focusKey(m: Mark): string {
	return `point:${m.series}:${m.year}:${m.index}`;
}

export function marksOf(point: ResultPoint, entities: ReturnType<typeof entitiesById>): Mark[] {
	const entity = entities.get(point.entity);
	const linktext = entity ? entityLinktext(entity) : point.entrant || point.entity;
	const name = entity?.name ?? point.entrant ?? point.entity;
	const base = { point, year: point.year, series: point.series, linktext, name, noNote: !entity?.note && linktext !== "", x: 0, y: 0 };
	if (isConflict(point)) {
		return point.conflict.filter((c) => Number.isFinite(c.value)).map((c, index) => ({ ...base, value: c.value, approx: c.approx, index }));
	}
	return [{ ...base, value: point.value, approx: point.approx, index: 0 }];
}

/** Values in conflict are often a few pixels apart: each sits a little to one side of the year, so both show. */
export function conflictOffset(m: Mark): number {
	const n = isConflict(m.point) ? m.point.conflict.length : 1;
	return n > 1 ? (m.index - (n - 1) / 2) * 9 : 0;
}

/** Arrow keys: left/right to the previous/next year of the same series, up/down within a year. */
export function neighbour(marks: readonly Mark[], m: Mark, key: string): Mark | undefined {
	const same = marks.filter((o) => o.series === m.series);
	const first = (list: Mark[]) => list.sort((a, b) => a.year - b.year || b.value - a.value)[0];
	switch (key) {
		case "ArrowRight":
			return first(same.filter((o) => o.year > m.year));
		case "ArrowLeft": {
			const before = same.filter((o) => o.year < m.year);
			const year = Math.max(...before.map((o) => o.year));
			return first(before.filter((o) => o.year === year));
		}
		case "Home":
			return first(same);
		case "End": {
			const year = Math.max(...same.map((o) => o.year));
			return first(same.filter((o) => o.year === year));
		}
		case "ArrowUp":
		case "ArrowDown": {
			const column = marks
				.filter((o) => o.year === m.year)
				.sort((a, b) => b.value - a.value || a.series.localeCompare(b.series) || a.index - b.index);
			const at = column.indexOf(m);
			return column[key === "ArrowUp" ? at - 1 : at + 1];
		}
	}
	return undefined;
}

/**
 * The box a point takes on screen, with room round it, for labels and tooltips to keep off: it weighs
 * a hundred times its area, since a covered point can no longer be pointed at.
 */
export function pointBox(m: Mark): Box {
	return { ...around(m.x, m.y, 7), weight: 100 };
}

export function ariaLabel(m: Mark): string {
	const value = m.approx ? `about ${formatPercent(m.value)}` : formatPercent(m.value);
	const differ = isConflict(m.point) ? (explainedByRecord(m.point.conflict) ? ", sources differ, both official" : ", sources differ") : "";
	return `${m.year} ${m.series} ${m.name}, ${value}${differ}${m.noNote ? ", no note yet" : ""}`;
}

export function tooltipOf(m: Mark, explainRecord: boolean): TooltipContent {
	const p = m.point;
	const rows: Array<[string, string]> = [];
	if (p.entrant) rows.push(["Entrant", p.entrant]);
	if (m.name && m.name !== p.entrant) rows.push(["Model", m.name]);
	let sources: TooltipContent["sources"];
	if (isConflict(p)) {
		rows.push(["Values", p.conflict.map((c) => formatPercent(c.value, c.approx)).join(" vs ")]);
		if (explainRecord) for (const c of p.conflict) rows.push([formatPercent(c.value, c.approx), explainFields(c, p.year)]);
		rows.push(["", explainRecord && explainedByRecord(p.conflict) ? "Both are official figures; both are kept." : "Sources differ; both are kept."]);
		sources = p.conflict.map((c) => ({ heading: formatPercent(c.value, c.approx), sources: c.sources }));
	} else {
		rows.push(["Top-5 error", formatPercent(m.value, m.approx)]);
		if (explainRecord && p.series !== "top-1") rows.push(["Official", explainFields(p, p.year)]);
		sources = [{ sources: p.sources }];
	}
	return { title: `${m.year} · ${m.series}`, hint: m.noNote ? NO_NOTE_HINT : undefined, rows, sources };
}

/**
 * Draws the points into a layer built apart from the page and attached at once; fills `markOf` with
 * each point's mark. Each point is a copy of a model point that already has what its kind shares
 * (class, radius, series, focus stop), so only what is its own is set. Points in a row at the same x (a
 * series' results of one year) go in a group that places them, so each writes only its y: in Chromium
 * an SVG coordinate costs more to write than any other attribute (the 5,000-point timeline builds about
 * 15% faster). The order, and so the Tab order, stays that of the results.
 */
export function drawPoints(svg: SVGSVGElement, marks: readonly Mark[], palette: ReadonlyMap<string, number>, markOf: Map<Element, Mark>): void {
	const doc = svg.ownerDocument;
	const layer = doc.createElementNS(SVG_NS, "g");
	layer.setAttribute("class", "imagenet-points");
	const models = new Map<string, SVGCircleElement>();
	let column: SVGGElement = layer;
	let columnX = NaN;
	for (let k = 0; k < marks.length; k++) {
		const m = marks[k];
		const conflict = isConflict(m.point);
		const r = conflict ? "4" : m.series === "winner" ? "5.5" : "4.5";
		const kind = `${m.approx ? 1 : 0}${conflict ? 1 : 0}${m.noNote ? 1 : 0}${r} ${m.series}`;
		let model = models.get(kind);
		if (!model) {
			model = doc.createElementNS(SVG_NS, "circle");
			let cls = `imagenet-point imagenet-point-${slug(m.series)} imagenet-palette-${palette.get(m.series) ?? 0}`;
			if (m.approx) cls += " imagenet-point-approx";
			if (conflict) cls += " imagenet-point-conflict";
			if (m.noNote) cls += " imagenet-point-unresolved";
			model.setAttribute("class", cls);
			model.setAttribute("r", r);
			model.setAttribute("data-series", m.series);
			model.setAttribute("tabindex", "0");
			model.setAttribute("role", "button");
			models.set(kind, model);
		}
		if (m.x !== columnX) {
			columnX = m.x;
			if (k + 1 < marks.length && marks[k + 1].x === m.x) {
				column = doc.createElementNS(SVG_NS, "g");
				column.setAttribute("transform", `translate(${m.x},0)`);
				layer.appendChild(column);
			} else column = layer;
		}
		const dot = model.cloneNode(false) as SVGCircleElement;
		if (column === layer) dot.setAttribute("cx", String(m.x));
		dot.setAttribute("cy", String(m.y));
		dot.setAttribute("data-year", String(m.year));
		dot.setAttribute("data-value", String(m.value));
		dot.setAttribute("data-linktext", m.linktext);
		dot.setAttribute("aria-label", ariaLabel(m));
		column.appendChild(dot);
		markOf.set(dot, m);
	}
	svg.appendChild(layer);
}
