import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "CV paper survey AlexNet ResNet (ja readme).md",
	summary:
		"A Japanese paper survey: AlexNet won ILSVRC 2012 by a wide margin, with 15.3% test error when pre-trained on the Fall 2011 ImageNet release; ResNet (Microsoft Research, 2015) won ILSVRC 2015 with 152 layers (no figure given); the Transformer section is about translation (BLEU), not ImageNet.",
	results: [
		// Year, entrant and figure in one sentence ("2012年のILSVRC", AlexNet, 15.3%). The note says twice
		// (lines 17 and 20) that AlexNet won ILSVRC 2012 ("圧勝"), so the figure is the winner's. The metric
		// is written only as "エラー率" (error rate); top-5 is the default and what the figure is.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 15.3, line: 36, prose: true },
		// ResNet "2015年のILSVCRで優勝" (line 75, contest acronym misspelt) is a win with no figure: no result.
	],
	edges: [],
	models: [
		{ name: "AlexNet", year: 2012 },
		{ name: "ResNet", year: 2015 },
		// Named only for their layer counts (line 75), no year given for either.
		{ name: "VGG" },
		{ name: "GoogleNet" },
		// An NLP model, but the note presents it as a model ("2017年に提案された自然言語処理のモデル").
		{ name: "Transformer", year: 2017 },
	],
	notModels: ["Microsoft Research", "ImageNet", "WMT 2014 English-German", "WMT 2014 English-French", "PyTorch"],
	facts: [],
	traps: [
		{ line: 48, value: 5, why: "5 convolutional layers" },
		{ line: 48, value: 3, why: "3 fully connected layers" },
		{ line: 75, value: 20, why: "about 20 layers before 2014" },
		{ line: 75, value: 16, why: "VGG's 16 layers" },
		{ line: 75, value: 19, why: "VGG's 19 layers" },
		{ line: 75, value: 22, why: "GoogleNet's 22 layers" },
		{ line: 75, value: 152, why: "ResNet's 152 layers" },
		{ line: 198, value: 28.4, why: "BLEU score on WMT 2014 English-German, not ImageNet" },
		{ line: 198, value: 41.8, why: "BLEU score on WMT 2014 English-French, not ImageNet" },
	],
};
