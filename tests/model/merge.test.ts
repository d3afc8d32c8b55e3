// Results merged from several notes: agreement at the coarser precision, conflicts kept with both
// sources, fractions, top-1 as its own series, winners and other entries of one year.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import { agree } from "../../src/model/merge";
import { entityForNote } from "../../src/model/activeEntity";
import type { Source } from "../../src/model/types";
import { fixtureFolder, readNotes } from "./fixtures";

const nowhere: Source = { path: "x.md", line: 1, raw: "" };
const figure = (value: number, precision: number, approx = false) => ({ value, precision, approx, source: nowhere });

describe("two figures agree within half a unit of the less precise one's last place", () => {
	it.each([
		[3.6, 0.1, 3.57, 0.01, true],
		[2.3, 0.1, 2.25, 0.01, true],
		[3, 1, 2.99, 0.01, true],
		[11.7, 0.1, 11.2, 0.1, false],
		[15.3, 0.1, 16.4, 0.1, false],
		[3.6, 0.1, 3.54, 0.01, false],
		[26.2, 0.1, 26, 1, true],
	])("%s (±%s) and %s (±%s): agree is %s", (a, pa, b, pb, expected) => {
		expect(agree(figure(a, pa), figure(b, pb))).toBe(expected);
		expect(agree(figure(b, pb), figure(a, pa))).toBe(expected);
	});

	it("compares an approximate figure the same way: ~11.2 and 11.7 disagree, ~11.2 and 11.24 agree", () => {
		expect(agree(figure(11.2, 0.1, true), figure(11.7, 0.1))).toBe(false);
		expect(agree(figure(11.2, 0.1, true), figure(11.24, 0.01))).toBe(true);
	});
});

describe("results merged from the fixture vault (tests/fixtures/model-notes)", () => {
	const model = buildModelFromTexts(readNotes(fixtureFolder("model-notes")));
	const point = (series: string, year: number) => model.results.find((r) => r.series === series && r.year === year);
	const places = (sources: Source[]) => sources.map((s) => `${s.path}:${s.line}`);

	it("reads a column of fractions as percents: 0.153 is 15.3, 0.0357 is 3.57", () => {
		expect(point("winner", 2010)?.value).toBe(28.2);
		expect(point("winner", 2012)?.value).toBe(15.3);
		expect(point("winner", 2015)?.value).toBe(3.57);
		expect(model.results.every((r) => r.value > 1)).toBe(true);
	});

	it("keeps a conflict between two notes with both values and both sources (11.7 from 0.117, ~11.2 pasted)", () => {
		const p = point("winner", 2013)!;
		expect(p.conflict?.map((c) => [c.value, c.approx, places(c.sources)])).toEqual([
			[11.7, false, ["ILSVRC winners.md:14"]],
			[11.2, true, ["Slides from the challenge.md:6"]],
		]);
		expect(p.value).toBe(11.7);
		const diagnostics = model.diagnostics.filter((d) => d.kind === "conflict");
		// One diagnostic for the disputed figure, naming both sources.
		expect(diagnostics).toHaveLength(1);
		expect(places(diagnostics[0].sources!)).toEqual(["ILSVRC winners.md:14", "Slides from the challenge.md:6"]);
	});

	it("merges figures that agree at the coarser precision into one point with every source", () => {
		const y2015 = point("winner", 2015)!;
		expect(y2015.conflict).toBeUndefined();
		expect(places(y2015.sources)).toEqual(["ILSVRC winners.md:16", "Top-1 and top-5.md:10"]);
		const y2017 = point("winner", 2017)!;
		expect(y2017.conflict).toBeUndefined();
		expect(y2017.value).toBe(2.25);
		expect(places(y2017.sources)).toEqual(["Slides from the challenge.md:8", "Top-1 and top-5.md:12"]);
	});

	it("makes top-1 a series of its own, never mixed with top-5, and skips its — and n/a cells", () => {
		const top1 = model.results.filter((r) => r.series === "top-1");
		expect(top1.map((r) => [r.year, r.value])).toEqual([
			[2012, 37.5],
			[2014, 24.4],
			[2015, 19.4],
			[2017, 17.3],
		]);
		expect(point("winner", 2012)?.value).toBe(15.3);
	});

	it("makes the lower of two top-5 figures in one year the winner and the other an entry, named by its link target", () => {
		expect(point("winner", 2014)?.value).toBe(6.7);
		const entry = point("entry", 2014)!;
		expect([entry.value, entry.entrant, entry.entity]).toEqual([7.3, "VGGNet", "vggnet"]);
	});

	it("sorts the points by year, the winner first", () => {
		const keys = model.results.map((r) => r.year);
		expect(keys).toEqual([...keys].sort((a, b) => a - b));
		expect(model.results.filter((r) => r.year === 2014).map((r) => r.series)[0]).toBe("winner");
	});
});

describe("the human baseline", () => {
	const slides = readNotes(fixtureFolder("model-notes"));

	it("agrees with the settings' default 5.1 when a note states 5.1, and lists both sources", () => {
		const fact = buildModelFromTexts(slides).facts.find((f) => f.key === "human_baseline")!;
		expect(fact.value).toBe(5.1);
		expect(fact.conflict).toBeUndefined();
		expect(fact.sources.map((s) => s.path)).toEqual(["Slides from the challenge.md", ""]);
		expect(fact.sources[0].line).toBe(10);
	});

	it("comes from the settings alone when no note states it", () => {
		const fact = buildModelFromTexts({ "a.md": "ImageNet has many images." }).facts.find((f) => f.key === "human_baseline");
		expect(fact?.value).toBe(5.1);
		expect(fact?.sources).toEqual([{ path: "", line: 0, raw: "5.1% (settings)" }]);
	});

	it("is absent when the settings turn it off and no note states it", () => {
		const model = buildModelFromTexts({ "a.md": "ImageNet has many images." }, { humanBaseline: null });
		expect(model.facts.find((f) => f.key === "human_baseline")).toBeUndefined();
	});

	it("still comes from a note when the settings turn the default off", () => {
		const fact = buildModelFromTexts(slides, { humanBaseline: null }).facts.find((f) => f.key === "human_baseline")!;
		expect(fact.value).toBe(5.1);
		expect(fact.sources.map((s) => s.path)).toEqual(["Slides from the challenge.md"]);
	});

	it("is a conflict when a note disagrees with the settings", () => {
		const fact = buildModelFromTexts({ "h.md": "On ImageNet, the human top-5 error was 6.2% in a second study." }).facts.find((f) => f.key === "human_baseline")!;
		expect(fact.conflict?.map((c) => c.value).sort()).toEqual([5.1, 6.2]);
	});
});

describe("a results table under a year's heading", () => {
	const note = ["# ILSVRC", "", "## The 2014 challenge", "", "| Team | Top-5 error |", "|---|---|", "| GoogLeNet | 6.7% |", "| VGG | 7.3% |", "| MSRA | 8.1% |"].join("\n");
	const model = buildModelFromTexts({ "2014.md": note });

	it("puts its rows in that year, each team's own result: no row says it won", () => {
		expect(model.results.map((r) => [r.year, r.series, r.value, r.entrant])).toEqual([
			[2014, "entry", 6.7, "GoogLeNet"],
			[2014, "entry", 7.3, "VGG"],
			[2014, "entry", 8.1, "MSRA"],
		]);
		expect(model.diagnostics).toEqual([]);
	});

	it("reads the rows in order of place when a row says its place (\"Second place\")", () => {
		const placed = note.replace("| VGG |", "| Second place |");
		const read = buildModelFromTexts({ "2014.md": placed }).results.map((r) => [r.series, r.value, r.entrant]);
		expect(read).toEqual([
			["winner", 6.7, "GoogLeNet"],
			["runner-up", 7.3, ""],
			["3rd", 8.1, "MSRA"],
		]);
	});
});

describe("what the example vault's shapes add", () => {
	it("reads a place column: Runner-up is the runner-up, and the entrant stays named", () => {
		const model = buildModelFromTexts({ "VGG.md": "ImageNet entries.\n\n| Year | Series | Entrant | Top-5 error |\n| --- | --- | --- | --- |\n| 2014 | Runner-up | VGG | 7.3% |\n| 2014 | Winner | GoogLeNet | 6.7% |\n" });
		expect(model.results.map((r) => [r.series, r.entrant, r.value])).toEqual([["winner", "GoogLeNet", 6.7], ["runner-up", "VGG", 7.3]]);
	});

	it("reads a key/value table whose header row is the first pair", () => {
		const model = buildModelFromTexts({
			"ILSVRC.md": "| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet | 15.3% |\n\nImageNet.",
			"AlexNet.md": "---\nyear: 2012\n---\nImageNet 2012.\n\n| Event | ILSVRC 2012 |\n| --- | --- |\n| Error rate | 15.3% |\n\n| Total images | 14,197,122 |\n| --- | --- |\n",
		});
		expect(model.results[0].sources.map((s) => `${s.path}:${s.line}`)).toEqual(["AlexNet.md:8", "ILSVRC.md:3"]);
		expect(model.facts.find((f) => f.key === "images")?.value).toBe(14197122);
	});

	it("takes the human baseline from 'human ... 5.1%', never from a machine's figure said next to 'human'", () => {
		const model = buildModelFromTexts({ "ResNet.md": "ResNet won ImageNet 2015 with 3.57% top-5 error, below the human figure.\n\nHuman top-5 error is about 5.1% (Karpathy)." }, { humanBaseline: null });
		expect(model.facts.filter((f) => f.key === "human_baseline").map((f) => f.value)).toEqual([5.1]);
	});

	it("does not make the dataset a model when a note files itself under it with parent", () => {
		const model = buildModelFromTexts({ "ILSVRC 2012.md": "---\nparent: \"[[ImageNet]]\"\n---\nThe 2012 ImageNet challenge.", "ImageNet.md": "ImageNet, the dataset." });
		expect(model.lineage.nodes.map((n) => n.name)).not.toContain("ImageNet");
		expect(model.lineage.edges).toEqual([]);
	});

	it("keeps each row's text as written as the source of its figures", () => {
		const model = buildModelFromTexts({ "Pasted.md": "ImageNet results\n\nYearWinnerTop-5 error\n2012AlexNet15.3%\n2013ZFNet11.7%\n" });
		expect(model.results.map((r) => r.sources[0].raw)).toEqual(["2012AlexNet15.3%", "2013ZFNet11.7%"]);
	});
});

describe("names in brackets", () => {
	const model = buildModelFromTexts({
		"Results.md": "ImageNet winners.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet (SuperVision) | 15.3% |\n| 2014 | GoogLeNet (Google) | 6.7% |\n\n| Year | Model | Innovation |\n| --- | --- | --- |\n| 2012 | AlexNet | GPUs |\n| 2014 | GoogLeNet | Inception |\n",
		"Google.md": "A company. See [[Results]].",
	});

	it("are kept as what the model entered as, not as its aliases", () => {
		const googlenet = model.entities.find((e) => e.id === "googlenet");
		expect(googlenet?.enteredAs).toEqual(["Google"]);
		expect(googlenet?.aliases).toEqual([]);
		expect(googlenet?.note).toBeUndefined();
	});

	it("do not make the company's note the model's note", () => {
		expect(entityForNote(model, "Google.md")).toBeNull();
		expect(entityForNote(model, "Models/AlexNet.md")?.id).toBe("alexnet");
	});
});

describe("a note whose name has brackets", () => {
	it("is one model with the links that point at it", () => {
		const model = buildModelFromTexts({
			"ImageNet.md": "ImageNet models: [[AlexNet]], [[ZF Net (Zeiler and Fergus)]], [[VGGNet]].",
			"AlexNet.md": "---\nyear: 2012\n---\n",
			"ZF Net (Zeiler and Fergus).md": "---\nyear: 2013\nparent: \"[[AlexNet]]\"\n---\n",
			"VGGNet.md": "---\nyear: 2014\nbased on: \"[[ZF Net (Zeiler and Fergus)]]\"\n---\n",
		});
		expect(model.lineage.nodes.map((n) => n.name)).toEqual(["AlexNet", "ZF Net", "VGGNet"]);
		expect(model.lineage.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(["alexnet>zfnet", "zfnet>vggnet"]);
		expect(model.lineage.nodes.find((n) => n.name === "ZF Net")?.note).toBe("ZF Net (Zeiler and Fergus).md");
	});
});

describe("a figure against the official record, by the name its note gives", () => {
	const winner2010 = (name: string) =>
		buildModelFromTexts({ "ILSVRC.md": `ImageNet winners.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2010 | ${name} | 28.2% |\n` }).results[0].official;

	it("matches the year's winner when the note names the team's paper by its authors ('Lin et al.')", () => {
		expect(winner2010("Lin et al.")).toMatchObject({ team: "NEC-UIUC", value: 28.191, verdict: "matches" });
		expect(winner2010("Sanchez & Perronnin")).toMatchObject({ team: "NEC-UIUC", verdict: "matches" });
	});

	it("calls it another entry when the note names another team", () => {
		expect(winner2010("XRCE")).toMatchObject({ team: "NEC-UIUC", verdict: "another entry" });
	});
});
