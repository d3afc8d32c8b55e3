// The charts inside a note: ```imagenet-timeline and ```imagenet-lineage code blocks. Each block
// follows the index, so it changes as the notes change, and stops when the note is closed.
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext } from "obsidian";
import { renderLineage, type LineageChart } from "../charts/lineage";
import { renderTimeline, type TimelineChart } from "../charts/timeline";
import type { VaultIndex } from "../index/VaultIndex";
import type { AtlasSettings } from "../settings";
import { readBlockOptions, lineageOptions, timelineOptions } from "./chartOptions";
import { obsidianCallbacks } from "./ChartView";
import { showErrorState } from "./errorState";

export const TIMELINE_BLOCK = "imagenet-timeline";
export const LINEAGE_BLOCK = "imagenet-lineage";

interface BlockHost {
	app: App;
	index: VaultIndex;
	settings: AtlasSettings;
	/** The plugin's own cleanup list: the blocks live under their note, so the plugin must end them itself. */
	register?(cb: () => void): void;
}

class ChartBlock extends MarkdownRenderChild {
	private chart: TimelineChart | LineageChart | null = null;
	private unsubscribe: (() => void) | null = null;
	private shownRevision = -1;

	constructor(
		containerEl: HTMLElement,
		private readonly host: BlockHost,
		private readonly kind: "timeline" | "lineage",
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
		const block = readBlockOptions(this.source);
		try {
			if (this.kind === "timeline") {
				const options = timelineOptions(settings);
				if (block.years) options.years = block.years;
				if (block.height) options.height = block.height;
				if (block.official !== undefined) options.official = block.official;
				if (block.series) {
					const wanted = new Set(block.series);
					const known = [...new Set(index.model.results.map((r) => r.series))];
					options.hiddenSeries = known.filter((s) => !wanted.has(s));
					// A series the notes do not have draws nothing: say so in place rather than draw an empty chart.
					for (const name of block.series) if (!known.includes(name)) block.problems.push(`series "${name}" is not in your notes (they have: ${known.join(", ") || "none yet"})`);
				}
				if (this.chart) (this.chart as TimelineChart).update(index.model, options);
				else this.chart = renderTimeline(this.containerEl, index.model, options, obsidianCallbacks({ app }, { containerEl: this.containerEl }));
			} else {
				const options = { ...lineageOptions(settings), wheelNeedsModifier: true };
				if (block.root) options.root = block.root;
				if (block.height) options.height = block.height;
				if (block.inferred !== undefined) options.showInferred = block.inferred;
				if (this.chart) (this.chart as LineageChart).update(index.model, options);
				else this.chart = renderLineage(this.containerEl, index.model, options, obsidianCallbacks({ app }, { containerEl: this.containerEl }));
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
		showErrorState(this.containerEl, this.kind === "timeline" ? "This timeline" : "This lineage graph", error, () => {
			this.containerEl.empty();
			this.shownRevision = -1;
			this.draw();
		});
	}
}

export function chartBlockProcessor(host: BlockHost, kind: "timeline" | "lineage") {
	const live = new Set<ChartBlock>();
	host.register?.(() => {
		for (const block of [...live]) block.unload();
		live.clear();
	});
	return (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
		ctx.addChild(new ChartBlock(el, host, kind, source, live));
	};
}
