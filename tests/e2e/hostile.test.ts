// Note text is data. Notes whose names, aliases, cells, frontmatter values and link targets hold markup,
// script, `javascript:` links, quotes and brackets, and CSS are opened in every view, tooltip, code
// block, command and the settings tab: nothing runs, nothing is injected, the text is shown as text.
import { describe, expect, inject, it } from "vitest";
import { runFromPalette, type Session, usePreview } from "./helpers";

const IMG = `<img src=x onerror="window.__pwned.push('img')">`;
const SCRIPT = `<script>window.__pwned.push('script')</script>`;
const SVG = `<svg onload="window.__pwned.push('svg')">`;
const QUOTES = `Net "A" 'B' [C] \\ ]]`;
const STYLE = `</style><style>body { display: none !important } * { color: rgb(255, 0, 0) !important }</style>`;

/** The notes, created in the page's vault: names, aliases, cells, properties and links all hostile. */
const HOSTILE_NOTES: Record<string, string> = {
	[`Models/${IMG}.md`]: `---\naliases: ["<b onmouseover=\\"window.__pwned.push('alias')\\">x</b>"]\nyear: 2012\nparent: "[[javascript:window.__pwned.push('link')]]"\ninnovation: "${SVG.replace(/"/g, "'")}"\n---\n# ${SCRIPT}\nImageNet model ${STYLE}\n`,
	[`Models/${QUOTES}.md`]: `---\nyear: 2013\nbased on: "[[${IMG}]]"\n---\nAn ImageNet model with quotes. [click](javascript:window.__pwned.push('md-link'))\n`,
	"Hostile results.md": [
		"ImageNet results, hostile.",
		"",
		"| Year | Winner | Top-5 error |",
		"| --- | --- | --- |",
		`| 2012 | ${IMG} | 15.3% |`,
		`| 2013 | ${SVG} (${SCRIPT}) | 11.7% |`,
		`| 2014 | [[javascript:window.__pwned.push('cell-link')\\|${QUOTES}]] | 6.7% |`,
		`| 2015 | ${STYLE} | not a number ${IMG} |`,
		"",
		"| Year | Model | Innovation |",
		"| --- | --- | --- |",
		`| 2012 | ${IMG} | ${SCRIPT} |`,
		`| 2013 | ${QUOTES} | Improved ${IMG} |`,
		"",
		"```imagenet-timeline",
		`height: ${SCRIPT}`,
		"```",
		"",
		"```imagenet-lineage",
		`root: ${IMG}`,
		"```",
		"",
		"```imagenet-results",
		`series: ${SVG}`,
		"```",
		"",
		"```imagenet-results",
		"```",
	].join("\n"),
};

const preview = usePreview();

/** Elements that only injected markup would create, and anything a payload ran. */
async function injected(session: Session): Promise<{ pwned: string[]; elements: string[]; hidden: boolean; red: number }> {
	return session.page.evaluate(() => {
		const w = window as unknown as { __pwned: string[] };
		const elements = [...document.querySelectorAll("img, script:not([data-preview]), iframe, object, embed, [onerror], [onload], [onmouseover], b[onmouseover]")]
			.filter((el) => !(el.tagName === "SCRIPT" && (el as HTMLScriptElement).src))
			.map((el) => el.outerHTML.slice(0, 80));
		const red = [...document.querySelectorAll("body *")].filter((el) => getComputedStyle(el).color === "rgb(255, 0, 0)").length;
		return { pwned: w.__pwned, elements, hidden: getComputedStyle(document.body).display === "none", red };
	});
}

describe("notes that hold markup, script and CSS", () => {
	it("are shown as text in every view, tooltip, code block, command and the settings, and nothing runs", async () => {
		const session = await preview.open(inject("fixtureUrl"), "", {
			clipboard: true,
			initScript: () => {
				const w = window as unknown as { __pwned: string[] };
				w.__pwned = [];
				window.alert = () => w.__pwned.push("alert");
			},
		});
		const { page } = session;
		const scriptsBefore = await page.evaluate(() => document.querySelectorAll("script").length);
		await page.evaluate(async (notes) => {
			for (const [path, text] of Object.entries(notes)) await window.app.vault.create(path, text);
		}, HOSTILE_NOTES);

		await runFromPalette(page, "open-timeline", "error-rate timeline");
		await page.waitForSelector(".imagenet-timeline .imagenet-point[data-year='2012']");
		for (const point of await page.locator(".imagenet-timeline .imagenet-point").all()) await point.hover({ force: true });
		await runFromPalette(page, "open-lineage", "open lineage");
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		// The whole graph in view (it starts at a readable size from the earliest year), then every model hovered.
		await page.click(".imagenet-lineage .imagenet-toolbar-fit");
		for (const node of await page.locator(".imagenet-lineage .imagenet-node").all()) await node.hover({ force: true });
		// The hostile names are there, as text.
		const labels = await page.locator(".imagenet-lineage .imagenet-node").allTextContents();
		expect(labels.join(" ")).toContain("<img src=x onerror=");
		const linktexts = await page.locator(".imagenet-timeline .imagenet-point").evaluateAll((els) => els.map((el) => el.getAttribute("data-linktext")));
		expect(linktexts.some((t) => t?.includes("<img src=x"))).toBe(true);

		// Clicking a model opens its note (the hostile name as a link target), which hides the graph: last.
		await page.locator(".imagenet-lineage .imagenet-node").first().click({ force: true });
		await page.click('.preview-file[data-path="Hostile results.md"]');
		await page.waitForSelector(".imagenet-block .imagenet-timeline, .imagenet-block .imagenet-lineage, .imagenet-block .imagenet-empty, .imagenet-block-problems", { state: "attached" });
		// The live results table names the hostile entrants as text; each figure's tooltip is hovered.
		await page.waitForSelector(".imagenet-block .imagenet-results td", { state: "attached" });
		expect((await page.locator(".imagenet-block .imagenet-results").last().textContent()) ?? "").toContain("<img src=x onerror=");
		for (const cell of await page.locator(".imagenet-block .imagenet-results [tabindex]").all()) await cell.hover({ force: true });
		await runFromPalette(page, "open-card", "imagenet card");
		await page.waitForSelector(".imagenet-card", { state: "attached" });
		await runFromPalette(page, "show-issues", "conflicts");
		await page.waitForSelector(".imagenet-issues .imagenet-issue");
		expect((await page.locator(".imagenet-issues").textContent()) ?? "").toContain("not a number <img src=x");
		await page.keyboard.press("Escape");
		await runFromPalette(page, "copy-model-json", "copy the model");
		await page.evaluate(() => window.atlasPreview.openSettings());
		await page.waitForSelector(".preview-settings-title", { state: "attached" });

		const found = await injected(session);
		expect(found.pwned).toEqual([]);
		expect(found.elements).toEqual([]);
		expect(found.hidden).toBe(false);
		expect(found.red).toBe(0);
		expect(await page.evaluate(() => document.querySelectorAll("script").length)).toBe(scriptsBefore);
	});
});
