import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "AlexNet paper note with lineage links (zh obsidian).md",
	summary:
		"A Chinese Obsidian paper note on AlexNet (NeurIPS 2012): it won ImageNet 2012 with 15.3% top-5 error against 26.2% for second place, scaled up LeNet, and led on to VGG and ResNet.",
	results: [
		// "2012 ImageNet top-5 错误率 15.3%（第二名 26.2%）——压倒性胜利": the note's subject (# AlexNet, alias AlexNet)
		// with an "overwhelming victory" over the second place, so the winner.
		{ year: 2012, series: "winner", metric: "top-5", entrant: "AlexNet", value: 15.3, line: 25, prose: true },
	],
	edges: [
		// Section "与前作的关系" (relation to earlier work): "放大了 [LeNet（LeCun 1998）] 的思路" (scaled up LeNet's idea).
		{ from: "LeNet", to: "AlexNet", line: 42, kind: "explicit", prose: true },
		// Section "影响与后续" (influence and successors): "直接开启 CV 深度学习时代 → VGG → [[...（ResNet）]]".
		// The chain starts from what AlexNet opened, so AlexNet → VGG, then VGG → ResNet.
		{ from: "AlexNet", to: "VGG", line: 47, kind: "explicit", prose: true },
		{ from: "VGG", to: "ResNet", line: 47, kind: "explicit", prose: true },
		// Not edges: "血脉延续到 GPT 系" (line 49) runs through the author Sutskever and OpenAI, not a model built
		// on AlexNet; "近邻同族" (line 55, "close relatives") lists ResNet and DeepLabv3+ with no direction.
	],
	models: [
		{ name: "AlexNet", year: 2012 },
		// "LeNet（LeCun 1998）": the year the note gives.
		{ name: "LeNet", year: 1998 },
		{ name: "VGG" },
		{ name: "ResNet" },
		{ name: "DeepLabv3+" },
	],
	notModels: [
		"Alex Krizhevsky",
		"Ilya Sutskever",
		"Geoffrey E. Hinton",
		"Sutskever",
		"LeCun",
		"OpenAI",
		"ImageNet",
		"GTX 580",
		"NeurIPS",
		// Wiki-linked concepts, not networks: attention formulas, residual connection, gradient.
		"注意力核心公式",
		"残差连接",
		"梯度",
	],
	facts: [],
	traps: [
		{ line: 19, value: 10, why: "'骤降 10 个点', a drop in points, relative" },
		// Second place's figure with no entrant named (like the 26.2% comparison in other AlexNet notes).
		{ line: 25, value: 26.2, why: "second place's figure, stated only as a comparison, no entrant" },
		{ line: 23, value: 8, why: "layer count (8 层)" },
		{ line: 23, value: 5, why: "convolutional layer count" },
		{ line: 31, value: 0.5, why: "dropout rate" },
		{ line: 33, value: 0.9, why: "SGD momentum" },
	],
};
