import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "AlexNet (Kleinster2 vault).md",
	summary:
		"An Obsidian note on AlexNet: it won ILSVRC 2012 with 15.3% error against 26.2% for second place, and a lineage table runs from AlexNet through ZFNet, VGGNet, GoogLeNet and ResNet to the Transformer.",
	results: [
		// Event row says ILSVRC 2012 and the intro says it won: the winner's figure. Metric unstated ("Error
		// rate"): top-5 by default.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 15 },
		// "(vs 26.2% second place)": the stated runner-up, unnamed, in an aside of the cell.
		{ year: 2012, series: "runner-up", entrant: "", value: 26.2, line: 15, prose: true },
		// "Quick stats" restates it: Year 2012, Challenge ImageNet ILSVRC, Error rate 15.3%.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 122 },
	],
	edges: [
		// The "Lineage" table (Year / Model / vs AlexNet). ZFNet's cell says "Refined AlexNet": explicit.
		{ from: "AlexNet", to: "ZFNet", line: 108, kind: "explicit" },
		// The rest from the table's order, each year's models after the previous year's (VGGNet and GoogLeNet
		// share 2014).
		{ from: "ZFNet", to: "VGGNet", line: 109, kind: "inferred" },
		{ from: "ZFNet", to: "GoogLeNet", line: 110, kind: "inferred" },
		{ from: "VGGNet", to: "ResNet", line: 111, kind: "inferred" },
		{ from: "GoogLeNet", to: "ResNet", line: 111, kind: "inferred" },
		{ from: "ResNet", to: "Transformer", line: 112, kind: "inferred" },
		// Related: "[[ResNet]] — successor architecture", "[[Transformer]] — eventual successor paradigm".
		{ from: "AlexNet", to: "ResNet", line: 137, kind: "explicit", prose: true },
		{ from: "AlexNet", to: "Transformer", line: 138, kind: "explicit", prose: true },
	],
	models: [
		{ name: "AlexNet", year: 2012 },
		{ name: "ZFNet", year: 2013 },
		{ name: "VGGNet", year: 2014 },
		{ name: "GoogLeNet", year: 2014 },
		{ name: "ResNet", year: 2015 },
		{ name: "Transformer", year: 2017 },
	],
	notModels: [
		// One of the note's own aliases, but a person.
		"Alex Krizhevsky",
		"Ilya Sutskever",
		"Geoffrey Hinton",
		"Fei-Fei Li",
		"Yann LeCun",
		"Andrew Ng",
		"OpenAI",
		"Google",
		"Facebook",
		"Baidu",
		"NVIDIA",
		"DNNresearch",
		"University of Toronto",
		"ImageNet",
	],
	facts: [
		// "[[ImageNet]] | 1.2M labeled training images": the training set AlexNet used, i.e. the ILSVRC
		// subset's image count (ImageNet as a whole is far larger), so the ILSVRC key.
		{ key: "ilsvrc_images", value: 1_200_000, line: 72, prose: true },
	],
	traps: [
		{ line: 6, value: 10, why: "won by 10+ points: a margin" },
		{ line: 16, value: 10.9, why: "margin of 10.9 points" },
		{ line: 62, value: 60, why: "60 million parameters" },
		{ line: 109, value: 19, why: "VGGNet's 19 layers" },
		{ line: 111, value: 152, why: "ResNet's 152 layers" },
		{ line: 123, value: 60, why: "60M parameters" },
		{ line: 125, value: 6, why: "~6 days of training" },
	],
};
