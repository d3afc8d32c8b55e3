// Wheel zoom, drag pan and two-finger pinch for an SVG, in about 1 KB. It replaced d3-zoom, which with
// d3-transition, d3-drag, d3-timer, d3-ease and d3-dispatch added about 26 KB to main.js for what the
// lineage graph needs of it: the same gestures, the same wheel speed, no animation.
export interface View {
	x: number;
	y: number;
	k: number;
}

export interface PanZoomOptions {
	scaleExtent: [number, number];
	/** Whether this wheel event zooms; when it does not, the page scrolls as usual. */
	wheelAllowed(event: WheelEvent): boolean;
	/** Every change of the view; `user` when a gesture made it. */
	change(view: View, user: boolean): void;
	/** A gesture came to rest: a drag released, a wheel still for a moment. */
	end(): void;
}

interface Point {
	x: number;
	y: number;
}

export class PanZoom {
	view: View = { x: 0, y: 0, k: 1 };
	/** The size of the svg's view box, for translateTo. */
	width = 0;
	height = 0;
	private readonly pointers = new Map<number, Point>();
	private gesture: { view: View; points: Point[] } | null = null;
	private moved = false;
	private wheelTimer: number | null = null;
	private readonly win: Window;

	constructor(
		private readonly svg: SVGSVGElement,
		private readonly opts: PanZoomOptions,
	) {
		this.win = svg.ownerDocument.defaultView ?? window;
		svg.addEventListener("wheel", this.onWheel, { passive: false });
		svg.addEventListener("pointerdown", this.onPointerDown);
	}

	/** Sets the view (the scale kept within its extent) and reports it. */
	set(view: View, user = false): void {
		const [min, max] = this.opts.scaleExtent;
		this.view = { x: view.x, y: view.y, k: Math.min(max, Math.max(min, view.k)) };
		this.opts.change(this.view, user);
	}

	/** Centres the point (x, y) of the drawing, at the current scale. */
	translateTo(x: number, y: number): void {
		const k = this.view.k;
		this.set({ x: this.width / 2 - x * k, y: this.height / 2 - y * k, k });
	}

	destroy(): void {
		this.svg.removeEventListener("wheel", this.onWheel);
		this.svg.removeEventListener("pointerdown", this.onPointerDown);
		this.stopListening();
		if (this.wheelTimer !== null) this.win.clearTimeout(this.wheelTimer);
	}

	/** The event's position in the svg's own units (its view box is its size). */
	private point(event: MouseEvent): Point {
		const rect = this.svg.getBoundingClientRect();
		const x = event.clientX - rect.left;
		const y = event.clientY - rect.top;
		// An event without a position (synthetic) zooms about the middle.
		return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : { x: this.width / 2, y: this.height / 2 };
	}

	private readonly onWheel = (event: WheelEvent): void => {
		if (!this.opts.wheelAllowed(event)) return;
		event.preventDefault();
		// d3-zoom's wheel speed: lines and pages are larger steps than pixels, a pinch on a touchpad faster.
		const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
		const { x, y, k } = this.view;
		const [min, max] = this.opts.scaleExtent;
		const k1 = Math.min(max, Math.max(min, k * Math.pow(2, -event.deltaY * unit * (event.ctrlKey ? 10 : 1))));
		const p = this.point(event);
		// The point under the pointer stays where it is.
		this.set({ x: p.x - ((p.x - x) * k1) / k, y: p.y - ((p.y - y) * k1) / k, k: k1 }, true);
		if (this.wheelTimer !== null) this.win.clearTimeout(this.wheelTimer);
		this.wheelTimer = this.win.setTimeout(() => {
			this.wheelTimer = null;
			this.opts.end();
		}, 150);
	};

	private readonly onPointerDown = (event: PointerEvent): void => {
		// The main button only, and not with Ctrl (Ctrl+click opens a node in a new tab).
		if (event.button !== 0 || event.ctrlKey || this.pointers.size >= 2) return;
		if (!this.pointers.size) {
			this.moved = false;
			this.win.addEventListener("pointermove", this.onPointerMove);
			this.win.addEventListener("pointerup", this.onPointerUp);
			this.win.addEventListener("pointercancel", this.onPointerUp);
		}
		this.pointers.set(event.pointerId, this.point(event));
		this.restart();
	};

	/** A gesture starts again from here whenever a finger comes or goes. */
	private restart(): void {
		this.gesture = this.pointers.size ? { view: { ...this.view }, points: [...this.pointers.values()] } : null;
	}

	private readonly onPointerMove = (event: PointerEvent): void => {
		if (!this.pointers.has(event.pointerId) || !this.gesture) return;
		this.pointers.set(event.pointerId, this.point(event));
		event.preventDefault();
		const now = [...this.pointers.values()];
		const { view, points } = this.gesture;
		if (now.length === 1) {
			const dx = now[0].x - points[0].x;
			const dy = now[0].y - points[0].y;
			if (!this.moved && dx * dx + dy * dy === 0) return;
			this.moved = true;
			this.set({ x: view.x + dx, y: view.y + dy, k: view.k }, true);
		} else {
			// Pinch: the scale follows the fingers' distance, the point between them stays under them.
			const d0 = Math.hypot(points[1].x - points[0].x, points[1].y - points[0].y) || 1;
			const d1 = Math.hypot(now[1].x - now[0].x, now[1].y - now[0].y);
			const m0 = { x: (points[0].x + points[1].x) / 2, y: (points[0].y + points[1].y) / 2 };
			const m1 = { x: (now[0].x + now[1].x) / 2, y: (now[0].y + now[1].y) / 2 };
			const [min, max] = this.opts.scaleExtent;
			const k = Math.min(max, Math.max(min, (view.k * d1) / d0));
			this.moved = true;
			this.set({ x: m1.x - ((m0.x - view.x) * k) / view.k, y: m1.y - ((m0.y - view.y) * k) / view.k, k }, true);
		}
	};

	private readonly onPointerUp = (event: PointerEvent): void => {
		if (!this.pointers.delete(event.pointerId)) return;
		this.restart();
		if (this.pointers.size) return;
		this.stopListening();
		if (this.moved) {
			// A drag is not a click: the click that follows the release must not select or open a node.
			const swallow = (click: Event) => {
				click.stopImmediatePropagation();
				click.preventDefault();
			};
			this.win.addEventListener("click", swallow, true);
			this.win.setTimeout(() => this.win.removeEventListener("click", swallow, true), 0);
			this.opts.end();
		}
	};

	private stopListening(): void {
		this.pointers.clear();
		this.gesture = null;
		this.win.removeEventListener("pointermove", this.onPointerMove);
		this.win.removeEventListener("pointerup", this.onPointerUp);
		this.win.removeEventListener("pointercancel", this.onPointerUp);
	}
}
