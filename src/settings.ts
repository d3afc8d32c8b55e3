// Settings: what they are, their defaults, reading a stored data.json safely, and the settings tab.
import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { DEFAULT_HUMAN_BASELINE } from "./model/merge";

export interface AtlasSettings {
	/** Folders whose notes count; empty for the whole vault. */
	scopeFolders: string[];
	/** Tags whose notes count (`imagenet`), nested tags included. */
	scopeTags: string[];
	/** Count notes that mention ImageNet or ILSVRC, and the notes they link with. */
	scopeMentions: boolean;
	/** The human top-5 error drawn as a reference line, in percent; null to draw none. */
	humanBaseline: number | null;
	/** Which error the timeline plots. */
	metric: "top-5" | "top-1";
	/** Draw the edges inferred from a lineage table's order. */
	showInferredEdges: boolean;
}

export const DEFAULT_SETTINGS: AtlasSettings = {
	scopeFolders: [],
	scopeTags: [],
	scopeMentions: true,
	humanBaseline: DEFAULT_HUMAN_BASELINE,
	metric: "top-5",
	showInferredEdges: true,
};

function stringArray(value: unknown): string[] | null {
	if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
	if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((s) => s.trim()).filter((s) => s !== "");
	return null;
}

/**
 * Reads whatever data.json holds into valid settings. A field of the wrong type falls back to its
 * default and is named in `problems`, so the plugin can say so once; older field names are migrated.
 */
export function readSettings(stored: unknown): { settings: AtlasSettings; problems: string[] } {
	const settings: AtlasSettings = { ...DEFAULT_SETTINGS, scopeFolders: [], scopeTags: [] };
	const problems: string[] = [];
	if (stored === null || stored === undefined) return { settings, problems };
	if (typeof stored !== "object" || Array.isArray(stored)) return { settings, problems: ["the settings file is not an object"] };
	const data = { ...(stored as Record<string, unknown>) };
	// Version 0.0 called these `folders`, `tags` and `baseline`.
	if (data.scopeFolders === undefined && data.folders !== undefined) data.scopeFolders = data.folders;
	if (data.scopeTags === undefined && data.tags !== undefined) data.scopeTags = data.tags;
	if (data.humanBaseline === undefined && data.baseline !== undefined) data.humanBaseline = data.baseline;

	const take = <K extends keyof AtlasSettings>(key: K, read: (v: unknown) => AtlasSettings[K] | undefined) => {
		if (data[key] === undefined) return;
		const value = read(data[key]);
		if (value === undefined) problems.push(key);
		else settings[key] = value;
	};
	take("scopeFolders", (v) => stringArray(v) ?? undefined);
	take("scopeTags", (v) => stringArray(v)?.map((t) => t.replace(/^#/, "")) ?? undefined);
	take("scopeMentions", (v) => (typeof v === "boolean" ? v : undefined));
	take("humanBaseline", (v) => (v === null ? null : typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100 ? v : undefined));
	take("metric", (v) => (v === "top-5" || v === "top-1" ? v : undefined));
	take("showInferredEdges", (v) => (typeof v === "boolean" ? v : undefined));
	return { settings, problems };
}

export interface SettingsHost extends Plugin {
	settings: AtlasSettings;
	saveSettings(): Promise<void>;
}

export class AtlasSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly host: SettingsHost) {
		super(app, host);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const settings = this.host.settings;
		const save = async (change: Partial<AtlasSettings>) => {
			Object.assign(settings, change);
			await this.host.saveSettings();
		};

		new Setting(containerEl).setName("Which notes count").setHeading();
		new Setting(containerEl)
			.setName("Notes that mention ImageNet")
			.setDesc("Read every note that mentions ImageNet or ILSVRC, and the notes it links to or is linked from.")
			.addToggle((toggle) => toggle.setValue(settings.scopeMentions).onChange((value) => save({ scopeMentions: value })));
		new Setting(containerEl)
			.setName("Folders")
			.setDesc("Only read notes in these folders, separated by commas. Leave empty for the whole vault.")
			.addText((text) =>
				text
					.setPlaceholder("Research/ImageNet")
					.setValue(settings.scopeFolders.join(", "))
					.onChange((value) => save({ scopeFolders: stringArray(value) ?? [] })),
			);
		new Setting(containerEl)
			.setName("Tags")
			.setDesc("Also read notes with these tags, separated by commas (nested tags count).")
			.addText((text) =>
				text
					.setValue(settings.scopeTags.join(", "))
					.onChange((value) => save({ scopeTags: (stringArray(value) ?? []).map((t) => t.replace(/^#/, "")) })),
			);

		new Setting(containerEl).setName("Charts").setHeading();
		new Setting(containerEl)
			.setName("Human baseline")
			.setDesc("The human top-5 error drawn as a reference line, in percent (Karpathy measured 5.1). Leave empty to draw none.")
			.addText((text) =>
				text
					.setPlaceholder("5.1")
					.setValue(settings.humanBaseline === null ? "" : String(settings.humanBaseline))
					.onChange((value) => {
						const trimmed = value.trim().replace(/%$/, "");
						const number = Number(trimmed);
						if (trimmed === "") void save({ humanBaseline: null });
						else if (Number.isFinite(number) && number >= 0 && number <= 100) void save({ humanBaseline: number });
					}),
			);
		new Setting(containerEl)
			.setName("Error shown")
			.setDesc("Which error rate the timeline plots.")
			.addDropdown((dropdown) =>
				dropdown
					.addOption("top-5", "Top-5 error")
					.addOption("top-1", "Top-1 error")
					.setValue(settings.metric)
					.onChange((value) => save({ metric: value === "top-1" ? "top-1" : "top-5" })),
			);
		new Setting(containerEl)
			.setName("Inferred edges")
			.setDesc("Draw the lineage edges inferred from the order of a lineage table (dashed).")
			.addToggle((toggle) => toggle.setValue(settings.showInferredEdges).onChange((value) => save({ showInferredEdges: value })));
	}
}
