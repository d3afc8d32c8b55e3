// The official ILSVRC record, as pure data shipped with the plugin (no network at run time).
//
// Where the figures come from: each year's results page on image-net.org, as far as its stored copy
// could be read; where a figure could not be read there, a paper (the winning or the entrant's own team's,
// or one that tabulates the year's entries), and `from` says which, with its table or section. Figures
// that only blogs quote (2016's third place, its localization winner) are left out. Figures are carried
// over exactly as printed (0.15315 is 15.315, precision 0.001; a paper's 7.32% is 7.32, precision 0.01);
// `description` is always our own few words, never the pages' sentences.
//
// Coverage is partial. The stored copies of the results pages read here hold only their opening part:
// the 2012 classification table and the 2013-2017 detection tables could be read, but not the
// classification or localization tables of the other years, and no copy of the overview paper
// (Russakovsky et al., IJCV 2015) with its tables of 2010-2014 entries could be found. So:
// - classification: 2012 holds every team of its table. Each other year's winner is the results page's
//   figure as the project's issue 15 quotes it (its writer read the pages), with the winning team's
//   paper beside it where it agrees. Runners-up only where a paper prints them: 2014 VGG (2nd) and
//   2016 ResNeXt (2nd). 2010, 2011, 2013, 2015 and 2017 hold
//   their winner only.
// - localization: the winners of 2012 (page), 2013, 2014 and 2015 (papers); none for 2011, 2016, 2017.
// - detection: the winners of 2013-2017 (pages, provided-data track).
// Only 2012 is complete (COMPLETE_YEARS); in the other years a note citing an entrant the record lacks
// reads "not in the record", never "no match" (see src/reference/match.ts).
//
// Data tracks: "supplied" is the provided training data only, "outside" adds extra data. Only the 2012
// page states a track per entry (SuperVision's two rows); an entry whose source says nothing of outside
// data is taken as supplied. Who won: the organizers' place 1. In 2012 they ranked every entry in one table
// ("All results"), and the winner's outside-data entry is the year's lowest; the tests hold the record
// to that rule (place 1 is the lowest of the year, and the lowest of each track it entered).
import type { OfficialEntry } from "./types";

// He et al., "Deep Residual Learning for Image Recognition": the source of two localization winners.
const RESNET = "https://arxiv.org/abs/1512.03385";

export const OFFICIAL: readonly OfficialEntry[] = [
	// 2010: the results page's figure as the project's issue quotes it; the winning team's paper agrees (71.8% top-5 hit rate, so 28.2).
	{ year: 2010, task: "classification", team: "NEC-UIUC", value: 28.191, precision: 0.001, data: "supplied", description: "hand-made features, SVMs trained by averaged SGD", place: 1, url: "https://image-net.org/challenges/LSVRC/2010/results", from: "the ILSVRC2010 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table; Lin et al., CVPR 2011 (the winning team's paper) gives 71.8% top-5 hit rate, which agrees" },

	// 2011: XRCE is named the classification winner on the ILSVRC2011 page; the figure is the results page's as the project's issue quotes it.
	{ year: 2011, task: "classification", team: "XRCE", value: 25.77, precision: 0.001, data: "supplied", description: "Fisher vectors and linear classifiers", place: 1, url: "https://image-net.org/challenges/LSVRC/2011/results", from: "the ILSVRC2011 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table" },

	// 2012: https://image-net.org/challenges/LSVRC/2012/results.html (Task 1 and Task 2, "Error (5 guesses)"). The http://www.image-net.org copy of the page lacks the two XRCE/INRIA rows.
	{ year: 2012, task: "classification", team: "SuperVision", value: 15.315, precision: 0.001, data: "outside", description: "deep CNN ensemble, extra ImageNet Fall 2011 images", place: 1, model: "AlexNet", url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "SuperVision", value: 16.422, precision: 0.001, data: "supplied", description: "deep CNN ensemble, challenge data only", place: 1, model: "AlexNet", url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "ISI", value: 26.172, precision: 0.001, data: "supplied", description: "weighted fusion of four Fisher-vector classifiers", place: 2, url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "OXFORD_VGG", value: 26.979, precision: 0.001, data: "supplied", description: "Fisher-vector SVMs, per-class choice of score set", place: 3, url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "XRCE/INRIA", value: 27.058, precision: 0.001, data: "supplied", description: "SVM run; the page gives no method text", place: 4, url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "University of Amsterdam", value: 29.576, precision: 0.001, data: "supplied", description: "run whose method is written up elsewhere on the page", place: 5, url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "classification", team: "LEAR-XRCE", value: 34.464, precision: 0.001, data: "supplied", description: "mixture of nearest-class-mean classifiers", place: 6, url: "https://image-net.org/challenges/LSVRC/2012/results.html" },
	{ year: 2012, task: "localization", team: "SuperVision", value: 33.5463, precision: 0.0001, data: "outside", description: "CNN boxes, classifier helped by Fall 2011 images", place: 1, model: "AlexNet", url: "https://image-net.org/challenges/LSVRC/2012/results.html" },

	// 2013: https://image-net.org/challenges/LSVRC/2013/results.php (Task 1, detection, mean AP; UvA-Euvision's run is a valid, provided-data entry). Its classification table could not be read here; Clarifai's two figures are the page's as the project's issue quotes them.
	{ year: 2013, task: "classification", team: "Clarifai", value: 11.743, precision: 0.001, data: "supplied", description: "CNN ensemble, challenge data only", place: 1, model: "ZFNet", url: "https://image-net.org/challenges/LSVRC/2013/results", from: "the ILSVRC2013 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table" },
	{ year: 2013, task: "classification", team: "Clarifai", value: 11.197, precision: 0.001, data: "outside", description: "CNN ensemble with outside training data", place: 1, model: "ZFNet", url: "https://image-net.org/challenges/LSVRC/2013/results", from: "the ILSVRC2013 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table" },
	{ year: 2013, task: "localization", team: "OverFeat - NYU", value: 29.9, precision: 0.1, data: "supplied", description: "multi-scale sliding-window CNN with box regression", place: 1, model: "OverFeat", url: "https://arxiv.org/abs/1312.6229", from: "paper: Sermanet et al., arXiv:1312.6229, fig. 10 (ILSVRC13 localization winner, 29.9%); arXiv:1512.03385 table 14 agrees" },
	{ year: 2013, task: "detection", team: "UvA-Euvision", value: 22.581, precision: 0.001, data: "supplied", description: "run with a prior, provided data", place: 1, url: "https://image-net.org/challenges/LSVRC/2013/results.php" },

	// 2014: http://image-net.org/challenges/LSVRC/2014/results (Task 1a, detection with provided data); its classification table could not be read, the classification figure is quoted by a paper.
	{ year: 2014, task: "classification", team: "GoogLeNet", value: 6.656, precision: 0.001, data: "supplied", description: "22-layer Inception network ensemble", place: 1, model: "GoogLeNet", url: "https://image-net.org/challenges/LSVRC/2014/results", from: "the ILSVRC2014 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table; He et al., 'Delving Deep into Rectifiers' (arXiv:1502.01852) quotes the winner at 6.66%, which agrees" },
	{ year: 2014, task: "classification", team: "VGG", value: 7.32, precision: 0.01, data: "supplied", description: "ensemble of seven very deep 3x3-conv nets", place: 2, model: "VGGNet", url: "https://arxiv.org/abs/1409.4842", from: "paper: Szegedy et al., arXiv:1409.4842, table 2 (VGG 2nd, 7.32%); arXiv:1512.03385 table 5 agrees" },
	{ year: 2014, task: "localization", team: "VGG", value: 25.3, precision: 0.1, data: "supplied", description: "very deep CNNs with per-class box regression", place: 1, model: "VGGNet", url: RESNET, from: "paper: He et al., arXiv:1512.03385, table 14 (test 25.3); 1st place per the VGG paper's abstract" },
	{ year: 2014, task: "detection", team: "NUS", value: 37.212, precision: 0.001, data: "supplied", description: "fused models with context rescoring", place: 1, url: "http://image-net.org/challenges/LSVRC/2014/results" },

	// 2015: https://image-net.org/challenges/LSVRC/2015/results (Task 1a, detection with provided data); the classification figure is from the winning team's paper.
	{ year: 2015, task: "classification", team: "MSRA", value: 3.567, precision: 0.001, data: "supplied", description: "ensemble of residual networks", place: 1, model: "ResNet", url: "https://image-net.org/challenges/LSVRC/2015/results", from: "the ILSVRC2015 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table; the winning team's paper (He et al., arXiv:1512.03385) gives 3.57%, which agrees" },
	{ year: 2015, task: "localization", team: "MSRA", value: 9, precision: 0.1, data: "supplied", description: "residual nets with region proposals, ensemble", place: 1, model: "ResNet", url: RESNET, from: "winner's paper: He et al., arXiv:1512.03385, table 14 (test 9.0) and abstract" },
	{ year: 2015, task: "detection", team: "MSRA", value: 62.0741, precision: 0.0001, data: "supplied", description: "ensemble of residual-net detectors", place: 1, model: "ResNet", url: "https://image-net.org/challenges/LSVRC/2015/results" },

	// 2016: http://www.image-net.org/challenges/LSVRC/2016/results (Task 1a, detection with provided data). Its classification table could not be read here; the winner's figure is the page's as the project's issue quotes it.
	{ year: 2016, task: "classification", team: "Trimps-Soushen", value: 2.991, precision: 0.001, data: "supplied", description: "ensemble of Inception and residual networks", place: 1, url: "https://image-net.org/challenges/LSVRC/2016/results", from: "the ILSVRC2016 results page (image-net.org), as the project's issue 15 quotes it: the stored copy read here ends before the page's classification table" },
	{ year: 2016, task: "classification", team: "ResNeXt", value: 3.03, precision: 0.01, data: "supplied", description: "ensemble of grouped-convolution residual networks", place: 2, model: "ResNeXt", url: "https://arxiv.org/abs/1611.05431", from: "team's paper: Xie et al., arXiv:1611.05431, sec. 5.1 (2nd, 3.03% on test)" },
	{ year: 2016, task: "detection", team: "CUImage", value: 66.2751, precision: 0.0001, data: "supplied", description: "six-model ensemble", place: 1, url: "http://www.image-net.org/challenges/LSVRC/2016/results" },

	// 2017: http://image-net.org/challenges/LSVRC/2017/results (Task 1a, detection with provided data); the classification figure is from the winning team's paper.
	{ year: 2017, task: "classification", team: "WMW", value: 2.251, precision: 0.001, data: "supplied", description: "squeeze-and-excitation CNNs", place: 1, model: "SENet", url: "https://shortscience.org/paper?a=guest&bibtexKey=journals%2Fcorr%2F1709.01507", from: "Hu, Shen & Sun, 'Squeeze-and-Excitation Networks' (arXiv:1709.01507, the winning team's paper), abstract; the 2017 results page's classification table could not be read" },
	{ year: 2017, task: "detection", team: "BDAT", value: 73.2227, precision: 0.0001, data: "supplied", description: "best-mAP run; a sibling run won more categories", place: 1, url: "http://image-net.org/challenges/LSVRC/2017/results" },
];

/** The years whose classification table the record holds down to the fifth place; of the others, only the winner. */
export const COMPLETE_YEARS: ReadonlySet<number> = new Set([2012]);
