import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "GoogLeNet note with placings table (zh).md",
	summary:
		"A Chinese study note on GoogLeNet (Inception), called the ILSVRC 2014 champion; its results table gives placings with top-5 error: SuperVision 1st in 2012 (16.4%, 15.3% with ImageNet 22k), Clarifai 1st in 2013 (11.7%, 11.2% with external data), and for 2014 GoogLeNet 1st (6.67%), VGG 2nd (7.32%) and MSRA 3rd (7.35%). A second table is an ablation of GoogLeNet's ensemble size and crop count.",
	results: [
		{ year: 2012, series: "winner", entrant: "SuperVision", value: 16.4, line: 409 },
		// Same team, same place, with external data (ImageNet 22k): both rows are stated as 1st.
		{ year: 2012, series: "winner", entrant: "SuperVision", value: 15.3, line: 410 },
		{ year: 2013, series: "winner", entrant: "Clarifai", value: 11.7, line: 411 },
		{ year: 2013, series: "winner", entrant: "Clarifai", value: 11.2, line: 412 },
		{ year: 2014, series: "3rd", entrant: "MSRA", value: 7.35, line: 413 },
		{ year: 2014, series: "runner-up", entrant: "VGG", value: 7.32, line: 414 },
		{ year: 2014, series: "winner", entrant: "GoogLeNet", value: 6.67, line: 415 },
	],
	edges: [],
	models: [{ name: "GoogLeNet", year: 2014 }],
	// "VGG" is in the Team column here (the Oxford group's entry); it is left out of both lists.
	// "Inception" is named as a structure/module (结构, 模块), not as a network of its own; left out too.
	notModels: ["SuperVision", "Clarifai", "MSRA", "ImageNet", "Szegedy", "Sermanet", "Anguelov", "Vanhoucke", "Rabinovich"],
	facts: [
		// "1200000 训练，50000 验证，100000 测试": the challenge data's split, in the training/testing section
		// of a note about the 2014 entry; the 1.2M training images are what such notes call the ILSVRC image count.
		{ key: "ilsvrc_images", value: 1200000, line: 398, prose: true },
	],
	traps: [
		{ line: 393, value: 70, why: "dropout ratio 0.7 of the auxiliary classifier" },
		{ line: 394, value: 1000, why: "output width of the auxiliary classifier (architecture), not stated as a dataset fact" },
		{ line: 392, value: 1024, why: "neuron count of a fully connected layer" },
		{ line: 398, value: 50000, why: "validation split size" },
		{ line: 398, value: 100000, why: "test split size" },
		{ line: 399, value: 7, why: "number of models in the ensemble" },
		{ line: 400, value: 144, why: "crop count per image" },
		{ line: 410, value: 22, why: "'ImageNet 22k' names the external data used" },
		// The hyperparameter table (超参数对比) is an ablation of GoogLeNet's ensemble size and crops: no entrant,
		// no challenge year, no placing; it is not a challenge entry even though its column says "Top-5 error".
		{ line: 421, value: 10.07, why: "ablation row (1 model, 1 crop), no challenge year or entrant" },
		{ line: 422, value: 9.15, why: "ablation row (1 model, 10 crops)" },
		{ line: 423, value: 7.89, why: "ablation row (1 model, 144 crops)" },
		{ line: 424, value: 8.09, why: "ablation row (7 models, 1 crop)" },
		{ line: 425, value: 7.62, why: "ablation row (7 models, 10 crops)" },
		// Same figure as the winning entry, already taken from line 415; this row is the ablation's.
		{ line: 426, value: 6.67, why: "ablation row (7 models, 144 crops); the 2014 result is read at line 415" },
		{ line: 426, value: 1008, why: "relative cost of the ablation configuration" },
		{ line: 430, value: 2014, why: "publication year in the reference" },
	],
};
