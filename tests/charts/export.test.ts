// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { standaloneSvg } from "../../src/charts/export";
import { renderLineage } from "../../src/charts/lineage";
import { renderTimeline } from "../../src/charts/timeline";
import { callbacks, container, ilsvrcModel } from "./fixtures";

describe("standaloneSvg", () => {
	it("writes a parseable SVG file with its namespace, data attributes and no focus stops", () => {
		const chart = renderTimeline(container(), ilsvrcModel(), {}, callbacks());
		const text = standaloneSvg(chart.svg());
		const doc = new DOMParser().parseFromString(text, "image/svg+xml");
		const svg = doc.documentElement;
		expect(svg.localName).toBe("svg");
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(text.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
		expect(svg.querySelectorAll("[data-year][data-value][data-series][data-linktext]").length).toBeGreaterThan(8);
		expect(svg.querySelector("[tabindex]")).toBeNull();
		// The on-screen chart is untouched.
		expect(chart.svg().querySelector("[tabindex]")).toBeTruthy();
		chart.destroy();
	});

	it("keeps hostile names as escaped text", () => {
		const model = ilsvrcModel();
		model.lineage.nodes[0] = { ...model.lineage.nodes[0], name: "<img src=x onerror=alert(1)>", note: undefined };
		const chart = renderLineage(container(), model, {}, callbacks());
		const text = standaloneSvg(chart.svg());
		expect(text).not.toContain("<img");
		expect(text).toContain("&lt;img");
		chart.destroy();
	});
});
