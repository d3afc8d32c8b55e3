// The lineage graph in its own pane.
import { renderLineage, type LineageChart, type LineageOptions, type LineageState } from "../charts/lineage";
import { ChartView } from "./ChartView";
import { lineageOptions } from "./chartOptions";
import { saveChart } from "./exportFiles";

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
		return {
			...lineageOptions(this.host.settings),
			emptyMessage: this.host.index.nothingInScope(),
			exportGraph: () => void this.exportGraph(),
			// The toolbar's choice is the setting's: every lineage view and code block follows it.
			inferredChanged: (shown) => {
				this.host.settings.showInferredEdges = shown;
				void this.host.saveSettings?.();
			},
		};
	}

	/** The whole graph at 1:1, whatever the pane shows. */
	fullSizeSvg(): { svg: string; width: number; height: number } | null {
		return this.chart?.fullSizeSvg() ?? null;
	}

	/** The toolbar's export: the whole graph at 1:1, as SVG and PNG, in new files. */
	private async exportGraph(): Promise<void> {
		const full = this.fullSizeSvg();
		if (full) await saveChart(this.app, this.getDisplayText(), full.svg, { width: full.width, height: full.height });
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
