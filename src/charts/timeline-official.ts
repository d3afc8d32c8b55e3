// The official field on the timeline: every official classification entry of each year, as faint marks
// just left of the year, behind the notes' own series. Off unless asked for (a legend toggle, the
// `official: true` code-block option, a setting). Hover says the team, the figure and what the entry was,
// with a link to the year's results page.
import { OFFICIAL } from "../reference/record";
import type { OfficialEntry } from "../reference/types";
import { svgChild, type TooltipContent } from "./common";

/** The series name the layer goes by in the legend and in `hiddenSeries`. */
export const OFFICIAL_SERIES = "official";

/** The official classification entries of the years [from, to]. */
export function officialEntries(from: number, to: number): OfficialEntry[] {
	return OFFICIAL.filter((e) => e.task === "classification" && e.year >= from && e.year <= to);
}

/** Draws the marks into `parent`; returns each mark's entry, for the tooltip. */
export function drawOfficial(parent: SVGElement, entries: OfficialEntry[], x: (year: number) => number, y: (value: number) => number): Map<Element, OfficialEntry> {
	const layer = svgChild(parent, "g", "imagenet-official", { role: "group", "aria-label": "Official results" });
	const marks = new Map<Element, OfficialEntry>();
	for (const entry of entries) {
		// A small diamond, so it never reads as one of the notes' round points.
		const cx = x(entry.year) - 10;
		const cy = y(entry.value);
		const mark = svgChild(layer, "path", `imagenet-official-mark imagenet-official-${entry.data}`, {
			d: `M${cx},${cy - 4}L${cx + 4},${cy}L${cx},${cy + 4}L${cx - 4},${cy}Z`,
			"data-year": entry.year,
			"data-value": entry.value,
			"data-series": OFFICIAL_SERIES,
			"data-linktext": entry.model ?? entry.team,
			"data-team": entry.team,
			tabindex: 0,
			"aria-label": `${entry.year} official, ${entry.team}, ${entry.value}%`,
		});
		marks.set(mark, entry);
	}
	return marks;
}

export function officialTooltip(entry: OfficialEntry): TooltipContent {
	const rows: Array<[string, string]> = [
		["Team", entry.team],
		["Top-5 error", `${entry.value}%`],
		["Training data", entry.data === "outside" ? "with outside data" : "supplied data only"],
		["Place", String(entry.place)],
	];
	if (entry.model) rows.splice(1, 0, ["Known as", entry.model]);
	if (entry.description) rows.push(["Entry", entry.description]);
	if (entry.from) rows.push(["From", entry.from]);
	// Where the figure was read: the year's results page, or the paper that prints it when the page could not be read.
	const text = /image-net\.org\/challenges\//.test(entry.url) ? "Results page" : /arxiv\.org\//.test(entry.url) ? "Paper" : "Source";
	return { title: `${entry.year} · official result`, rows, sources: [], links: [{ text, href: entry.url }] };
}
