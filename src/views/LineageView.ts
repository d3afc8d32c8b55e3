// The lineage graph in its own pane.
import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import { renderLineage, type LineageChart, type LineageState } from "../charts/lineage";
import type { AtlasModel } from "../model/types";
import { ChartView, type ChartViewHost } from "./ChartView";
import { lineageOptions } from "./chartOptions";

export const LINEAGE_VIEW = "imagenet-atlas-lineage";

export class LineageView extends ChartView {
	private chart: LineageChart | null = null;
	private saved: Partial<LineageState> = {};

	constructor(leaf: WorkspaceLeaf, host: ChartViewHost) {
		super(leaf, host);
	}

	getViewType(): string {
		return LINEAGE_VIEW;
	}
	getDisplayText(): string {
		return "Lineage graph";
	}
	getIcon(): string {
		return "git-fork";
	}

	protected draw(model: AtlasModel): void {
		const options = lineageOptions(this.host.settings);
		if (this.chart) {
			this.chart.update(model, options);
			return;
		}
		this.chart = renderLineage(this.chartEl, model, options, this.callbacks());
		this.chart.setState(this.saved);
	}

	protected highlightEntity(id: string | null, reveal: boolean): void {
		this.chart?.highlight(id, reveal);
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
			const s = state as Partial<LineageState>;
			const t = s.transform;
			this.saved = {
				selected: typeof s.selected === "string" ? s.selected : null,
				transform: t && typeof t.x === "number" && typeof t.y === "number" && typeof t.k === "number" ? t : null,
			};
			this.chart?.setState(this.saved);
		}
		await super.setState(state, result);
	}
}
