import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "Mashhur arxitekturalar (uz, excerpt).md",
	summary:
		"An Uzbek README listing famous CNN architectures it says won ImageNet competitions, in a year/name/description table (AlexNet 2011-2012 through ViT 2021, some years and affiliations wrong); it gives no error figures and then tests the models on oxford_flowers102.",
	// No error figure anywhere: the table has a year, a name and a description.
	results: [],
	edges: [
		// "yanada chuqurroq versiya bilan (ResNet-152)": the 2016 row is an even deeper version of ResNet, said in
		// the description column, in words, with no "based on" a reader could hold it to.
		{ from: "ResNet", to: "ResNet-152", line: 20, kind: "explicit", prose: true },
	],
	// The table is a plain chronological list of architectures, not captioned as a lineage: no inferred edges.
	models: [
		// Year written as the range "2011-2012"; the range ends at 2012, the year read here.
		{ name: "AlexNet", year: 2012 },
		{ name: "ZFNet", year: 2013 },
		// "GoogleNet (Inception-v1)": one model with Inception-v1 as its other name.
		{ name: "GoogleNet", year: 2014 },
		{ name: "ResNet", year: 2015 },
		{ name: "ResNet-152", year: 2016 },
		{ name: "Inception-v4", year: 2017 },
		{ name: "Inception-ResNet-v2", year: 2017 },
		// "SENet (Squeeze and Excitation Network)" is one model; the note gives 2018 (wrong, but written so).
		{ name: "SENet", year: 2018 },
		{ name: "EfficientNet", year: 2019 },
		{ name: "Big Transfer (BiT)", year: 2020 },
		{ name: "ViT", year: 2021 },
	],
	notModels: [
		"Aleks Krizhevskiy",
		"Ilya Sutskever",
		"Jeffri Xinton",
		"Metyu Zayler",
		"Rob Fergus",
		"Kristian Szegedi",
		"Kaiming He",
		"Microsoft Research Asia",
		"Jie Xu",
		"Mingxing Tan",
		"Quoc V. Le",
		"Aleksey Dosovitskiy",
		"Google",
		"ImageNet",
		"oxford_flowers102",
	],
	facts: [],
	traps: [
		// "1000 ta sinfga ajratuvchi classification modellari": what models built with these architectures output,
		// not stated as the challenge's category count.
		{ line: 10, value: 1000, why: "output classes of models built with the architectures" },
		{ line: 20, value: 152, why: "layer count in the name ResNet-152" },
		{ line: 28, value: 102, why: "class count of oxford_flowers102" },
	],
};
