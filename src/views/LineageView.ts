// The lineage graph in its own pane.
import { renderLineage, type LineageChart, type LineageOptions, type LineageState } from "../charts/lineage";
import { ChartView } from "./ChartView";
import { lineageOptions } from "./chartOptions";

export const LINEAGE_VIEW = "imagenet-atlas-lineage";

export class LineageView extends ChartView<LineageState, LineageOptions, LineageChart> {
	getViewType(): string {
		return LINEAGE_VIEW;
	}
	getDisplayText(): string {
		return "Lineage graph";
	}
	getIcon(): string {
		return "git-fork";
	}

	protected render = renderLineage;

	protected chartOptions(): LineageOptions {
		return lineageOptions(this.host.settings);
	}

	protected readState(stored: Record<string, unknown>): Partial<LineageState> {
		const t = stored.transform as LineageState["transform"] | undefined;
		return {
			selected: typeof stored.selected === "string" ? stored.selected : null,
			transform: t && typeof t.x === "number" && typeof t.y === "number" && typeof t.k === "number" ? t : null,
		};
	}

	protected highlightEntity(id: string | null, reveal: boolean): void {
		this.chart?.highlight(id, reveal);
	}
}
