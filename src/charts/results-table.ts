// The merged results as a live table: one row per year, one column per series (winner, runner-up, ...),
// each cell the model or entrant (a link to its note) and its figure, whose tooltip names its sources.
// Pure DOM like the charts: the host turns clicks and hovers into Obsidian's navigation. Note text only
// ever becomes text.
import { ILSVRC_CLASSIFICATION, type AtlasModel, type ResultPoint } from "../model/types";
import { explainFields, explainedByRecord } from "../reference/match";
import { delegateTooltip, el, entitiesById, entityLinktext, formatPercent, seriesLabel, showEmpty, Tooltip, type ChartCallbacks, type TooltipContent } from "./common";
import { noResultsInYearsMessage, TIMELINE_EMPTY_MESSAGE, TIMELINE_NO_TOP1_MESSAGE } from "./timeline";
import { orderSeries } from "./timeline-legend";

export interface ResultsTableOptions {
	years?: [number, number];
	/** The columns, in this order; by default every series of the metric. */
	series?: string[];
	metric?: "top-5" | "top-1";
	/** Say which official entry each figure matches (default true). */
	explainConflicts?: boolean;
	/** What to say when the notes give no result at all (the host knows why). */
	emptyMessage?: string;
}

export interface ResultsTable {
	update(model: AtlasModel, options?: ResultsTableOptions): void;
	destroy(): void;
}

const NONE = "imagenet-results-none";

export function renderResultsTable(container: HTMLElement, model: AtlasModel, options: ResultsTableOptions, callbacks: ChartCallbacks): ResultsTable {
	const root = el(container, "div", "imagenet-results imagenet-chart");
	const body = el(root, "div", "imagenet-results-scroll");
	const tooltip = new Tooltip(root, (source, event) => callbacks.openSource(source, event));
	let figures = new Map<Element, TooltipContent>();
	const linkOf = (event: Event) => (event.target as Element).closest?.<HTMLElement>("a[data-href]");
	const follow = (event: MouseEvent) => {
		const link = linkOf(event);
		if (!link || event.button > 1) return;
		// Ours alone: Obsidian's own handler of a note's links would open it a second time.
		event.preventDefault();
		event.stopPropagation();
		callbacks.open(link.dataset.href ?? "", event);
	};
	root.addEventListener("click", follow);
	root.addEventListener("auxclick", follow);
	root.addEventListener("keydown", (event) => {
		const link = event.key === "Enter" ? linkOf(event) : null;
		if (!link) return;
		event.preventDefault();
		callbacks.open(link.dataset.href ?? "", event);
	});
	root.addEventListener("mouseover", (event) => {
		const link = linkOf(event);
		if (!link) return;
		event.stopPropagation();
		callbacks.hover(link.dataset.href ?? "", event, link);
	});
	delegateTooltip(body, tooltip, root, (target) => {
		const content = figures.get(target);
		// The tooltip sits beside the figure's own box; the anchor is only its fallback.
		return content && { content: () => content, anchor: () => ({ x: 0, y: 0 }) };
	});

	function draw(model: AtlasModel, opts: ResultsTableOptions): void {
		tooltip.hide();
		body.replaceChildren();
		figures = new Map();
		const all = model.results.filter((p) => p.benchmark === ILSVRC_CLASSIFICATION);
		const top1 = opts.metric === "top-1";
		const columns = opts.series?.filter((s) => all.some((p) => p.series === s)) ?? orderSeries(all.map((p) => p.series).filter((s) => (s === "top-1") === top1));
		const [from, to] = opts.years ?? [-Infinity, Infinity];
		const shown = all.filter((p) => columns.includes(p.series) && p.year >= from && p.year <= to);
		if (shown.length === 0) {
			const message = all.length === 0 ? (opts.emptyMessage ?? TIMELINE_EMPTY_MESSAGE) : top1 && !opts.series ? TIMELINE_NO_TOP1_MESSAGE : noResultsInYearsMessage(all.map((p) => p.year));
			showEmpty(body, message, callbacks.openSettings);
			return;
		}
		const table = el(body, "table", "");
		el(table, "caption", "", `ILSVRC classification, top-${columns.every((s) => s === "top-1") ? 1 : 5} error`);
		const head = el(el(table, "thead", ""), "tr", "");
		for (const text of ["Year", ...columns.map(seriesLabel)]) el(head, "th", "", text);
		const rows = el(table, "tbody", "");
		const entities = entitiesById(model);
		const explain = opts.explainConflicts !== false;
		for (const year of [...new Set(shown.map((p) => p.year))].sort((a, b) => a - b)) {
			const row = el(rows, "tr", "");
			el(row, "th", "", String(year));
			for (const series of columns) {
				const cell = el(row, "td", "");
				const points = shown.filter((p) => p.year === year && p.series === series);
				if (points.length === 0) el(cell, "span", NONE, "—");
				for (const p of points) {
					const line = el(cell, "div", "");
					const entity = entities.get(p.entity);
					const name = entity?.name || p.entrant;
					const linktext = entity ? entityLinktext(entity) : name;
					if (name) {
						// No href: the target is note text (it may read "javascript:..."); data-href is what Obsidian's links carry.
						const link = el(line, "a", `internal-link${entity?.note ? "" : " is-unresolved"}`, name);
						link.dataset.href = linktext;
						link.tabIndex = 0;
						link.setAttribute("role", "link");
					} else el(line, "span", NONE, "Unnamed");
					const values = p.conflict ?? [p];
					const figure = el(line, "span", `imagenet-results-value${p.conflict ? " is-conflict" : ""}`);
					values.forEach((v, k) => {
						if (k) figure.append(" or ");
						el(figure, "span", v.approx ? "is-approx" : "", formatPercent(v.value, v.approx));
					});
					figure.tabIndex = 0;
					Object.assign(figure.dataset, { year, series, value: p.value, linktext });
					figures.set(figure, figureTooltip(p, name, explain));
					if (p.conflict) el(cell, "div", "imagenet-results-note", explain && explainedByRecord(p.conflict) ? "Both official figures" : "Sources differ");
				}
			}
		}
	}

	draw(model, options);
	return {
		update: (next, opts = options) => draw(next, (options = opts)),
		destroy() {
			tooltip.destroy();
			root.remove();
		},
	};
}

/** A figure's tooltip: its value or disputed values, what the official record says of each, its sources. */
function figureTooltip(p: ResultPoint, name: string, explain: boolean): TooltipContent {
	const rows: TooltipContent["rows"] = p.entrant && p.entrant !== name ? [["Entrant", p.entrant]] : [];
	const values = p.conflict ?? [p];
	for (const v of values) rows.push([formatPercent(v.value, v.approx), explain && p.series !== "top-1" ? explainFields(v, p.year) : ""]);
	return { title: `${p.year} ${p.series}: ${name || "unnamed"}`, rows, sources: values.map((v) => ({ heading: p.conflict && formatPercent(v.value, v.approx), sources: v.sources })) };
}
