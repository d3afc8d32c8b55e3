// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { SettingDefinition, SettingDefinitionItem } from "obsidian";
import manifest from "../../manifest.json";
import { AtlasSettingTab, DEFAULT_SETTINGS, readSettings, type AtlasSettings, type SettingsHost } from "../../src/settings";
import { readBlockOptions } from "../../src/views/chartOptions";

describe("settings read from data.json", () => {
	it("gives the defaults for a new install, with Karpathy's 5.1% as the human baseline", () => {
		const { settings, problems } = readSettings(null);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(settings.humanBaseline).toBe(5.1);
		expect(problems).toEqual([]);
	});

	it("falls back to the default for each field of the wrong type and names it", () => {
		const { settings, problems } = readSettings({ scopeFolders: 3, humanBaseline: "lots", metric: "top-9", showInferredEdges: false });
		expect(settings.scopeFolders).toEqual([]);
		expect(settings.humanBaseline).toBe(5.1);
		expect(settings.metric).toBe("top-5");
		expect(settings.showInferredEdges).toBe(false);
		expect(problems.sort()).toEqual(["humanBaseline", "metric", "scopeFolders"]);
	});

	it("reads garbage as the defaults and says so", () => {
		expect(readSettings("not json at all").settings).toEqual(DEFAULT_SETTINGS);
		expect(readSettings([1, 2]).problems).toHaveLength(1);
	});

	it("migrates the older field names", () => {
		const { settings } = readSettings({ folders: "Research, Papers", tags: ["#imagenet"], baseline: 5 });
		expect(settings.scopeFolders).toEqual(["Research", "Papers"]);
		expect(settings.scopeTags).toEqual(["imagenet"]);
		expect(settings.humanBaseline).toBe(5);
	});

	it("keeps a baseline turned off", () => {
		expect(readSettings({ humanBaseline: null }).settings.humanBaseline).toBeNull();
	});
});

describe("a chart code block's options", () => {
	it("reads a timeline's years, series, height and official field, and a lineage's root, height and inferred edges", () => {
		const timeline = readBlockOptions("years: 2010-2017\nseries: winner, Runner-up\nheight: 320px\nofficial: yes\n", "timeline");
		expect(timeline).toEqual({ years: [2010, 2017], series: ["winner", "runner-up"], height: 320, official: true, problems: [] });
		const lineage = readBlockOptions("root: [[AlexNet]]\nheight: 400\ninferred: false\n", "lineage");
		expect(lineage).toEqual({ root: "AlexNet", height: 400, inferred: false, problems: [] });
	});

	it("reports an option of another kind of block, naming the options this one takes", () => {
		expect(readBlockOptions("root: AlexNet", "timeline").problems).toEqual(['line 1: unknown option "root" (known: years, series, height, official)']);
		expect(readBlockOptions("years: 2012-2014\nheight: 300", "results").problems).toEqual(['line 2: unknown option "height" (known: years, series)']);
		expect(readBlockOptions("series: winner", "lineage").problems).toEqual(['line 1: unknown option "series" (known: root, height, inferred)']);
	});

	it("names each line it cannot read, and reads the rest", () => {
		const options = readBlockOptions("years: soon\ncolour: red\nheight: 320");
		expect(options.height).toBe(320);
		expect(options.problems).toEqual(['line 1: years should look like 2010-2017', 'line 2: unknown option "colour" (known: years, series, height, official)']);
	});
});

/** The tab on a stand-in host that counts its saves; display() as an app before 1.13 draws it. */
function settingsTab(settings: AtlasSettings = readSettings(null).settings) {
	const host = { manifest, settings, saves: 0, async saveSettings() { host.saves++; } };
	const tab = new AtlasSettingTab({} as never, host as unknown as SettingsHost);
	return { tab, host };
}

/** Each drawn row of display(): headings and settings, in order, with their control. */
function drawn(tab: AtlasSettingTab) {
	tab.display();
	return [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].map((row) => ({
		heading: row.classList.contains("setting-item-heading"),
		name: row.querySelector(".setting-item-name")!.textContent,
		desc: row.querySelector(".setting-item-description")!.textContent,
		control: row.querySelector<HTMLInputElement | HTMLSelectElement>("input, select"),
	}));
}

/** The definitions as the same rows: a group's heading, then its settings. */
function declared(items: SettingDefinitionItem[]) {
	const rows: { heading: boolean; name: string; desc: string; definition?: SettingDefinition }[] = [];
	for (const item of items) {
		if (!("type" in item) || item.type === "page") throw new Error("expected groups of settings");
		rows.push({ heading: true, name: item.heading ?? "", desc: "" });
		for (const definition of item.items ?? []) {
			if ("type" in definition) throw new Error("expected settings, not pages");
			rows.push({ heading: false, name: definition.name, desc: String(definition.desc ?? ""), definition });
		}
	}
	return rows;
}

const controlOf = (definition: SettingDefinition | undefined) => (definition && "control" in definition ? definition.control : undefined);

async function type(control: HTMLInputElement | HTMLSelectElement, value: string) {
	control.value = value;
	control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input"));
	await Promise.resolve();
}

describe("the settings tab", () => {
	it("declares for Obsidian 1.13 every setting display() draws, under the same headings, names and descriptions", () => {
		const { tab } = settingsTab();
		const rows = drawn(tab);
		const definitions = declared(tab.getSettingDefinitions());
		expect(definitions.map(({ heading, name, desc }) => ({ heading, name, desc }))).toEqual(rows.map(({ heading, name, desc }) => ({ heading, name, desc })));
		expect(rows.filter((r) => !r.heading)).toHaveLength(8);
		// Each declared control is the kind display() draws, and shows what display() shows.
		definitions.forEach((row, i) => {
			const control = controlOf(row.definition);
			if (row.heading) return expect(control).toBeUndefined();
			const input = rows[i].control!;
			expect(control?.type).toBe(input instanceof HTMLSelectElement ? "dropdown" : input.type === "checkbox" ? "toggle" : "text");
			const value = tab.getControlValue(control!.key);
			expect(value).toEqual(input.type === "checkbox" ? (input as HTMLInputElement).checked : input.value);
		});
	});

	it("binds every stored field once, with the defaults as the controls show them", () => {
		const { tab } = settingsTab();
		const controls = declared(tab.getSettingDefinitions()).map((r) => controlOf(r.definition)).filter((c) => c !== undefined);
		expect(controls.map((c) => c.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
		for (const control of controls) expect(control.defaultValue).toEqual(tab.getControlValue(control.key));
	});

	it("saves what display() saved before 1.13, and a declared control saves the same", async () => {
		// Per setting: what is entered, and what is stored after it (a baseline that is no percentage keeps the last one).
		const entered: Record<string, Array<[string | boolean, unknown]>> = {
			scopeMentions: [[false, false], [true, true]],
			scopeFolders: [["Research, Papers ,", ["Research", "Papers"]], ["", []]],
			scopeTags: [["#imagenet, ml/vision", ["imagenet", "ml/vision"]]],
			humanBaseline: [["3.5%", 3.5], ["lots", 3.5], ["101", 3.5], ["", null], [" 4 ", 4]],
			metric: [["top-1", "top-1"], ["top-5", "top-5"]],
			showInferredEdges: [[false, false]],
			showOfficial: [[true, true]],
			explainConflicts: [[false, false]],
		};
		const { tab: viaDisplay, host: displayHost } = settingsTab();
		const rows = drawn(viaDisplay);
		const { tab: viaDefinitions, host: definitionsHost } = settingsTab();
		const definitions = declared(viaDefinitions.getSettingDefinitions());
		for (const [i, row] of definitions.entries()) {
			const control = controlOf(row.definition);
			if (!control) continue;
			for (const [value, stored] of entered[control.key]) {
				const input = rows[i].control!;
				if (typeof value === "boolean") {
					if ((input as HTMLInputElement).checked !== value) input.parentElement!.click();
					await Promise.resolve();
				} else await type(input, value);
				const problem = "validate" in control && control.validate ? await control.validate(value as never) : undefined;
				if (!problem) await viaDefinitions.setControlValue(control.key, value);
				const what = `${control.key} = ${JSON.stringify(value)}`;
				expect(displayHost.settings[control.key as keyof AtlasSettings], what).toEqual(stored);
				expect(definitionsHost.settings, what).toEqual(displayHost.settings);
			}
		}
		expect(definitionsHost.saves).toBe(displayHost.saves);
	});

	it("rejects a baseline that is not a percentage, with a message, and keeps the stored one", async () => {
		const { tab, host } = settingsTab();
		const baseline = declared(tab.getSettingDefinitions()).map((r) => controlOf(r.definition)).find((c) => c?.key === "humanBaseline");
		if (baseline?.type !== "text") throw new Error("expected a text control");
		expect(await baseline.validate?.("lots")).toMatch(/percentage/);
		expect(await baseline.validate?.("4.5 %")).toBeFalsy();
		expect(await baseline.validate?.("")).toBeFalsy();
		await tab.setControlValue("humanBaseline", "lots");
		await tab.setControlValue("somethingElse", true);
		expect(host.settings).toEqual(DEFAULT_SETTINGS);
		expect(host.saves).toBe(0);
	});
});
