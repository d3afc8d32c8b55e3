// Small hand-built models for the chart tests: the ILSVRC winners 2010-2017 as the user's notes give
// them (2013 in conflict: 11.7% in one note, ~11.2% in the other), a runner-up, and a short lineage.
import { vi } from "vitest";
import type { AtlasModel, Entity, ResultPoint, Source } from "../../src/model/types";
import type { ChartCallbacks } from "../../src/charts/common";

export const HISTORY = "ImageNet history.md";
export const PASTED = "Pasted ILSVRC page.md";

export function src(path: string, line: number, raw: string): Source {
	return { path, line, raw };
}

function model(id: string, name: string, year?: number, note?: string): Entity {
	return { id, name, kind: "model", aliases: [], enteredAs: [], year, note, sources: [src(HISTORY, 40 + (year ?? 0) - 2000, name)] };
}

function winner(year: number, value: number, entity: string, entrant: string, approx = false): ResultPoint {
	return {
		benchmark: "ILSVRC classification",
		series: "winner",
		year,
		value,
		approx,
		entrant,
		entity,
		sources: [src(HISTORY, 10 + year - 2010, `| ${year} | ${entrant} | ${value}% |`)],
		official: null,
	};
}

export function ilsvrcModel(): AtlasModel {
	const conflict2013: ResultPoint = {
		...winner(2013, 11.7, "zfnet", "Clarifai"),
		sources: [src(HISTORY, 13, "| 2013 | Clarifai (ZFNet) | 11.7% |"), src(PASTED, 22, "2013Clarifai~11.2%")],
		conflict: [
			{ value: 11.7, approx: false, sources: [src(HISTORY, 13, "| 2013 | Clarifai (ZFNet) | 11.7% |")] },
			{ value: 11.2, approx: true, sources: [src(PASTED, 22, "2013Clarifai~11.2%")] },
		],
	};
	return {
		results: [
			winner(2010, 28.2, "nec-uiuc", "NEC-UIUC"),
			winner(2011, 25.8, "xrce", "XRCE"),
			winner(2012, 15.3, "alexnet", "SuperVision"),
			conflict2013,
			winner(2014, 6.7, "googlenet", "GoogLeNet"),
			winner(2015, 3.57, "resnet", "ResNet"),
			winner(2016, 2.99, "trimps", "Trimps-Soushen"),
			winner(2017, 2.25, "senet", "SENet"),
			{
				benchmark: "ILSVRC classification",
				series: "runner-up",
				year: 2012,
				value: 26.2,
				approx: false,
				entrant: "ISI",
				entity: "isi",
				sources: [src(HISTORY, 30, "| 2012 | ISI | 26.2% |")],
				official: null,
			},
		],
		entities: [
			model("alexnet", "AlexNet", 2012, "Models/AlexNet.md"),
			model("zfnet", "ZFNet", 2013),
			model("vggnet", "VGGNet", 2014),
			model("googlenet", "GoogLeNet", 2014),
			model("resnet", "ResNet", 2015),
			model("senet", "SENet", 2017),
		],
		lineage: {
			nodes: [
				{ id: "alexnet", name: "AlexNet", year: 2012, innovation: "ReLU, dropout, GPUs", note: "Models/AlexNet.md" },
				{ id: "zfnet", name: "ZFNet", year: 2013, innovation: "Tuned AlexNet" },
				{ id: "vggnet", name: "VGGNet", year: 2014, innovation: "3x3 convolutions" },
				{ id: "googlenet", name: "GoogLeNet", year: 2014, innovation: "Inception modules" },
				{ id: "resnet", name: "ResNet", year: 2015, innovation: "Residual connections" },
				{ id: "senet", name: "SENet", year: 2017, innovation: "Squeeze-and-excitation" },
				{ id: "lenet", name: "LeNet" },
			],
			edges: [
				{ from: "alexnet", to: "zfnet", kind: "explicit", sources: [src("Models/ZFNet.md", 3, 'parent: "[[AlexNet]]"')] },
				{ from: "zfnet", to: "vggnet", kind: "inferred", sources: [src(HISTORY, 52, "| 2014 | VGGNet |")] },
				{ from: "zfnet", to: "googlenet", kind: "inferred", sources: [src(HISTORY, 53, "| 2014 | GoogLeNet |")] },
				{ from: "vggnet", to: "resnet", kind: "explicit", sources: [src(HISTORY, 54, "based on:: [[VGGNet]]")] },
				{ from: "resnet", to: "senet", kind: "inferred", sources: [src(HISTORY, 55, "| 2017 | SENet |")] },
			],
		},
		facts: [{ key: "human_baseline", value: 5.1, approx: false, atLeast: false, raw: "5.1%", sources: [src(HISTORY, 60, "5.1%")] }],
		diagnostics: [],
	};
}

export function emptyModel(): AtlasModel {
	return { results: [], entities: [], lineage: { nodes: [], edges: [] }, facts: [], diagnostics: [] };
}

export function callbacks() {
	return {
		open: vi.fn<ChartCallbacks["open"]>(),
		openSource: vi.fn<ChartCallbacks["openSource"]>(),
		hover: vi.fn<ChartCallbacks["hover"]>(),
		stateChanged: vi.fn<NonNullable<ChartCallbacks["stateChanged"]>>(),
	};
}

export function container(): HTMLElement {
	document.body.replaceChildren();
	const div = document.createElement("div");
	document.body.appendChild(div);
	return div;
}

export function key(target: Element, k: string): void {
	target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}

export function click(target: Element): void {
	target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
}

export function hoverOver(target: Element): void {
	target.dispatchEvent(new MouseEvent("mouseenter", { bubbles: false, clientX: 100, clientY: 80 }));
}
