// The official record of the ILSVRC, as pure data: what each year's results page (or, where none can be
// found, the challenge's overview paper or the winning team's paper) printed. Imports nothing.

export type Task = "classification" | "localization" | "detection";

/** One entry of a year's official results: a team's best submission in one task and one data track. */
export interface OfficialEntry {
	year: number;
	task: Task;
	/** The team as the results page names it ("SuperVision", "Clarifai", "GoogLeNet"). */
	team: string;
	/**
	 * The figure as printed, in percent: classification and localization error (0.11743 is 11.743),
	 * detection mean average precision (0.439 is 43.9).
	 */
	value: number;
	/** One unit in the last printed place, in percent (0.001 for 11.743, from 0.11743). */
	precision: number;
	/** "supplied": the provided training data only; "outside": with extra or outside training data. */
	data: "supplied" | "outside";
	/** A few words of our own on what the entry was (never the page's sentences): "ensemble of CNNs, ImageNet Fall 2011 pretraining". */
	description: string;
	/** The team's place among the year's teams in this task, 1 for the winner, by their best entry. */
	place: number;
	/** The model the entry is known by in notes, where one is ("AlexNet" for SuperVision, "ZFNet" for Clarifai). */
	model?: string;
	/** The page the figure was carried over from. */
	url: string;
	/** Where the figure comes from when it is not the year's results page ("Russakovsky et al., IJCV 2015, table 8"). */
	from?: string;
}
