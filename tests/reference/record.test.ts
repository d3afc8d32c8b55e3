import { describe, expect, it } from "vitest";
import { COMPLETE_YEARS, OFFICIAL } from "../../src/reference/record";
import type { OfficialEntry, Task } from "../../src/reference/types";

const TASKS: readonly Task[] = ["classification", "localization", "detection"];

/**
 * Years of 2010-2017 for which no classification figure could be read (see the header of
 * src/reference/record.ts). The test below fails if one of them gains an entry, so the list stays true.
 */
const NO_CLASSIFICATION_FIGURE: readonly number[] = [];

/**
 * Years in which the record's place-1 classification entry is not the lowest of the year over both
 * tracks (a year whose organizers ranked supplied-data entries only and saw an outside-data entry of
 * another team beat the winner). None so far: in 2012 the page ranked every entry in one table and the
 * winner's outside-data entry is the year's lowest.
 */
const WINNER_NOT_LOWEST_OVERALL: readonly number[] = [];

/** Lower is better for error (classification, localization), higher for detection mAP. */
function better(task: Task, a: number, b: number): boolean {
	return task === "detection" ? a > b : a < b;
}

function entriesOf(year: number, task: Task): OfficialEntry[] {
	return OFFICIAL.filter((e) => e.year === year && e.task === task);
}

function yearsOf(task: Task): number[] {
	return [...new Set(OFFICIAL.filter((e) => e.task === task).map((e) => e.year))].sort();
}

describe("the official record is well formed", () => {
	it("holds entries", () => {
		expect(OFFICIAL.length).toBeGreaterThan(0);
	});

	it.each(OFFICIAL.map((e) => [`${e.year} ${e.task} ${e.team} (${e.data})`, e] as const))("%s", (_, e) => {
		expect(Number.isInteger(e.year)).toBe(true);
		expect(e.year).toBeGreaterThanOrEqual(2010);
		expect(e.year).toBeLessThanOrEqual(2017);
		expect(TASKS).toContain(e.task);
		expect(e.team.trim()).toBe(e.team);
		expect(e.team.length).toBeGreaterThan(0);
		expect(["supplied", "outside"]).toContain(e.data);
		expect(Number.isInteger(e.place)).toBe(true);
		expect(e.place).toBeGreaterThanOrEqual(1);

		// A percentage, carried over with the precision it was printed with: one unit in the last place,
		// a power of ten, and the value a whole number of those units.
		expect(Number.isFinite(e.value)).toBe(true);
		expect(e.value).toBeGreaterThan(0);
		expect(e.value).toBeLessThan(100);
		const exponent = Math.log10(e.precision);
		expect(Math.abs(exponent - Math.round(exponent))).toBeLessThan(1e-9);
		expect(e.precision).toBeLessThanOrEqual(1);
		const units = e.value / e.precision;
		expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-6);

		// A few words of our own; the page's sentences are never copied.
		expect(e.description.trim().length).toBeGreaterThan(0);
		expect(e.description.split(/\s+/).length).toBeLessThanOrEqual(10);

		expect(e.url).toMatch(/^https?:\/\/[^\s]+$/);
		if (e.model !== undefined) expect(e.model.trim().length).toBeGreaterThan(0);
		if (e.from !== undefined) expect(e.from.trim().length).toBeGreaterThan(0);
		// A figure not taken from image-net.org says where it comes from.
		if (!/^https?:\/\/(www\.)?image-net\.org\//.test(e.url)) expect(e.from).toBeDefined();
	});

	it("has one entry per year, task, team and data track", () => {
		const keys = OFFICIAL.map((e) => `${e.year}|${e.task}|${e.team}|${e.data}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it("gives a team one place per year and task, whatever the track", () => {
		for (const task of TASKS) {
			for (const year of yearsOf(task)) {
				const places = new Map<string, Set<number>>();
				for (const e of entriesOf(year, task)) places.set(e.team, (places.get(e.team) ?? new Set()).add(e.place));
				for (const [team, set] of places) expect([year, task, team, set.size]).toEqual([year, task, team, 1]);
			}
		}
	});

	it("numbers the teams of a year and task 1, 2, 3, ... in the order of their best entries", () => {
		for (const task of TASKS) {
			for (const year of yearsOf(task)) {
				const best = new Map<string, { value: number; place: number }>();
				for (const e of entriesOf(year, task)) {
					const seen = best.get(e.team);
					if (!seen || better(task, e.value, seen.value)) best.set(e.team, { value: e.value, place: e.place });
				}
				const teams = [...best.values()].sort((a, b) => a.place - b.place);
				expect(teams.map((t) => t.place)).toEqual(teams.map((_, i) => i + 1));
				for (let i = 1; i < teams.length; i++) expect(better(task, teams[i].value, teams[i - 1].value)).toBe(false);
			}
		}
	});
});

describe("each year's winner", () => {
	it("every year 2010-2017 has a classification winner, or is listed as holding no readable figure", () => {
		for (let year = 2010; year <= 2017; year++) {
			const winners = entriesOf(year, "classification").filter((e) => e.place === 1);
			if (NO_CLASSIFICATION_FIGURE.includes(year)) expect([year, entriesOf(year, "classification").length]).toEqual([year, 0]);
			else expect([year, winners.length > 0]).toEqual([year, true]);
		}
	});

	it("one team holds place 1 per year and task", () => {
		for (const task of TASKS) {
			for (const year of yearsOf(task)) {
				const teams = new Set(entriesOf(year, task).filter((e) => e.place === 1).map((e) => e.team));
				expect([year, task, teams.size]).toEqual([year, task, 1]);
			}
		}
	});

	it("the classification winner has the lowest value among the year's entries of its data track", () => {
		for (const year of yearsOf("classification")) {
			const entries = entriesOf(year, "classification");
			for (const winner of entries.filter((e) => e.place === 1)) {
				const track = entries.filter((e) => e.data === winner.data);
				expect([year, winner.data, winner.value]).toEqual([year, winner.data, Math.min(...track.map((e) => e.value))]);
			}
		}
	});

	it("the classification winner's best entry is the lowest of the year over both tracks (as the organizers ranked), save the listed exceptions", () => {
		for (const year of yearsOf("classification")) {
			if (WINNER_NOT_LOWEST_OVERALL.includes(year)) continue;
			const entries = entriesOf(year, "classification");
			const winnerBest = Math.min(...entries.filter((e) => e.place === 1).map((e) => e.value));
			expect([year, winnerBest]).toEqual([year, Math.min(...entries.map((e) => e.value))]);
		}
	});

	it("the localization and detection winners are the best of their year and task", () => {
		for (const task of ["localization", "detection"] as const) {
			for (const year of yearsOf(task)) {
				const entries = entriesOf(year, task);
				const winner = entries.filter((e) => e.place === 1);
				for (const w of winner) for (const e of entries) expect([year, task, e.team, better(task, e.value, w.value)]).toEqual([year, task, e.team, false]);
			}
		}
	});

	it("names the winners the record can vouch for", () => {
		const winners = Object.fromEntries(
			yearsOf("classification").map((year) => [year, entriesOf(year, "classification").find((e) => e.place === 1)!.team]),
		);
		expect(winners).toEqual({ 2010: "NEC-UIUC", 2011: "XRCE", 2012: "SuperVision", 2013: "Clarifai", 2014: "GoogLeNet", 2015: "MSRA", 2016: "Trimps-Soushen", 2017: "WMW" });
	});

	it("holds every winner's figure as the results pages print it (the figures issue 15 checks)", () => {
		const best = (year: number) => Math.min(...entriesOf(year, "classification").map((e) => e.value));
		expect([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017].map(best)).toEqual([28.191, 25.77, 15.315, 11.197, 6.656, 3.567, 2.991, 2.251]);
		const clarifai = entriesOf(2013, "classification").filter((e) => e.team === "Clarifai");
		expect(clarifai.map((e) => [e.value, e.data])).toEqual([
			[11.743, "supplied"],
			[11.197, "outside"],
		]);
		for (const entry of OFFICIAL) expect(entry.url, `${entry.year} ${entry.team}`).toMatch(/^https?:\/\//);
	});

	it("keeps the 2012 figures as the results page prints them", () => {
		const find = (team: string, data: "supplied" | "outside") => entriesOf(2012, "classification").find((e) => e.team === team && e.data === data)?.value;
		expect(find("SuperVision", "outside")).toBe(15.315);
		expect(find("SuperVision", "supplied")).toBe(16.422);
		expect(find("ISI", "supplied")).toBe(26.172);
		expect(entriesOf(2012, "classification").filter((e) => e.place <= 5).length).toBeGreaterThanOrEqual(5);
	});
});

/** Whether a figure was carried over from the year's results page on image-net.org. */
const fromResultsPage = (e: OfficialEntry) => /^https?:\/\/(www\.)?image-net\.org\/challenges\/LSVRC\/\d{4}\/results/.test(e.url);

describe("entries not read on a results page", () => {
	const elsewhere = OFFICIAL.filter((e) => !fromResultsPage(e));

	it("say where they come from: a paper with its arXiv id and its table, figure, section or abstract", () => {
		for (const e of elsewhere) {
			const from = e.from ?? "";
			const label = `${e.year} ${e.task} ${e.team}`;
			expect(from, label).not.toBe("");
			const paper = /arXiv:\d{4}\.\d{4,5}/.test(from) && /\b(table|fig\.|sec\.|abstract)/i.test(from);
			expect(paper, label).toBe(true);
		}
	});

	it("link the paper or page they were carried over from", () => {
		for (const e of elsewhere) {
			const label = `${e.year} ${e.task} ${e.team}`;
			const arxiv = /^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})$/.exec(e.url);
			// An arXiv link is the paper `from` names first.
			if (arxiv) expect(e.from, label).toContain(`arXiv:${arxiv[1]}`);
		}
	});

	it("keep the precision the paper printed (7.32% is 0.01, 29.9% is 0.1)", () => {
		const printed = (e: OfficialEntry) => [e.value, e.precision];
		const find = (year: number, task: Task, team: string) => OFFICIAL.find((e) => e.year === year && e.task === task && e.team === team)!;
		expect(printed(find(2014, "classification", "VGG"))).toEqual([7.32, 0.01]);
		expect(printed(find(2016, "classification", "ResNeXt"))).toEqual([3.03, 0.01]);
		expect(printed(find(2013, "localization", "OverFeat - NYU"))).toEqual([29.9, 0.1]);
		expect(printed(find(2014, "localization", "VGG"))).toEqual([25.3, 0.1]);
		expect(printed(find(2015, "localization", "MSRA"))).toEqual([9, 0.1]);
	});
});

describe("the runners-up and the localization winners", () => {
	it("places the classification runners-up the sources name behind their year's winner", () => {
		const places = (year: number) => entriesOf(year, "classification").map((e) => [e.team, e.place]);
		expect(places(2014)).toEqual([
			["GoogLeNet", 1],
			["VGG", 2],
		]);
		expect(places(2016)).toEqual([
			["Trimps-Soushen", 1],
			["ResNeXt", 2],
		]);
	});

	it("names the localization winners the record can vouch for", () => {
		const winners = Object.fromEntries(yearsOf("localization").map((year) => [year, entriesOf(year, "localization").find((e) => e.place === 1)!.team]));
		expect(winners).toEqual({ 2012: "SuperVision", 2013: "OverFeat - NYU", 2014: "VGG", 2015: "MSRA" });
	});

	it("lists as complete only the years whose whole top five it holds", () => {
		for (const year of COMPLETE_YEARS) {
			const teams = new Set(entriesOf(year, "classification").map((e) => e.team));
			expect([year, teams.size >= 5]).toEqual([year, true]);
		}
	});
});
