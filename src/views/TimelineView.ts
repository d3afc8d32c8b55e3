// The error-rate timeline in its own pane.
import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import { renderTimeline, type TimelineChart, type TimelineState } from "../charts/timeline";
import type { AtlasModel } from "../model/types";
import { ChartView, type ChartViewHost } from "./ChartView";
import { timelineOptions } from "./chartOptions";

export const TIMELINE_VIEW = "imagenet-atlas-timeline";

export class TimelineView extends ChartView {
	private chart: TimelineChart | null = null;
	private saved: Partial<TimelineState> = {};

	constructor(leaf: WorkspaceLeaf, host: ChartViewHost) {
		super(leaf, host);
	}

	getViewType(): string {
		return TIMELINE_VIEW;
	}
	getDisplayText(): string {
		return "Error-rate timeline";
	}
	getIcon(): string {
		return "line-chart";
	}

	protected draw(model: AtlasModel): void {
		const options = timelineOptions(this.host.settings);
		if (this.chart) {
			this.chart.update(model, options);
			return;
		}
		this.chart = renderTimeline(this.chartEl, model, options, this.callbacks());
		this.chart.setState(this.saved);
	}

	protected highlightEntity(id: string | null): void {
		this.chart?.highlight(id);
	}

	protected destroyChart(): void {
		this.chart?.destroy();
		this.chart = null;
	}

	onResize(): void {
		this.chart?.resize();
	}

	svg(): SVGSVGElement | null {
		return this.chart?.svg() ?? null;
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), ...(this.chart?.getState() ?? this.saved) };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (state && typeof state === "object") {
			const s = state as Partial<TimelineState>;
			this.saved = { hiddenSeries: Array.isArray(s.hiddenSeries) ? s.hiddenSeries.filter((x) => typeof x === "string") : [] };
			this.chart?.setState(this.saved);
		}
		await super.setState(state, result);
	}
}
