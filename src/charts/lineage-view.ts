// Where the lineage graph sits in its pane: fitted, never below a readable scale unless asked, and
// zoomed about the pane's centre. Pure arithmetic on sizes; the chart applies the result.

/** Space kept around the graph, in graph units. */
export const PAD = 24;
/** Room at the top of the pane for the toolbar. */
const TOOLBAR_ROOM = 40;
export const MIN_SCALE = 0.2;
const MAX_SCALE = 3;

export interface View {
	x: number;
	y: number;
	k: number;
}

type Size = { width: number; height: number };

/**
 * The view that fits `graph` in `pane`, at no less than `least` scale: a graph larger than the pane at
 * that scale starts at its earliest year, top left, and pans from there; a smaller one is centred.
 */
export function fittedView(graph: Size, pane: Size, least: number): View {
	// The toolbar sits over the top of the pane: the graph starts below it.
	const top = TOOLBAR_ROOM;
	const room = Math.max(40, pane.height - top);
	const fitted = Math.min(pane.width / (graph.width + 2 * PAD), room / (graph.height + 2 * PAD), 1.25);
	const k = Math.max(least, fitted);
	const x = graph.width * k + 2 * PAD <= pane.width ? (pane.width - graph.width * k) / 2 : PAD;
	const y = top + (graph.height * k + 2 * PAD <= room ? Math.max(PAD * k, (room - graph.height * k) / 2) : PAD / 2);
	return { x, y, k };
}

/** `view` zoomed by `factor` about the pane's centre, kept between the least and the largest scale. */
export function zoomedAbout(view: View, factor: number, pane: Size): View {
	const { x, y, k } = view;
	const cx = pane.width / 2;
	const cy = pane.height / 2;
	const k1 = Math.min(MAX_SCALE, Math.max(MIN_SCALE, k * factor));
	return { x: cx - ((cx - x) * k1) / k, y: cy - ((cy - y) * k1) / k, k: k1 };
}
