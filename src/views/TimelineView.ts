// The error-rate timeline in its own pane.
import { renderTimeline, type TimelineChart, type TimelineOptions, type TimelineState } from "../charts/timeline";
import { ChartView } from "./ChartView";
import { timelineOptions } from "./chartOptions";

export const TIMELINE_VIEW = "imagenet-atlas-timeline";

export class TimelineView extends ChartView<TimelineState, TimelineOptions, TimelineChart> {
	getViewType(): string {
		return TIMELINE_VIEW;
	}
	getDisplayText(): string {
		return "Error-rate timeline";
	}
	getIcon(): string {
		return "line-chart";
	}

	protected render = renderTimeline;

	protected chartOptions(): TimelineOptions {
		return { ...timelineOptions(this.host.settings), emptyMessage: this.host.index.nothingInScope() };
	}

	protected readState(stored: Record<string, unknown>): Partial<TimelineState> {
		const hidden = stored.hiddenSeries;
		const state: Partial<TimelineState> = { hiddenSeries: Array.isArray(hidden) ? hidden.filter((x): x is string => typeof x === "string") : [] };
		if (typeof stored.official === "boolean") state.official = stored.official;
		return state;
	}

	protected highlightEntity(id: string | null): void {
		this.chart?.highlight(id);
	}
}
