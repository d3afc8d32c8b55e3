// What a host asks of the timeline (its options), what it keeps across sessions (its state), the
// handle it gets, and what the timeline says when it has nothing to draw.
import type { Chart } from "./common";

export interface TimelineOptions {
	humanBaseline?: number;
	hiddenSeries?: string[];
	years?: [number, number];
	height?: number;
	/** Default "ILSVRC classification". */
	benchmark?: string;
	/** Say, in the tooltip, which official entry each value matches (default true). */
	explainConflicts?: boolean;
	/** Draw the official field behind the notes' series from the start (default false; the legend toggles it). */
	official?: boolean;
	/** The error the settings show: the axis says it, and the human baseline (a top-5 figure) is drawn for top-5 only. */
	metric?: "top-5" | "top-1";
	/** What to say when the notes give no result at all, where the host knows why (a filter that matches no note). */
	emptyMessage?: string;
}

export interface TimelineState {
	hiddenSeries: string[];
	/** Whether the official field is drawn (a layer, apart from the notes' series). */
	official: boolean;
	highlighted: string | null;
}

export interface TimelineChart extends Chart<TimelineState, TimelineOptions> {
	highlight(entityId: string | null): void;
}

/** The most results one timeline draws, so a huge vault cannot freeze the pane. */
export const MAX_DRAWN_POINTS = 10_000;

export const TIMELINE_EMPTY_MESSAGE =
	"No ILSVRC results yet. Add a table with Year, Winner and Top-5 error columns to a note that mentions ImageNet.";

/** What a timeline or table limited to some years says when none of the results is in them. */
export function noResultsInYearsMessage(years: number[]): string {
	const sorted = [...years].sort((a, b) => a - b);
	return `None of your results is in these years and series. Your notes have results from ${sorted[0]} to ${sorted[sorted.length - 1]}.`;
}

export const TIMELINE_NO_TOP1_MESSAGE =
	'Your notes give no top-1 error yet, and the settings ask for top-1 ("Error shown"). Add a Top-1 error column to a results table, or show top-5 error.';
