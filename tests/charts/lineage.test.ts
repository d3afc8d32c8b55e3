// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { LINEAGE_EMPTY_MESSAGE, renderLineage, type LineageChart } from "../../src/charts/lineage";
import { layoutLineage } from "../../src/charts/lineage-layout";
import { walk } from "../../src/charts/lineage-walk";
import type { AtlasModel } from "../../src/model/types";
import { callbacks, click, container, emptyModel, hoverOver, ilsvrcModel, key } from "./fixtures";

let chart: LineageChart | null = null;
afterEach(() => {
	chart?.destroy();
	chart = null;
});

function render(options = {}, model: AtlasModel = ilsvrcModel(), cb = callbacks()) {
	const host = container();
	chart = renderLineage(host, model, options, cb);
	const root = host.querySelector(".imagenet-lineage") as HTMLElement;
	return { host, root, cb, chart };
}

const node = (root: Element, id: string) => root.querySelector(`.imagenet-node[data-node="${id}"]`) as SVGGElement;
const translate = (g: Element) => g.getAttribute("transform");
const xOf = (g: Element) => Number(/translate\(([-\d.e]+)/.exec(translate(g) ?? "")?.[1]);

describe("lineage", () => {
	it("draws every model as a node with the contract's data attributes", () => {
		const { root } = render();
		const nodes = Array.from(root.querySelectorAll(".imagenet-node"));
		expect(nodes.map((n) => n.getAttribute("data-node")).sort()).toEqual(
			["alexnet", "googlenet", "lenet", "resnet", "senet", "vggnet", "zfnet"],
		);
		const alex = node(root, "alexnet");
		// The note's basename when the model has a note, else its name.
		expect(alex.getAttribute("data-linktext")).toBe("AlexNet");
		expect(node(root, "zfnet").getAttribute("data-linktext")).toBe("ZFNet");
		expect(alex.getAttribute("tabindex")).toBe("0");
		expect(alex.getAttribute("aria-label")).toContain("AlexNet, 2012");
		expect(alex.querySelector(".imagenet-node-name")?.textContent).toBe("AlexNet");
	});

	it("puts ILSVRC winner results on their models as badges", () => {
		const { root } = render();
		expect(node(root, "alexnet").querySelector(".imagenet-badge-label")?.textContent).toBe("15.3%");
		const zf = node(root, "zfnet").querySelector(".imagenet-badge");
		expect(zf?.classList.contains("imagenet-badge-conflict")).toBe(true);
		expect(zf?.textContent).toBe("11.7% / ~11.2%");
		expect(node(root, "vggnet").querySelector(".imagenet-badge")).toBeNull();
	});

	it("lays out one column per year, in year order, and models without a year last", () => {
		const { root } = render();
		const x = (id: string) => xOf(node(root, id)) + Number(node(root, id).querySelector("rect")?.getAttribute("width")) / 2;
		expect(x("alexnet")).toBeLessThan(x("zfnet"));
		expect(x("zfnet")).toBeLessThan(x("vggnet"));
		expect(x("vggnet")).toBe(x("googlenet"));
		expect(x("resnet")).toBeLessThan(x("senet"));
		expect(x("senet")).toBeLessThan(x("lenet"));
		const labels = Array.from(root.querySelectorAll(".imagenet-year-label")).map((t) => t.textContent);
		expect(labels).toEqual(["2012", "2013", "2014", "2015", "2017", "No year"]);
	});

	it("gives the same positions for the same model, whatever the input order", () => {
		const a = render();
		const first = Array.from(a.root.querySelectorAll(".imagenet-node")).map((n) => [n.getAttribute("data-node"), translate(n)]);
		const shuffled = ilsvrcModel();
		shuffled.lineage.nodes.reverse();
		shuffled.lineage.edges.reverse();
		const b = render({}, shuffled);
		const second = Array.from(b.root.querySelectorAll(".imagenet-node")).map((n) => [n.getAttribute("data-node"), translate(n)]);
		expect(second).toEqual(first);
	});

	it("draws edges with their ends and kinds, inferred ones dashed by class, with arrowheads", () => {
		const { root } = render();
		const edges = Array.from(root.querySelectorAll(".imagenet-edge"));
		expect(edges.map((e) => [e.getAttribute("data-from"), e.getAttribute("data-to"), e.getAttribute("data-kind")])).toEqual([
			["alexnet", "zfnet", "explicit"],
			["zfnet", "vggnet", "inferred"],
			["zfnet", "googlenet", "inferred"],
			["vggnet", "resnet", "explicit"],
			["resnet", "senet", "inferred"],
		]);
		const inferred = root.querySelector('.imagenet-edge[data-kind="inferred"]') as Element;
		expect(inferred.classList.contains("imagenet-edge-inferred")).toBe(true);
		const marker = /url\(#(.+)\)/.exec(inferred.getAttribute("marker-end") ?? "")?.[1];
		expect(root.querySelector(`marker[id="${marker}"]`)).toBeTruthy();
	});

	it("hides inferred edges when showInferred is false", () => {
		const { root, chart } = render({ showInferred: false });
		const kinds = Array.from(root.querySelectorAll(".imagenet-edge")).map((e) => e.getAttribute("data-kind"));
		expect(kinds).toEqual(["explicit", "explicit"]);
		chart.update(ilsvrcModel(), { showInferred: true });
		expect(root.querySelectorAll('.imagenet-edge[data-kind="inferred"]')).toHaveLength(3);
	});

	it("selects a clicked node, lights up its ancestors and descendants, fades the rest, and opens it", () => {
		const { root, cb, chart } = render();
		click(node(root, "zfnet"));
		expect(cb.open).toHaveBeenCalledWith("ZFNet", expect.any(MouseEvent));
		expect(chart.getState().selected).toBe("zfnet");
		expect(root.classList.contains("imagenet-has-selection")).toBe(true);
		expect(node(root, "zfnet").classList.contains("imagenet-node-selected")).toBe(true);
		expect(node(root, "alexnet").classList.contains("imagenet-node-ancestor")).toBe(true);
		for (const id of ["vggnet", "googlenet", "resnet", "senet"]) {
			expect(node(root, id).classList.contains("imagenet-node-descendant")).toBe(true);
		}
		expect(node(root, "lenet").classList.contains("imagenet-node-related")).toBe(false);
		const related = Array.from(root.querySelectorAll(".imagenet-edge-related")).map((e) => e.getAttribute("data-to"));
		expect(related.sort()).toEqual(["googlenet", "resnet", "senet", "vggnet", "zfnet"]);
		key(node(root, "zfnet"), "Escape");
		expect(chart.getState().selected).toBeNull();
		expect(root.classList.contains("imagenet-has-selection")).toBe(false);
	});

	it("opens a node with Enter and walks the graph with the arrow keys", () => {
		const { root, cb } = render();
		const alex = node(root, "alexnet");
		alex.focus();
		key(alex, "Enter");
		expect(cb.open).toHaveBeenCalledWith("AlexNet", expect.any(KeyboardEvent));
		key(alex, "ArrowRight");
		expect(document.activeElement).toBe(node(root, "zfnet"));
		key(node(root, "zfnet"), "ArrowLeft");
		expect(document.activeElement).toBe(node(root, "alexnet"));
	});

	it("does not hang on a cycle", () => {
		const model = ilsvrcModel();
		model.lineage.edges.push({ from: "senet", to: "alexnet", kind: "explicit", sources: [] });
		model.lineage.edges.push({ from: "lenet", to: "lenet", kind: "explicit", sources: [] });
		const { root, chart } = render({}, model);
		chart.select("resnet");
		expect(node(root, "alexnet").classList.contains("imagenet-node-ancestor")).toBe(true);
		expect(node(root, "alexnet").classList.contains("imagenet-node-descendant")).toBe(true);
		expect(walk(model.lineage.edges, "lenet")).toEqual(new Set(["lenet"]));
		chart.update(model, { root: "ZFNet" });
		expect(root.querySelectorAll(".imagenet-node").length).toBe(6);
	});

	it("shows only a model's ancestors and descendants with the root option", () => {
		const { root } = render({ root: "VGGNet" });
		const ids = Array.from(root.querySelectorAll(".imagenet-node")).map((n) => n.getAttribute("data-node"));
		expect(ids.sort()).toEqual(["alexnet", "resnet", "senet", "vggnet", "zfnet"]);
	});

	it("keeps selection and zoom in its state and restores them", () => {
		const { root, chart } = render();
		chart.setState({ selected: "resnet", transform: { x: 10, y: 20, k: 0.5 } });
		expect(chart.getState()).toEqual({ selected: "resnet", transform: { x: 10, y: 20, k: 0.5 } });
		expect(root.querySelector(".imagenet-viewport")?.getAttribute("transform")).toBe("translate(10,20) scale(0.5)");
		// A redraw keeps the view the user chose.
		chart.update(ilsvrcModel());
		expect(chart.getState().transform).toEqual({ x: 10, y: 20, k: 0.5 });
		chart.fit();
		expect(chart.getState().transform).not.toEqual({ x: 10, y: 20, k: 0.5 });
	});

	it("marks the current note's node and pans it into view", () => {
		const { root, chart } = render();
		chart.setState({ transform: { x: 0, y: 0, k: 1 } });
		chart.highlight("senet", true);
		expect(node(root, "senet").classList.contains("imagenet-node-current")).toBe(true);
		const t = chart.getState().transform!;
		const box = node(root, "senet");
		const w = Number(box.querySelector("rect")?.getAttribute("width"));
		const cx = xOf(box) + w / 2;
		expect(t.x + cx * t.k).toBeCloseTo(300, 0);
		chart.highlight("AlexNet");
		expect(node(root, "alexnet").classList.contains("imagenet-node-current")).toBe(true);
		expect(node(root, "senet").classList.contains("imagenet-node-current")).toBe(false);
	});

	it("shows the model's sources in the tooltip and opens one on click", () => {
		const { root, cb } = render();
		const zf = node(root, "zfnet");
		hoverOver(zf);
		expect(cb.hover).toHaveBeenCalledWith("ZFNet", expect.any(MouseEvent), zf);
		const tip = root.querySelector(".imagenet-tooltip") as HTMLElement;
		expect(tip.textContent).toContain("Tuned AlexNet");
		const links = Array.from(tip.querySelectorAll(".imagenet-source-link"));
		expect(links.map((l) => l.textContent)).toContain("ZFNet, line 3");
		click(links.find((l) => l.textContent === "ZFNet, line 3") as Element);
		expect(cb.openSource).toHaveBeenCalledWith(expect.objectContaining({ path: "Models/ZFNet.md", line: 3 }), expect.any(MouseEvent));
	});

	it("writes hostile names as text", () => {
		const model = ilsvrcModel();
		const hostile = "<img src=x onerror=alert(1)>";
		model.lineage.nodes[0] = { ...model.lineage.nodes[0], name: hostile, note: undefined, innovation: hostile };
		const { root } = render({}, model);
		expect(node(root, "alexnet").getAttribute("data-linktext")).toBe(hostile);
		hoverOver(node(root, "alexnet"));
		expect(root.querySelector(".imagenet-tooltip")?.textContent).toContain(hostile);
		expect(document.querySelector("img")).toBeNull();
	});

	it("shows what to write when there are no models", () => {
		const { root, chart } = render({}, emptyModel());
		const empty = root.querySelector(".imagenet-empty");
		expect(empty?.textContent).toBe(LINEAGE_EMPTY_MESSAGE.replace(/`/g, ""));
		expect(empty?.querySelector("code")?.textContent).toBe('parent: "[[AlexNet]]"');
		chart.update(ilsvrcModel());
		expect(root.querySelector(".imagenet-empty")).toBeNull();
		expect(root.querySelectorAll(".imagenet-node")).toHaveLength(7);
	});

	it("leaves nothing behind when destroyed", () => {
		const { host, chart: c } = render();
		c.destroy();
		chart = null;
		expect(host.children).toHaveLength(0);
	});
});

describe("lineage layout", () => {
	it("places a large random graph without overlaps inside a column, deterministically", () => {
		const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, name: `Model ${i}`, year: 2010 + (i % 8) }));
		const edges = nodes.slice(1).map((n, i) => ({ from: `m${(i * 7) % (i + 1)}`, to: n.id, kind: "inferred" as const, sources: [] }));
		const size = () => ({ width: 100, height: 40 });
		const a = layoutLineage(nodes, edges, size);
		const b = layoutLineage([...nodes].reverse(), [...edges].reverse(), size);
		expect([...b.nodes.values()].sort((p, q) => (p.id < q.id ? -1 : 1))).toEqual(
			[...a.nodes.values()].sort((p, q) => (p.id < q.id ? -1 : 1)),
		);
		for (const col of a.columns) {
			const ys = [...a.nodes.values()].filter((n) => n.x === col.x).map((n) => n.y).sort((p, q) => p - q);
			for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(40);
		}
	});
});

describe("lineage layout: order within a column", () => {
	it("orders each column by its parents' places, so edges do not cross, and by name when nothing else decides", () => {
		const nodes = [
			{ id: "a", name: "Aardvark", year: 2012 },
			{ id: "b", name: "Bison", year: 2012 },
			// By name Alpha would come first; its parent is Bison, the lower one, so it goes below.
			{ id: "z", name: "Zeta", year: 2013 },
			{ id: "y", name: "Alpha", year: 2013 },
			{ id: "lone", name: "Lone", year: 2013 },
		];
		const edges = [
			{ from: "a", to: "z", kind: "explicit" as const, sources: [] },
			{ from: "b", to: "y", kind: "explicit" as const, sources: [] },
		];
		const l = layoutLineage(nodes, edges, () => ({ width: 100, height: 40 }));
		const y = (id: string) => l.nodes.get(id)!.y;
		expect(y("a")).toBeLessThan(y("b"));
		expect(y("z")).toBeLessThan(y("y"));
		// A child sits level with its only parent when nothing is in the way.
		expect(y("z")).toBeCloseTo(y("a"), 5);
		expect(l.nodes.get("z")!.x).toBeGreaterThan(l.nodes.get("a")!.x);
	});

	it("lays out 1,000 models in columns without overlap, the same each time", () => {
		const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, name: `Model ${(i * 7919) % 1000}`, year: 2000 + (i % 16) }));
		const edges = nodes.slice(16).map((n, i) => ({ from: `m${(i * 31) % (i + 16)}`, to: n.id, kind: (i % 3 ? "inferred" : "explicit") as "inferred" | "explicit", sources: [] }));
		const size = () => ({ width: 120, height: 46 });
		const a = layoutLineage(nodes, edges, size);
		const b = layoutLineage([...nodes].reverse(), [...edges].reverse(), size);
		expect([...b.nodes.entries()].sort()).toEqual([...a.nodes.entries()].sort());
		expect(a.columns.map((c) => c.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2000 + i));
		for (const col of a.columns) {
			const ys = [...a.nodes.values()].filter((n) => n.x === col.x).map((n) => n.y).sort((p, q) => p - q);
			for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(46 + 26 - 1e-6);
		}
		expect(Math.min(...[...a.nodes.values()].map((n) => n.y - n.height / 2))).toBeCloseTo(36, 5);
	});
});

describe("lineage zoom and pan", () => {
	/** Dispatches a wheel event; true when the chart took it (the page does not scroll). */
	const wheel = (target: Element, init: WheelEventInit) => {
		const event = new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: 300, clientY: 180, ...init });
		// happy-dom's WheelEvent drops the modifier keys and the position of its init.
		for (const [k, v] of Object.entries({ ctrlKey: !!init.ctrlKey, clientX: 300, clientY: 180 })) Object.defineProperty(event, k, { value: v });
		target.dispatchEvent(event);
		return event.defaultPrevented;
	};
	const pointer = (target: EventTarget, type: string, x: number, y: number) =>
		target.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, button: 0, clientX: x, clientY: y }));

	it("zooms with the wheel about the pointer, and in a note only with Ctrl/Cmd held", () => {
		const { root, chart, cb } = render({ wheelNeedsModifier: true });
		chart.setState({ transform: { x: 0, y: 0, k: 1 } });
		const svg = root.querySelector("svg") as SVGSVGElement;
		expect(wheel(svg, { deltaY: -100 })).toBe(false);
		expect(chart.getState().transform).toEqual({ x: 0, y: 0, k: 1 });
		expect(wheel(svg, { deltaY: -100, ctrlKey: true })).toBe(true);
		const t = chart.getState().transform!;
		expect(t.k).toBeGreaterThan(1);
		// The point under the pointer stays put.
		expect((300 - t.x) / t.k).toBeCloseTo(300, 5);
		expect(root.querySelector(".imagenet-viewport")?.getAttribute("transform")).toBe(`translate(${t.x},${t.y}) scale(${t.k})`);
		chart.update(ilsvrcModel(), { wheelNeedsModifier: false });
		wheel(svg, { deltaY: 5000 });
		expect(chart.getState().transform?.k).toBe(0.2);
		expect(cb.stateChanged).not.toHaveBeenCalled();
	});

	it("pans with a drag, and the click that ends a drag does not select", async () => {
		const { root, chart } = render();
		chart.setState({ transform: { x: 0, y: 0, k: 1 } });
		const zf = node(root, "zfnet");
		pointer(zf, "pointerdown", 100, 100);
		pointer(window, "pointermove", 130, 90);
		pointer(window, "pointerup", 130, 90);
		click(zf);
		expect(chart.getState().transform).toEqual({ x: 30, y: -10, k: 1 });
		expect(chart.getState().selected).toBeNull();
		// A click without a drag still selects.
		await new Promise((resolve) => setTimeout(resolve, 0));
		pointer(zf, "pointerdown", 10, 10);
		pointer(window, "pointerup", 10, 10);
		click(zf);
		expect(chart.getState().selected).toBe("zfnet");
	});
});
