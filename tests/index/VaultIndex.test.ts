// @vitest-environment happy-dom
// The vault index reacts to Obsidian's events one note at a time; whatever the order of events, the
// model it ends with is the one a fresh read of the final vault gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TFile } from "../standin/obsidian";
import { buildModelFromTexts } from "../../src/model/build";
import type { AtlasModel } from "../../src/model/types";
import { settled, usePluginVault, vaultTexts } from "./harness";

const RESULTS = (rows: string) => `# ILSVRC results\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n${rows}\n`;

const VAULT: Record<string, string> = {
	"ILSVRC.md": RESULTS("| 2012 | [[AlexNet]] | 15.3% |\n| 2013 | ZFNet | 11.7% |"),
	"Models/AlexNet.md": "---\naliases: [SuperVision]\nyear: 2012\n---\n# AlexNet\nThe ImageNet 2012 winner.\n",
	"Models/ZFNet.md": "---\nparent: \"[[AlexNet]]\"\nyear: 2013\n---\n# ZFNet\n",
	"Cooking.md": "# Soup\nNothing about vision here.\n",
};

const vault = usePluginVault();
const boot = (files: Record<string, string>) => vault.boot(files);

/** The parts of the model a user sees, in a stable order, for comparing two models. */
function visible(model: AtlasModel) {
	return {
		results: model.results.map((r) => ({ year: r.year, series: r.series, value: r.value, entity: r.entity, sources: r.sources.map((s) => `${s.path}:${s.line}`).sort(), conflict: r.conflict?.map((c) => c.value).sort() })),
		nodes: model.lineage.nodes.map((n) => `${n.id}|${n.year}|${n.note ?? ""}`).sort(),
		edges: model.lineage.edges.map((e) => `${e.from}>${e.to}|${e.kind}`).sort(),
		facts: model.facts.map((f) => `${f.key}=${f.value}`).sort(),
	};
}

describe("the vault index", () => {
	it("reads the vault once the layout is ready and builds the model of the notes in scope", async () => {
		const { plugin } = await boot(VAULT);
		const model = plugin.index.model;
		expect(model.results.map((r) => [r.year, r.value])).toEqual([[2012, 15.3], [2013, 11.7]]);
		expect(model.lineage.edges.map((e) => `${e.from}>${e.to}`)).toContain("alexnet>zfnet");
		expect(plugin.index.notesInScope().has("Cooking.md")).toBe(false);
		expect(model.entities.find((e) => e.id === "alexnet")?.note).toBe("Models/AlexNet.md");
	});

	it("updates the model when a note's table is edited, telling subscribers once per burst", async () => {
		const { app, plugin } = await boot(VAULT);
		let told = 0;
		plugin.index.subscribe(() => told++);
		const file = app.vault.getFileByPath("ILSVRC.md") as TFile;
		await app.vault.modify(file, RESULTS("| 2012 | [[AlexNet]] | 16.4% |\n| 2013 | ZFNet | 11.7% |"));
		await app.vault.modify(file, RESULTS("| 2012 | [[AlexNet]] | 16.4% |\n| 2013 | ZFNet | 11.2% |"));
		await settled({ app, plugin });
		expect(plugin.index.model.results.map((r) => r.value)).toEqual([16.4, 11.2]);
		expect(told).toBeLessThanOrEqual(2);
	});

	it("follows a rename: every source names the new path", async () => {
		const { app, plugin } = await boot(VAULT);
		await app.fileManager.renameFile(app.vault.getFileByPath("ILSVRC.md") as TFile, "Challenge/ILSVRC results.md");
		await settled({ app, plugin });
		const paths = plugin.index.model.results.flatMap((r) => r.sources.map((s) => s.path));
		expect(paths.length).toBeGreaterThan(0);
		expect(new Set(paths)).toEqual(new Set(["Challenge/ILSVRC results.md"]));
	});

	it("drops a deleted note's figures and keeps the rest", async () => {
		const { app, plugin } = await boot(VAULT);
		await app.vault.delete(app.vault.getFileByPath("Models/ZFNet.md") as TFile);
		await settled({ app, plugin });
		expect(plugin.index.model.lineage.edges.some((e) => e.kind === "explicit" && e.to === "zfnet")).toBe(false);
		expect(plugin.index.model.results).toHaveLength(2);
	});

	it("ends with the model a fresh read gives, whatever the order of create, modify, rename and delete", async () => {
		const names = ["A.md", "B.md", "Models/C.md", "ILSVRC.md", "D.md"];
		const texts = [
			RESULTS("| 2014 | GoogLeNet | 6.7% |"),
			RESULTS("| 2014 | GoogLeNet | 6.6% |\n| 2015 | ResNet | 3.57% |"),
			"---\nparent: \"[[AlexNet]]\"\n---\nA model about ImageNet.",
			"Nothing here.",
			"| Year | Model | Innovation |\n| --- | --- | --- |\n| 2012 | AlexNet | GPUs |\n| 2013 | ZFNet | Improved AlexNet |\n\nImageNet lineage.",
		];
		const op = fc.oneof(
			fc.record({ kind: fc.constant("write" as const), name: fc.constantFrom(...names), text: fc.constantFrom(...texts) }),
			fc.record({ kind: fc.constant("rename" as const), name: fc.constantFrom(...names), to: fc.constantFrom(...names) }),
			fc.record({ kind: fc.constant("delete" as const), name: fc.constantFrom(...names) }),
		);
		await fc.assert(
			fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
				const { app, plugin } = await boot({ "ILSVRC.md": texts[0] });
				for (const step of ops) {
					const file = app.vault.getFileByPath(step.name);
					if (step.kind === "write") {
						if (file) await app.vault.modify(file, step.text);
						else await app.vault.create(step.name, step.text);
					} else if (step.kind === "rename" && file && !app.vault.getAbstractFileByPath(step.to)) {
						await app.fileManager.renameFile(file, step.to);
					} else if (step.kind === "delete" && file) {
						await app.vault.delete(file);
					}
				}
				await settled({ app, plugin });
				const fresh = buildModelFromTexts(await vaultTexts(app));
				expect(visible(plugin.index.model)).toEqual(visible(fresh));
				vault.unload();
			}),
			{ numRuns: 25 },
		);
	});
});
