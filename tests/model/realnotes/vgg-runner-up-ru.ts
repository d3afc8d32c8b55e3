import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "VGG runner-up 2014 (ru readme).md",
	summary:
		"A Russian README on VGG (Simonyan and Zisserman, Oxford, 2014): it says VGG almost won ILSVRC 2014 with 7.3% top-5 error, the winner Inception V1 having 6.67%; the rest is about a PyTorch implementation (VGG11-19 with batch norm) tested on CIFAR10.",
	results: [
		// "практически выиграла" (practically won) next to the winner's figure in parentheses: read as second place.
		// The year comes from "в 2014 году" on line 4 and the linked LSVRC/2014 page.
		{ year: 2014, series: "runner-up", entrant: "VGG", value: 7.3, line: 5, prose: true },
		{ year: 2014, series: "winner", entrant: "Inception V1", value: 6.67, line: 6, prose: true },
	],
	// VGG16 is "interpretation D" of VGG, a configuration, not a lineage statement.
	edges: [],
	models: [
		{ name: "VGG", year: 2014 },
		// The note makes it the winner of the same (2014) competition.
		{ name: "Inception V1", year: 2014 },
		{ name: "VGG11" },
		{ name: "VGG13" },
		{ name: "VGG16" },
		{ name: "VGG19" },
	],
	notModels: ["Karen Simonyan", "Andrew Zisserman", "Оксфордский университет", "ImageNet", "CIFAR10"],
	facts: [],
	traps: [
		{ line: 4, value: 2014, why: "year the architecture was proposed" },
		{ line: 22, value: 32, why: "image side multiple of 32 pixels" },
		{ line: 22, value: 224, why: "input size 224x224" },
		{ line: 24, value: 10, why: "dataset name CIFAR10, no figure" },
	],
};
