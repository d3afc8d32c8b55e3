// ImageNet Atlas: wires the index, the views, the commands, the code blocks and the settings.
// Decides nothing itself; onload does almost nothing, the vault is read once the layout is ready.
import { Notice, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import { registerCommands } from "./commands";
import { VaultIndex } from "./index/VaultIndex";
import { AtlasSettingTab, readSettings, type AtlasSettings } from "./settings";
import { CARD_VIEW, CardView } from "./views/CardView";
import { chartBlockProcessor, LINEAGE_BLOCK, RESULTS_BLOCK, TIMELINE_BLOCK } from "./views/codeBlocks";
import { HOVER_SOURCE } from "./views/ChartView";
import { LINEAGE_VIEW, LineageView } from "./views/LineageView";
import { TIMELINE_VIEW, TimelineView } from "./views/TimelineView";
import { registerBasesViews } from "./views/bases/register";

export default class ImageNetAtlasPlugin extends Plugin {
	settings!: AtlasSettings;
	index!: VaultIndex;

	async onload(): Promise<void> {
		const { settings, problems } = readSettings(await this.loadData());
		this.settings = settings;
		if (problems.length > 0) new Notice(`ImageNet Atlas: some settings could not be read and were reset (${problems.join(", ")}).`);
		this.index = new VaultIndex(this.app, () => ({
			scope: { folders: this.settings.scopeFolders, tags: this.settings.scopeTags, mentions: this.settings.scopeMentions },
			humanBaseline: this.settings.humanBaseline,
		}));

		this.registerView(TIMELINE_VIEW, (leaf) => new TimelineView(leaf, this));
		this.registerView(LINEAGE_VIEW, (leaf) => new LineageView(leaf, this));
		this.registerView(CARD_VIEW, (leaf) => new CardView(leaf, this));
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "ImageNet Atlas", defaultMod: true });
		this.registerMarkdownCodeBlockProcessor(TIMELINE_BLOCK, chartBlockProcessor(this, "timeline"));
		this.registerMarkdownCodeBlockProcessor(LINEAGE_BLOCK, chartBlockProcessor(this, "lineage"));
		this.registerMarkdownCodeBlockProcessor(RESULTS_BLOCK, chartBlockProcessor(this, "results"));
		// Obsidian 1.10 and later: the same charts as views of a base (does nothing on older apps).
		registerBasesViews(this);
		this.addRibbonIcon("line-chart", "Open error-rate timeline", () => void this.openView(TIMELINE_VIEW));
		this.addSettingTab(new AtlasSettingTab(this.app, this));
		registerCommands(this);

		this.app.workspace.onLayoutReady(() => {
			this.registerEvent(
				this.app.metadataCache.on("changed", (file, data) => {
					if (file instanceof TFile) this.index.changed(file, data);
				}),
			);
			this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.index.renamed(file, oldPath)));
			this.registerEvent(this.app.vault.on("delete", (file) => this.index.deleted(file)));
			void this.index.load();
		});
	}

	onunload(): void {
		this.index?.destroy();
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.index.settingsChanged();
	}

	/** Shows the view of that type: the open one if there is one, else a new tab (the lineage beside, the card in the right sidebar). */
	async openView(type: string): Promise<WorkspaceLeaf> {
		const { workspace } = this.app;
		const existing = workspace.getLeavesOfType(type)[0];
		const leaf = existing ?? (type === CARD_VIEW ? workspace.getRightLeaf(false) : null) ?? (type === LINEAGE_VIEW && workspace.getLeavesOfType(TIMELINE_VIEW).length > 0 ? workspace.getLeaf("split", "vertical") : workspace.getLeaf("tab"));
		if (!existing) await leaf.setViewState({ type, active: true });
		await this.app.workspace.revealLeaf(leaf);
		return leaf;
	}
}
