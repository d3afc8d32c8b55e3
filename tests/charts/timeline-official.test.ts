// The official field's hover: the team, figure and data of an entry, and a link to where it was read.
import { describe, expect, it } from "vitest";
import { officialTooltip } from "../../src/charts/timeline-official";
import { OFFICIAL } from "../../src/reference/record";

const entry = (year: number, team: string) => OFFICIAL.find((e) => e.year === year && e.task === "classification" && e.team === team)!;

describe("an official entry's tooltip", () => {
	it("names the team, figure and data, and links the results page the figure was read on", () => {
		const tip = officialTooltip(entry(2012, "ISI"));
		expect(tip.rows).toContainEqual(["Team", "ISI"]);
		expect(tip.rows).toContainEqual(["Top-5 error", "26.172%"]);
		expect(tip.links).toEqual([{ text: "Results page", href: "https://image-net.org/challenges/LSVRC/2012/results.html" }]);
	});

	it("links the paper, not a 'results page', where the figure was read in a paper", () => {
		const tip = officialTooltip(entry(2014, "VGG"));
		expect(tip.links).toEqual([{ text: "Paper", href: "https://arxiv.org/abs/1409.4842" }]);
	});
});
