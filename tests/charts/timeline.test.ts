// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTimeline, TIMELINE_EMPTY_MESSAGE, TIMELINE_NO_TOP1_MESSAGE, type TimelineChart } from "../../src/charts/timeline";
import { callbacks, click, container, emptyModel, hoverOver, ilsvrcModel, key, PASTED, src } from "./fixtures";

let chart: TimelineChart | null = null;
afterEach(() => {
	chart?.destroy();
	chart = null;
});

function render(options = {}, cb = callbacks(), model = ilsvrcModel()) {
	const host = container();
	chart = renderTimeline(host, model, options, cb);
	const root = host.querySelector(".imagenet-timeline") as HTMLElement;
	return { host, root, cb, chart };
}

const points = (root: Element, series = "winner") =>
	Array.from(root.querySelectorAll<SVGElement>(`.imagenet-point[data-series="${series}"]`));

describe("timeline", () => {
	it("draws one winner point per year with its value, and a line through them", () => {
		const { root } = render();
		expect(root).toBeTruthy();
		const winners = points(root).filter((p) => p.getAttribute("data-year") !== "2013");
		expect(winners.map((p) => [p.getAttribute("data-year"), p.getAttribute("data-value")])).toEqual([
			["2010", "28.2"],
			["2011", "25.8"],
			["2012", "15.3"],
			["2014", "6.7"],
			["2015", "3.57"],
			["2016", "2.99"],
			["2017", "2.25"],
		]);
		expect(root.querySelectorAll(".imagenet-series-line").length).toBe(1);
		const svg = root.querySelector("svg") as SVGSVGElement;
		expect(svg.getAttribute("width")).toBe("600");
		expect(svg.getAttribute("height")).toBe("360");
	});

	it("draws every point of a year at that year's x, also points that share a column", () => {
		const model = ilsvrcModel();
		const entry = (year: number, value: number, entrant: string) => ({ ...model.results[0], series: "top entries", year, value, entrant, entity: entrant });
		// Three entries of one series in 2014 in a row, then one in 2015.
		model.results.push(entry(2014, 9.1, "A"), entry(2014, 8.2, "B"), entry(2014, 7.4, "C"), entry(2015, 5.0, "D"));
		const { root } = render({}, callbacks(), model);
		// Where a point is drawn across: its own cx, or the translate of the group that holds it.
		const xOf = (p: Element) => {
			if (p.hasAttribute("cx")) return Number(p.getAttribute("cx"));
			const shift = /translate\(([-\d.e]+),/.exec(p.parentElement?.getAttribute("transform") ?? "");
			return shift ? Number(shift[1]) : 0;
		};
		const at = (series: string, year: number) => points(root, series).filter((p) => p.getAttribute("data-year") === String(year));
		const winner2014 = xOf(at("winner", 2014)[0]);
		const winner2015 = xOf(at("winner", 2015)[0]);
		expect(winner2015).toBeGreaterThan(winner2014);
		expect(at("top entries", 2014).map(xOf)).toEqual([winner2014, winner2014, winner2014]);
		expect(at("top entries", 2015).map(xOf)).toEqual([winner2015]);
		// In the order of the results, so Tab goes through them as before.
		expect(points(root, "top entries").map((p) => p.getAttribute("aria-label"))).toEqual([
			"2014 top entries A, 9.1%, no note yet",
			"2014 top entries B, 8.2%, no note yet",
			"2014 top entries C, 7.4%, no note yet",
			"2015 top entries D, 5%, no note yet",
		]);
	});

	it("labels the axes and shows years as integers", () => {
		const { root } = render();
		const labels = Array.from(root.querySelectorAll(".imagenet-axis-label")).map((t) => t.textContent);
		expect(labels).toEqual(["ILSVRC year", "Top-5 error (%)"]);
		const ticks = Array.from(root.querySelectorAll(".imagenet-axis-x .tick text")).map((t) => t.textContent);
		expect(ticks).toContain("2012");
		expect(ticks.every((t) => /^\d{4}$/.test(t ?? ""))).toBe(true);
	});

	it("draws no point at zero for a missing value or a missing year", () => {
		const model = ilsvrcModel();
		model.results = model.results.filter((r) => r.year !== 2011);
		model.results.push({ ...model.results[0], year: 2011, value: Number.NaN });
		const { root } = render({}, callbacks(), model);
		expect(root.querySelector('.imagenet-point[data-year="2011"]')).toBeNull();
		expect(root.querySelector('.imagenet-point[data-value="0"]')).toBeNull();
		expect(root.querySelector('.imagenet-point[data-value="NaN"]')).toBeNull();
		// The winners' line breaks at the missing year instead of running through zero.
		const d = root.querySelector(".imagenet-series-line")?.getAttribute("d") ?? "";
		expect(d.match(/M/g)).toHaveLength(2);
	});

	it("draws a conflict as a bracket beside both values, each value labelled, the approximate one hollow", () => {
		const { root } = render();
		const y2013 = points(root).filter((p) => p.getAttribute("data-year") === "2013");
		expect(y2013.map((p) => p.getAttribute("data-value")).sort()).toEqual(["11.2", "11.7"]);
		const approx = y2013.find((p) => p.getAttribute("data-value") === "11.2") as SVGElement;
		const exact = y2013.find((p) => p.getAttribute("data-value") === "11.7") as SVGElement;
		expect(approx.classList.contains("imagenet-point-approx")).toBe(true);
		expect(exact.classList.contains("imagenet-point-approx")).toBe(false);
		// One bracket, with the contract's year and series, and a label for each value, the higher error on top.
		const conflict = root.querySelector(".imagenet-conflict") as SVGGElement;
		const bracket = conflict.querySelector('.imagenet-conflict-range[data-year="2013"][data-series="winner"]') as SVGPathElement;
		expect(bracket).toBeTruthy();
		const labels = Array.from(conflict.querySelectorAll(".imagenet-conflict-label"));
		expect(labels.map((l) => l.textContent)).toEqual(["11.7%", "~11.2%"]);
		// The labels stand a line apart, and the bracket's spine reaches both values.
		const [top, bottom] = labels.map((l) => Number(l.getAttribute("y")));
		expect(bottom - top).toBeGreaterThanOrEqual(13);
		const spine = /^M([\d.]+),([\d.]+)V([\d.]+)/.exec(bracket.getAttribute("d") ?? "");
		expect(spine).not.toBeNull();
		const [y1, y2] = [Number(spine![2]), Number(spine![3])];
		for (const cy of y2013.map((p) => Number(p.getAttribute("cy")))) {
			expect(cy).toBeGreaterThanOrEqual(y1 - 0.01);
			expect(cy).toBeLessThanOrEqual(y2 + 0.01);
		}
		// Beside the points, never over them: the spine is clear of both.
		const xs = y2013.map((p) => Number(p.getAttribute("cx") || /translate\(([-\d.]+),/.exec(p.parentElement?.getAttribute("transform") ?? "")?.[1]));
		const spineX = Number(spine![1]);
		expect(xs.every((x) => Math.abs(x - spineX) >= 8)).toBe(true);
		// No official entry explains these two values: the bracket warns, and the legend's key says so.
		expect(conflict.classList.contains("imagenet-conflict-unexplained")).toBe(true);
		expect(root.querySelector(".imagenet-legend-key.imagenet-conflict-unexplained")?.textContent).toBe("sources differ");
	});

	it("draws a conflict the official record explains calmly, not as an error", () => {
		const model = ilsvrcModel();
		const official = (value: number, data: "supplied" | "outside") => ({ value, team: "Clarifai", description: "", task: "classification" as const, url: "https://image-net.org/challenges/LSVRC/2013/results", data, precision: 0.001, verdict: "matches" as const });
		const conflict = model.results[3].conflict!;
		conflict[0].official = official(11.743, "supplied");
		conflict[1].official = official(11.197, "outside");
		const { root } = render({}, callbacks(), model);
		const drawn = root.querySelector(".imagenet-conflict") as SVGGElement;
		expect(drawn.classList.contains("imagenet-conflict-explained")).toBe(true);
		expect(drawn.classList.contains("imagenet-conflict-unexplained")).toBe(false);
		expect(Array.from(drawn.querySelectorAll(".imagenet-conflict-label")).map((l) => l.textContent)).toEqual(["11.7%", "~11.2%"]);
		expect(root.querySelector(".imagenet-legend-key.imagenet-conflict-explained")).toBeTruthy();
		const point = root.querySelector('.imagenet-point[data-year="2013"]') as SVGElement;
		expect(point.getAttribute("aria-label")).toContain("sources differ, both official");
		point.focus();
		expect(root.querySelector(".imagenet-tooltip")?.textContent).toContain("Both are official figures; both are kept.");
	});

	it("labels every conflict of the chart, and keeps a hidden series' conflicts out", () => {
		const model = ilsvrcModel();
		const runnerUp = model.results[8];
		runnerUp.conflict = [
			{ value: 26.2, approx: false, sources: runnerUp.sources },
			{ value: 26.9, approx: false, sources: [src(PASTED, 40, "2012ISI26.9%")] },
		];
		const { root, chart } = render({}, callbacks(), model);
		const labelsOf = () => Array.from(root.querySelectorAll(".imagenet-conflict")).map((g) => Array.from(g.querySelectorAll(".imagenet-conflict-label")).map((l) => l.textContent));
		expect(labelsOf()).toEqual([["11.7%", "~11.2%"], ["26.9%", "26.2%"]]);
		chart.setState({ hiddenSeries: ["runner-up"] });
		expect(labelsOf()).toEqual([["11.7%", "~11.2%"]]);
		expect(root.querySelector('.imagenet-conflict-range[data-series="runner-up"]')).toBeNull();
	});

	it("draws other series as points of their own class", () => {
		const { root } = render();
		const runner = points(root, "runner-up");
		expect(runner).toHaveLength(1);
		expect(runner[0].getAttribute("data-value")).toBe("26.2");
		expect(runner[0].classList.contains("imagenet-point-runner-up")).toBe(true);
		expect(runner[0].classList.contains("imagenet-point-winner")).toBe(false);
	});

	it("shows the human baseline from the model's fact, or from the option", () => {
		const { root } = render();
		expect(root.querySelector(".imagenet-baseline-line")).toBeTruthy();
		expect(root.querySelector(".imagenet-baseline-label")?.textContent).toBe("Human (5.1%)");
		chart!.update(ilsvrcModel(), { humanBaseline: 4.9 });
		expect(root.querySelector(".imagenet-baseline-label")?.textContent).toBe("Human (4.9%)");
		const noFact = ilsvrcModel();
		noFact.facts = [];
		chart!.update(noFact, { humanBaseline: undefined });
		expect(root.querySelector(".imagenet-baseline-line")).toBeNull();
	});

	it("annotates the largest year-on-year drop of the winners", () => {
		const { root } = render();
		expect(root.querySelector(".imagenet-annotation-label")?.textContent).toBe("\u221210.5 points, 2011\u21922012");
	});

	it("toggles a series off and on from the legend, with the mouse or the keyboard", () => {
		const { root, cb, chart } = render();
		const item = () => root.querySelector('.imagenet-legend-item[data-series="runner-up"]') as SVGElement;
		expect(item().getAttribute("aria-pressed")).toBe("true");
		click(item());
		expect(points(root, "runner-up")).toHaveLength(0);
		expect(chart.getState().hiddenSeries).toEqual(["runner-up"]);
		expect(item().getAttribute("aria-pressed")).toBe("false");
		expect(cb.stateChanged).toHaveBeenCalledTimes(1);
		key(item(), "Enter");
		expect(points(root, "runner-up")).toHaveLength(1);
		expect(chart.getState().hiddenSeries).toEqual([]);
		// The legend entry keeps focus across the redraw.
		item().focus();
		key(item(), " ");
		expect(document.activeElement).toBe(item());
		expect(points(root, "runner-up")).toHaveLength(0);
	});

	it("restores hidden series from options and state", () => {
		const { root, chart } = render({ hiddenSeries: ["winner"] });
		expect(points(root)).toHaveLength(0);
		expect(root.querySelector(".imagenet-series-line")).toBeNull();
		chart.setState({ hiddenSeries: [] });
		expect(points(root).length).toBeGreaterThan(0);
	});

	it("makes every point a focusable button with a spoken label and the contract's data attributes", () => {
		const { root } = render();
		const alex = root.querySelector('.imagenet-point[data-year="2012"][data-series="winner"]') as SVGElement;
		expect(alex.getAttribute("tabindex")).toBe("0");
		expect(alex.getAttribute("role")).toBe("button");
		expect(alex.getAttribute("aria-label")).toBe("2012 winner AlexNet, 15.3%");
		expect(alex.getAttribute("data-linktext")).toBe("AlexNet");
		// No entity known: the entrant is the link text.
		const trimps = root.querySelector('.imagenet-point[data-year="2016"]') as SVGElement;
		expect(trimps.getAttribute("data-linktext")).toBe("Trimps-Soushen");
	});

	it("opens the model's note on Enter and on click", () => {
		const { root, cb } = render();
		const alex = root.querySelector('.imagenet-point[data-year="2012"][data-series="winner"]') as SVGElement;
		key(alex, "Enter");
		expect(cb.open).toHaveBeenCalledWith("AlexNet", expect.any(KeyboardEvent));
		click(alex);
		expect(cb.open).toHaveBeenLastCalledWith("AlexNet", expect.any(MouseEvent));
	});

	it("moves focus to the next and previous year with the arrow keys", () => {
		const { root } = render();
		const at = (year: number) => root.querySelector(`.imagenet-point[data-series="winner"][data-year="${year}"]`) as SVGElement;
		at(2011).focus();
		key(at(2011), "ArrowRight");
		expect(document.activeElement).toBe(at(2012));
		key(at(2012), "ArrowRight");
		expect(document.activeElement?.getAttribute("data-year")).toBe("2013");
		key(document.activeElement as Element, "ArrowLeft");
		expect(document.activeElement).toBe(at(2012));
	});

	it("shows a tooltip with entrant, model, value and sources; a source opens its note at its line", () => {
		const { root, cb } = render();
		const alex = root.querySelector('.imagenet-point[data-year="2012"][data-series="winner"]') as SVGElement;
		hoverOver(alex);
		expect(cb.hover).toHaveBeenCalledWith("AlexNet", expect.any(MouseEvent), alex);
		const tip = root.querySelector(".imagenet-tooltip") as HTMLElement;
		expect(tip.classList.contains("imagenet-tooltip-hidden")).toBe(false);
		expect(tip.textContent).toContain("SuperVision");
		expect(tip.textContent).toContain("AlexNet");
		expect(tip.textContent).toContain("15.3%");
		const links = Array.from(tip.querySelectorAll(".imagenet-source-link"));
		expect(links.map((l) => l.textContent)).toEqual(["ImageNet history, line 12"]);
		click(links[0]);
		expect(cb.openSource).toHaveBeenCalledWith(expect.objectContaining({ path: "ImageNet history.md", line: 12 }), expect.any(MouseEvent));
	});

	it("says in the tooltip when a point's model has no note yet, and marks such points as unresolved", () => {
		const { root } = render();
		const at = (year: number) => root.querySelector(`.imagenet-point[data-series="winner"][data-year="${year}"]`) as SVGElement;
		const tip = root.querySelector(".imagenet-tooltip") as HTMLElement;
		// AlexNet has its own note; Trimps-Soushen is no model the vault has a note for.
		hoverOver(at(2012));
		expect(tip.querySelector(".imagenet-tooltip-hint")).toBeNull();
		expect(tip.textContent).not.toContain("No note yet");
		expect(at(2012).classList.contains("imagenet-point-unresolved")).toBe(false);
		hoverOver(at(2016));
		expect(tip.querySelector(".imagenet-tooltip-hint")?.textContent).toBe("No note yet: click to create");
		expect(at(2016).classList.contains("imagenet-point-unresolved")).toBe(true);
		expect(at(2016).getAttribute("aria-label")).toBe("2016 winner Trimps-Soushen, 2.99%, no note yet");
		// The contract's attributes stay on every point, resolved or not.
		for (const p of [at(2012), at(2016)]) for (const name of ["data-year", "data-value", "data-series", "data-linktext"]) expect(p.hasAttribute(name)).toBe(true);
	});

	it("shows one tooltip at a time: moving to the next point replaces it", () => {
		const { root } = render();
		const at = (year: number) => root.querySelector(`.imagenet-point[data-series="winner"][data-year="${year}"]`) as SVGElement;
		hoverOver(at(2014));
		at(2014).dispatchEvent(new MouseEvent("mouseleave", { bubbles: false }));
		hoverOver(at(2015));
		const shown = root.querySelectorAll(".imagenet-tooltip:not(.imagenet-tooltip-hidden)");
		expect(shown).toHaveLength(1);
		expect(shown[0].querySelector(".imagenet-tooltip-title")?.textContent).toBe("2015 · winner");
		expect(shown[0].textContent).toContain("3.57%");
		expect(shown[0].textContent).not.toContain("6.7%");
		expect(at(2015).getAttribute("aria-describedby")).toBe(shown[0].id);
		expect(at(2014).hasAttribute("aria-describedby")).toBe(false);
	});

	it("lists every value of a conflict with its own sources", () => {
		const { root, cb } = render();
		const p = root.querySelector('.imagenet-point[data-year="2013"]') as SVGElement;
		p.focus();
		const tip = root.querySelector(".imagenet-tooltip") as HTMLElement;
		const groups = Array.from(tip.querySelectorAll(".imagenet-tooltip-group")).map((g) => g.textContent);
		expect(groups).toEqual(["11.7%", "~11.2%"]);
		const links = Array.from(tip.querySelectorAll<HTMLElement>(".imagenet-source-link"));
		expect(links.map((l) => l.textContent)).toEqual(["ImageNet history, line 13", "Pasted ILSVRC page, line 22"]);
		// Tab from the point enters the tooltip; Enter on a source opens it.
		key(p, "Tab");
		expect(document.activeElement).toBe(links[0]);
		key(links[1], "Enter");
		// Tab past the last source goes on to the next point, Shift+Tab from the first goes back.
		links[1].focus();
		key(links[1], "Tab");
		expect(document.activeElement?.getAttribute("data-focus-key")).toBe("point:winner:2013:1");
		expect(cb.openSource).toHaveBeenCalledWith(expect.objectContaining({ path: PASTED, line: 22 }), expect.any(KeyboardEvent));
	});

	it("marks the highlighted entity's points", () => {
		const { root, chart } = render();
		chart.highlight("alexnet");
		const marked = Array.from(root.querySelectorAll(".imagenet-point-highlighted"));
		expect(marked.map((m) => m.getAttribute("data-year"))).toEqual(["2012"]);
		expect(chart.getState().highlighted).toBe("alexnet");
		chart.highlight(null);
		expect(root.querySelectorAll(".imagenet-point-highlighted")).toHaveLength(0);
	});

	it("writes hostile note text as text, never as markup", () => {
		const model = ilsvrcModel();
		const hostile = "<img src=x onerror=alert(1)>";
		model.results[2] = { ...model.results[2], entrant: hostile, entity: "nobody", series: hostile };
		const { root } = render({}, callbacks(), model);
		const p = root.querySelector('.imagenet-point[data-year="2012"]') as SVGElement;
		expect(p.getAttribute("data-linktext")).toBe(hostile);
		hoverOver(p);
		expect(root.querySelector(".imagenet-tooltip")?.textContent).toContain(hostile);
		expect(document.querySelector("img")).toBeNull();
		expect(root.querySelector(`.imagenet-legend-item[data-series="${CSS.escape(hostile)}"]`)?.textContent).toBe(hostile);
	});

	it("shows what to write when there are no results", () => {
		const { root } = render({}, callbacks(), emptyModel());
		expect(root.querySelector(".imagenet-empty")?.textContent).toBe(TIMELINE_EMPTY_MESSAGE);
		expect(root.querySelectorAll(".imagenet-point")).toHaveLength(0);
		chart!.update(ilsvrcModel());
		expect(root.querySelector(".imagenet-empty")).toBeNull();
		expect(root.querySelectorAll(".imagenet-point").length).toBeGreaterThan(0);
	});

	it("says why it is empty: the host's reason when it gives one, years that hold none of the results, with a button to the settings", () => {
		const openSettings = vi.fn();
		const { root } = render({ emptyMessage: "No note in the folder Nowhere mentions ImageNet or ILSVRC yet." }, Object.assign(callbacks(), { openSettings }), emptyModel());
		expect(root.querySelector(".imagenet-empty-text")?.textContent).toBe("No note in the folder Nowhere mentions ImageNet or ILSVRC yet.");
		root.querySelector<HTMLButtonElement>(".imagenet-empty-settings")?.click();
		expect(openSettings).toHaveBeenCalledTimes(1);
		chart!.update(ilsvrcModel(), { years: [2020, 2022] });
		expect(root.querySelector(".imagenet-empty-text")?.textContent).toBe("None of your results is in these years and series. Your notes have results from 2010 to 2017.");
		chart!.update(ilsvrcModel(), { years: [2012, 2014] });
		expect(root.querySelector(".imagenet-empty")).toBeNull();
	});

	it("offers no settings button where the host has no settings to open", () => {
		const { root } = render({}, callbacks(), emptyModel());
		expect(root.querySelector(".imagenet-empty-settings")).toBeNull();
	});

	it("says why it is empty when the settings ask for top-1 and the notes give none, and labels the axis by the metric", () => {
		const { root } = render({ metric: "top-1" });
		expect(root.querySelector(".imagenet-empty")?.textContent).toBe(TIMELINE_NO_TOP1_MESSAGE);
		expect(root.querySelectorAll(".imagenet-point")).toHaveLength(0);
		const top1 = ilsvrcModel();
		top1.results.push({ ...top1.results[0], series: "top-1", value: 37.5 });
		chart!.update(top1);
		expect(root.querySelector(".imagenet-empty")).toBeNull();
		expect(root.querySelector(".imagenet-axis-label-y")?.textContent).toBe("Top-1 error (%)");
		expect(root.querySelector(".imagenet-baseline-line")).toBeNull();
	});

	it("honours the height option and a year window", () => {
		const { root } = render({ height: 420, years: [2012, 2015] });
		expect(root.querySelector("svg")?.getAttribute("height")).toBe("420");
		const years = new Set(Array.from(root.querySelectorAll(".imagenet-point")).map((p) => p.getAttribute("data-year")));
		expect([...years].sort()).toEqual(["2012", "2013", "2014", "2015"]);
	});

	it("leaves nothing behind when destroyed", () => {
		const { host, chart: c } = render();
		c.destroy();
		chart = null;
		expect(host.children).toHaveLength(0);
	});
});
