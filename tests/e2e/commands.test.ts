// Every command, run from the palette as a person does: Ctrl+P, type, Enter.
import { describe, expect, inject, it } from "vitest";
import { cursorLine, runFromPalette, usePreview, waitForActivePath } from "./helpers";

const preview = usePreview();

describe("the commands, from the palette", () => {
	it("opens the timeline, the lineage graph, and reveals the current note in the graph", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?note=ZFNet");
		const { page } = session;
		await runFromPalette(page, "open-timeline", "error-rate timeline");
		await page.waitForSelector(".workspace-leaf.mod-active .imagenet-timeline .imagenet-point");
		await runFromPalette(page, "open-lineage", "open lineage");
		await page.waitForSelector(".workspace-leaf.mod-active .imagenet-lineage .imagenet-node");
		// Back to the note, then reveal it.
		await page.click('.preview-file[data-path="Models/ZFNet.md"]');
		await waitForActivePath(page, "Models/ZFNet.md");
		await page.evaluate(() => window.app.workspace.getLeavesOfType("imagenet-atlas-lineage")[0].detach());
		await runFromPalette(page, "reveal-current-note", "reveal current");
		await page.waitForSelector('.imagenet-lineage .imagenet-node.imagenet-node-current[data-linktext="ZFNet"]', { state: "attached" });
	});

	it("shows the conflicts and data issues; an issue opens its note at its line", async () => {
		const session = await preview.open(inject("exampleUrl"), "");
		const { page } = session;
		await runFromPalette(page, "show-issues", "conflicts");
		// One row per disputed figure: 2013's winner, with each value, what the record says of it, and its notes.
		const conflict = page.locator('.imagenet-issues .imagenet-issue-conflict[data-year="2013"]');
		await conflict.waitFor();
		expect(await page.locator(".imagenet-issues .imagenet-issue-conflict").count()).toBe(1);
		expect(await conflict.locator(".imagenet-issue-value").count()).toBe(2);
		expect((await conflict.textContent()) ?? "").toContain("matches the official 11.743% (Clarifai, supplied data only)");
		const source = conflict.locator(".imagenet-issue-link").first();
		const note = (await source.getAttribute("data-path")) ?? "";
		const line = Number(await source.getAttribute("data-line"));
		expect(note).toMatch(/\.md$/);
		expect(line).toBeGreaterThan(0);
		await source.click();
		await waitForActivePath(page, note);
		expect(await cursorLine(page)).toBe(line - 1);
		const text = await page.evaluate((l) => {
			const view = window.app.workspace.activeLeaf?.view as unknown as { editor: { getLine(n: number): string } };
			return view.editor.getLine(l);
		}, line - 1);
		expect(text).toMatch(/11\.[27]/);
	});

	it("inserts the merged results table at the cursor", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?note=Scratch");
		const { page } = session;
		await page.click(".workspace-leaf.mod-active .preview-mode-toggle");
		const editor = page.locator(".workspace-leaf.mod-active textarea.preview-editor");
		const before = await editor.inputValue();
		const at = before.indexOf("The table goes here:\n") + "The table goes here:\n".length;
		await editor.evaluate((t, offset) => {
			const area = t as HTMLTextAreaElement;
			area.focus();
			area.setSelectionRange(offset, offset);
		}, at);
		await editor.press("ArrowLeft");
		await editor.press("ArrowRight");
		await runFromPalette(page, "insert-results-table", "insert merged");
		await page.waitForFunction(async () => (await window.app.vault.cachedRead(window.app.vault.getFileByPath("Scratch.md")!)).includes("15.3"));
		const after = await page.evaluate(() => window.app.vault.cachedRead(window.app.vault.getFileByPath("Scratch.md")!));
		expect(after.startsWith(before.slice(0, at))).toBe(true);
		expect(after.endsWith(before.slice(at))).toBe(true);
		const inserted = after.slice(at, after.length - (before.length - at));
		expect(inserted).toMatch(/^\|.*\|/m);
		for (const value of ["28.2", "25.8", "15.3", "11.7", "6.7"]) expect(inserted).toContain(value);
		expect(await editor.inputValue()).toBe(after);
	});

	it("exports the active chart as a new SVG and never overwrites one", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?open=timeline");
		const { page } = session;
		await page.waitForSelector(".imagenet-timeline .imagenet-point");
		await page.evaluate(() => window.app.vault.create("Error-rate timeline.svg", "mine"));
		await runFromPalette(page, "export-svg", "export svg");
		await page.waitForFunction(() => !!window.app.vault.getFileByPath("Error-rate timeline 1.svg"));
		await runFromPalette(page, "export-svg", "export svg");
		await page.waitForFunction(() => !!window.app.vault.getFileByPath("Error-rate timeline 2.svg"));
		const files = await page.evaluate(async () => {
			const read = (p: string) => window.app.vault.cachedRead(window.app.vault.getFileByPath(p)!);
			return { mine: await read("Error-rate timeline.svg"), first: await read("Error-rate timeline 1.svg") };
		});
		expect(files.mine).toBe("mine");
		expect(files.first).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(files.first).toContain('data-year="2012"');
		// Colours resolved: no CSS variable left in the file.
		expect(files.first).not.toContain("var(--");
	});

	it("copies the model as JSON to the clipboard", async () => {
		const session = await preview.open(inject("fixtureUrl"), "", { clipboard: true });
		const { page } = session;
		await runFromPalette(page, "copy-model-json", "copy json");
		await page.waitForSelector(".notice:has-text('clipboard')");
		const model = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
		expect(model.results.find((r: { year: number; series: string }) => r.year === 2012 && r.series === "winner").value).toBe(15.3);
		expect(model.lineage.nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(["AlexNet", "ZFNet", "GoogLeNet", "VGGNet"]));
	});

	it("rebuilds the index", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?open=timeline");
		const { page } = session;
		await page.waitForSelector(".imagenet-timeline .imagenet-point");
		const revision = await page.evaluate(() => (window.atlasPreview.plugin as unknown as { index: { revision: number } }).index.revision);
		await runFromPalette(page, "rebuild-index", "rebuild");
		await page.waitForSelector(".notice:has-text('ImageNet Atlas read 7 notes')");
		expect(await page.evaluate(() => (window.atlasPreview.plugin as unknown as { index: { revision: number } }).index.revision)).toBeGreaterThan(revision);
		await page.waitForSelector('.imagenet-timeline .imagenet-point[data-year="2012"]', { state: "attached" });
	});

	it("lists every command of the plugin in the palette", async () => {
		const session = await preview.open(inject("fixtureUrl"), "?note=Scratch");
		const { page } = session;
		await page.keyboard.press("Control+P");
		await page.waitForSelector(".preview-palette .suggestion-item");
		const listed = await page.$$eval(".preview-palette .suggestion-item", (els) => els.map((el) => el.getAttribute("data-command")));
		const registered = await page.evaluate(() => window.app.commands.listCommands().map((c) => c.id).filter((id) => id.startsWith("imagenet-atlas:")));
		// Export needs an active chart; every other command is offered on a note.
		expect(listed.sort()).toEqual(registered.filter((id) => id !== "imagenet-atlas:export-svg").sort());
		await page.keyboard.press("Escape");
		await page.waitForSelector(".preview-palette", { state: "detached" });
	});
});
