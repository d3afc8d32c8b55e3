// @vitest-environment happy-dom
// The live results table as a person reads it: the user's notes (example-vault) as one row per year and
// a column per series, each model a link, each figure naming its sources, conflicts and approximate
// values in sight, and an empty state that says why.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderResultsTable, type ResultsTable, type ResultsTableOptions } from "../../src/charts/results-table";
import { TIMELINE_EMPTY_MESSAGE, TIMELINE_NO_TOP1_MESSAGE } from "../../src/charts/timeline";
import { buildModelFromTexts } from "../../src/model/build";
import type { AtlasModel } from "../../src/model/types";
import { callbacks, click, container, emptyModel, hoverOver } from "./fixtures";

const VAULT = resolve(__dirname, "../../example-vault");

function readVault(dir: string, files: Record<string, string> = {}): Record<string, string> {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) readVault(full, files);
		else if (name.endsWith(".md")) files[relative(VAULT, full).split("\\").join("/")] = readFileSync(full, "utf8");
	}
	return files;
}

const userModel = (() => {
	const model = buildModelFromTexts(readVault(VAULT));
	return () => model;
})();

let table: ResultsTable | null = null;
afterEach(() => {
	table?.destroy();
	table = null;
});

function render(options: ResultsTableOptions = {}, model: AtlasModel = userModel(), cb = callbacks()) {
	const host = container();
	table = renderResultsTable(host, model, options, cb);
	return { host, root: host.querySelector(".imagenet-results") as HTMLElement, cb };
}

/** The table as text: a row per year, each cell's text. */
function grid(root: Element): string[][] {
	return Array.from(root.querySelectorAll("tr"), (tr) => Array.from(tr.children, (cell) => cell.textContent ?? ""));
}

const figure = (root: Element, year: number, series = "winner") => root.querySelector<HTMLElement>(`.imagenet-results-value[data-year="${year}"][data-series="${series}"]`)!;
const tooltip = (root: Element) => root.querySelector(".imagenet-tooltip:not(.imagenet-tooltip-hidden)");

describe("the results table", () => {
	it("shows the user's notes as one row per year, the winner and the runner-up side by side", () => {
		const { root } = render();
		expect(root.querySelector("table")).not.toBeNull();
		expect(root.querySelector("caption")?.textContent).toBe("ILSVRC classification, top-5 error");
		const rows = grid(root);
		expect(rows[0]).toEqual(["Year", "Winner", "Runner-up"]);
		expect(rows.slice(1).map((r) => r[0])).toEqual(["2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017"]);
		expect(rows.find((r) => r[0] === "2012")).toEqual(["2012", "AlexNet15.3%", "Unnamed26.2%"]);
		expect(rows.find((r) => r[0] === "2014")).toEqual(["2014", "GoogLeNet6.7%", "VGGNet7.3%"]);
		expect(rows.find((r) => r[0] === "2010")).toEqual(["2010", "NEC-UIUC28.2%", "—"]);
	});

	it("shows a conflict as both values, says the record explains it, and names each value's sources", () => {
		const { root, cb } = render();
		const disputed = figure(root, 2013);
		expect(disputed.classList.contains("is-conflict")).toBe(true);
		expect(disputed.textContent).toBe("11.7% or ~11.2%");
		expect(disputed.querySelector(".is-approx")?.textContent).toBe("~11.2%");
		expect(disputed.closest("td")?.querySelector(".imagenet-results-note")?.textContent).toBe("Both official figures");

		hoverOver(disputed);
		const tip = tooltip(root);
		expect(tip?.textContent).toContain("2013 winner: ZFNet");
		expect(tip?.textContent).toContain("matches the official 11.743% (Clarifai, supplied data only)");
		expect(tip?.textContent).toContain("matches the official 11.197% (Clarifai, with outside training data)");
		const sources = Array.from(tip?.querySelectorAll(".imagenet-source-link") ?? [], (a) => a.textContent);
		expect(sources).toEqual(["ImageNet, line 110", "ImageNet and the ILSVRC, line 41"]);
		click(tip!.querySelectorAll(".imagenet-source-link")[1]);
		expect(cb.openSource).toHaveBeenCalledWith(expect.objectContaining({ path: "ImageNet and the ILSVRC.md", line: 41 }), expect.anything());
	});

	it("says 'sources differ' where the record does not explain a conflict, and nothing of the record when told not to", () => {
		const { root } = render({ explainConflicts: false });
		expect(figure(root, 2013).closest("td")?.querySelector(".imagenet-results-note")?.textContent).toBe("Sources differ");
		hoverOver(figure(root, 2013));
		expect(tooltip(root)?.textContent).not.toContain("official");
	});

	it("names every source of an agreed figure", () => {
		const { root } = render();
		hoverOver(figure(root, 2012));
		const sources = Array.from(tooltip(root)?.querySelectorAll(".imagenet-source-link") ?? [], (a) => a.textContent);
		expect(sources).toEqual(["ImageNet and the ILSVRC, line 40", "ImageNet, line 41", "ImageNet, line 109", "AlexNet, line 18"]);
	});

	it("links each model to its note: a click opens it, with the event for Ctrl/Cmd; hovering asks for the page preview", () => {
		const { root, cb } = render();
		const alexnet = Array.from(root.querySelectorAll<HTMLAnchorElement>("a.internal-link")).find((a) => a.textContent === "AlexNet")!;
		expect(alexnet.dataset.href).toBe("AlexNet");
		expect(alexnet.classList.contains("is-unresolved")).toBe(false);
		const event = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
		alexnet.dispatchEvent(event);
		expect(cb.open).toHaveBeenCalledWith("AlexNet", event);
		expect(event.defaultPrevented).toBe(true);
		alexnet.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(cb.hover).toHaveBeenCalledWith("AlexNet", expect.any(MouseEvent), alexnet);
		// A team with no note is shown as Obsidian shows an unresolved link.
		const team = Array.from(root.querySelectorAll("a.internal-link")).find((a) => a.textContent === "NEC-UIUC");
		expect(team?.classList.contains("is-unresolved")).toBe(true);
		// A middle click opens a new tab too; a right click is left to the browser.
		const middle = new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 });
		alexnet.dispatchEvent(middle);
		expect(cb.open).toHaveBeenLastCalledWith("AlexNet", middle);
		alexnet.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 2 }));
		expect(cb.open).toHaveBeenCalledTimes(2);
		// By keyboard: the link takes focus, and Enter opens it.
		expect(alexnet.tabIndex).toBe(0);
		const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
		alexnet.dispatchEvent(enter);
		expect(cb.open).toHaveBeenLastCalledWith("AlexNet", enter);
		// The target is note text: it is never an href the browser would follow ("javascript:...").
		expect(root.querySelectorAll("a[href]")).toHaveLength(0);
	});

	it("keeps to the years and series it is given, in the order given", () => {
		const { root } = render({ years: [2012, 2014], series: ["runner-up", "winner"] });
		const rows = grid(root);
		expect(rows[0]).toEqual(["Year", "Runner-up", "Winner"]);
		expect(rows.slice(1).map((r) => r[0])).toEqual(["2012", "2013", "2014"]);
	});

	it("redraws with the notes: a changed figure shows its new value", () => {
		const { root } = render();
		const model = userModel();
		table!.update({ ...model, results: model.results.map((p) => (p.year === 2014 && p.series === "winner" ? { ...p, value: 6.66 } : p)) });
		expect(figure(root, 2014).textContent).toBe("6.66%");
		expect(root.querySelectorAll("table")).toHaveLength(1);
	});

	it("says why it is empty: no results yet, none in the years asked for, no top-1 figures, or what the host knows", () => {
		expect(render({}, emptyModel()).root.querySelector(".imagenet-empty")?.textContent).toBe(TIMELINE_EMPTY_MESSAGE.replace(/`/g, ""));
		const outside = render({ years: [2030, 2031] }).root;
		expect(outside.querySelector("table")).toBeNull();
		expect(outside.querySelector(".imagenet-empty")?.textContent).toBe("None of your results is in these years and series. Your notes have results from 2010 to 2017.");
		expect(render({ metric: "top-1" }).root.querySelector(".imagenet-empty")?.textContent).toBe(TIMELINE_NO_TOP1_MESSAGE);
		expect(render({ emptyMessage: "No note is in scope." }, emptyModel()).root.querySelector(".imagenet-empty")?.textContent).toBe("No note is in scope.");
	});

	it("shows note text as text, never as markup", () => {
		const model = userModel();
		const hostile = "<img src=x onerror=alert(1)>";
		const { root } = render({}, { ...model, entities: [], results: model.results.map((p) => ({ ...p, entity: "", entrant: hostile })) });
		expect(root.querySelector("img")).toBeNull();
		expect(root.querySelector("a.internal-link")?.textContent).toBe(hostile);
	});
});
