import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "CS231N L6 guide (zh-TW, excerpt).md",
	summary:
		"An excerpt of a zh-TW CS231N lecture-6 guide with the classic chart of ILSVRC winners' top-5 error (2010 28.2 to 2017 SENet 2.3, with both VGG 7.3 and GoogLeNet 6.7 for 2014) and the human 5.1; prose adds AlexNet's 16% in 2012, ZFNet 11.7%/VGG 7.3% and ResNet's 3.57% as the ILSVRC'15 champion.",
	results: [
		// The table is captioned "歷屆冠軍的 top-5 錯誤率" (each year's champion): bare numbers, unit in the header.
		{ year: 2010, series: "winner", entrant: "Lin et al.", value: 28.2, line: 33 },
		{ year: 2011, series: "winner", entrant: "Sanchez & Perronnin", value: 25.8, line: 34 },
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 16.4, line: 35 },
		{ year: 2013, series: "winner", entrant: "ZFNet", value: 11.7, line: 36 },
		// Two rows for 2014 under a winners caption; line 45 says GoogLeNet is the 2014 champion, and VGG's
		// place is not stated anywhere in the note: an entry.
		{ year: 2014, series: "entry", entrant: "VGG", value: 7.3, line: 37 },
		{ year: 2014, series: "winner", entrant: "GoogLeNet", value: 6.7, line: 38 },
		{ year: 2015, series: "winner", entrant: "ResNet", value: 3.6, line: 39 },
		{ year: 2016, series: "winner", entrant: "Shao et al.", value: 3, line: 40 },
		{ year: 2017, series: "winner", entrant: "SENet", value: 2.3, line: 41 },
		// "以 top-5 錯誤率 16% 大幅領先第二名": led the second place by far, i.e. first in 2012.
		{ year: 2012, series: "winner", entrant: "AlexNet", value: 16, line: 45, prose: true },
		// Restates the table: the note has ZFNet as the 2013 champion.
		{ year: 2013, series: "winner", entrant: "ZFNet", value: 11.7, line: 49, prose: true },
		// No place stated for VGG (GoogLeNet is the note's 2014 champion).
		{ year: 2014, series: "entry", entrant: "VGG", value: 7.3, line: 49, prose: true },
		// "152 層模型是 ILSVRC'15 分類冠軍": the 152-layer model of the (omitted) ResNet section, per the EXCERPT
		// comment on line 51 and the table's 152-layer ResNet row.
		{ year: 2015, series: "winner", entrant: "ResNet", value: 3.57, line: 53, prose: true },
	],
	edges: [
		// Line 45: AlexNet's "架構像 LeNet 但更深、更大" (architecture like LeNet but deeper and larger).
		{ from: "LeNet", to: "AlexNet", line: 45, kind: "explicit", prose: true },
		// The table sits under "從 ILSVRC 冠軍看架構演進" (architecture evolution through the ILSVRC champions):
		// its order is read as an evolution. Rows named by authors (Lin et al., Sanchez & Perronnin, Shao et al.)
		// are not models and are skipped; the two 2014 rows are siblings (GoogLeNet is not read as built on VGG).
		{ from: "AlexNet", to: "ZFNet", line: 36, kind: "inferred" },
		{ from: "ZFNet", to: "VGG", line: 37, kind: "inferred" },
		{ from: "ZFNet", to: "GoogLeNet", line: 38, kind: "inferred" },
		{ from: "VGG", to: "ResNet", line: 39, kind: "inferred" },
		{ from: "GoogLeNet", to: "ResNet", line: 39, kind: "inferred" },
		{ from: "ResNet", to: "SENet", line: 41, kind: "inferred" },
	],
	models: [
		{ name: "AlexNet", year: 2012 },
		{ name: "ZFNet", year: 2013 },
		{ name: "VGG", year: 2014 },
		{ name: "GoogLeNet", year: 2014 },
		{ name: "ResNet", year: 2015 },
		{ name: "SENet", year: 2017 },
		{ name: "LeNet" },
		{ name: "VGG16" },
		{ name: "VGG19" },
	],
	// Entrants named by their authors are teams/papers, not networks.
	notModels: [
		"Lin et al.",
		"Sanchez & Perronnin",
		"Shao et al.",
		"Zeiler & Fergus",
		"Russakovsky et al.",
		"Simonyan and Zisserman",
		"Stanford",
		"ImageNet",
		"COCO",
	],
	facts: [
		// "圖上另外標了人類的 5.1": the chart of top-5 errors also marks the human at 5.1.
		{ key: "human_baseline", value: 5.1, line: 43, prose: true },
	],
	traps: [
		{ line: 10, value: 7, why: "series order in the frontmatter" },
		{ line: 18, value: 152, why: "layer count in the glossary context" },
		{ line: 18, value: 20, why: "layer count in the glossary context" },
		{ line: 29, value: 33, why: "slide page number" },
		{ line: 29, value: 45, why: "slide page number" },
		{ line: 35, value: 8, why: "layer count column" },
		{ line: 36, value: 8, why: "layer count column" },
		{ line: 37, value: 19, why: "layer count column" },
		{ line: 38, value: 22, why: "layer count column" },
		{ line: 39, value: 152, why: "layer count column" },
		{ line: 40, value: 152, why: "layer count column" },
		{ line: 41, value: 152, why: "layer count column" },
		{ line: 45, value: 26, why: "unnamed second place's figure, a comparison in AlexNet's sentence" },
		{ line: 45, value: 60, why: "AlexNet parameter count 60M" },
		{ line: 45, value: 4, why: "GoogLeNet parameter count 4M" },
		{ line: 47, value: 36, why: "slide page range" },
		{ line: 49, value: 8, why: "AlexNet layer count" },
		{ line: 49, value: 16, why: "VGG layer count 16-19" },
		{ line: 49, value: 19, why: "VGG layer count 16-19" },
		{ line: 53, value: 152, why: "layer count of the ResNet model" },
	],
};
