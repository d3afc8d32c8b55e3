// The charts' model from the rows of a base: figures and years from properties, accuracy as error,
// series and parents, the official record, and the vault's model for what the rows do not say.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import { DEFAULT_ROW_FIELDS, isAccuracyProperty, modelFromRows, parentNames, type Row, type RowFields } from "../../src/model/fromRows";

const row = (path: string, properties: Record<string, unknown>): Row => ({ path, name: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, ""), properties });

const VAULT = buildModelFromTexts({
	"ILSVRC.md": "ImageNet.\n\n## ILSVRC winners\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | [[AlexNet]] | 15.3% |\n| 2013 | [[ZFNet]] | 11.7% |\n| 2014 | [[GoogLeNet]] | 6.7% |\n\nThe human expert reached a top-5 error of 5.1%.\n",
	"Models/AlexNet.md": "---\naliases: [SuperVision]\nyear: 2012\ninnovation: ReLU and dropout\n---\n# AlexNet\n",
	"Models/ZFNet.md": '---\nyear: 2013\nparent: "[[AlexNet]]"\ninnovation: Smaller filters\n---\n# ZFNet\n',
	"Models/GoogLeNet.md": '---\nyear: 2014\nparent: "[[ZFNet]]"\n---\n# GoogLeNet\n',
});

describe("modelFromRows", () => {
	it("draws each row's year and top-5 error, with the note as the point's source and link", () => {
		const model = modelFromRows([row("Models/AlexNet.md", { year: 2012, top5_error: 15.3, series: "winner" }), row("Models/VGG.md", { year: 2014, error: "7.3%" })]);
		expect(model.results.map((r) => [r.year, r.value, r.series, r.entity])).toEqual([
			[2012, 15.3, "winner", "alexnet"],
			[2014, 7.3, "entry", "vgg"],
		]);
		expect(model.results[0].sources).toEqual([{ path: "Models/AlexNet.md", line: 1, raw: "top5_error: 15.3" }]);
		expect(model.entities.map((e) => [e.id, e.note])).toEqual([
			["alexnet", "Models/AlexNet.md"],
			["vgg", "Models/VGG.md"],
		]);
		expect(model.lineage.nodes.map((n) => [n.id, n.year, n.note])).toEqual([
			["alexnet", 2012, "Models/AlexNet.md"],
			["vgg", 2014, "Models/VGG.md"],
		]);
	});

	it("turns an accuracy into error (100 − value) at the precision written, and reads a column of fractions", () => {
		const model = modelFromRows([row("A.md", { year: 2012, top5_accuracy: 84.7 }), row("B.md", { year: 2015, top5_accuracy: "~96.43%" })]);
		expect(model.results.map((r) => [r.value, r.approx])).toEqual([
			[15.3, false],
			[3.57, true],
		]);
		const fractions = modelFromRows([row("A.md", { year: 2012, error: 0.153 }), row("B.md", { year: 2013, error: 0.117 })]);
		expect(fractions.results.map((r) => r.value)).toEqual([15.3, 11.7]);
		expect(isAccuracyProperty("note.top5_accuracy", "auto")).toBe(true);
		expect(isAccuracyProperty("acc@5", "auto")).toBe(true);
		expect(isAccuracyProperty("top5_error", "auto")).toBe(false);
		expect(isAccuracyProperty("vaccine", "auto")).toBe(false);
		expect(isAccuracyProperty("top5_error", "accuracy")).toBe(true);
	});

	it("uses the property names it is given, first found wins, and a figure named as accuracy by the option", () => {
		const fields: RowFields = { ...DEFAULT_ROW_FIELDS, year: ["released"], value: ["score"], valueKind: "accuracy", series: ["place"] };
		const model = modelFromRows([row("A.md", { released: "2012-09-30", score: 84.7, place: "1st", year: 1999 })], fields);
		expect(model.results.map((r) => [r.year, r.value, r.series])).toEqual([[2012, 15.3, "winner"]]);
		expect(modelFromRows([row("B.md", { released: 2014, place: "Second place", score: 92.7 })], fields).results[0].series).toBe("runner-up");
	});

	it("matches each figure to the official record, as the vault's points are", () => {
		const model = modelFromRows([row("AlexNet.md", { year: 2012, top5_error: 15.3, series: "winner" }), row("Mine.md", { year: 2016, top5_error: 9.9 })]);
		expect(model.results[0].official).toMatchObject({ team: "SuperVision", value: 15.315, verdict: "matches" });
		expect(model.results[1].official).toBeNull();
	});

	it("reports a figure it cannot read or a figure without a year, and draws the rest; no value is never zero", () => {
		const model = modelFromRows([row("A.md", { year: 2012, top5_error: "lots" }), row("B.md", { top5_error: 3 }), row("C.md", { year: 2013, top5_error: "—" }), row("D.md", { year: 2014, top5_error: 6.7 })]);
		expect(model.results.map((r) => r.value)).toEqual([6.7]);
		expect(model.diagnostics.map((d) => [d.kind, d.path])).toEqual([
			["unreadable-cell", "A.md"],
			["row-without-year", "B.md"],
		]);
	});

	it("links each row to the rows its parent property names (wiki-links, paths, aliases, lists), only among the rows", () => {
		const model = modelFromRows([
			row("Models/AlexNet.md", { year: 2012, aliases: ["SuperVision"] }),
			row("Models/ZFNet.md", { year: 2013, parent: "[[Models/AlexNet|Alex]]" }),
			row("Models/VGG.md", { year: 2014, parents: ["[[SuperVision]]", "[[ZFNet]]"] }),
			row("Models/GoogLeNet.md", { year: 2014, parent: "LeNet, ZFNet" }),
		]);
		expect(model.lineage.edges.map((e) => `${e.from}>${e.to}:${e.kind}`)).toEqual(["alexnet>zfnet:explicit", "alexnet>vgg:explicit", "zfnet>vgg:explicit", "zfnet>googlenet:explicit"]);
		expect(model.lineage.edges[0].sources).toEqual([{ path: "Models/ZFNet.md", line: 1, raw: "parent: AlexNet" }]);
		expect(parentNames(["[[A (B)]]", "Folder/C.md", 3])).toEqual(["A", "C"]);
	});

	it("falls back to the vault's model: the model's year and innovation, its results and its lineage", () => {
		const rows = [row("Models/AlexNet.md", {}), row("Models/ZFNet.md", { top5_error: "11.7%" }), row("Models/GoogLeNet.md", { year: 2014 })];
		const model = modelFromRows(rows, DEFAULT_ROW_FIELDS, VAULT);
		// Ids are the vault's, so following the active note and the other views agree.
		expect(model.lineage.nodes.map((n) => [n.id, n.year, n.innovation])).toEqual([
			["alexnet", 2012, "ReLU and dropout"],
			["zfnet", 2013, "Smaller filters"],
			["googlenet", 2014, undefined],
		]);
		// AlexNet and GoogLeNet say no figure: the vault's; ZFNet's own figure takes the vault's series.
		expect(model.results.map((r) => [r.entity, r.year, r.value, r.series, r.sources[0].path])).toEqual([
			["alexnet", 2012, 15.3, "winner", "ILSVRC.md"],
			["zfnet", 2013, 11.7, "winner", "Models/ZFNet.md"],
			["googlenet", 2014, 6.7, "winner", "ILSVRC.md"],
		]);
		expect(model.lineage.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["alexnet>zfnet", "zfnet>googlenet"]);
		expect(model.facts.find((f) => f.key === "human_baseline")?.value).toBe(5.1);
	});

	it("draws only the rows: a row the base filters out takes its point, node and edges with it", () => {
		const all = modelFromRows([row("Models/AlexNet.md", {}), row("Models/ZFNet.md", {}), row("Models/GoogLeNet.md", {})], DEFAULT_ROW_FIELDS, VAULT);
		const some = modelFromRows([row("Models/ZFNet.md", {}), row("Models/GoogLeNet.md", {})], DEFAULT_ROW_FIELDS, VAULT);
		expect(all.lineage.nodes).toHaveLength(3);
		expect(some.lineage.nodes.map((n) => n.id)).toEqual(["zfnet", "googlenet"]);
		expect(some.lineage.edges.map((e) => `${e.from}>${e.to}`)).toEqual(["zfnet>googlenet"]);
		expect(some.results.map((r) => r.year)).toEqual([2013, 2014]);
		// A row's own parent property wins over the vault's lineage, even when it names no row.
		const own = modelFromRows([row("Models/AlexNet.md", {}), row("Models/ZFNet.md", { parent: "[[LeNet]]" })], DEFAULT_ROW_FIELDS, VAULT);
		expect(own.lineage.edges).toEqual([]);
	});

	it("keeps two notes of the same name apart", () => {
		const model = modelFromRows([row("a/Net.md", { year: 2012 }), row("b/Net.md", { year: 2013 })]);
		expect(new Set(model.lineage.nodes.map((n) => n.id)).size).toBe(2);
		expect(model.entities.map((e) => e.note)).toEqual(["a/Net.md", "b/Net.md"]);
	});

	it("is empty for no rows", () => {
		expect(modelFromRows([])).toEqual({ results: [], entities: [], lineage: { nodes: [], edges: [] }, facts: [], diagnostics: [] });
	});
});
