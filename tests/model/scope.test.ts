// Which notes count, and the diagnostics a note's unreadable parts give, each with path and line.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import { extractClaims } from "../../src/model/claims";
import { DEFAULT_SCOPE, nothingInScope, notesInScope, resolverByName, type ScopeSettings } from "../../src/model/scope";
import { parseNote } from "../../src/parse/note";
import { fixtureFolder, readNotes } from "./fixtures";

describe("scope: which notes count", () => {
	const files = readNotes(fixtureFolder("model-notes"));
	const notes = Object.entries(files).map(([path, text]) => parseNote(path, text));
	const resolve = resolverByName(notes.map((n) => n.path));

	it("by default counts notes that mention ImageNet, notes they link to and notes that link to them", () => {
		const scope = notesInScope(notes, DEFAULT_SCOPE, resolve);
		// Mentions: ILSVRC winners, Top-1 and top-5, Slides, AlexNet, ResNet. Linked from those: ZFNet,
		// VGGNet, GoogLeNet, Lineage of the winners, Kaiming He. Links to one: ResNeXt.
		expect([...scope].sort()).toEqual(
			["AlexNet.md", "GoogLeNet.md", "ILSVRC winners.md", "Kaiming He.md", "Lineage of the winners.md", "ResNeXt.md", "ResNet.md", "Slides from the challenge.md", "Top-1 and top-5.md", "VGGNet.md", "ZFNet.md"].sort(),
		);
	});

	it("leaves out a note that mentions nothing of ImageNet and links to nothing relevant, with its table", () => {
		const model = buildModelFromTexts(files);
		const paths = new Set([...model.results.flatMap((r) => r.sources), ...model.lineage.edges.flatMap((e) => e.sources)].map((s) => s.path));
		expect(paths.has("Groceries.md")).toBe(false);
		expect(paths.has("Sourdough.md")).toBe(false);
		expect(model.results.some((r) => r.entrant === "Bakery")).toBe(false);
	});

	it("counts a model note linked from an ImageNet note even if it never names ImageNet", () => {
		expect(parseNote("ZFNet.md", files["ZFNet.md"]).mentionsImageNet).toBe(false);
		expect(notesInScope(notes, DEFAULT_SCOPE, resolve).has("ZFNet.md")).toBe(true);
	});

	it("counts only the notes with a chosen tag, nested tags included, when mentions are off", () => {
		const scope = notesInScope(notes, { folders: [], tags: ["#imagenet"], mentions: false }, resolve);
		expect([...scope]).toEqual(["ILSVRC winners.md"]);
	});

	it("counts only notes in the chosen folders", () => {
		const inFolders = [parseNote("Research/ImageNet/A.md", "ImageNet"), parseNote("Elsewhere/B.md", "ImageNet")];
		const scope = notesInScope(inFolders, { folders: ["Research/ImageNet/"], tags: [], mentions: true }, resolverByName(inFolders.map((n) => n.path)));
		expect([...scope]).toEqual(["Research/ImageNet/A.md"]);
	});
});

describe("diagnostics with their note and line (tests/fixtures/diagnostic-notes)", () => {
	const model = buildModelFromTexts(readNotes(fixtureFolder("diagnostic-notes")));
	const of = (kind: string) => model.diagnostics.filter((d) => d.kind === kind).map((d) => [d.path, d.line]);

	it("reports a row without a year at its own line, and keeps it off the timeline", () => {
		expect(of("row-without-year")).toEqual([["Messy results.md", 9]]);
		expect(model.diagnostics.find((d) => d.kind === "row-without-year")?.message).toContain("Mystery team");
		expect(model.results.some((r) => r.value === 12)).toBe(false);
	});

	it("reports a cell that is no error rate (a word, points) at its line, and reads the rest of the table", () => {
		expect(of("unreadable-cell")).toEqual([
			["Messy results.md", 10],
			["Messy results.md", 11],
		]);
		expect(model.results.map((r) => [r.year, r.value])).toEqual([
			[2012, 15.3],
			[2015, 3.57],
		]);
	});

	it("reads — as no value: no point and no diagnostic", () => {
		expect(model.results.some((r) => r.year === 2016)).toBe(false);
		expect(model.diagnostics.some((d) => d.line === 13)).toBe(false);
	});

	it("reports a results table with no year anywhere once, at the table", () => {
		const note = parseNote("Scores.md", ["# Scores on ImageNet", "", "| Model | Top-5 error |", "|---|---|", "| A | 5% |", "| B | 6% |"].join("\n"));
		const { claims, diagnostics } = extractClaims(note);
		expect(claims.filter((c) => c.kind === "result")).toEqual([]);
		expect(diagnostics.map((d) => [d.kind, d.line])).toEqual([["row-without-year", 3]]);
	});

	it("passes the parser's own diagnostics on, with their lines", () => {
		const { diagnostics } = extractClaims(parseNote("Bad.md", "---\naliases: [x\n---\nImageNet"));
		expect(diagnostics.some((d) => d.kind === "frontmatter" && d.path === "Bad.md" && d.line === 2)).toBe(true);
	});
});

describe("why no note is in scope", () => {
	const scope = (over: Partial<ScopeSettings>): ScopeSettings => ({ ...DEFAULT_SCOPE, ...over });

	it("says nothing while some note is in scope", () => {
		expect(nothingInScope(scope({ folders: ["Research"] }), 3)).toBeNull();
	});

	it("tells a vault with no ImageNet note what to write", () => {
		expect(nothingInScope(DEFAULT_SCOPE, 0)).toBe("No note mentions ImageNet or ILSVRC yet. Write one with a table such as `| Year | Winner | Top-5 error |`.");
	});

	it("names the folders and tags of a filter that matches nothing, and points to the settings", () => {
		expect(nothingInScope(scope({ folders: ["Research/ImageNet"], tags: ["imagenet"], mentions: false }), 0)).toBe(
			"No note in the folder Research/ImageNet has the tag #imagenet yet. Check which notes count in the settings.",
		);
		expect(nothingInScope(scope({ folders: ["A", "B/"] }), 0)).toBe("No note in the folders A, B mentions ImageNet or ILSVRC yet. Check which notes count in the settings.");
		expect(nothingInScope(scope({ folders: ["Empty"], mentions: false }), 0)).toBe("No note is in the folder Empty, so ImageNet Atlas reads none.");
	});
});
