import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "VGGNet paper note runner-up (ko study).md",
	summary:
		"A Korean study note on the VGGNet paper (ICLR 2015): VGGNet was runner-up in ILSVRC 2014 classification with 7.3% top-5 error, GoogleNet the winner (no figure given); its 3×3 design became the standard pattern of later networks such as ResNet.",
	results: [
		// "ILSVRC 2014 준우승 (Classification). Top-5 Error 7.3%": 준우승 = runner-up, the competition year
		// 2014 (the paper's venue year, ICLR 2015, is not the challenge's).
		{ year: 2014, series: "runner-up", entrant: "VGGNet", value: 7.3, line: 59, prose: true },
		// GoogleNet's win (line 60, and the question on line 74) comes with no figure: no result.
	],
	edges: [
		// "1x1 Convolution: Network in Network(NIN) 논문의 개념 차용" (borrows NIN's concept): builds on NIN.
		{ from: "Network in Network", to: "VGGNet", line: 42, kind: "explicit", prose: true },
		// "이후 ResNet 등 현대 CNN 아키텍처의 표준 디자인 패턴이 됨": VGG's block design became the standard of
		// later architectures such as ResNet.
		{ from: "VGGNet", to: "ResNet", line: 63, kind: "explicit", prose: true },
		// Lines 12/18/51 compare with AlexNet ("since AlexNet in 2012", "much deeper than AlexNet", "removed
		// AlexNet's LRN") without saying VGGNet is based on it: no edge.
	],
	models: [
		{ name: "AlexNet", year: 2012 },
		{ name: "ZFNet" },
		// The note gives the paper's venue year (ICLR 2015) and the challenge year (2014), no model year of its own.
		{ name: "VGGNet" },
		{ name: "GoogleNet" },
		{ name: "ResNet" },
		{ name: "Network in Network" },
	],
	// "VGG: Visual Geometry Group" names the lab; "VGG" alone is also used for the model (line 73), so only the
	// lab's full name is listed here.
	notModels: ["Karen Simonyan", "Andrew Zisserman", "Visual Geometry Group", "Oxford Univ.", "ICLR"],
	facts: [],
	traps: [
		{ line: 18, value: 16, why: "VGG16's 16 weight layers" },
		{ line: 18, value: 19, why: "VGG19's 19 weight layers" },
		{ line: 18, value: 8, why: "AlexNet's 8 layers" },
		{ line: 55, value: 11, why: "shallow 11-layer net used for initialisation" },
		{ line: 71, value: 500, why: "model size about 500MB" },
		{ line: 71, value: 3, why: "three times AlexNet's size; the last 3 FC layers" },
	],
};
