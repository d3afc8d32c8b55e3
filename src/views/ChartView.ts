// What both chart views share: hosting a chart in an ItemView, the index's progress, opening notes
// the Obsidian way, the page preview, following the active note, and keeping the view's state.
import { ItemView, Keymap, type TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Chart, ChartCallbacks } from "../charts/common";
import type { VaultIndex } from "../index/VaultIndex";
import type { AtlasModel, Source } from "../model/types";
import type { AtlasSettings } from "../settings";
import { entityForNote } from "../model/activeEntity";
import { showErrorState } from "./errorState";

export const HOVER_SOURCE = "imagenet-atlas";
/** The plugin's id (manifest.json): its tab in Obsidian's settings. */
const PLUGIN_ID = "imagenet-atlas";

/** Obsidian's settings window: on every app, though not in the published API's types. */
interface SettingsWindow {
	open(): void;
	openTabById(id: string): unknown;
}

export interface ChartViewHost {
	index: VaultIndex;
	settings: AtlasSettings;
	/** Keeps a setting a view changed (the lineage toolbar's inferred edges). */
	saveSettings?(): Promise<void>;
}

/**
 * The leaf a chart in its own pane opens a note in, so the chart stays in sight: the most recent note
 * leaf other than the chart's, or else a new split beside it (never a tab over the chart itself).
 */
function leafBeside(app: ItemView["app"], own: WorkspaceLeaf): WorkspaceLeaf {
	const recent = app.workspace.getMostRecentLeaf();
	if (recent && recent !== own && recent.view.getViewType() === "markdown") return recent;
	const notes = app.workspace.getLeavesOfType("markdown").filter((leaf) => leaf !== own);
	if (notes.length > 0) return notes[0];
	app.workspace.setActiveLeaf(own, { focus: false });
	return app.workspace.getLeaf("split", "vertical");
}

/** Callbacks that turn a chart's clicks and hovers into Obsidian's own navigation. */
export function obsidianCallbacks(view: { app: ItemView["app"]; leaf?: WorkspaceLeaf }, hoverParent: ItemView | { containerEl: HTMLElement }, onState?: () => void): ChartCallbacks {
	const app = view.app;
	return {
		open(linktext, event) {
			// Ctrl/Cmd or the middle button: a new tab, as anywhere in Obsidian.
			const modified = Keymap.isModEvent(event);
			if (modified || !view.leaf) {
				void app.workspace.openLinkText(linktext, "", modified);
				return;
			}
			const file = app.metadataCache.getFirstLinkpathDest(linktext, "");
			const leaf = leafBeside(app, view.leaf);
			if (file) void leaf.openFile(file, { active: true });
			else {
				// A model without a note: the note is made where a click on an unresolved link makes it.
				app.workspace.setActiveLeaf(leaf, { focus: false });
				void app.workspace.openLinkText(linktext, "", false);
			}
		},
		openSource(source: Source, event) {
			if (source.path === "") return;
			void app.workspace.openLinkText(source.path, "", Keymap.isModEvent(event), { eState: { line: Math.max(0, source.line - 1) } });
		},
		hover(linktext, event, target) {
			app.workspace.trigger("hover-link", { event, source: HOVER_SOURCE, hoverParent, targetEl: target, linktext, sourcePath: "" });
		},
		stateChanged: onState,
		openSettings() {
			const settings = (app as unknown as { setting?: SettingsWindow }).setting;
			settings?.open();
			settings?.openTabById(PLUGIN_ID);
		},
	};
}

export abstract class ChartView<State = unknown, Options = unknown, Drawn extends Chart<State, Options> = Chart<State, Options>> extends ItemView {
	private unsubscribe: (() => void) | null = null;
	private progressEl: HTMLElement | null = null;
	protected chartEl!: HTMLElement;
	private shownRevision = -1;
	protected activeEntity: string | null = null;
	protected chart: Drawn | null = null;
	/** The state to give the chart when it is drawn (restored before the chart exists). */
	private saved: Partial<State> = {};

	constructor(leaf: WorkspaceLeaf, protected readonly host: ChartViewHost) {
		super(leaf);
	}

	protected abstract render(container: HTMLElement, model: AtlasModel, options: Options, callbacks: ChartCallbacks): Drawn;
	protected abstract chartOptions(): Options;
	/** Keeps only what is valid of a state read back from the workspace layout. */
	protected abstract readState(stored: Record<string, unknown>): Partial<State>;
	protected abstract highlightEntity(id: string | null, reveal: boolean): void;

	protected draw(model: AtlasModel): void {
		if (this.chart) {
			this.chart.update(model, this.chartOptions());
			return;
		}
		this.chart = this.render(this.chartEl, model, this.chartOptions(), this.callbacks());
		this.chart.setState(this.saved);
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
		return { ...super.getState(), ...((this.chart?.getState() ?? this.saved) as Record<string, unknown>) };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (state && typeof state === "object") {
			this.saved = this.readState(state as Record<string, unknown>);
			this.chart?.setState(this.saved);
		}
		await super.setState(state, result);
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("imagenet-view");
		this.progressEl = this.contentEl.createDiv({ cls: "imagenet-progress" });
		this.chartEl = this.contentEl.createDiv({ cls: "imagenet-view-chart" });
		this.unsubscribe = this.host.index.subscribe(() => this.refresh());
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.registerEvent(this.app.workspace.on("css-change", () => this.redraw()));
		this.refresh();
		this.follow(this.app.workspace.getActiveFile());
	}

	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.destroyChart();
	}

	/** Draws again when the model moved on, and shows the first read's progress meanwhile. */
	protected refresh(): void {
		const { status, revision, model } = this.host.index;
		if (this.progressEl) {
			const loading = status.state !== "ready";
			this.progressEl.toggleClass("is-hidden", !loading);
			this.progressEl.empty();
			if (loading) {
				this.progressEl.createDiv({ cls: "imagenet-progress-label", text: status.total > 0 ? `Reading notes: ${status.done} of ${status.total}` : "Reading notes…" });
				const bar = this.progressEl.createEl("progress", { cls: "imagenet-progress-bar" });
				bar.max = Math.max(1, status.total);
				bar.value = status.done;
			}
		}
		if (status.state === "ready" && revision !== this.shownRevision) {
			this.shownRevision = revision;
			try {
				this.draw(model);
				this.highlightEntity(this.activeEntity, false);
			} catch (error) {
				this.destroyChart();
				showErrorState(this.chartEl, this.getDisplayText(), error, () => {
					this.chartEl.empty();
					this.redraw();
				});
			}
		}
	}

	protected redraw(): void {
		this.shownRevision = -1;
		this.refresh();
	}

	/** The note you are on lights up its model. */
	protected follow(file: TFile | null): void {
		if (!file) return;
		const aliases = (this.app.metadataCache.getFileCache(file)?.frontmatter?.aliases as unknown) ?? [];
		const entity = entityForNote(this.host.index.model, file.path, Array.isArray(aliases) ? aliases.map(String) : typeof aliases === "string" ? [aliases] : []);
		this.activeEntity = entity?.id ?? null;
		this.highlightEntity(this.activeEntity, true);
	}

	/** Reveals a model in the chart, as the "reveal current note" command asks. */
	reveal(entityId: string): void {
		this.activeEntity = entityId;
		this.highlightEntity(entityId, true);
	}

	protected callbacks(): ChartCallbacks {
		return obsidianCallbacks(this, this, () => this.app.workspace.requestSaveLayout());
	}
}
