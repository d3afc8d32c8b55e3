// Settings: what they are, their defaults, reading a stored data.json safely, and the settings tab.
import { type App, type Plugin, PluginSettingTab, Setting, type SettingControl, type SettingDefinitionGroup, type SettingDefinitionItem } from "obsidian";
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
	/** Draw every official entry of each year behind the notes' series on the timeline. */
	showOfficial: boolean;
	/** Say which official entry each disputed value matches (card, tooltip, conflicts list). */
	explainConflicts: boolean;
}

export const DEFAULT_SETTINGS: AtlasSettings = {
	scopeFolders: [],
	scopeTags: [],
	scopeMentions: true,
	humanBaseline: DEFAULT_HUMAN_BASELINE,
	metric: "top-5",
	showInferredEdges: true,
	showOfficial: false,
	explainConflicts: true,
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
	take("showOfficial", (v) => (typeof v === "boolean" ? v : undefined));
	take("explainConflicts", (v) => (typeof v === "boolean" ? v : undefined));
	return { settings, problems };
}

export interface SettingsHost extends Plugin {
	settings: AtlasSettings;
	saveSettings(): Promise<void>;
}

/** A control of the settings tab: the three kinds its settings need, each bound to its field. */
export type AtlasControl =
	| { type: "toggle"; key: "scopeMentions" | "showInferredEdges" | "showOfficial" | "explainConflicts" }
	| { type: "text"; key: "scopeFolders" | "scopeTags" | "humanBaseline"; placeholder?: string }
	| { type: "dropdown"; key: "metric"; options: Record<string, string> };

export interface AtlasSettingEntry {
	name: string;
	desc: string;
	/** More words the settings search finds it by (Obsidian 1.13 and later). */
	aliases?: string[];
	control: AtlasControl;
}

/**
 * Every setting of the tab, under its heading, in order. getSettingDefinitions() declares them for
 * Obsidian 1.13 and later (which draws them and finds them in its settings search); display() draws
 * the same list on older apps. Names and descriptions are in sentence case: the lint's sentence-case
 * rule reads setName() and setDesc() arguments, not these properties.
 */
export const SETTING_SECTIONS: { heading: string; items: AtlasSettingEntry[] }[] = [
	{
		heading: "Which notes count",
		items: [
			{
				name: "Notes that mention ImageNet",
				desc: "Read every note that mentions ImageNet or ILSVRC, and the notes it links to or is linked from.",
				aliases: ["scope", "mentions"],
				control: { type: "toggle", key: "scopeMentions" },
			},
			{
				name: "Folders",
				desc: "Only read notes in these folders, separated by commas. Leave empty for the whole vault.",
				aliases: ["scope"],
				control: { type: "text", key: "scopeFolders", placeholder: "Research/ImageNet" },
			},
			{
				name: "Tags",
				desc: "Also read notes with these tags, separated by commas (nested tags count).",
				aliases: ["scope"],
				control: { type: "text", key: "scopeTags" },
			},
		],
	},
	{
		heading: "Charts",
		items: [
			{
				name: "Human baseline",
				desc: "The human top-5 error drawn as a reference line, in percent (Karpathy measured 5.1). Leave empty to draw none.",
				aliases: ["reference line"],
				control: { type: "text", key: "humanBaseline", placeholder: "5.1" },
			},
			{
				name: "Error shown",
				desc: "Which error rate the timeline plots.",
				aliases: ["metric", "top-1", "top-5"],
				control: { type: "dropdown", key: "metric", options: { "top-5": "Top-5 error", "top-1": "Top-1 error" } },
			},
			{
				name: "Inferred edges",
				desc: "Draw the lineage edges inferred from the order of a lineage table (dashed).",
				aliases: ["lineage"],
				control: { type: "toggle", key: "showInferredEdges" },
			},
		],
	},
	{
		heading: "Official results",
		items: [
			{
				name: "Show the official field",
				desc: "Draw every official ILSVRC entry of each year as faint marks behind your notes' series on the timeline.",
				aliases: ["official", "record", "results page"],
				control: { type: "toggle", key: "showOfficial" },
			},
			{
				name: "Explain conflicts with the official record",
				desc: "When your notes disagree, say which official entry each value matches (the card, tooltips and the conflicts list).",
				aliases: ["official", "conflicts", "record"],
				control: { type: "toggle", key: "explainConflicts" },
			},
		],
	},
];

/** The human baseline typed in a box: a percentage from 0 to 100 (a trailing % allowed), null for an empty box, undefined for anything else. */
function readBaseline(text: string): number | null | undefined {
	const trimmed = text.trim().replace(/%$/, "");
	if (trimmed === "") return null;
	const number = Number(trimmed);
	return Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/** A setting as its control shows it: lists joined with commas, no baseline as an empty box. */
export function controlValue(settings: AtlasSettings, key: AtlasControl["key"]): string | boolean {
	switch (key) {
		case "scopeFolders":
		case "scopeTags":
			return settings[key].join(", ");
		case "humanBaseline":
			return settings.humanBaseline === null ? "" : String(settings.humanBaseline);
		default:
			return settings[key];
	}
}

/**
 * What a new value of a control changes, or null when there is nothing to save: an unknown key, a
 * value of the wrong type, or a baseline that is not a percentage (the setting keeps its value).
 */
export function changeFromControl(key: string, value: unknown): Partial<AtlasSettings> | null {
	switch (key) {
		case "scopeMentions":
			return typeof value === "boolean" ? { scopeMentions: value } : null;
		case "showInferredEdges":
			return typeof value === "boolean" ? { showInferredEdges: value } : null;
		case "showOfficial":
			return typeof value === "boolean" ? { showOfficial: value } : null;
		case "explainConflicts":
			return typeof value === "boolean" ? { explainConflicts: value } : null;
		case "scopeFolders":
			return typeof value === "string" ? { scopeFolders: stringArray(value) ?? [] } : null;
		case "scopeTags":
			return typeof value === "string" ? { scopeTags: (stringArray(value) ?? []).map((t) => t.replace(/^#/, "")) } : null;
		case "humanBaseline": {
			const baseline = typeof value === "string" ? readBaseline(value) : undefined;
			return baseline === undefined ? null : { humanBaseline: baseline };
		}
		case "metric":
			return typeof value === "string" ? { metric: value === "top-1" ? "top-1" : "top-5" } : null;
		default:
			return null;
	}
}

const BASELINE_PROBLEM = "Enter a percentage from 0 to 100, or leave the box empty to draw no line.";

export class AtlasSettingTab extends PluginSettingTab {
	constructor(app: App, private readonly host: SettingsHost) {
		super(app, host);
	}

	/** Obsidian 1.13 and later: the settings, declared, so that its settings search finds them. */
	getSettingDefinitions(): SettingDefinitionItem<AtlasControl["key"]>[] {
		return SETTING_SECTIONS.map(
			(section): SettingDefinitionGroup<AtlasControl["key"]> => ({
				type: "group",
				heading: section.heading,
				items: section.items.map((entry) => ({
					name: entry.name,
					desc: entry.desc,
					aliases: entry.aliases,
					control: declaredControl(entry.control),
				})),
			}),
		);
	}

	getControlValue(key: string): unknown {
		return isControlKey(key) ? controlValue(this.host.settings, key) : undefined;
	}

	async setControlValue(key: string, value: unknown): Promise<void> {
		const change = changeFromControl(key, value);
		if (change === null) return;
		Object.assign(this.host.settings, change);
		await this.host.saveSettings();
	}

	/** Apps before 1.13, which do not read getSettingDefinitions(): the same settings, drawn. */
	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of SETTING_SECTIONS) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const entry of section.items) {
				const setting = new Setting(containerEl).setName(entry.name).setDesc(entry.desc);
				const control = entry.control;
				const save = (value: string | boolean) => this.setControlValue(control.key, value);
				const shown = this.getControlValue(control.key);
				if (control.type === "toggle") {
					setting.addToggle((toggle) => toggle.setValue(shown === true).onChange(save));
				} else if (control.type === "text") {
					setting.addText((text) => {
						if (control.placeholder !== undefined) text.setPlaceholder(control.placeholder);
						text.setValue(typeof shown === "string" ? shown : "").onChange(save);
					});
				} else {
					setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(typeof shown === "string" ? shown : "").onChange(save));
				}
			}
		}
	}
}

function isControlKey(key: string): key is AtlasControl["key"] {
	return SETTING_SECTIONS.some((section) => section.items.some((entry) => entry.control.key === key));
}

/** An entry's control as Obsidian 1.13 declares it, its default as the control shows the default. */
function declaredControl(control: AtlasControl): SettingControl<AtlasControl["key"]> {
	switch (control.type) {
		case "toggle":
			return { type: "toggle", key: control.key, defaultValue: DEFAULT_SETTINGS[control.key] };
		case "dropdown":
			return { type: "dropdown", key: control.key, options: control.options, defaultValue: DEFAULT_SETTINGS[control.key] };
		case "text":
			return {
				type: "text",
				key: control.key,
				placeholder: control.placeholder,
				defaultValue: String(controlValue(DEFAULT_SETTINGS, control.key)),
				// Same rule as display(), which keeps the stored value; here the box also says why.
				validate: control.key === "humanBaseline" ? (value) => (changeFromControl(control.key, value) === null ? BASELINE_PROBLEM : undefined) : undefined,
			};
	}
}
