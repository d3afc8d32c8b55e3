// A chart of a base's rows, hosted in a Bases view: the rows become the charts' model (with the vault's
// model for what they do not say), drawn by the same charts, callbacks and options as the other views;
// it follows the note you are on, the theme and the pane's size. Nothing here touches the Bases API
// (that is register.ts, behind its version check), so it is the same code on every app.
import type { App, Component, TFile, WorkspaceLeaf } from "obsidian";
import { renderLineage, type LineageChart } from "../../charts/lineage";
import { renderTimeline, type TimelineChart } from "../../charts/timeline";
import { entityForNote } from "../../model/activeEntity";
import { DEFAULT_ROW_FIELDS, modelFromRows, type Row, type RowFields } from "../../model/fromRows";
import type { AtlasModel } from "../../model/types";
import { lineageOptions, timelineOptions } from "../chartOptions";
import { obsidianCallbacks, type ChartViewHost } from "../ChartView";
import { showErrorState } from "../errorState";
import { saveChart } from "../exportFiles";

export type BasesChartKind = "timeline" | "lineage";

export class BasesChart {
	private chart: TimelineChart | LineageChart | null = null;
	private rows: Row[] | null = null;
	private fields: RowFields = DEFAULT_ROW_FIELDS;
	private model: AtlasModel | null = null;
	private unsubscribe: (() => void) | null = null;
	private resizeObserver: ResizeObserver | null = null;
	private shownRevision = -1;
	private activeEntity: string | null = null;
	private readonly rootEl: HTMLElement;
	private readonly noteEl: HTMLElement;
	private readonly chartEl: HTMLElement;

	constructor(
		private readonly app: App,
		private readonly host: ChartViewHost,
		readonly kind: BasesChartKind,
		containerEl: HTMLElement,
		/** The Bases view: what the chart registers its events with, so they end with it. */
		private readonly owner: Component,
	) {
		this.rootEl = containerEl.createDiv({ cls: `imagenet-bases imagenet-bases-${kind}` });
		this.noteEl = this.rootEl.createDiv({ cls: "imagenet-bases-note" });
		this.chartEl = this.rootEl.createDiv({ cls: "imagenet-bases-chart" });
	}

	/** Follows the index, the note you are on, the theme and the size. Safe to call more than once. */
	start(): void {
		if (this.unsubscribe) return;
		this.unsubscribe = this.host.index.subscribe(() => {
			if (this.host.index.status.state === "ready" && this.host.index.revision !== this.shownRevision) this.draw();
		});
		this.owner.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.owner.registerEvent(this.app.workspace.on("css-change", () => this.draw()));
		const view = this.rootEl.ownerDocument.defaultView;
		if (view && typeof view.ResizeObserver === "function") {
			let width = 0;
			let height = 0;
			this.resizeObserver = new view.ResizeObserver(() => {
				// Only a change of size: drawing may change the content, never the box.
				if (this.chartEl.clientWidth === width && this.chartEl.clientHeight === height) return;
				width = this.chartEl.clientWidth;
				height = this.chartEl.clientHeight;
				this.chart?.resize();
			});
			this.resizeObserver.observe(this.chartEl);
		}
	}

	stop(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.resizeObserver?.disconnect();
		this.resizeObserver = null;
		this.chart?.destroy();
		this.chart = null;
		this.rootEl.remove();
	}

	/** The base's rows changed (a note, the filters, the sort, the view's options): draw them. */
	setRows(rows: Row[], fields: RowFields): void {
		this.rows = rows;
		this.fields = fields;
		this.draw();
	}

	private draw(): void {
		if (!this.rows) return;
		const { index, settings } = this.host;
		const ready = index.status.state === "ready";
		if (ready) this.shownRevision = index.revision;
		const model = modelFromRows(this.rows, this.fields, ready ? index.model : null);
		this.model = model;
		this.activeEntity = this.entityOf(this.app.workspace.getActiveFile());
		try {
			if (this.kind === "timeline") {
				// An empty chart of a base says why in the base's terms: its filters, or its properties.
				const options = { ...timelineOptions(settings), emptyMessage: this.emptyReason(model) };
				if (this.chart) (this.chart as TimelineChart).update(model, options);
				else this.chart = renderTimeline(this.chartEl, model, options, this.callbacks());
				(this.chart as TimelineChart).highlight(this.activeEntity);
			} else {
				// Inside a note (an embedded base) the wheel scrolls the note; Ctrl/Cmd+wheel zooms.
				const options = {
					...lineageOptions(settings),
					emptyMessage: (this.rows ?? []).length === 0 ? "No notes in this view: its filters leave none." : undefined,
					wheelNeedsModifier: this.rootEl.closest(".internal-embed, .markdown-embed, .markdown-rendered") !== null,
					exportGraph: () => void this.exportGraph(),
					// As in the graph's own pane: the toolbar's choice is the setting's.
					inferredChanged: (shown: boolean) => {
						settings.showInferredEdges = shown;
						void this.host.saveSettings?.();
					},
				};
				if (this.chart) (this.chart as LineageChart).update(model, options);
				else this.chart = renderLineage(this.chartEl, model, options, this.callbacks());
				(this.chart as LineageChart).highlight(this.activeEntity, false);
			}
		} catch (error) {
			this.chart?.destroy();
			this.chart = null;
			showErrorState(this.chartEl, this.kind === "timeline" ? "This timeline of the base" : "This lineage graph of the base", error, () => {
				this.chartEl.empty();
				this.draw();
			});
		}
		this.describe(model);
	}

	/** Why the timeline of this view's rows is empty, in the base's terms. */
	private emptyReason(model: AtlasModel): string | undefined {
		const rows = this.rows ?? [];
		if (rows.length === 0) return "No notes in this view: its filters leave none.";
		if (model.results.length === 0) return `None of the ${rows.length} notes has a year (${this.fields.year.join(", ")}) and a top-5 figure (${this.fields.value.join(", ")}). Pick the properties in the view's options.`;
		return undefined;
	}

	/** Says, above the chart, what of the rows could not be read. */
	private describe(model: AtlasModel): void {
		this.noteEl.empty();
		const lines: string[] = [];
		// Why nothing is drawn is said by the chart's own empty state (emptyReason); here only what was read wrong.
		for (const d of model.diagnostics.slice(0, 3)) lines.push(`${d.path}: ${d.message}.`);
		if (model.diagnostics.length > 3) lines.push(`And ${model.diagnostics.length - 3} more.`);
		for (const line of lines) this.noteEl.createDiv({ text: line });
		this.noteEl.toggleClass("is-hidden", lines.length === 0);
	}

	/** The row the note is (its own note, or a note named after it). */
	private entityOf(file: TFile | null): string | null {
		if (!file || !this.model) return null;
		const aliases: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.aliases ?? [];
		return entityForNote(this.model, file.path, Array.isArray(aliases) ? aliases.map(String) : typeof aliases === "string" ? [aliases] : [])?.id ?? null;
	}

	/** The note you open lights up its point or node (and the graph brings it into view). */
	private follow(file: TFile | null): void {
		if (!file) return;
		this.activeEntity = this.entityOf(file);
		if (this.kind === "timeline") (this.chart as TimelineChart | null)?.highlight(this.activeEntity);
		else (this.chart as LineageChart | null)?.highlight(this.activeEntity, true);
	}

	/** The toolbar's export: the whole graph at 1:1, as SVG and PNG, in new files. */
	private async exportGraph(): Promise<void> {
		const full = this.kind === "lineage" ? (this.chart as LineageChart | null)?.fullSizeSvg() : null;
		if (full) await saveChart(this.app, "Lineage graph", full.svg, { width: full.width, height: full.height });
	}

	/** The leaf the base is shown in (its own, or the note's it is embedded in), so a click opens the note beside it. */
	private leaf(): WorkspaceLeaf | undefined {
		let found: WorkspaceLeaf | undefined;
		this.app.workspace.iterateAllLeaves((leaf) => {
			if (!found && leaf.view.containerEl.contains(this.rootEl)) found = leaf;
		});
		return found;
	}

	private callbacks() {
		const leaf = () => this.leaf();
		// Clicks open the note as the views' own panes do: beside the chart, or a new tab with Ctrl/Cmd.
		const callbacks = obsidianCallbacks(
			{
				app: this.app,
				get leaf() {
					return leaf();
				},
			},
			{ containerEl: this.rootEl },
		);
		// A base's chart is set up in the view's options, not the plugin's settings: no settings button.
		return { ...callbacks, openSettings: undefined };
	}
}
