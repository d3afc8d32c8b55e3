// A note's figure against the official record: the half-unit rule, the entry of the team or model the
// note names first, and the nearest entry when nothing agrees.
import { describe, expect, it } from "vitest";
import { checkFigure, explain, explainFields } from "../../src/reference/match";
import type { OfficialEntry } from "../../src/reference/types";

const url = "https://image-net.org/challenges/LSVRC/2013/results";
const entry = (team: string, value: number, data: "supplied" | "outside", place: number, model?: string): OfficialEntry => ({ year: 2013, task: "classification", team, value, precision: 0.001, data, description: "test entry", place, model, url });
const RECORD: OfficialEntry[] = [entry("Clarifai", 11.743, "supplied", 1, "ZFNet"), entry("Clarifai", 11.197, "outside", 1, "ZFNet"), entry("NUS", 12.953, "supplied", 2), entry("ZF", 13.511, "supplied", 3)];
const figure = (value: number, precision: number, names: string[] = [], series = "winner") => ({ year: 2013, value, precision, series, names });

describe("matching a figure to the official record", () => {
	it("finds the entry a rounded figure agrees with at its precision: 11.7 is 11.743, ~11.2 is 11.197", () => {
		expect(checkFigure(figure(11.7, 0.1, ["ZFNet"]), RECORD)).toMatchObject({ verdict: "matches", official: { value: 11.743, team: "Clarifai", data: "supplied" } });
		expect(checkFigure(figure(11.2, 0.1, ["Clarifai"]), RECORD)).toMatchObject({ verdict: "matches", official: { value: 11.197, data: "outside" } });
	});

	it("prefers the entry of the team the note names, and says when the figure is another entry's", () => {
		expect(checkFigure(figure(12.95, 0.01, ["NUS"], "entry"), RECORD).official).toMatchObject({ team: "NUS", verdict: "matches" });
		expect(checkFigure(figure(12.95, 0.01, ["Clarifai"]), RECORD)).toMatchObject({ verdict: "another entry", official: { team: "NUS" } });
	});

	it("reads an unnamed winner by its place", () => {
		expect(checkFigure(figure(11.74, 0.01), RECORD)).toMatchObject({ verdict: "matches", official: { team: "Clarifai" } });
	});

	it("gives no match, with the closest entry, to a figure the record does not hold", () => {
		const check = checkFigure(figure(10.5, 0.1, ["ZFNet"]), RECORD);
		expect(check).toMatchObject({ verdict: "no match", official: null, closest: { value: 11.197 } });
		expect(explain(check, 2013)).toBe("matches no official entry of 2013 (closest: 11.197%, Clarifai)");
	});

	it("says close but not equal when the figure is within one unit of its last place", () => {
		expect(checkFigure(figure(11.28, 0.1, ["Clarifai"]), RECORD).verdict).toBe("rounded");
	});

	it("holds no top-1 figure and no year outside the record", () => {
		expect(checkFigure(figure(37.5, 0.1, [], "top-1"), RECORD).verdict).toBe("not in the record");
		expect(checkFigure({ ...figure(5, 1), year: 2020 }, RECORD).verdict).toBe("not in the record");
	});

	it("explains a match in words", () => {
		const check = checkFigure(figure(11.7, 0.1, ["ZFNet"]), RECORD);
		expect(explain(check, 2013)).toBe("matches the official 11.743% (Clarifai, supplied data only)");
		expect(explainFields({ official: checkFigure(figure(11.2, 0.1, ["ZFNet"]), RECORD).official }, 2013)).toBe("matches the official 11.197% (Clarifai, with outside training data)");
	});
});

describe("a year the record holds only the winner of", () => {
	const winnerOnly: OfficialEntry[] = [{ year: 2016, task: "classification", team: "Trimps-Soushen", value: 2.991, precision: 0.001, data: "supplied", description: "test entry", place: 1, url }];
	const complete = new Set([2013]);

	it("says a winner's figure that is not the winner's matches no entry, with the winner as the closest", () => {
		const check = checkFigure({ year: 2016, value: 3.5, precision: 0.1, series: "winner", names: ["Inception-v3"] }, winnerOnly, complete);
		expect(check).toMatchObject({ verdict: "no match", closest: { team: "Trimps-Soushen" } });
		expect(explain(check, 2016)).toBe("matches no official entry of 2016 (closest: 2.991%, Trimps-Soushen)");
	});

	it("never says another entrant's figure matches nothing: the record lacks it", () => {
		const check = checkFigure({ year: 2016, value: 3.03, precision: 0.01, series: "entry", names: ["ResNeXt"] }, winnerOnly, complete);
		expect(check.verdict).toBe("not in the record");
		expect(explain(check, 2016)).toBe("is not in the official record as the plugin holds it (it has only part of 2016's results)");
	});
});
