// @vitest-environment happy-dom
// The timeline's axes: a tick at each value, placed where the scale puts it, labelled without float noise.
import { describe, expect, it } from "vitest";
import { drawAxis } from "../../src/charts/axis";
import { linearScale } from "../../src/charts/scale";

function axisIn(side: "bottom" | "left", values: number[], range: [number, number], format?: (v: number) => string) {
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
	svg.appendChild(g);
	drawAxis(g, linearScale([0, 40], range), side, values, format);
	return Array.from(g.querySelectorAll(".tick"), (tick) => ({ at: tick.getAttribute("transform"), label: tick.querySelector("text")?.textContent }));
}

describe("an axis", () => {
	it("below the plot: one tick a value, at the scale's x, with its label", () => {
		expect(axisIn("bottom", [0, 20, 40], [100, 500], (v) => `${v}%`)).toEqual([
			{ at: "translate(100,0)", label: "0%" },
			{ at: "translate(300,0)", label: "20%" },
			{ at: "translate(500,0)", label: "40%" },
		]);
	});

	it("left of the plot: ticks at the scale's y (the scale runs upwards), labelled without float noise", () => {
		expect(axisIn("left", [0, 0.1 * 3, 10], [400, 0])).toEqual([
			{ at: "translate(0,400)", label: "0" },
			{ at: "translate(0,397)", label: "0.3" },
			{ at: "translate(0,300)", label: "10" },
		]);
	});

	it("draws its line along the whole range, and nothing filled", () => {
		const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
		drawAxis(g, linearScale([0, 1], [20, 220]), "bottom", []);
		expect(g.querySelector(".domain")?.getAttribute("d")).toBe("M20,6V0H220V6");
		expect(g.getAttribute("fill")).toBe("none");
	});
});
