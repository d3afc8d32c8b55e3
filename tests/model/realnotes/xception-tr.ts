import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "Xception winner claim and lineage (tr note).md",
	summary:
		"A one-paragraph Turkish note on Xception (eXtreme Inception, by Google): it claims first place in the 2017 ImageNet competition, with no error figure, and calls Xception a more advanced version of Inception using depthwise separable convolutions.",
	// The 2017 first-place claim carries no figure and no metric: nothing to record as a result.
	results: [],
	edges: [
		// "Inception mimarisinin daha gelişmiş bir versiyonu" = a more advanced version of the Inception architecture.
		{ from: "Inception", to: "Xception", line: 1, kind: "explicit", prose: true },
	],
	models: [
		// The first sentence has no subject; in the Xception note it is read as Xception's claim, so the year
		// the note gives it is 2017 (historically wrong, but written so).
		{ name: "Xception", year: 2017 },
		{ name: "Inception" },
	],
	notModels: ["Google", "ImageNet"],
	facts: [],
	traps: [{ line: 1, value: 2017, why: "year of a first-place claim that has no error figure" }],
};
