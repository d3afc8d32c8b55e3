// The error-rate timeline: ILSVRC year against top-5 error. Winners as a line, other series as points,
// approximate values hollow, conflicts as a range, the human baseline, the largest drop annotated.
import { explainFields, explainedByRecord } from "../reference/match";
import type { OfficialEntry } from "../reference/types";
import { OFFICIAL_SERIES, drawOfficial, officialEntries, officialTooltip } from "./timeline-official";
import { axisBottom, axisLeft, select } from "d3";
import { linearScale, niceDomain } from "./scale";
import { ILSVRC_CLASSIFICATION, type AtlasModel, type ResultPoint } from "../model/types";
import {
	SVG_NS,
	Tooltip,
	type Chart,
	delegateTooltip,
	el,
	entitiesById,
	entityLinktext,
	focusedKey,
	formatNumber,
	formatPercent,
	isActivateKey,
	measure,
	restoreFocus,
	showCapped,
	showEmpty,
	slug,
	type ChartCallbacks,
	type TooltipContent,
} from "./common";
import { drawLegend, orderSeries, type LegendEntry } from "./timeline-legend";

export type { ChartCallbacks } from "./common";

export interface TimelineOptions {
	humanBaseline?: number;
	hiddenSeries?: string[];
	years?: [number, number];
	height?: number;
	/** Default "ILSVRC classification". */
	benchmark?: string;
	/** Say, in the tooltip, which official entry each value matches (default true). */
	explainConflicts?: boolean;
	/** Draw the official field behind the notes' series from the start (default false; the legend toggles it). */
	official?: boolean;
	/** The error the settings show: the axis says it, and the human baseline (a top-5 figure) is drawn for top-5 only. */
	metric?: "top-5" | "top-1";
}

export interface TimelineState {
	hiddenSeries: string[];
	/** Whether the official field is drawn (a layer, apart from the notes' series). */
	official: boolean;
	highlighted: string | null;
}

export interface TimelineChart extends Chart<TimelineState, TimelineOptions> {
	highlight(entityId: string | null): void;
}

/** The most results one timeline draws, so a huge vault cannot freeze the pane. */
export const MAX_DRAWN_POINTS = 10_000;

export const TIMELINE_EMPTY_MESSAGE =
	"No ILSVRC results yet. Add a table with Year, Winner and Top-5 error columns to a note that mentions ImageNet.";

export const TIMELINE_NO_TOP1_MESSAGE =
	'Your notes give no top-1 error yet, and the settings ask for top-1 ("Error shown"). Add a Top-1 error column to a results table, or show top-5 error.';

/** One drawn value: a result, or one of the values of a conflicting result. */
interface Mark {
	point: ResultPoint;
	year: number;
	value: number;
	approx: boolean;
	series: string;
	/** Which value of a conflict (0 otherwise). */
	index: number;
	linktext: string;
	name: string;
	x: number;
	y: number;
}

const FALLBACK = { width: 600, height: 360 };
const MARGIN = { left: 56, right: 28, bottom: 48, top: 16 };

export function renderTimeline(
	container: HTMLElement,
	model: AtlasModel,
	options: TimelineOptions,
	callbacks: ChartCallbacks,
): TimelineChart {
	const root = el(container, "div", "imagenet-timeline imagenet-chart");
	const svg = root.ownerDocument.createElementNS(SVG_NS, "svg");
	svg.setAttribute("class", "imagenet-chart-svg");
	svg.setAttribute("role", "group");
	svg.setAttribute("aria-label", "ILSVRC top-5 error by year");
	root.appendChild(svg);
	const tooltip = new Tooltip(root, (source, event) => callbacks.openSource(source, event));

	let current = model;
	let opts: TimelineOptions = { ...options };
	const state: TimelineState = { hiddenSeries: [...(options.hiddenSeries ?? [])], official: options.official === true, highlighted: null };
	// What the options last asked for: taken again only when it changes, so what the legend toggled stays across edits.
	let lastGiven = `${state.hiddenSeries.join("\u0000")}|${state.official}`;
	let size = measure(container, svg, FALLBACK, opts.height);
	let marks: Mark[] = [];
	/** Each drawn point's mark: one set of listeners on the svg serves them all (5,000 points, not 35,000 listeners). */
	const markOf = new Map<Element, Mark>();
	/** Each drawn mark of the official field, with its entry. */
	let officialOf = new Map<Element, OfficialEntry>();
	let highlightedDots: Element[] = [];
	let emptyBox: HTMLElement | null = null;
	let cappedBox: HTMLElement | null = null;
	let destroyed = false;

	svg.addEventListener("click", (event) => {
		const m = markOf.get(event.target as Element);
		if (m) callbacks.open(m.linktext, event);
	});
	svg.addEventListener("keydown", (event) => {
		const m = markOf.get(event.target as Element);
		if (!m) return;
		if (isActivateKey(event)) {
			event.preventDefault();
			callbacks.open(m.linktext, event);
			return;
		}
		const next = neighbour(m, event.key);
		if (next) {
			event.preventDefault();
			focusMark(next);
		}
	});
	// However a point takes focus (Tab, the tooltip's last source, a click), it says which it is.
	svg.addEventListener(
		"focus",
		(event) => {
			const m = markOf.get(event.target as Element);
			if (m) (event.target as Element).setAttribute("data-focus-key", focusKey(m));
		},
		true,
	);
	delegateTooltip(svg, tooltip, root, (target) => {
		const entry = officialOf.get(target);
		if (entry) {
			const box = (target as SVGGraphicsElement).getBBox?.();
			return { content: () => officialTooltip(entry), anchor: () => ({ x: (box?.x ?? 0) + 4, y: (box?.y ?? 0) + 4 }) };
		}
		const m = markOf.get(target);
		if (!m) return undefined;
		return {
			content: () => tooltipOf(m, opts.explainConflicts !== false),
			anchor: () => ({ x: m.x, y: m.y }),
			hover: (event) => callbacks.hover(m.linktext, event, target),
		};
	});

	function draw(): void {
		if (destroyed) return;
		const active = root.ownerDocument.activeElement;
		const focusedMark = active ? markOf.get(active) : undefined;
		const focus = focusedMark ? focusKey(focusedMark) : focusedKey(root);
		tooltip.hide();
		svg.replaceChildren();
		markOf.clear();
		officialOf = new Map();
		highlightedDots = [];
		emptyBox?.remove();
		emptyBox = null;
		cappedBox?.remove();
		cappedBox = null;
		const { width, height } = size;
		svg.setAttribute("width", String(width));
		svg.setAttribute("height", String(height));
		svg.setAttribute("viewBox", `0 0 ${width} ${height}`);

		const benchmark = opts.benchmark ?? ILSVRC_CLASSIFICATION;
		let points = (current.results ?? []).filter(
			(p) =>
				p.benchmark === benchmark &&
				Number.isFinite(p.year) &&
				Number.isFinite(p.value) &&
				(!opts.years || (p.year >= opts.years[0] && p.year <= opts.years[1])),
		);
		if (points.length > MAX_DRAWN_POINTS) {
			// The winners always; of the rest, as many as fit, in order.
			const winners = points.filter((p) => p.series === "winner");
			const others = points.filter((p) => p.series !== "winner").slice(0, Math.max(0, MAX_DRAWN_POINTS - winners.length));
			cappedBox = showCapped(root, `Showing ${(winners.length + others.length).toLocaleString("en")} of ${points.length.toLocaleString("en")} results. Hide series in the legend or narrow the years in a code block.`);
			points = [...winners, ...others];
		}
		// Nothing to draw says why: no results at all, or none of the error the settings ask for.
		const top1 = opts.metric === "top-1";
		const shownAtAll = top1 ? points.filter((p) => p.series === "top-1") : points;
		root.classList.toggle("imagenet-is-empty", shownAtAll.length === 0);
		if (shownAtAll.length === 0) {
			marks = [];
			emptyBox = showEmpty(root, top1 && points.length > 0 ? TIMELINE_NO_TOP1_MESSAGE : TIMELINE_EMPTY_MESSAGE);
			return;
		}

		const series = orderSeries(points.map((p) => p.series));
		const palette = new Map(series.map((s, i) => [s, i]));
		const hidden = new Set(state.hiddenSeries);
		const entities = entitiesById(current);
		const all = points.flatMap((point) => marksOf(point, entities));
		const baseline = opts.metric === "top-1" ? null : baselineOf(current, opts);

		// Legend first: its height sets the top margin.
		const entries: LegendEntry[] = series.map((s) => ({
			series: s,
			palette: palette.get(s) ?? 0,
			shown: !hidden.has(s),
		}));
		// The official field of the years drawn, when the record has any: a layer the legend toggles.
		const pointYears = all.map((m) => m.year);
		const official = benchmark === ILSVRC_CLASSIFICATION ? officialEntries(opts.years?.[0] ?? Math.min(...pointYears), opts.years?.[1] ?? Math.max(...pointYears)) : [];
		const showOfficial = official.length > 0 && state.official;
		if (official.length > 0) entries.push({ series: OFFICIAL_SERIES, palette: -1, shown: showOfficial });
		const legendHeight = drawLegend(svg, entries, {
			x: MARGIN.left,
			width: width - MARGIN.left - MARGIN.right,
			hasApprox: all.some((m) => m.approx),
			hasConflict: points.some((p) => (p.conflict?.length ?? 0) > 1),
			toggle: (s) => {
				if (s === OFFICIAL_SERIES) {
					state.official = !state.official;
					draw();
					callbacks.stateChanged?.();
					return;
				}
				const set = new Set(state.hiddenSeries);
				if (set.has(s)) set.delete(s);
				else set.add(s);
				state.hiddenSeries = series.filter((x) => set.has(x)).concat([...set].filter((x) => !series.includes(x)));
				draw();
				callbacks.stateChanged?.();
			},
		});
		const top = MARGIN.top + legendHeight;
		const plotW = Math.max(40, width - MARGIN.left - MARGIN.right);
		const plotH = Math.max(40, height - top - MARGIN.bottom);

		// Axes stay put when series are toggled: they are scaled on every value, shown or not.
		const years = all.map((m) => m.year);
		let [minYear, maxYear] = opts.years ?? [Math.min(...years), Math.max(...years)];
		if (minYear === maxYear) [minYear, maxYear] = [minYear - 1, maxYear + 1];
		const x = linearScale([minYear - 0.5, maxYear + 0.5], [MARGIN.left, MARGIN.left + plotW]);
		const maxValue = Math.max(...all.map((m) => m.value), ...(showOfficial ? official.map((e) => e.value) : []), baseline ?? 0, 1);
		const y = linearScale(niceDomain([0, maxValue * 1.08]), [top + plotH, top]);

		const yearTicks: number[] = [];
		const step = Math.max(1, Math.ceil((maxYear - minYear + 1) / Math.max(2, Math.floor(plotW / 44))));
		for (let yr = Math.ceil(minYear); yr <= maxYear; yr += step) yearTicks.push(yr);

		const chart = select(svg);
		chart
			.append("g")
			.attr("class", "imagenet-grid")
			.selectAll("line")
			.data(y.ticks(6))
			.join("line")
			.attr("x1", MARGIN.left)
			.attr("x2", MARGIN.left + plotW)
			.attr("y1", (d) => y(d))
			.attr("y2", (d) => y(d));
		chart
			.append("g")
			.attr("class", "imagenet-axis imagenet-axis-x")
			.attr("transform", `translate(0,${top + plotH})`)
			.call(
				axisBottom(x)
					.tickValues(yearTicks)
					.tickFormat((d) => String(d)),
			);
		chart
			.append("g")
			.attr("class", "imagenet-axis imagenet-axis-y")
			.attr("transform", `translate(${MARGIN.left},0)`)
			.call(axisLeft(y).ticks(6));
		chart
			.append("text")
			.attr("class", "imagenet-axis-label imagenet-axis-label-x")
			.attr("x", MARGIN.left + plotW / 2)
			.attr("y", height - 8)
			.attr("text-anchor", "middle")
			.text("ILSVRC year");
		chart
			.append("text")
			.attr("class", "imagenet-axis-label imagenet-axis-label-y")
			.attr("transform", `translate(14,${top + plotH / 2}) rotate(-90)`)
			.attr("text-anchor", "middle")
			.text(benchmark !== ILSVRC_CLASSIFICATION ? "Error (%)" : opts.metric === "top-1" ? "Top-1 error (%)" : "Top-5 error (%)");

		if (baseline !== null) {
			const by = y(baseline);
			const g = chart.append("g").attr("class", "imagenet-baseline");
			g.append("line")
				.attr("class", "imagenet-baseline-line")
				.attr("x1", MARGIN.left)
				.attr("x2", MARGIN.left + plotW)
				.attr("y1", by)
				.attr("y2", by);
			g.append("text")
				.attr("class", "imagenet-baseline-label")
				.attr("x", MARGIN.left + plotW - 4)
				.attr("y", by - 5)
				.attr("text-anchor", "end")
				.text(`Human (${formatPercent(baseline)})`);
		}

		for (const m of all) {
			m.x = x(m.year) + conflictOffset(m);
			m.y = y(m.value);
		}
		marks = all.filter((m) => !hidden.has(m.series));

		// The winners' line runs through each year's value; a missing year breaks it.
		const winners = points.filter((p) => p.series === "winner" && !hidden.has("winner")).sort((a, b) => a.year - b.year);
		if (winners.length) {
			// A path by hand: d3's line() would add about 18 KB for this one polyline.
			const byYear = new Map(winners.map((p) => [p.year, p.value]));
			let d = "";
			let pen = false;
			for (let yr = winners[0].year; yr <= winners[winners.length - 1].year; yr++) {
				const v = byYear.get(yr);
				if (v === undefined) pen = false;
				else {
					d += `${pen ? "L" : "M"}${x(yr)},${y(v)}`;
					pen = true;
				}
			}
			chart
				.append("path")
				.attr("class", `imagenet-series-line imagenet-palette-${palette.get("winner") ?? 0}`)
				.attr("d", d);
			drawLargestDrop(chart.node() as SVGSVGElement, winners, x, y, width);
		}

		if (showOfficial) officialOf = drawOfficial(svg, official, x, y);

		const ranges = chart.append("g").attr("class", "imagenet-conflicts");
		for (const p of points) {
			if (hidden.has(p.series) || !p.conflict || p.conflict.length < 2) continue;
			const values = p.conflict.map((c) => c.value);
			ranges
				.append("line")
				.attr("class", `imagenet-conflict-range imagenet-palette-${palette.get(p.series) ?? 0}`)
				.attr("data-year", p.year)
				.attr("data-series", p.series)
				.attr("x1", x(p.year))
				.attr("x2", x(p.year))
				.attr("y1", y(Math.min(...values)))
				.attr("y2", y(Math.max(...values)));
		}

		// The points are built apart from the page and attached at once. Each is a copy of a model point
		// that already has what its kind shares (class, radius, series, focus stop), so only what is its
		// own is set. Points in a row at the same x (a series' results of one year) go in a group that
		// places them, so each writes only its y: in Chromium an SVG coordinate costs more to write than
		// any other attribute (the 5,000-point timeline builds about 15% faster). The order, and so the
		// Tab order, stays that of the results.
		const layer = svg.ownerDocument.createElementNS(SVG_NS, "g");
		layer.setAttribute("class", "imagenet-points");
		const models = new Map<string, SVGCircleElement>();
		let column: SVGGElement = layer;
		let columnX = NaN;
		for (let k = 0; k < marks.length; k++) {
			const m = marks[k];
			const conflict = !!m.point.conflict && m.point.conflict.length > 1;
			const r = conflictOffset(m) !== 0 ? "4" : m.series === "winner" ? "5.5" : "4.5";
			const kind = `${m.approx ? 1 : 0}${conflict ? 1 : 0}${r} ${m.series}`;
			let model = models.get(kind);
			if (!model) {
				model = svg.ownerDocument.createElementNS(SVG_NS, "circle");
				let cls = `imagenet-point imagenet-point-${slug(m.series)} imagenet-palette-${palette.get(m.series) ?? 0}`;
				if (m.approx) cls += " imagenet-point-approx";
				if (conflict) cls += " imagenet-point-conflict";
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
					column = svg.ownerDocument.createElementNS(SVG_NS, "g");
					column.setAttribute("transform", `translate(${m.x},0)`);
					layer.appendChild(column);
				} else column = layer;
			}
			drawMark(column, m, model, column === layer);
		}
		svg.appendChild(layer);
		applyHighlight();
		if (focus?.startsWith("point:")) {
			for (const [dot, m] of markOf) if (focusKey(m) === focus) focusDot(dot, m);
		} else restoreFocus(root, focus);
	}

	function drawMark(parent: SVGGElement, m: Mark, model: SVGCircleElement, placeX: boolean): void {
		const dot = model.cloneNode(false) as SVGCircleElement;
		if (placeX) dot.setAttribute("cx", String(m.x));
		dot.setAttribute("cy", String(m.y));
		dot.setAttribute("data-year", String(m.year));
		dot.setAttribute("data-value", String(m.value));
		dot.setAttribute("data-linktext", m.linktext);
		dot.setAttribute("aria-label", ariaLabel(m));
		parent.appendChild(dot);
		markOf.set(dot, m);
	}

	/** Arrow keys: left/right to the previous/next year of the same series, up/down within a year. */
	function neighbour(m: Mark, key: string): Mark | undefined {
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

	function focusMark(m: Mark): void {
		for (const [dot, other] of markOf) if (other === m) focusDot(dot, m);
	}

	/** The focus key is written on a point only when it takes focus: 5,000 attributes fewer to write. */
	function focusDot(dot: Element, m: Mark): void {
		dot.setAttribute("data-focus-key", focusKey(m));
		(dot as SVGElement).focus();
	}

	function applyHighlight(): void {
		const id = state.highlighted;
		for (const dot of highlightedDots) dot.classList.remove("imagenet-point-highlighted");
		highlightedDots = [];
		if (id !== null) {
			for (const [dot, m] of markOf) {
				if (m.point.entity !== id && m.linktext !== id) continue;
				dot.classList.add("imagenet-point-highlighted");
				highlightedDots.push(dot);
			}
		}
		root.classList.toggle("imagenet-has-highlight", highlightedDots.length > 0);
	}

	draw();

	return {
		update(next, options) {
			current = next;
			if (options) {
				opts = { ...opts, ...options };
				// The series hidden and the official field as the options (the settings, a code block) ask: taken
				// again only when they change, so what the legend toggled stays as it is across edits.
				const given = `${(opts.hiddenSeries ?? []).join("\u0000")}|${opts.official === true}`;
				if (given !== lastGiven) {
					lastGiven = given;
					state.hiddenSeries = [...(opts.hiddenSeries ?? [])];
					state.official = opts.official === true;
				}
				if ("height" in options) size = measure(container, svg, FALLBACK, opts.height);
			}
			draw();
		},
		highlight(entityId) {
			state.highlighted = entityId;
			applyHighlight();
		},
		getState() {
			return { hiddenSeries: [...state.hiddenSeries], official: state.official, highlighted: state.highlighted };
		},
		setState(s) {
			if (s.hiddenSeries) state.hiddenSeries = [...s.hiddenSeries];
			if (typeof s.official === "boolean") state.official = s.official;
			if (s.highlighted !== undefined) state.highlighted = s.highlighted;
			draw();
		},
		resize() {
			size = measure(container, svg, FALLBACK, opts.height);
			draw();
		},
		svg: () => svg,
		destroy() {
			destroyed = true;
			tooltip.destroy();
			root.remove();
		},
	};
}

function focusKey(m: Mark): string {
	return `point:${m.series}:${m.year}:${m.index}`;
}

function marksOf(point: ResultPoint, entities: ReturnType<typeof entitiesById>): Mark[] {
	const entity = entities.get(point.entity);
	const linktext = entity ? entityLinktext(entity) : point.entrant || point.entity;
	const name = entity?.name ?? point.entrant ?? point.entity;
	const base = { point, year: point.year, series: point.series, linktext, name, x: 0, y: 0 };
	if (point.conflict && point.conflict.length > 1) {
		return point.conflict
			.filter((c) => Number.isFinite(c.value))
			.map((c, index) => ({ ...base, value: c.value, approx: c.approx, index }));
	}
	return [{ ...base, value: point.value, approx: point.approx, index: 0 }];
}

/** Values in conflict are often a few pixels apart: each sits a little to one side of the range, so both show. */
function conflictOffset(m: Mark): number {
	const n = m.point.conflict && m.point.conflict.length > 1 ? m.point.conflict.length : 1;
	return n > 1 ? (m.index - (n - 1) / 2) * 9 : 0;
}

function baselineOf(model: AtlasModel, opts: TimelineOptions): number | null {
	if (opts.humanBaseline !== undefined && Number.isFinite(opts.humanBaseline)) return opts.humanBaseline;
	const fact = (model.facts ?? []).find((f) => f.key === "human_baseline");
	return fact && Number.isFinite(fact.value) ? fact.value : null;
}

function ariaLabel(m: Mark): string {
	const value = m.approx ? `about ${formatPercent(m.value)}` : formatPercent(m.value);
	const differ = m.point.conflict && m.point.conflict.length > 1 ? ", sources differ" : "";
	return `${m.year} ${m.series} ${m.name}, ${value}${differ}`;
}

function tooltipOf(m: Mark, explainRecord: boolean): TooltipContent {
	const p = m.point;
	const rows: Array<[string, string]> = [];
	if (p.entrant) rows.push(["Entrant", p.entrant]);
	if (m.name && m.name !== p.entrant) rows.push(["Model", m.name]);
	let sources: TooltipContent["sources"];
	if (p.conflict && p.conflict.length > 1) {
		rows.push(["Values", p.conflict.map((c) => formatPercent(c.value, c.approx)).join(" vs ")]);
		if (explainRecord) for (const c of p.conflict) rows.push([formatPercent(c.value, c.approx), explainFields(c, p.year)]);
		rows.push(["", explainRecord && explainedByRecord(p.conflict) ? "Both are official figures; both are kept." : "Sources differ; both are kept."]);
		sources = p.conflict.map((c) => ({ heading: formatPercent(c.value, c.approx), sources: c.sources }));
	} else {
		rows.push(["Top-5 error", formatPercent(m.value, m.approx)]);
		if (explainRecord && p.series !== "top-1") rows.push(["Official", explainFields(p, p.year)]);
		sources = [{ sources: p.sources }];
	}
	return { title: `${m.year} · ${m.series}`, rows, sources };
}

/** Marks the largest fall between two consecutive years of the winners. */
function drawLargestDrop(
	svg: SVGSVGElement,
	winners: ResultPoint[],
	x: (v: number) => number,
	y: (v: number) => number,
	width: number,
): void {
	let best: [ResultPoint, ResultPoint] | null = null;
	for (let i = 1; i < winners.length; i++) {
		const [a, b] = [winners[i - 1], winners[i]];
		if (b.year - a.year !== 1) continue;
		if (a.value - b.value > 0 && (!best || a.value - b.value > best[0].value - best[1].value)) best = [a, b];
	}
	if (!best) return;
	const [a, b] = best;
	const mid = (x(a.year) + x(b.year)) / 2;
	const g = select(svg).append("g").attr("class", "imagenet-annotation");
	g.append("line")
		.attr("class", "imagenet-annotation-line")
		.attr("x1", mid)
		.attr("x2", mid)
		.attr("y1", y(a.value))
		.attr("y2", y(b.value));
	for (const v of [a.value, b.value]) {
		g.append("line")
			.attr("class", "imagenet-annotation-line")
			.attr("x1", mid - 4)
			.attr("x2", mid + 4)
			.attr("y1", y(v))
			.attr("y2", y(v));
	}
	const right = mid < width * 0.7;
	g.append("text")
		.attr("class", "imagenet-annotation-label")
		.attr("x", right ? mid + 8 : mid - 8)
		.attr("y", (y(a.value) + y(b.value)) / 2)
		.attr("dy", "0.35em")
		.attr("text-anchor", right ? "start" : "end")
		.text(`\u2212${formatNumber(a.value - b.value)} points, ${a.year}\u2192${b.year}`);
}
