import type { NoteExpectation } from "./expectation";

// HTML flattened to one cell per line: the cards (label line, then value line) and the comparison table
// (lines 266-314: five header cells, then five cells per row) read as a person rebuilds them.
export const expectation: NoteExpectation = {
	file: "CNN architectures (fr course, flattened table).md",
	summary:
		"A French course module on famous CNN architectures: LeNet-5 (1998, MNIST), AlexNet winning ImageNet 2012 with 15.3% top-5 error (vs 26.2%), VGG (2014) at 7.3% and ResNet (2015) at 3.6% top-5, with a comparison table repeating those figures.",
	results: [
		// "en remportant ImageNet 2012 ... (15.3% vs 26.2%)": won, year, figure in one sentence.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 95, prose: true },
		// AlexNet card "Performance / 15.3% top-5 error", under "AlexNet (2012)": the same winning figure.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 107, prose: true },
		// VGG and ResNet: "ImageNet Top-5" figures tied to the year the note gives each model (2014, 2015), no
		// place stated (the note never says ILSVRC, nor that they won): entries of those years.
		{ year: 2014, series: "entry", entrant: "VGG", value: 7.3, line: 166, prose: true },
		{ year: 2015, series: "entry", entrant: "ResNet", value: 3.6, line: 229, prose: true },
		// Comparison table, "ImageNet Top-5" column.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 292, prose: true },
		{ year: 2014, series: "entry", entrant: "VGG-16", value: 7.3, line: 302, prose: true },
		// The row is named ResNet-50 (the card says ResNet); kept as the row names it.
		{ year: 2015, series: "entry", entrant: "ResNet-50", value: 3.6, line: 312, prose: true },
	],
	edges: [
		// The timeline under "Évolution Historique des CNN" (lines 18-30, "year - model" items) is presented as
		// an evolution: its order gives inferred edges, each year's models after the previous year's.
		{ from: "LeNet-5", to: "AlexNet", line: 22, kind: "inferred", prose: true },
		{ from: "AlexNet", to: "VGG", line: 26, kind: "inferred", prose: true },
		{ from: "AlexNet", to: "GoogLeNet", line: 26, kind: "inferred", prose: true },
		{ from: "VGG", to: "ResNet", line: 30, kind: "inferred", prose: true },
		{ from: "GoogLeNet", to: "ResNet", line: 30, kind: "inferred", prose: true },
	],
	models: [
		{ name: "LeNet-5", year: 1998 },
		{ name: "AlexNet", year: 2012 },
		{ name: "VGG", year: 2014 },
		{ name: "GoogLeNet", year: 2014 },
		{ name: "ResNet", year: 2015 },
		// VGG-16 and ResNet-50 are the comparison table's names for VGG and ResNet, not further models.
	],
	notModels: [
		"Yann LeCun",
		"Bell Labs",
		"Krizhevsky",
		"Sutskever",
		"Hinton",
		"Simonyan",
		"Zisserman",
		"Oxford",
		"Kaiming He",
		"Microsoft",
		"MNIST",
		"ImageNet",
	],
	facts: [],
	traps: [
		{ line: 32, value: 100, why: "networks of 100+ layers" },
		{ line: 44, value: 60000, why: "LeNet-5's ~60,000 parameters" },
		{ line: 48, value: 99.2, why: "LeNet-5's accuracy on MNIST, not ImageNet" },
		{ line: 48, value: 0.8, why: "LeNet-5's MNIST accuracy turned into error: not ImageNet" },
		// "marge écrasante (15.3% vs 26.2%)": the beaten side's figure, with neither entrant nor place stated.
		{ line: 95, value: 26.2, why: "comparison figure of an unnamed competitor, no place stated" },
		{ line: 103, value: 60, why: "AlexNet's ~60 million parameters" },
		{ line: 162, value: 138, why: "VGG-16's ~138M parameters" },
		{ line: 217, value: 100, why: "100+ layers" },
		{ line: 225, value: 25, why: "ResNet-50's ~25M parameters" },
		{ line: 260, value: 152, why: "up to 152 layers" },
		{ line: 280, value: 60, why: "LeNet-5's 60K parameters (table)" },
		{ line: 290, value: 60, why: "AlexNet's 60M parameters (table)" },
		{ line: 300, value: 138, why: "VGG-16's 138M parameters (table)" },
		{ line: 310, value: 25, why: "ResNet-50's 25M parameters (table)" },
	],
};
