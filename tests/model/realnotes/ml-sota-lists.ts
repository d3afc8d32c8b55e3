import type { NoteExpectation } from "./expectation";

// "ILSVRC 2012 (Imagenet)" heads lists of late-2016 papers: it names the data set they were measured on
// (the 2012 release, used ever since), not a challenge year. A careful reader puts none of these figures
// in the 2012 challenge, so each is a trap ("no challenge year"). The list numbers are ranks.
export const expectation: NoteExpectation = {
	file: "SOTA lists CIFAR and ImageNet (ml-sota readme).md",
	summary:
		"Ranked state-of-the-art lists of error rates for CIFAR-10, CIFAR-100 and SVHN, then top-1 and top-5 error on the ILSVRC 2012 data set (no challenge result) where PolyNet (18.71/17.36 top-1, 4.25/3.45 top-5) leads the ResNeXt paper (19.1 top-1, 4.4 top-5), all from late-2016 papers.",
	results: [],
	edges: [],
	// Only PolyNet is named as a network; the other items are paper titles (ResNeXt, DenseNet, RoR, SGDR,
	// Snapshot Ensembles are never written as names). Its year is the paper date the note gives (17 Nov 2016).
	models: [{ name: "PolyNet", year: 2016 }],
	notModels: ["CIFAR 10", "CIFAR 100", "SVHN", "Imagenet"],
	facts: [],
	traps: [
		{ line: 27, value: 18.71, why: "PolyNet top-1 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 27, value: 17.36, why: "PolyNet top-1 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 28, value: 19.1, why: "Aggregated Residual Transformations for Deep Neural Networks top-1 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 31, value: 4.25, why: "PolyNet top-5 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 31, value: 3.45, why: "PolyNet top-5 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 32, value: 4.4, why: "Aggregated Residual Transformations for Deep Neural Networks top-5 error on the ILSVRC 2012 data set: no challenge year" },
		{ line: 4, value: 3.4, why: "CIFAR-10 error" },
		{ line: 4, value: 1, why: "list rank" },
		{ line: 5, value: 3.58, why: "CIFAR-10 error" },
		{ line: 6, value: 3.74, why: "CIFAR-10 error" },
		{ line: 7, value: 3.74, why: "CIFAR-10 error" },
		{ line: 8, value: 3.77, why: "CIFAR-10 error" },
		{ line: 12, value: 17.31, why: "CIFAR-100 error" },
		{ line: 13, value: 17.4, why: "CIFAR-100 error" },
		{ line: 14, value: 18.7, why: "CIFAR-100 error" },
		{ line: 15, value: 19.25, why: "CIFAR-100 error" },
		{ line: 16, value: 19.73, why: "CIFAR-100 error" },
		{ line: 20, value: 1.59, why: "SVHN error" },
		{ line: 21, value: 1.59, why: "SVHN error" },
		{ line: 27, value: 1, why: "list rank, not a figure" },
		{ line: 28, value: 2, why: "list rank, not a placing" },
		{ line: 28, value: 16, why: "day of the paper date (16 Nov 2016)" },
		{ line: 31, value: 1, why: "list rank, not a figure" },
		{ line: 32, value: 2, why: "list rank, not a placing" },
	],
};
