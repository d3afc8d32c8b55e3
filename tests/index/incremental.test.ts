// @vitest-environment happy-dom
// What the index keeps between events: a slim record of notes out of scope, read in full again when
// they come into scope; a merge that starts from the last one's entities when only figures changed.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import { extractClaims } from "../../src/model/claims";
import { MergeMemo, mergeClaims } from "../../src/model/merge";
import { parseNote } from "../../src/parse/note";
import type { TFile } from "../standin/obsidian";
import { settled, usePluginVault, vaultTexts, type Booted } from "./harness";

const vault = usePluginVault();
let current: Booted | null = null;
const boot = async (files: Record<string, string>) => (current = await vault.boot(files));
const settledNow = () => settled(current as Booted);
const texts = vaultTexts;

const LINEAGE = "| Year | Model | Innovation |\n| --- | --- | --- |\n| 2012 | AlexNet | GPUs |\n| 2014 | VGG | Depth |\n";

describe("the index between events", () => {
	it("reads a note in full again when it comes into scope, and keeps only a summary of it before", async () => {
		const { app, plugin } = await boot({
			"Hub.md": "# Hub\nSee [[Lineage]].",
			"Lineage.md": `---\naliases: [Family tree]\n---\n${LINEAGE}`,
			"Other.md": "# Other",
		});
		expect(plugin.index.notesInScope().has("Lineage.md")).toBe(false);
		const summary = plugin.index.parsed("Lineage.md");
		expect(summary?.aliases).toEqual(["Family tree"]);
		expect(summary?.tables).toEqual([]);

		await app.vault.modify(app.vault.getFileByPath("Hub.md") as TFile, "# Hub\nThe ImageNet models: see [[Lineage]].");
		await settledNow();
		expect(plugin.index.notesInScope().has("Lineage.md")).toBe(true);
		expect(plugin.index.parsed("Lineage.md")?.tables).toHaveLength(1);
		expect(plugin.index.model).toEqual(buildModelFromTexts(await texts(app)));
		expect(plugin.index.model.lineage.nodes.map((n) => n.name)).toEqual(["AlexNet", "VGG"]);
	});

	it("finds the note a link names once that note is created, and loses it when it is deleted", async () => {
		const { app, plugin } = await boot({ "ILSVRC.md": "# ILSVRC\nThe lineage is in [[Models]]." });
		await app.vault.create("Models.md", LINEAGE);
		await settledNow();
		expect(plugin.index.notesInScope().has("Models.md")).toBe(true);
		expect(plugin.index.model).toEqual(buildModelFromTexts(await texts(app)));
		await app.vault.delete(app.vault.getFileByPath("Models.md") as TFile);
		await settledNow();
		expect(plugin.index.model).toEqual(buildModelFromTexts(await texts(app)));
		expect(plugin.index.model.lineage.nodes).toEqual([]);
	});
});

describe("a merge that remembers the last one", () => {
	const results = (value: string) => `# ILSVRC\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | [[AlexNet]] | ${value} |\n| 2013 | ZFNet (Clarifai) | 11.7% |\n`;
	const model = '---\nparent: "[[AlexNet]]"\nyear: 2013\n---\n# ZFNet\nImageNet.';
	const claimsOf = (files: Record<string, string>) => Object.keys(files).sort().map((path) => extractClaims(parseNote(path, files[path])));

	it("gives what a merge from nothing gives, whether the models changed or only the figures", () => {
		const memo = new MergeMemo();
		const first = claimsOf({ "ILSVRC.md": results("15.3%"), "ZFNet.md": model, "Lineage.md": LINEAGE });
		expect(mergeClaims(first, {}, memo)).toEqual(mergeClaims(first));
		const built = memo.registry;
		// Only a figure changed: the same model and edge claims, so the memo's entities are used.
		const second = [{ ...first[0], claims: first[0].claims.map((c) => (c.kind === "result" && c.year === 2012 ? { ...c, value: 16.4 } : c)) }, first[1], first[2]];
		expect(mergeClaims(second, {}, memo)).toEqual(mergeClaims(second));
		expect(mergeClaims(second, {}, memo)).toEqual(mergeClaims(second));
		expect(memo.registry).toBe(built);
		// The models changed: the entities are built again.
		const third = claimsOf({ "ILSVRC.md": results("16.4%"), "ZFNet.md": model.replace("2013", "2014"), "Lineage.md": LINEAGE });
		expect(mergeClaims(third, {}, memo)).toEqual(mergeClaims(third));
		expect(memo.registry).not.toBe(built);
	});
});
