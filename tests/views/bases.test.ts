// @vitest-environment happy-dom
// The two Bases views inside the Obsidian stand-in: registered when the app has Bases (and only
// then), drawing a `.base` file's rows with the other views' data attributes, following its filters
// and the notes' properties, and gone with the plugin.
import { afterEach, describe, expect, it, vi } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import { BASES_LINEAGE_VIEW, BASES_TIMELINE_VIEW } from "../../src/views/bases/register";
import manifest from "../../manifest.json";
import { BasesFileView, bootApp, setApiVersion, unloadPlugin, type App, type TFile } from "../standin/obsidian";

const BASE = `filters:
  and:
    - file.inFolder("Models")
views:
  - type: ${BASES_TIMELINE_VIEW}
    name: ImageNet timeline
    sort:
      - property: year
        direction: ASC
  - type: ${BASES_LINEAGE_VIEW}
    name: Lineage graph
    parents: note.based_on
  - type: ${BASES_TIMELINE_VIEW}
    name: By accuracy
    value: formula.acc
    valueKind: accuracy
formulas:
  acc: 100 - top5_error
`;

const VAULT: Record<string, string> = {
	"Models/AlexNet.md": "---\nyear: 2012\ntop5_error: 15.3\nseries: winner\n---\n# AlexNet\n",
	"Models/ZFNet.md": '---\nyear: 2013\ntop5_error: 11.7\nseries: winner\nparent: "[[AlexNet]]"\nbased_on: "[[AlexNet]]"\n---\n# ZFNet\n',
	"Models/VGGNet.md": '---\nyear: 2014\ntop5_accuracy: 92.7\nseries: runner-up\nparent: "[[ZFNet]]"\n---\n# VGGNet\n',
	"Drafts/Idea.md": "---\nyear: 2016\ntop5_error: 1\n---\n# Idea\n",
	"Atlas.base": BASE,
};

let current: { app: App; plugin: ImageNetAtlasPlugin } | null = null;

async function boot(files = VAULT): Promise<{ app: App; plugin: ImageNetAtlasPlugin }> {
	const container = document.createElement("div");
	document.body.appendChild(container);
	const { app, plugins } = await bootApp({ files, container, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
	const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
	await until(() => plugin.index.status.state === "ready");
	current = { app, plugin };
	return current;
}

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(check()).toBe(true);
}

async function openBase(app: App, view?: string): Promise<BasesFileView> {
	await app.workspace.openLinkText(view ? `Atlas.base#${view}` : "Atlas.base", "");
	const leaf = app.workspace.getLeavesOfType("bases")[0];
	expect(leaf.view).toBeInstanceOf(BasesFileView);
	return leaf.view as BasesFileView;
}

function points(app: App): Array<Record<string, string | undefined>> {
	return [...app.workspace.containerEl.querySelectorAll<SVGElement>(".bases-view .imagenet-timeline .imagenet-point")].map((p) => ({ year: p.dataset.year, value: p.dataset.value, series: p.dataset.series, linktext: p.dataset.linktext }));
}

function nodes(app: App): Array<[string | undefined, string | undefined]> {
	return [...app.workspace.containerEl.querySelectorAll<SVGElement>(".bases-view .imagenet-lineage .imagenet-node")].map((n) => [n.dataset.node, n.dataset.linktext]);
}

afterEach(() => {
	setApiVersion("1.13.1");
	if (current) unloadPlugin(current.app, current.plugin as never);
	current?.app.workspace.containerEl.remove();
	current = null;
});

describe("the Bases views", () => {
	it("are registered, with their options, when the app has Bases", async () => {
		const { app } = await boot();
		expect([...app.bases.views.keys()]).toEqual([BASES_TIMELINE_VIEW, BASES_LINEAGE_VIEW]);
		const timeline = app.bases.views.get(BASES_TIMELINE_VIEW)!;
		expect(timeline.name).toBe("ImageNet timeline");
		expect(app.bases.views.get(BASES_LINEAGE_VIEW)!.name).toBe("Lineage graph");
		const options = timeline.options?.({} as never) ?? [];
		expect(options.map((o) => ("key" in o ? o.key : o.displayName))).toEqual(["year", "value", "valueKind", "series", "parents"]);
	});

	it("draw the base's rows: its filter, the figures as error (accuracy as 100 − it), each point's note", async () => {
		const { app } = await boot();
		const view = await openBase(app);
		await until(() => points(app).length === 3);
		expect(points(app)).toEqual([
			{ year: "2012", value: "15.3", series: "winner", linktext: "AlexNet" },
			{ year: "2013", value: "11.7", series: "winner", linktext: "ZFNet" },
			{ year: "2014", value: "7.3", series: "runner-up", linktext: "VGGNet" },
		]);
		expect(view.countEl.textContent).toBe("3 results");
		// A filter of the toolbar narrows the rows; the chart follows.
		view.setFilter("year >= 2013");
		await until(() => points(app).length === 2);
		expect(points(app).map((p) => p.year)).toEqual(["2013", "2014"]);
		// A filter that leaves no rows: the chart says so in the base's terms, with no button to the plugin's settings.
		view.setFilter("year >= 2030");
		const empty = () => app.workspace.containerEl.querySelector(".bases-view .imagenet-timeline .imagenet-empty-text")?.textContent;
		await until(() => empty() === "No notes in this view: its filters leave none.");
		expect(app.workspace.containerEl.querySelector(".bases-view .imagenet-empty-settings")).toBeNull();
	});

	it("read the properties the view's options name, formulas included", async () => {
		const { app } = await boot();
		await openBase(app, "By accuracy");
		await until(() => points(app).length === 2);
		// acc = 100 − top5_error, read as an accuracy: the errors again; VGGNet has no top5_error.
		expect(points(app).map((p) => [p.year, p.value])).toEqual([
			["2012", "15.3"],
			["2013", "11.7"],
		]);
	});

	it("draw the lineage among the rows, with the parents the options name", async () => {
		const { app } = await boot();
		await openBase(app, "Lineage graph");
		await until(() => nodes(app).length === 3);
		expect(nodes(app).sort()).toEqual([
			["alexnet", "AlexNet"],
			["vggnet", "VGGNet"],
			["zfnet", "ZFNet"],
		]);
		// `parents: note.based_on`: only ZFNet says based_on; VGGNet's `parent` is not read.
		const edges = [...app.workspace.containerEl.querySelectorAll<SVGElement>(".bases-view .imagenet-edge")].map((e) => `${e.dataset.from}>${e.dataset.to}:${e.dataset.kind}`);
		expect(edges).toEqual(["alexnet>zfnet:explicit"]);
	});

	it("open a point's note on click, and follow a note's properties as they change", async () => {
		const { app } = await boot();
		await openBase(app);
		await until(() => points(app).length === 3);
		await app.vault.modify(app.vault.getFileByPath("Models/ZFNet.md") as TFile, "---\nyear: 2013\ntop5_error: 11.2\nseries: winner\n---\n# ZFNet\n");
		await until(() => points(app).some((p) => p.value === "11.2"));
		const point = app.workspace.containerEl.querySelector<SVGElement>(".bases-view .imagenet-point[data-year='2013']");
		point?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await until(() => app.workspace.getActiveFile()?.path === "Models/ZFNet.md");
	});

	it("are gone with the plugin: the base says its view is not available", async () => {
		const { app, plugin } = await boot();
		const view = await openBase(app);
		await until(() => points(app).length === 3);
		unloadPlugin(app, plugin as never);
		current = null;
		expect(app.bases.views.size).toBe(0);
		expect(view.viewEl.querySelector(".imagenet-bases, .imagenet-timeline")).toBeNull();
		expect(view.viewEl.querySelector(".bases-unknown-view")).not.toBeNull();
	});
});

describe("an app without Bases", () => {
	it("before 1.10: nothing is registered and the other views work", async () => {
		setApiVersion("1.7.2");
		const { app } = await boot();
		expect(app.bases.views.size).toBe(0);
		expect(app.commands.executeCommandById(`${manifest.id}:open-timeline`)).toBe(true);
		await until(() => app.workspace.containerEl.querySelector(".imagenet-timeline") !== null);
	});

	it("with Bases turned off: registerBasesView says no and nothing breaks", async () => {
		const container = document.createElement("div");
		document.body.appendChild(container);
		const { createApp, loadPlugin, startApp } = await import("../standin/obsidian");
		const app = createApp({ files: VAULT, container });
		app.bases.enabled = false;
		const plugin = await loadPlugin<ImageNetAtlasPlugin & never>(app, ImageNetAtlasPlugin as never, manifest);
		await startApp(app);
		current = { app, plugin };
		expect(app.bases.views.size).toBe(0);
	});

	it("whose obsidian module has no BasesView at all (an app before 1.10): the plugin still loads", async () => {
		vi.resetModules();
		vi.doMock("obsidian", async () => {
			const real = await vi.importActual<Record<string, unknown>>("../standin/obsidian");
			// Obsidian 1.7.2: no Bases classes, and requireApiVersion answers for 1.7.2.
			const atMost = (version: string) => {
				const [a, b, c] = version.split(".").map(Number);
				return a * 1e6 + b * 1e3 + (c ?? 0) <= 1_007_002;
			};
			return { ...real, BasesView: undefined, QueryController: undefined, requireApiVersion: atMost };
		});
		try {
			const { default: OldAppPlugin } = await import("../../src/main");
			const standin = await import("../standin/obsidian");
			const container = document.createElement("div");
			document.body.appendChild(container);
			const { app, plugins } = await standin.bootApp({ files: VAULT, container, plugins: [{ plugin: OldAppPlugin as never, manifest }] });
			expect(app.bases.views.size).toBe(0);
			expect(app.commands.listCommands().length).toBeGreaterThan(5);
			standin.unloadPlugin(app, plugins[0]);
			container.remove();
		} finally {
			vi.doUnmock("obsidian");
			vi.resetModules();
		}
	});
});
