// The two Bases views, "ImageNet timeline" and "Lineage graph" (Obsidian 1.10 and later).
//
// Everything that touches the Bases API is inside the one `if` below: `requireApiVersion("1.10.0")`
// and the plugin having `registerBasesView`. On an older app nothing here runs, and nothing else
// depends on it. The view class is defined inside that `if` on purpose: `BasesView` does not exist in
// apps before 1.10, so a class that extends it at the top of a module would stop the whole plugin from
// loading there; and the `obsidianmd/no-unsupported-api` lint (minAppVersion 1.7.2) accepts a use of
// a 1.10 API only inside a `requireApiVersion` check.
import { BasesView, requireApiVersion, type BasesAllOptions, type BasesEntry, type BasesPropertyId, type Plugin, type QueryController } from "obsidian";
import { DEFAULT_ROW_FIELDS, type Row, type RowFields } from "../../model/fromRows";
import type { ChartViewHost } from "../ChartView";
import { BasesChart, type BasesChartKind } from "./BasesChart";

export const BASES_TIMELINE_VIEW = "imagenet-atlas-timeline";
export const BASES_LINEAGE_VIEW = "imagenet-atlas-lineage";

/** The view options: which properties hold the year, the figure, the series and the parents. */
export const BASES_OPTION_KEYS = { year: "year", value: "value", valueKind: "valueKind", series: "series", parents: "parents" } as const;

function viewOptions(): BasesAllOptions[] {
	return [
		{ type: "property", key: BASES_OPTION_KEYS.year, displayName: "Year", placeholder: DEFAULT_ROW_FIELDS.year.join(", ") },
		{ type: "property", key: BASES_OPTION_KEYS.value, displayName: "Top-5 error or accuracy", placeholder: DEFAULT_ROW_FIELDS.value.join(", ") },
		{
			type: "dropdown",
			key: BASES_OPTION_KEYS.valueKind,
			displayName: "The figure is",
			default: "auto",
			options: { auto: "An error, or an accuracy when its name says so", error: "An error", accuracy: "An accuracy (drawn as 100 − accuracy)" },
		},
		{ type: "property", key: BASES_OPTION_KEYS.series, displayName: "Series", placeholder: DEFAULT_ROW_FIELDS.series.join(", ") },
		{ type: "property", key: BASES_OPTION_KEYS.parents, displayName: "Parents", placeholder: DEFAULT_ROW_FIELDS.parents.join(", ") },
	];
}

/** A property id as a row's key: a note's property by its name (`note.year` → `year`), any other by its id. */
function rowKey(id: BasesPropertyId): string {
	return id.startsWith("note.") ? id.slice("note.".length) : id;
}

/**
 * Registers the two views when the app has Bases; returns whether it did. On apps before 1.10, or a
 * vault with Bases turned off, it does nothing and the rest of the plugin works as before.
 */
export function registerBasesViews(plugin: Plugin & ChartViewHost): boolean {
	if (requireApiVersion("1.10.0") && typeof plugin.registerBasesView === "function") {
		class AtlasBasesView extends BasesView {
			readonly type: string;
			private readonly chart: BasesChart;

			constructor(controller: QueryController, containerEl: HTMLElement, kind: BasesChartKind) {
				super(controller);
				this.type = kind === "timeline" ? BASES_TIMELINE_VIEW : BASES_LINEAGE_VIEW;
				this.chart = new BasesChart(this.app, plugin, kind, containerEl, this);
			}

			onload(): void {
				this.chart.start();
			}

			onunload(): void {
				this.chart.stop();
			}

			onDataUpdated(): void {
				this.chart.start();
				const fields = this.fields();
				this.chart.setRows(
					this.data.data.map((entry) => this.row(entry, fields)),
					fields,
				);
			}

			/** The property names to read, from the view's options, or the defaults. */
			private fields(): RowFields {
				const pick = (key: string, defaults: readonly string[]) => {
					const id = this.config.getAsPropertyId(key);
					return id ? [rowKey(id)] : defaults;
				};
				const kind = this.config.get(BASES_OPTION_KEYS.valueKind);
				return {
					year: pick(BASES_OPTION_KEYS.year, DEFAULT_ROW_FIELDS.year),
					value: pick(BASES_OPTION_KEYS.value, DEFAULT_ROW_FIELDS.value),
					valueKind: kind === "error" || kind === "accuracy" ? kind : "auto",
					series: pick(BASES_OPTION_KEYS.series, DEFAULT_ROW_FIELDS.series),
					parents: pick(BASES_OPTION_KEYS.parents, DEFAULT_ROW_FIELDS.parents),
				};
			}

			/** One entry as a row: the note's properties as written, and any formula or file property the options name. */
			private row(entry: BasesEntry, fields: RowFields): Row {
				const file = entry.file;
				const frontmatter: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter;
				const properties: Record<string, unknown> = frontmatter && typeof frontmatter === "object" ? { ...(frontmatter as Record<string, unknown>) } : {};
				for (const key of [...fields.year, ...fields.value, ...fields.series, ...fields.parents]) {
					if (!/^(?:formula|file)\./.test(key)) continue;
					const value = entry.getValue(key as BasesPropertyId);
					if (value === null || (!value.isTruthy() && /^(?:|null)$/.test(value.toString()))) continue;
					const list = value as unknown as { length?: unknown; get?: unknown };
					if (typeof list.length === "function" && typeof list.get === "function") {
						const items: string[] = [];
						const n = (list.length as () => number).call(value);
						for (let i = 0; i < n; i++) items.push(String((list.get as (i: number) => unknown).call(value, i)));
						properties[key] = items;
					} else properties[key] = value.toString();
				}
				return { path: file.path, name: file.basename, properties };
			}
		}

		const timeline = plugin.registerBasesView(BASES_TIMELINE_VIEW, {
			name: "ImageNet timeline",
			icon: "line-chart",
			factory: (controller, containerEl) => new AtlasBasesView(controller, containerEl, "timeline"),
			options: viewOptions,
		});
		const lineage = plugin.registerBasesView(BASES_LINEAGE_VIEW, {
			name: "Lineage graph",
			icon: "git-fork",
			factory: (controller, containerEl) => new AtlasBasesView(controller, containerEl, "lineage"),
			options: viewOptions,
		});
		return timeline && lineage;
	}
	return false;
}
