// What both charts share: the callbacks to the host and the handle every chart offers it. The helpers
// live by job in dom.ts (elements, sizing, focus), format.ts (names and numbers), tooltip.ts (the
// tooltip and its placement) and tooltip-delegate.ts (its listeners); they are re-exported here, where
// the views and the charts import them.
import type { AtlasModel, Source } from "../model/types";

export interface ChartCallbacks {
	/** Click / Enter on a point or node, or on a model name: open its note. linktext is the entity's note name or name. */
	open(linktext: string, event: MouseEvent | KeyboardEvent): void;
	/** A source in the tooltip was clicked: open that note at that line. */
	openSource(source: Source, event: MouseEvent | KeyboardEvent): void;
	/** Mouse over a point/node (the host shows Obsidian's page preview when the modifier is held). */
	hover(linktext: string, event: MouseEvent, target: Element): void;
	/** Optional: state changed (series toggled, zoom, selection), so the host can persist it. */
	stateChanged?(): void;
	/** Optional: the empty state's button opens the plugin's settings (absent: no button). */
	openSettings?: () => void;
}

/** What every chart's handle offers its host: redraw, state kept across sessions, resize, export, teardown. */
export interface Chart<State, Options> {
	update(model: AtlasModel, options?: Partial<Options>): void;
	getState(): State;
	setState(state: Partial<State>): void;
	resize(): void;
	svg(): SVGSVGElement;
	destroy(): void;
}

export * from "./dom";
export * from "./format";
export * from "./tooltip";
export * from "./tooltip-delegate";
