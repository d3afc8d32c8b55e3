// The charts inside a note: ```imagenet-timeline, ```imagenet-lineage and ```imagenet-results (the
// merged results table) code blocks. Each block follows the index, so it changes as the notes change,
// and stops when the note is closed.
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext } from "obsidian";
import { renderLineage, type LineageChart } from "../charts/lineage";
import { renderResultsTable, type ResultsTable, type ResultsTableOptions } from "../charts/results-table";
import { renderTimeline, type TimelineChart } from "../charts/timeline";
import type { VaultIndex } from "../index/VaultIndex";
import type { AtlasSettings } from "../settings";
import { lineageOptions, readBlockOptions, timelineOptions, type BlockKind } from "./chartOptions";
import { obsidianCallbacks } from "./ChartView";
import { showErrorState } from "./errorState";

export const TIMELINE_BLOCK = "imagenet-timeline";
export const LINEAGE_BLOCK = "imagenet-lineage";
export const RESULTS_BLOCK = "imagenet-results";
const WHAT: Record<BlockKind, string> = { timeline: "This timeline", lineage: "This lineage graph", results: "This results table" };

interface BlockHost {
	app: App;
	index: VaultIndex;
	settings: AtlasSettings;
	/** The plugin's own cleanup list: the blocks live under their note, so the plugin must end them itself. */
	register?(cb: () => void): void;
}

class ChartBlock extends MarkdownRenderChild {
	private chart: TimelineChart | LineageChart | ResultsTable | null = null;
	private unsubscribe: (() => void) | null = null;
	private shownRevision = -1;

	constructor(
		containerEl: HTMLElement,
		private readonly host: BlockHost,
		private readonly kind: BlockKind,
		private readonly source: string,
		private readonly live: Set<ChartBlock>,
	) {
		super(containerEl);
	}

	onload(): void {
		this.live.add(this);
		this.containerEl.addClass("imagenet-block");
		this.unsubscribe = this.host.index.subscribe(() => this.draw());
		this.draw();
	}

	onunload(): void {
		this.live.delete(this);
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.chart?.destroy();
		this.chart = null;
		// Also when the plugin is disabled while the note stays open: nothing of ours stays in it.
		this.containerEl.replaceChildren();
		this.containerEl.removeClass("imagenet-block");
	}

	private draw(): void {
		const { index, settings, app } = this.host;
		if (index.status.state !== "ready") {
			if (!this.chart && !this.containerEl.querySelector(".imagenet-block-loading")) {
				this.containerEl.createDiv({ cls: "imagenet-block-loading", text: "Reading notes…" });
			}
			return;
		}
		if (index.revision === this.shownRevision) return;
		this.shownRevision = index.revision;
		this.containerEl.querySelector(".imagenet-block-loading")?.remove();
		const block = readBlockOptions(this.source, this.kind);
		const known = [...new Set(index.model.results.map((r) => r.series))];
		// A series the notes do not have shows nothing: say so in place rather than draw an empty chart.
		if (this.kind !== "lineage") for (const name of block.series ?? []) if (!known.includes(name)) block.problems.push(`series "${name}" is not in your notes (they have: ${known.join(", ") || "none yet"})`);
		const callbacks = () => obsidianCallbacks({ app }, { containerEl: this.containerEl });
		// A scope of folders or tags that holds no note is not a vault without results: the empty state says which.
		const emptyMessage = index.nothingInScope();
		try {
			if (this.kind === "results") {
				const options: ResultsTableOptions = { ...block, metric: settings.metric, explainConflicts: settings.explainConflicts, emptyMessage };
				if (this.chart) this.chart.update(index.model, options);
				else this.chart = renderResultsTable(this.containerEl, index.model, options, callbacks());
			} else if (this.kind === "timeline") {
				const options = { ...timelineOptions(settings), emptyMessage };
				if (block.years) options.years = block.years;
				if (block.height) options.height = block.height;
				if (block.official !== undefined) options.official = block.official;
				if (block.series) options.hiddenSeries = known.filter((s) => !block.series!.includes(s));
				if (this.chart) (this.chart as TimelineChart).update(index.model, options);
				else this.chart = renderTimeline(this.containerEl, index.model, options, callbacks());
			} else {
				const options = { ...lineageOptions(settings), wheelNeedsModifier: true, emptyMessage };
				if (block.root) options.root = block.root;
				if (block.height) options.height = block.height;
				if (block.inferred !== undefined) options.showInferred = block.inferred;
				if (this.chart) (this.chart as LineageChart).update(index.model, options);
				else this.chart = renderLineage(this.containerEl, index.model, options, callbacks());
			}
		} catch (error) {
			this.showError(error);
		}
		this.containerEl.querySelector(".imagenet-block-problems")?.remove();
		if (block.problems.length > 0) {
			const list = this.containerEl.createEl("ul", { cls: "imagenet-block-problems" });
			for (const problem of block.problems) list.createEl("li", { text: `Code block ${problem}.` });
		}
	}

	private showError(error: unknown): void {
		this.chart = null;
		showErrorState(this.containerEl, WHAT[this.kind], error, () => {
			this.containerEl.empty();
			this.shownRevision = -1;
			this.draw();
		});
	}
}

export function chartBlockProcessor(host: BlockHost, kind: BlockKind) {
	const live = new Set<ChartBlock>();
	host.register?.(() => {
		for (const block of [...live]) block.unload();
		live.clear();
	});
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		ctx.addChild(new ChartBlock(el, host, kind, source, live));
	};
}
