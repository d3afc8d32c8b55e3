// Columns read by their meaning, in the languages people write their notes in.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import { classifyColumns } from "../../src/model/columns";
import { isOnly, placeIn, says, whereSays } from "../../src/model/vocabulary";

describe("header words", () => {
	it.each([
		["Jahr", "year"],
		["Année", "year"],
		["Año", "year"],
		["Ano", "year"],
		["Год", "year"],
		["Yil", "year"],
		["Năm", "year"],
		["年份", "year"],
		["연도", "year"],
		["Fehlerrate", "error"],
		["Taux d'erreur top-5", "error"],
		["Ошибка top-5", "error"],
		["Xato (top-5)", "error"],
		["오류율", "error"],
		["エラー率", "error"],
		["Độ chính xác", "accuracy"],
		["Acurácia top-1", "accuracy"],
		["Точность", "accuracy"],
		["Arquitetura", "model"],
		["Modèle", "model"],
		["模型", "model"],
	] as const)("%s says %s", (header, role) => {
		expect(says(header, role)).toBe(true);
	});

	it("matches whole words only in scripts that space their words", () => {
		expect(says("Terror", "error")).toBe(false);
		expect(says("yearly budget", "year")).toBe(false);
		expect(whereSays("the human expert", "human")).toBe(4);
		expect(whereSays("人類的錯誤率", "human")).toBe(0);
	});

	it("tells a place from a place header", () => {
		expect(placeIn("Runner-up err.")).toBe("runner-up");
		expect(placeIn("亞軍")).toBe("runner-up");
		expect(placeIn("Sieger")).toBe("winner");
		expect(isOnly("Place", "place")).toBe(true);
		expect(isOnly("Place of birth", "place")).toBe(false);
	});

	it("builds no pattern that old iOS cannot compile (no lookbehind in the shipped bundle)", () => {
		const bundle = readFileSync(new URL("../../src/model/vocabulary.ts", import.meta.url), "utf8");
		expect(bundle).not.toMatch(/\(\?<[=!]/);
	});
});

describe("columns by their meaning", () => {
	it("gives each figure the name column of its place: the runner-up's figure is the runner-up's", () => {
		const columns = classifyColumns(["Year", "Winner", "Top-5 err.", "Runner-up", "Runner-up err."]);
		expect(columns.errors.map((e) => [e.index, e.place, columns.names[e.name!].index])).toEqual([
			[2, "winner", 1],
			[4, "runner-up", 3],
		]);
	});

	it("reads a table of winners and runners-up as two series, each under its own entrant", () => {
		const note = "ILSVRC\n\n| Year | Winner | Top-5 err. | Runner-up | Runner-up err. |\n|---|---|---|---|---|\n| 2010 | NEC-UIUC | 28.19% | XRCE | 33.63% |\n| 2012 | SuperVision | 15.31% | ISI | 26.17% |\n";
		const model = buildModelFromTexts({ "Placings.md": note });
		expect(model.results.map((r) => [r.year, r.series, r.value, r.entrant])).toEqual([
			[2010, "winner", 28.19, "NEC-UIUC"],
			[2010, "runner-up", 33.63, "XRCE"],
			[2012, "winner", 15.31, "SuperVision"],
			[2012, "runner-up", 26.17, "ISI"],
		]);
		expect(model.diagnostics).toEqual([]);
	});

	it("turns accuracy into error, and reads decimal commas, NaN and packed top-1/top-5 pairs", () => {
		const note = [
			"## ILSVRC results",
			"",
			"| Jahr | Modell | Genauigkeit top-5 | top1/top5 Fehler |",
			"|---|---|---|---|",
			"| 2014 | GoogLeNet | 93,3 % | NaN |",
			"| 2015 | ResNet | NaN | 19.4%/3.6% |",
		].join("\n");
		const model = buildModelFromTexts({ "Ergebnisse.md": note });
		expect(model.results.map((r) => [r.year, r.series, r.value, r.entrant])).toEqual([
			[2014, "winner", 6.7, "GoogLeNet"],
			[2015, "winner", 3.6, "ResNet"],
			[2015, "top-1", 19.4, "ResNet"],
		]);
		expect(model.diagnostics).toEqual([]);
	});

	it("makes a table of one year's entries, with no place said, entries: no winner is invented", () => {
		const note = "ImageNet\n\n| Year | Team | Top-5 error |\n|---|---|---|\n| 2014 | VGG | 7.3% |\n";
		expect(buildModelFromTexts({ "Slide.md": note }).results.map((r) => r.series)).toEqual(["entry"]);
	});

	it("reads a paper's own figures on a year's test set as that model's, never the challenge's winner", () => {
		const note = "## AlexNet on ImageNet 2010 (ILSVRC-2010)\n\n| Model | Top-1 error | Top-5 error |\n|---|---|---|\n| AlexNet (paper) | 37.5% | 17.0% |\n| Reproduction | 40.1% | 18.71% |\n";
		const model = buildModelFromTexts({ "AlexNet paper.md": note });
		expect(model.results.filter((r) => r.series === "winner" || r.series === "runner-up")).toEqual([]);
		expect(model.results.filter((r) => r.series === "entry").map((r) => [r.year, r.value, r.entrant])).toEqual([
			[2010, 17, "AlexNet"],
			[2010, 18.71, "Reproduction"],
		]);
	});
});
