// The error-rate timeline: ILSVRC year against top-5 error. Winners as a line, other series as points,
// approximate values hollow, conflicts bracketed with each value labelled, the human baseline, the
// largest drop annotated. This file keeps the chart's state and events; the frame (timeline-axes), the
// points (timeline-marks), the conflicts (timeline-conflicts), the legend and the official field are
// drawn by their own files.
import { explainedByRecord } from "../reference/match";
import type { OfficialEntry } from "../reference/types";
import { OFFICIAL_SERIES, drawOfficial, officialEntries, officialTooltip } from "./timeline-official";
import { ILSVRC_CLASSIFICATION, type AtlasModel } from "../model/types";
import { SVG_NS, Tooltip, delegateTooltip, el, entitiesById, focusedKey, isActivateKey, measure, restoreFocus, showCapped, showEmpty, type ChartCallbacks } from "./common";
import type { Box } from "./placement";
import { drawFrame, drawWinnersLine, frameOf } from "./timeline-axes";
import { drawConflicts } from "./timeline-conflicts";
import { drawLegend, orderSeries, type LegendEntry } from "./timeline-legend";
import { MAX_DRAWN_POINTS, noResultsInYearsMessage, TIMELINE_EMPTY_MESSAGE, TIMELINE_NO_TOP1_MESSAGE, type TimelineChart, type TimelineOptions, type TimelineState } from "./timeline-options";
import { conflictOffset, drawPoints, focusKey, isConflict, marksOf, neighbour, pointBox, resultsToDraw, tooltipOf, type Mark } from "./timeline-marks";

export type { ChartCallbacks } from "./common";

export type { TimelineChart, TimelineOptions, TimelineState } from "./timeline-options";
export { MAX_DRAWN_POINTS, noResultsInYearsMessage, TIMELINE_EMPTY_MESSAGE, TIMELINE_NO_TOP1_MESSAGE } from "./timeline-options";

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
	/** What the frame, the winners' line and the conflicts' labels cover, in svg pixels. */
	let covered: Box[] = [];
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
		const next = neighbour(marks, m, event.key);
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
			obstacles,
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
		const { points, total } = resultsToDraw(current.results ?? [], benchmark, opts.years, MAX_DRAWN_POINTS);
		if (points.length < total) cappedBox = showCapped(root, `Showing ${points.length.toLocaleString("en")} of ${total.toLocaleString("en")} results. Hide series in the legend or narrow the years in a code block.`);
		// Nothing to draw says why: no results at all, or none of the error the settings ask for.
		const top1 = opts.metric === "top-1";
		const shownAtAll = top1 ? points.filter((p) => p.series === "top-1") : points;
		root.classList.toggle("imagenet-is-empty", shownAtAll.length === 0);
		if (shownAtAll.length === 0) {
			marks = [];
			const ofBenchmark = (current.results ?? []).filter((p) => p.benchmark === benchmark);
			const message = ofBenchmark.length === 0 ? (opts.emptyMessage ?? TIMELINE_EMPTY_MESSAGE) : points.length === 0 ? noResultsInYearsMessage(ofBenchmark.map((p) => p.year)) : TIMELINE_NO_TOP1_MESSAGE;
			emptyBox = showEmpty(root, message, callbacks.openSettings);
			return;
		}

		const series = orderSeries(points.map((p) => p.series));
		const palette = new Map(series.map((s, i) => [s, i]));
		const hidden = new Set(state.hiddenSeries);
		const entities = entitiesById(current);
		const all = points.flatMap((point) => marksOf(point, entities));
		const baseline = opts.metric === "top-1" ? null : baselineOf(current, opts);

		// Legend first: its height sets the top margin.
		const entries: LegendEntry[] = series.map((s) => ({ series: s, palette: palette.get(s) ?? 0, shown: !hidden.has(s) }));
		// The official field of the years drawn, when the record has any: a layer the legend toggles.
		const pointYears = all.map((m) => m.year);
		const official = benchmark === ILSVRC_CLASSIFICATION ? officialEntries(opts.years?.[0] ?? Math.min(...pointYears), opts.years?.[1] ?? Math.max(...pointYears)) : [];
		const showOfficial = official.length > 0 && state.official;
		if (official.length > 0) entries.push({ series: OFFICIAL_SERIES, palette: -1, shown: showOfficial });
		const conflicts = points.filter(isConflict);
		const legendHeight = drawLegend(svg, entries, {
			x: MARGIN.left,
			width: width - MARGIN.left - MARGIN.right,
			hasApprox: all.some((m) => m.approx),
			conflict: conflicts.length === 0 ? null : conflicts.every((p) => explainedByRecord(p.conflict)) ? "explained" : "unexplained",
			toggle: (s) => {
				if (s === OFFICIAL_SERIES) state.official = !state.official;
				else {
					const set = new Set(state.hiddenSeries);
					if (set.has(s)) set.delete(s);
					else set.add(s);
					state.hiddenSeries = series.filter((x) => set.has(x)).concat([...set].filter((x) => !series.includes(x)));
				}
				draw();
				callbacks.stateChanged?.();
			},
		});
		const top = MARGIN.top + legendHeight;
		const plot: Box = { left: MARGIN.left, top, right: MARGIN.left + Math.max(40, width - MARGIN.left - MARGIN.right), bottom: top + Math.max(40, height - top - MARGIN.bottom) };

		// Axes stay put when series are toggled: they are scaled on every value, shown or not.
		const yLabel = benchmark !== ILSVRC_CLASSIFICATION ? "Error (%)" : opts.metric === "top-1" ? "Top-1 error (%)" : "Top-5 error (%)";
		const highest = Math.max(...all.map((m) => m.value), ...(showOfficial ? official.map((e) => e.value) : []), baseline ?? 0, 1);
		const frame = frameOf(plot, opts.years ?? [Math.min(...pointYears), Math.max(...pointYears)], highest, { height, yLabel, baseline });
		covered = drawFrame(svg, frame);
		for (const m of all) {
			m.x = frame.x(m.year) + conflictOffset(m);
			m.y = frame.y(m.value);
		}
		marks = all.filter((m) => !hidden.has(m.series));

		const winners = points.filter((p) => p.series === "winner" && !hidden.has("winner")).sort((a, b) => a.year - b.year);
		covered.push(...drawWinnersLine(svg, winners, frame, `imagenet-palette-${palette.get("winner") ?? 0}`));
		if (showOfficial) officialOf = drawOfficial(svg, official, frame.x, frame.y);
		// Each conflict's values, bracketed and labelled, off the line, the points and the labels drawn so far.
		const groups = new Map<object, Mark[]>();
		for (const m of marks) if (isConflict(m.point)) groups.set(m.point, [...(groups.get(m.point) ?? []), m]);
		if (groups.size) covered.push(...drawConflicts(svg, [...groups.values()], covered.concat(marks.map(pointBox)), plot));

		drawPoints(svg, marks, palette, markOf);
		applyHighlight();
		if (focus?.startsWith("point:")) {
			for (const [dot, m] of markOf) if (focusKey(m) === focus) focusDot(dot, m);
		} else restoreFocus(root, focus);
	}

	/** What a tooltip should leave in sight, in the root's pixels: every point, the line, the labels. */
	function obstacles(): Box[] {
		const r = svg.getBoundingClientRect();
		const o = root.getBoundingClientRect();
		const [dx, dy] = [r.left - o.left, r.top - o.top];
		return marks
			.map(pointBox)
			.concat(covered)
			.map((b) => ({ ...b, left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy }));
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

function baselineOf(model: AtlasModel, opts: TimelineOptions): number | null {
	if (opts.humanBaseline !== undefined && Number.isFinite(opts.humanBaseline)) return opts.humanBaseline;
	const fact = (model.facts ?? []).find((f) => f.key === "human_baseline");
	return fact && Number.isFinite(fact.value) ? fact.value : null;
}

