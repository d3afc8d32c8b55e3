// A link to a place in a note (a figure's source, an issue's line): a click opens the note at that line.
import type { App } from "obsidian";
import type { Source } from "../model/types";

/** Adds the link to `parent`; `opened` runs after the note is asked to open (a modal closes itself). */
export function sourceLink(parent: HTMLElement, app: App, source: Pick<Source, "path" | "line">, text: string, cls: string, opened: () => void): HTMLAnchorElement {
	const link = parent.createEl("a", { cls, text, href: "#", attr: { "data-path": source.path, "data-line": String(source.line) } });
	link.addEventListener("click", (event) => {
		event.preventDefault();
		void app.workspace.openLinkText(source.path, "", false, { eState: { line: Math.max(0, source.line - 1) } });
		opened();
	});
	return link;
}

/** "ImageNet, line 110": a source as the lists name it. */
export function placeLabel(source: Pick<Source, "path" | "line">): string {
	return `${source.path.replace(/\.md$/, "")}, line ${source.line}`;
}
