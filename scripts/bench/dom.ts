// A happy-dom window as the global one, for the parts of the benchmark that run the plugin's index and
// its onload in Node (the Obsidian stand-in needs `window` and `document`). Imported first by run.ts.
import { Window } from "happy-dom";

const win = new Window({ url: "http://127.0.0.1/", width: 1280, height: 800 });
const g = globalThis as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(win)) {
	if (key in g) continue;
	try {
		g[key] = (win as unknown as Record<string, unknown>)[key];
	} catch {
		// A getter that cannot be read outside the window: not needed here.
	}
}
// Classes live on the window's prototype chain in happy-dom: copy what a plugin may use globally.
for (const key of ["HTMLElement", "Element", "Node", "Document", "DocumentFragment", "SVGElement", "Event", "MouseEvent", "KeyboardEvent", "CustomEvent", "DOMParser", "getComputedStyle", "requestAnimationFrame", "cancelAnimationFrame", "ResizeObserver", "MutationObserver"]) {
	if (!(key in g) && key in win) g[key] = (win as unknown as Record<string, unknown>)[key];
}
g.window = win;
g.document = win.document;

export const benchWindow = win as unknown as Window & typeof globalThis;
