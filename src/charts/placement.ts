// Placing a box (a tooltip, a row of labels) beside what it belongs to: inside the pane, off its own
// anchor, over as little of the rest (points, lines, other labels) as it can. Pure geometry.

/** A box in pixels; as something not to cover, it may weigh more than its area (a point one can click). */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
	weight?: number;
}

export const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

export function boxAt(left: number, top: number, width: number, height: number): Box {
	return { left, top, right: left + width, bottom: top + height };
}

/** A square of `half` pixels each side of (x, y): a point, as something not to cover. */
export function around(x: number, y: number, half: number): Box {
	return { left: x - half, top: y - half, right: x + half, bottom: y + half };
}

/** The area two boxes share, 0 when they are apart. */
export function overlap(a: Box, b: Box): number {
	const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return width > 0 && height > 0 ? width * height : 0;
}

export function overlapAll(a: Box, obstacles: readonly Box[]): number {
	let sum = 0;
	for (const b of obstacles) sum += overlap(a, b) * (b.weight ?? 1);
	return sum;
}

/**
 * Small boxes every `step` pixels along a polyline, so a box can tell how much of the line it would
 * hide; each weighs three times its area, as a line under text makes both hard to read.
 */
export function alongLine(points: ReadonlyArray<readonly [number, number]>, step = 4): Box[] {
	const out: Box[] = [];
	for (let i = 1; i < points.length; i++) {
		const [x0, y0] = points[i - 1];
		const [x1, y1] = points[i];
		const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
		for (let k = 0; k <= n; k++) out.push({ ...around(x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n, 2), weight: 3 });
	}
	return out;
}

/**
 * Where a box of `size` goes beside `anchor`, inside `pane`: right or left of it, above or below it
 * running right or left from it, or beside it running up or down. The first spot that covers nothing
 * wins; else the one that covers least, and any spot clear of the anchor before one that covers it.
 */
export function placeBeside(anchor: Box, size: { width: number; height: number }, pane: Box, obstacles: readonly Box[], gap = 8): { x: number; y: number; score: number } {
	const { width: w, height: h } = size;
	const cx = (anchor.left + anchor.right) / 2;
	const cy = (anchor.top + anchor.bottom) / 2;
	const [right, left, above, below] = [anchor.right + gap, anchor.left - gap - w, anchor.top - gap - h, anchor.bottom + gap];
	// Pairs of x, y.
	const candidates = [right, cy - h / 2, left, cy - h / 2, cx - 12, above, cx + 12 - w, above, cx - 12, below, cx + 12 - w, below, right, anchor.bottom - h, right, anchor.top, left, anchor.bottom - h, left, anchor.top];
	let best = { x: 0, y: 0, score: Infinity };
	for (let i = 0; i < candidates.length && best.score > 0; i += 2) {
		const x = Math.max(pane.left, Math.min(candidates[i], pane.right - w));
		const y = Math.max(pane.top, Math.min(candidates[i + 1], pane.bottom - h));
		const spot = boxAt(x, y, w, h);
		const score = (overlap(spot, anchor) > 0 ? 1e9 : 0) + overlapAll(spot, obstacles);
		if (score < best.score) best = { x, y, score };
	}
	return best;
}
