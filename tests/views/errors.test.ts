// @vitest-environment happy-dom
// A chart that fails shows an error in its own place, offers to copy the details and to try again,
// and the rest of the plugin goes on.
import { afterEach, describe, expect, it, vi } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { bootApp, unloadPlugin, type App } from "../standin/obsidian";

const failure = vi.hoisted(() => ({ timeline: true }));

vi.mock("../../src/charts/timeline", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/charts/timeline")>();
	return {
		...real,
		renderTimeline: (...args: Parameters<typeof real.renderTimeline>) => {
			if (failure.timeline) throw new Error("the timeline fell over");
			return real.renderTimeline(...args);
		},
	};
});

const VAULT = {
	"ILSVRC.md": "ImageNet.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2012 | AlexNet | 15.3% |\n| 2013 | ZFNet | 11.7% |\n\n| Year | Model | Innovation |\n| --- | --- | --- |\n| 2012 | AlexNet | GPUs |\n| 2013 | ZFNet | Improved AlexNet |\n",
};

let current: { app: App; plugin: ImageNetAtlasPlugin } | null = null;

async function until(check: () => boolean): Promise<void> {
	for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(check()).toBe(true);
}

afterEach(() => {
	if (current) unloadPlugin(current.app, current.plugin as never);
	current?.app.workspace.containerEl.remove();
	current = null;
	failure.timeline = true;
});

describe("a chart that fails", () => {
	it("says so in its pane, lets the user copy the details and try again, and the other view still works", async () => {
		const container = document.createElement("div");
		document.body.appendChild(container);
		const { app, plugins } = await bootApp({ files: VAULT, container, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
		const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
		current = { app, plugin };
		await until(() => plugin.index.status.state === "ready");

		app.commands.executeCommandById(`${manifest.id}:open-timeline`);
		await until(() => container.querySelector(".imagenet-error") !== null);
		const error = container.querySelector<HTMLElement>(".imagenet-error");
		expect(error?.textContent).toContain("Error-rate timeline could not be drawn. The rest of your vault is fine.");
		expect(error?.textContent).toContain("the timeline fell over");

		const written: string[] = [];
		Object.defineProperty(navigator, "clipboard", { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
		[...(error?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Copy error details")?.click();
		await until(() => written.length === 1);
		expect(written[0]).toContain("the timeline fell over");

		app.commands.executeCommandById(`${manifest.id}:open-lineage`);
		await until(() => container.querySelector(".imagenet-lineage [data-node='alexnet']") !== null);

		failure.timeline = false;
		[...(container.querySelector(".imagenet-error")?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Try again")?.click();
		await until(() => container.querySelector(".imagenet-timeline .imagenet-point[data-year='2012']") !== null);
		expect(container.querySelector(".imagenet-error")).toBeNull();
	});
});
