// Notes written by other people (../shared/realnotes, not part of the project): the model must read
// what a person reads there. Skipped when the folder is absent.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import type { AtlasModel } from "../../src/model/types";
import { folderExists, readNotes, sharedFolder, otherNames } from "./fixtures";


const folder = sharedFolder("realnotes");
const present = folderExists(folder);
const ALEXNET = "AlexNet (Kleinster2 vault).md";
const CS231N = "CS231N L6 guide (zh-TW, excerpt).md";
const BACKBONE = "Backbone (maodong2056).md";
const UZBEK = "Mashhur arxitekturalar (uz, excerpt).md";

describe.skipIf(!present)("real notes by other people (../shared/realnotes)", () => {
	const model: AtlasModel = present ? buildModelFromTexts(readNotes(folder, ["SOURCES.md"])) : ({} as AtlasModel);
	const point = (series: string, year: number) => model.results.find((r) => r.series === series && r.year === year);
	const node = (name: string) => model.lineage.nodes.find((n) => n.name === name);

	it("shows 2012 as a conflict: 15.3 in the AlexNet note, 16.4 in the CS231N guide", () => {
		const p = point("winner", 2012)!;
		expect(p.entity).toBe("alexnet");
		const values = new Map(p.conflict?.map((c) => [c.value, c.sources.map((s) => s.path)]));
		expect([...values.keys()].sort()).toEqual([15.3, 16.4]);
		expect(values.get(15.3)).toContain(ALEXNET);
		expect(values.get(16.4)).toEqual([CS231N]);
		expect(p.conflict!.find((c) => c.value === 16.4)!.sources[0].line).toBe(35);
	});

	it("does not read the AlexNet note's \"10.9 points\" margin or its 26.2% comparison as AlexNet's result", () => {
		const alexnetFigures = model.results.filter((r) => r.sources.some((s) => s.path === ALEXNET)).map((r) => r.value);
		expect(alexnetFigures).toEqual([15.3]);
	});

	it("reads the CS231N table with the unit only in its header: bare numbers are percents", () => {
		expect(
			model.results
				.filter((r) => r.series === "winner" && r.sources.some((s) => s.path === CS231N))
				.map((r) => r.year),
		).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
		expect(point("winner", 2010)?.value).toBe(28.2);
		expect(point("winner", 2017)?.value).toBe(2.3);
	});

	it("gives CS231N's 2014 to GoogLeNet at 6.7, with VGG's 7.3 as another entry", () => {
		expect(point("winner", 2014)).toMatchObject({ value: 6.7, entity: "googlenet" });
		expect(point("entry", 2014)).toMatchObject({ value: 7.3, entity: "vggnet" });
	});

	it("names 2013's winner by the model before the full-width bracket: ZFNet（Zeiler & Fergus）", () => {
		expect(point("winner", 2013)).toMatchObject({ value: 11.7, entrant: "ZFNet", entity: "zfnet" });
	});

	it("gives the Backbone leaderboard one clear diagnostic instead of results", () => {
		const fromBackbone = model.results.filter((r) => r.sources.some((s) => s.path === BACKBONE));
		expect(fromBackbone).toEqual([]);
		const diagnostics = model.diagnostics.filter((d) => d.path === BACKBONE);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ kind: "row-without-year", line: 19 });
		expect(diagnostics[0].message).toMatch(/no year/);
	});

	it("reads the Uzbek table as lineage nodes, GoogleNet (Inception-v1) resolving to GoogLeNet", () => {
		const names = model.lineage.nodes.map((n) => n.name);
		expect(names).toEqual(expect.arrayContaining(["AlexNet", "ZFNet", "GoogLeNet", "ResNet", "SENet", "EfficientNet", "ViT"]));
		expect(names.some((n) => /^googlenet$/i.test(n) && n !== "GoogLeNet")).toBe(false);
		expect(otherNames(model.entities.find((e) => e.id === "googlenet"))).toContain("Inception-v1");
		expect(node("EfficientNet")?.year).toBe(2019);
	});

	it("reads \"SENet (Squeeze and Excitation Network)\" as one model, not a list split at \"and\"", () => {
		const senet = model.lineage.nodes.filter((n) => /senet|squeeze|excitation/i.test(n.name));
		expect(senet.map((n) => n.name)).toEqual(["SENet"]);
		expect(otherNames(model.entities.find((e) => e.id === "senet"))).toContain("Squeeze and Excitation Network");
	});

	it("splits \"Inception-v4 va Inception-ResNet-v2\" (Uzbek \"and\") into two models", () => {
		expect(node("Inception-v4")).toBeDefined();
		expect(node("Inception-ResNet-v2")).toBeDefined();
	});

	it("reads no data from the AlexNet note's code block or from HTML comments", () => {
		const fromCode = model.diagnostics.concat().filter((d) => d.path === ALEXNET && d.line >= 50 && d.line <= 60);
		expect(fromCode).toEqual([]);
		expect(model.lineage.nodes.some((n) => /conv|relu|softmax/i.test(n.name))).toBe(false);
	});

	it("keeps every edge from older to newer and reports no cycle", () => {
		const year = new Map(model.lineage.nodes.map((n) => [n.id, n.year ?? 0]));
		for (const e of model.lineage.edges) expect(year.get(e.from)!, `${e.from} → ${e.to}`).toBeLessThanOrEqual(year.get(e.to)!);
		expect(model.diagnostics.filter((d) => d.kind === "cycle")).toEqual([]);
	});
});

describe.skipIf(present)("real notes by other people", () => {
	it.skip(`skipped: ${folder} is absent`, () => {});
});
