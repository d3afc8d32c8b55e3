import type { NoteExpectation } from "./expectation";

export const expectation: NoteExpectation = {
	file: "ILSVRC paper summary three tasks (en).md",
	summary:
		"A summary of the ILSVRC paper (arXiv 1409.0575): how the three tasks (classification, localization, detection) were built, annotated and scored in 2010–2014. It gives classification error falling from 28.2% (NEC 2010) to 6.66% (GoogLeNet 2014), and a trained human at 5.1% top-5 error on a 1,500-image sample.",
	results: [
		// "from 28.2% (NEC 2010) to 6.66% (GoogLeNet 2014)": year, entrant and figure together. The note never
		// says NEC won 2010 (it only says "top entries each year"), so NEC stays an "entry".
		{ year: 2010, series: "entry", metric: "top-5", entrant: "NEC", value: 28.2, line: 122, prose: true },
		// Line 126 names GoogLeNet as 2014's classification winner ("winners are significantly better than
		// runners-up (e.g., 2014 classification: GoogLeNet ... vs. VGG ...)"), so its 6.66 is the winner's.
		{ year: 2014, series: "winner", metric: "top-5", entrant: "GoogLeNet", value: 6.66, line: 122, prose: true },
	],
	edges: [],
	models: [
		{ name: "GoogLeNet", year: 2014 },
		{ name: "VGG", year: 2014 },
		// "SuperVision/AlexNet's 2012 jump" (line 182); SuperVision is the team name, left out of both lists.
		{ name: "AlexNet", year: 2012 },
		// Named only as a detection entrant ("RCNN: +3.1%").
		{ name: "RCNN" },
	],
	notModels: ["NEC", "UvA", "PASCAL VOC", "Caltech-101", "COCO", "WordNet", "Flickr", "Amazon Mechanical Turk", "ImageNet"],
	facts: [
		// "a trained annotator at 5.1% top-5 error" and "Annotator A1: 5.1% top-5 error".
		{ key: "human_baseline", value: 5.1, line: 109, prose: true },
		{ key: "human_baseline", value: 5.1, line: 148, prose: true },
		{ key: "ilsvrc_categories", value: 1000, line: 44, prose: true },
		{ key: "ilsvrc_categories", value: 1000, line: 113, prose: true },
		// "~1.28M training images" of the 1000-class classification/localization data (approximate).
		{ key: "ilsvrc_images", value: 1280000, line: 113, prose: true },
	],
	traps: [
		{ line: 16, value: 20, why: "PASCAL VOC's 20 categories, not ILSVRC" },
		{ line: 44, value: 90, why: "90 dog-breed synsets added in 2012, a subset count" },
		{ line: 45, value: 200, why: "detection classes, not the classification categories" },
		{ line: 58, value: 99.7, why: "label precision of the annotation, not a result" },
		{ line: 66, value: 97.9, why: "bounding-box coverage" },
		{ line: 66, value: 99.2, why: "bounding-box tightness" },
		{ line: 87, value: 3.5, why: "share of images excluded as difficult" },
		{ line: 91, value: 5.5, why: "share of objects affected by the small-object threshold" },
		{ line: 95, value: 99.9, why: "confidence level of the intervals" },
		{ line: 106, value: 26.2, why: "a range '26.2–27.1%' of other 2012 entries, no entrant named" },
		{ line: 106, value: 27.1, why: "upper end of the same range, no entrant named" },
		// Judgement call: "the 2012 jump ... to 16.4% top-5 classification error with deep CNNs" gives year and
		// figure but no entrant ("deep CNNs" is a method); the team is named 76 lines later without a figure.
		{ line: 106, value: 16.4, why: "no entrant named with the figure ('with deep CNNs')" },
		{ line: 109, value: 6.8, why: "GoogLeNet on a 1,500-image sample in the human study, not a challenge result" },
		{ line: 122, value: 4.2, why: "'4.2× reduction', a relative figure" },
		{ line: 123, value: 1.7, why: "'1.7× reduction', a relative figure" },
		{ line: 123, value: 42.5, why: "localization error (UvA 2011)" },
		{ line: 123, value: 25.32, why: "localization error (VGG 2014)" },
		{ line: 124, value: 22.6, why: "detection mAP (UvA 2013)" },
		{ line: 124, value: 43.93, why: "detection mAP (GoogLeNet 2014)" },
		{ line: 126, value: 6.4, why: "lower bound of a confidence interval" },
		{ line: 126, value: 6.92, why: "upper bound of a confidence interval" },
		{ line: 126, value: 7.05, why: "VGG's confidence interval bound, not a point figure" },
		{ line: 126, value: 7.6, why: "VGG's confidence interval bound, not a point figure" },
		{ line: 128, value: 3.7, why: "detection mAP gain, relative" },
		{ line: 128, value: 3.1, why: "detection mAP gain, relative" },
		{ line: 128, value: 5.8, why: "detection mAP gain, relative" },
		{ line: 129, value: 22.6, why: "detection mAP" },
		{ line: 129, value: 43.9, why: "detection mAP" },
		{ line: 135, value: 5.4, why: "'classification averages 94.6% accuracy', a per-class optimistic average, not a challenge result" },
		{ line: 139, value: 82.4, why: "localization accuracy of a size bin" },
		{ line: 141, value: 33.2, why: "detection mAP of a texture bin" },
		{ line: 144, value: 92.7, why: "per-class detection AP" },
		{ line: 148, value: 6.8, why: "GoogLeNet on the 1,500-image human-study sample" },
		// A second, less-trained annotator on 258 images: a human error, but not the human baseline the note reports.
		{ line: 148, value: 12.0, why: "a less-trained second annotator on 258 images, not the human baseline" },
		{ line: 150, value: 24, why: "share of GoogLeNet errors in a taxonomy" },
		{ line: 152, value: 37, why: "share of human errors in a taxonomy" },
	],
};
