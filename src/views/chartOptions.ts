// Chart options from the settings, and from a code block's body.
import type { LineageOptions } from "../charts/lineage";
import type { TimelineOptions } from "../charts/timeline";
import type { AtlasSettings } from "../settings";

const SERIES_FOR_TOP1 = ["winner", "runner-up", "entry"];

export function timelineOptions(settings: AtlasSettings): TimelineOptions {
	const options: TimelineOptions = { hiddenSeries: settings.metric === "top-1" ? SERIES_FOR_TOP1 : [], official: settings.showOfficial, explainConflicts: settings.explainConflicts, metric: settings.metric };
	if (settings.humanBaseline !== null) options.humanBaseline = settings.humanBaseline;
	return options;
}

export function lineageOptions(settings: AtlasSettings): LineageOptions {
	return { showInferred: settings.showInferredEdges };
}

export interface BlockOptions {
	years?: [number, number];
	series?: string[];
	root?: string;
	height?: number;
	inferred?: boolean;
	/** `official: true`: the timeline draws the official field. */
	official?: boolean;
	problems: string[];
}

export type BlockKind = "timeline" | "lineage" | "results";

/** The options each kind of code block takes; any other is reported in place. */
const BLOCK_KEYS: Record<BlockKind, readonly string[]> = {
	timeline: ["years", "series", "height", "official"],
	lineage: ["root", "height", "inferred"],
	results: ["years", "series"],
};

/**
 * Reads a code block's body: one `key: value` a line.
 *   years: 2010-2017    series: winner, runner-up    root: AlexNet    height: 300    inferred: false
 */
export function readBlockOptions(source: string, kind: BlockKind = "timeline"): BlockOptions {
	const keys = BLOCK_KEYS[kind];
	const options: BlockOptions = { problems: [] };
	source.split(/\r?\n/).forEach((line, index) => {
		const trimmed = line.trim();
		if (trimmed === "" || trimmed.startsWith("#")) return;
		const colon = trimmed.indexOf(":");
		const key = colon === -1 ? trimmed.toLowerCase() : trimmed.slice(0, colon).trim().toLowerCase();
		const value = colon === -1 ? "" : trimmed.slice(colon + 1).trim();
		if (!keys.includes(key)) {
			options.problems.push(`line ${index + 1}: unknown option "${key}" (known: ${keys.join(", ")})`);
		} else if (key === "years") {
			const match = /^(\d{4})\s*(?:-|–|to|\.\.)\s*(\d{4})$/.exec(value);
			if (match) options.years = [Number(match[1]), Number(match[2])];
			else options.problems.push(`line ${index + 1}: years should look like 2010-2017`);
		} else if (key === "series") {
			options.series = value.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "");
		} else if (key === "root") {
			options.root = value.replace(/^\[\[|\]\]$/g, "");
		} else if (key === "height") {
			const height = Number(value.replace(/px$/, ""));
			if (Number.isFinite(height) && height >= 120 && height <= 2000) options.height = height;
			else options.problems.push(`line ${index + 1}: height should be a number of pixels from 120 to 2000`);
		} else if (key === "inferred") {
			options.inferred = !/^(?:false|no|off|hide)$/i.test(value);
		} else {
			options.official = !/^(?:false|no|off|hide)$/i.test(value);
		}
	});
	return options;
}
