// @vitest-environment happy-dom
// Inside Obsidian the plugin reads frontmatter with Obsidian's own YAML parser (main.js has none of
// its own): what a user sees of a note whose properties Obsidian's cache does not hold.
import { describe, expect, it } from "vitest";
import { readYamlWithObsidian } from "../../src/index/obsidianYaml";
import { settled, usePluginVault, type Booted } from "./harness";

const vault = usePluginVault();

describe("frontmatter read with Obsidian's parser", () => {
	it("reads properties and the line of each key", () => {
		const lines = ["---", "aliases: [SuperVision]", "year: 2012", "parent: \"[[LeNet]]\"", "---"];
		expect(readYamlWithObsidian(lines, 1, 4)).toEqual({
			data: { aliases: ["SuperVision"], year: 2012, parent: "[[LeNet]]" },
			keyLines: { aliases: 2, year: 3, parent: 4 },
			errors: [],
		});
	});

	it("reports a block it cannot read at a line inside the block, and reads no properties from it", () => {
		const lines = ["---", "title: ok", "aliases: [AlexNet", "---"];
		const { data, errors } = readYamlWithObsidian(lines, 1, 3);
		expect(data).toEqual({});
		expect(errors).toHaveLength(1);
		expect(errors[0].line).toBeGreaterThanOrEqual(2);
		expect(errors[0].line).toBeLessThanOrEqual(3);
		expect(errors[0].message).not.toBe("");
	});

	it("says so when the block is one value rather than properties", () => {
		expect(readYamlWithObsidian(["---", "just a sentence", "---"], 1, 2).errors[0].message).toMatch(/single value/);
	});

	it("in the plugin, a note with broken properties gets a diagnostic at its line and its tables are still read", async () => {
		const booted: Booted = await vault.boot({
			"Results.md": "---\naliases: [Results\n---\n# ImageNet results\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet | 15.3% |\n",
		});
		await settled(booted);
		const model = booted.plugin.index.model;
		expect(model.results.map((r) => [r.year, r.value])).toEqual([[2012, 15.3]]);
		const frontmatter = model.diagnostics.filter((d) => d.kind === "frontmatter");
		expect(frontmatter).toHaveLength(1);
		expect(frontmatter[0]).toMatchObject({ path: "Results.md" });
		expect(frontmatter[0].line).toBeGreaterThanOrEqual(1);
		expect(frontmatter[0].line).toBeLessThanOrEqual(3);
	});
});
