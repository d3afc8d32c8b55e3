// @vitest-environment happy-dom
// The ```imagenet-results code block in a note, inside the Obsidian stand-in: the merged table of the
// user's notes, kept current as another note changes, its models opening their notes, its options and
// empty states said in place, and nothing of it left when the plugin is turned off.
import { afterEach, describe, expect, it } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { TIMELINE_EMPTY_MESSAGE } from "../../src/charts/timeline";
import { bootApp, unloadPlugin, type App, type MarkdownView, type TFile } from "../standin/obsidian";

const DATA: Record<string, string> = {
	"ILSVRC.md": "# ILSVRC winners\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2011 | XRCE | 25.8% |\n| 2012 | [[AlexNet]] | 15.3% |\n| 2013 | ZFNet | 11.7% |\n",
	"Other ILSVRC note.md": "ImageNet, from memory.\n\n| Year | Winner | Top-5 error |\n| --- | --- | --- |\n| 2013 | ZFNet (Clarifai) | ~11.2% |\n",
	"AlexNet.md": "---\naliases: [SuperVision]\nyear: 2012\n---\n# AlexNet\nWon ImageNet 2012.\n",
};

const block = (body = "") => `# My results\n\n\`\`\`imagenet-results\n${body}\`\`\`\n`;

let current: { app: App; plugin: ImageNetAtlasPlugin } | null = null;

afterEach(() => {
	if (current) unloadPlugin(current.app, current.plugin as never);
	current?.app.workspace.containerEl.remove();
	current = null;
});

async function until(check: () => boolean): Promise<void> {
	// A bound, not a wait: it returns as soon as the check holds.
	for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
	expect(check()).toBe(true);
}

/** Boots the plugin on `files` and shows `Results.md` in reading view, as a person reads it. */
async function readResults(files: Record<string, string>, settings?: Record<string, unknown>): Promise<{ app: App; plugin: ImageNetAtlasPlugin; note: HTMLElement }> {
	const container = document.createElement("div");
	document.body.appendChild(container);
	const { app, plugins } = await bootApp({ files, container, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
	const plugin = plugins[0] as unknown as ImageNetAtlasPlugin;
	current = { app, plugin };
	await until(() => plugin.index.status.state === "ready");
	if (settings) {
		Object.assign(plugin.settings, settings);
		await plugin.saveSettings();
		await until(() => plugin.index.status.state === "ready");
	}
	const leaf = app.workspace.getLeaf("tab");
	await leaf.openFile(app.vault.getFileByPath("Results.md") as TFile);
	await (leaf.view as MarkdownView).setState({ mode: "preview" }, { history: false });
	const note = (leaf.view as MarkdownView).previewEl;
	await until(() => note.querySelector(".block-language-imagenet-results .imagenet-results") !== null);
	return { app, plugin, note };
}

const rows = (note: Element) => Array.from(note.querySelectorAll(".imagenet-results tbody tr"), (tr) => Array.from(tr.children, (cell) => cell.textContent));
const problems = (note: Element) => Array.from(note.querySelectorAll(".imagenet-block-problems li"), (li) => li.textContent);

describe("the imagenet-results code block", () => {
	it("shows the notes' merged results in the note: a row per year, the conflict with both values", async () => {
		const { note } = await readResults({ ...DATA, "Results.md": block() });
		expect(Array.from(note.querySelectorAll(".imagenet-results thead th"), (th) => th.textContent)).toEqual(["Year", "Winner"]);
		expect(rows(note)).toEqual([
			["2011", "XRCE25.8%"],
			["2012", "AlexNet15.3%"],
			["2013", "ZFNet11.7% or ~11.2%Both official figures"],
		]);
		expect(problems(note)).toEqual([]);
	});

	it("stays current: an edit of another note changes the table in place", async () => {
		const { app, note } = await readResults({ ...DATA, "Results.md": block() });
		const table = note.querySelector(".imagenet-results");
		await app.vault.process(app.vault.getFileByPath("ILSVRC.md") as TFile, (text) => text.replace("| 15.3% |", "| 16.4% |").replace("| 2011 | XRCE | 25.8% |\n", ""));
		await until(() => note.querySelector('.imagenet-results-value[data-year="2012"]')?.textContent === "16.4%");
		expect(rows(note).map((r) => r[0])).toEqual(["2012", "2013"]);
		// The same block redrew: the note itself was not rendered again.
		expect(note.querySelector(".imagenet-results")).toBe(table);
	});

	it("opens a model's note on a click, in a new tab with Ctrl/Cmd, and shows its page preview on hover", async () => {
		const { app, note } = await readResults({ ...DATA, "Results.md": block() });
		const link = () => Array.from(note.querySelectorAll<HTMLAnchorElement>(".imagenet-results a.internal-link")).find((a) => a.textContent === "AlexNet")!;
		const tabs = () => app.workspace.getLeavesOfType("markdown").length;
		const before = tabs();
		link().dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true, metaKey: true }));
		await until(() => tabs() === before + 1);
		await until(() => app.workspace.getActiveFile()?.path === "AlexNet.md");
		expect(app.workspace.getLeavesOfType("markdown").some((leaf) => (leaf.view as MarkdownView).file?.path === "Results.md")).toBe(true);

		link().dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true, metaKey: true }));
		const hover = app.workspace.hovers.at(-1);
		expect(hover?.linktext).toBe("AlexNet");
		expect(hover?.shown).toBe(true);
	});

	it("says in place which options and series it does not know", async () => {
		const { note } = await readResults({ ...DATA, "Results.md": block("colour: red\nseries: winners\nheight: 300\n") });
		expect(problems(note)).toEqual([
			'Code block line 1: unknown option "colour" (known: years, series).',
			'Code block line 3: unknown option "height" (known: years, series).',
			'Code block series "winners" is not in your notes (they have: winner).',
		]);
		expect(note.querySelector(".imagenet-results .imagenet-empty-text")?.textContent).toBe("None of your results is in these years and series. Your notes have results from 2011 to 2013.");
	});

	it("keeps to the years it is given", async () => {
		const { note } = await readResults({ ...DATA, "Results.md": block("years: 2012-2013\n") });
		expect(rows(note).map((r) => r[0])).toEqual(["2012", "2013"]);
	});

	it("says so when the notes hold no results yet, and when the settings' folders hold no note", async () => {
		const empty = await readResults({ "Results.md": block(), "Diary.md": "Nothing about it here." });
		// No note mentions ImageNet (a code block is not read): the table says what to write, and offers the settings.
		expect(empty.note.querySelector(".imagenet-results .imagenet-empty-text")?.textContent).toBe("No note mentions ImageNet or ILSVRC yet. Write one with a table such as | Year | Winner | Top-5 error |.");
		empty.note.querySelector<HTMLButtonElement>(".imagenet-results .imagenet-empty-settings")?.click();
		expect((empty.app as unknown as { setting: { activeTab: { id: string } | null } }).setting.activeTab?.id).toBe("imagenet-atlas");
		unloadPlugin(empty.app, empty.plugin as never);
		empty.app.workspace.containerEl.remove();
		current = null;

		const scoped = await readResults({ ...DATA, "Results.md": block() }, { scopeFolders: ["Nowhere"] });
		await until(() => scoped.note.querySelector(".imagenet-results .imagenet-empty-text")?.textContent === "No note in the folder Nowhere mentions ImageNet or ILSVRC yet. Check which notes count in the settings.");
	});

	it("leaves nothing of itself in the note when the plugin is turned off", async () => {
		const { app, plugin, note } = await readResults({ ...DATA, "Results.md": block() });
		unloadPlugin(app, plugin as never);
		current = null;
		expect(note.querySelector(".imagenet-results")).toBeNull();
		app.workspace.containerEl.remove();
	});
});
