import { describe, expect, it } from "vitest";
import { describeNote, walkToOldestAncestor, type NoteCard } from "../../src/model/card";
import { extractClaims } from "../../src/model/claims";
import { mergeClaims } from "../../src/model/merge";
import { DEFAULT_SCOPE, notesInScope, resolverByName, type ScopeSettings } from "../../src/model/scope";
import type { AtlasModel } from "../../src/model/types";
import { parseNote } from "../../src/parse/note";
import { fixtureFolder, readNotes } from "./fixtures";

/** Reads notes the way the plugin's index does: parse each, choose the scope, extract claims, merge. */
function vaultOf(files: Record<string, string>, scope: ScopeSettings = DEFAULT_SCOPE) {
	const notes = new Map(Object.entries(files).map(([path, text]) => [path, parseNote(path, text)]));
	const inScope = notesInScope([...notes.values()], scope, resolverByName([...notes.keys()]));
	const claims = new Map([...inScope].sort().map((path) => [path, extractClaims(notes.get(path)!)]));
	const model: AtlasModel = mergeClaims([...claims.values()], {});
	const card = (path: string, aliases?: string[]): NoteCard => describeNote(model, notes.get(path), claims.get(path), path, inScope.has(path), aliases, scope);
	return { model, card };
}

const cardNotes = readNotes(fixtureFolder("card"));

describe("the card of a note about a model", () => {
	const { card } = vaultOf(cardNotes);

	it("shows AlexNet's year, innovation and its 2012 result of 15.3% with every source", () => {
		const shown = card("AlexNet.md");
		if (shown.kind !== "model") throw new Error(`expected a model card, got ${shown.kind}`);
		expect(shown.model.name).toBe("AlexNet");
		expect(shown.model.year).toBe(2012);
		expect(shown.model.innovation).toBe("ReLU, dropout and GPU training");
		const winner = shown.model.results.find((r) => r.series === "winner");
		expect(winner).toMatchObject({ year: 2012, value: 15.3, approx: false, entrant: "AlexNet" });
		expect(winner?.sources.map((s) => [s.path, s.line])).toEqual([
			["ILSVRC results.md", 12],
			["ILSVRC results.md", 19],
		]);
	});

	it("names ZFNet as AlexNet's child by an explicit edge, linking to ZFNet's own note", () => {
		const shown = card("AlexNet.md");
		if (shown.kind !== "model") throw new Error("expected a model card");
		const child = shown.model.children.find((c) => c.name === "ZFNet");
		expect(child).toMatchObject({ kind: "explicit", linktext: "ZFNet", hasNote: true });
		expect(child?.sources.map((s) => `${s.path}:${s.line}`)).toContain("ZFNet.md:2");
		expect(shown.model.parents).toEqual([]);
	});

	it("shows ZFNet's conflict with both values and the source of each", () => {
		const shown = card("ZFNet.md");
		if (shown.kind !== "model") throw new Error("expected a model card");
		expect(shown.model.conflicts).toHaveLength(1);
		const [conflict] = shown.model.conflicts;
		expect(conflict.year).toBe(2013);
		expect(conflict.values.map((v) => [v.value, v.approx, v.sources.map((s) => s.line)])).toEqual([
			[11.7, false, [13]],
			[11.2, true, [20]],
		]);
	});

	it("walks ZFNet back to AlexNet, its oldest ancestor", () => {
		const shown = card("ZFNet.md");
		if (shown.kind !== "model") throw new Error("expected a model card");
		expect(shown.model.ancestry.map((a) => a.name)).toEqual(["ZFNet", "AlexNet"]);
		expect(shown.model.ancestryCycle).toBe(false);
	});

	it("finds the model of a note named by one of its aliases", () => {
		const shown = card("Notes on the 2012 winner.md", ["SuperVision"]);
		expect(shown.kind).toBe("model");
		if (shown.kind === "model") expect(shown.model.id).toBe("alexnet");
	});

	it("links a model the vault has no note for by its name, as an unresolved link", () => {
		const shown = card("ZFNet.md");
		if (shown.kind !== "model") throw new Error("expected a model card");
		const googlenet = shown.model.children.find((c) => c.name === "GoogLeNet");
		expect(googlenet).toMatchObject({ kind: "inferred", linktext: "GoogLeNet", hasNote: false });
	});
});

describe("the card of a note that holds data", () => {
	const { card } = vaultOf(cardNotes);
	const shown = card("ILSVRC results.md");
	if (shown.kind !== "data") throw new Error(`expected a data card, got ${shown.kind}`);
	const tableAt = (line: number) => shown.reading.tables.find((t) => t.line === line)!;

	it("lists every table with its line, header and whether it was recovered", () => {
		expect(shown.reading.tables.map((t) => [t.line, t.header.join(" | "), t.recovered])).toEqual([
			[10, "Year | Winner | Top-5 error", false],
			[18, "Year | Winner | Top-5 error", true],
			[24, "Year | Model | Innovation", false],
			[32, "Spec | Value", false],
			[39, "Element | Contribution", false],
		]);
	});

	it("says what each table became: results, lineage, facts, or nothing and why", () => {
		expect(tableAt(10)).toMatchObject({ results: 2, conflicts: 1, section: "Winners" });
		expect(tableAt(10).became).toBe("2 results (1 in conflict with another note)");
		expect(tableAt(18).results).toBe(2);
		expect(tableAt(24)).toMatchObject({ models: ["AlexNet", "ZFNet", "GoogLeNet"] });
		expect(tableAt(24).became).toMatch(/^3 models and \d+ lineage edges$/);
		expect(tableAt(32).became).toBe("2 facts: images, categories");
		expect(tableAt(39).nothingRead).toBe(true);
		expect(tableAt(39).became).toMatch(/^Nothing read: no column names a year/);
	});

	it("lists the note's diagnostics with their lines, and each table keeps its own", () => {
		const unreadable = shown.reading.diagnostics.find((d) => d.kind === "unreadable-cell");
		expect(unreadable).toMatchObject({ line: 14, path: "ILSVRC results.md" });
		expect(unreadable?.message).toContain("six point seven");
		expect(tableAt(10).diagnostics.map((d) => d.kind)).toContain("unreadable-cell");
		expect(shown.reading.diagnostics.some((d) => d.kind === "conflict" && d.line === 13)).toBe(true);
	});
});

describe("the card of a note the plugin did not read", () => {
	it("says an unrelated note is out of scope, and how to bring it in", () => {
		const shown = vaultOf(cardNotes).card("Groceries.md");
		expect(shown).toMatchObject({ kind: "unread", reason: "out-of-scope" });
		if (shown.kind !== "unread") return;
		expect(shown.why).toContain("does not mention ImageNet or ILSVRC");
		expect(shown.howTo.join(" ")).toMatch(/Mention ImageNet or ILSVRC/);
		expect(shown.howTo.join(" ")).toMatch(/Link it from an ImageNet note/);
		expect(shown.howTo.join(" ")).toMatch(/folder or one of its tags/);
	});

	it("names the folders and tags of the settings when they decide the scope", () => {
		const scope = { folders: ["Research"], tags: ["ilsvrc"], mentions: false };
		const shown = vaultOf(cardNotes, scope).card("Groceries.md");
		if (shown.kind !== "unread") throw new Error("expected an unread card");
		expect(shown.why).toContain("not in the folder Research");
		expect(shown.why).toContain("#ilsvrc");
		expect(shown.howTo.join(" ")).not.toMatch(/Mention ImageNet/);
	});

	it("says a note in scope holds no data, and what to write", () => {
		const shown = vaultOf(cardNotes).card("Fei-Fei Li.md");
		expect(shown).toMatchObject({ kind: "unread", reason: "no-data" });
		if (shown.kind === "unread") expect(shown.howTo.join(" ")).toMatch(/Year, Model and Top-5 error/);
	});

	it("says a note it never parsed was not read", () => {
		const shown = vaultOf(cardNotes).card("Drawing.canvas");
		expect(shown).toMatchObject({ kind: "unread", reason: "not-read" });
	});

	it("still shows the model of a note outside the scope, and says the note itself was not read", () => {
		const { model } = vaultOf(cardNotes);
		const note = parseNote("GoogLeNet.md", "# GoogLeNet\n\nA network from Google.\n");
		const shown = describeNote(model, note, undefined, "GoogLeNet.md", false);
		expect(shown.kind).toBe("model");
		if (shown.kind === "model") expect(shown.notice).toContain("not read");
	});
});

describe("the walk back to the oldest ancestor", () => {
	const edge = (from: string, to: string, kind: "explicit" | "inferred" = "inferred") => ({ from, to, kind, sources: [] });
	const node = (id: string, year: number) => ({ id, name: id, year });
	const modelOf = (edges: ReturnType<typeof edge>[], nodes: ReturnType<typeof node>[]): AtlasModel => ({ results: [], entities: [], lineage: { nodes, edges }, facts: [], diagnostics: [] });

	it("prefers an explicit parent, then the oldest", () => {
		const model = modelOf([edge("b", "d"), edge("c", "d", "explicit"), edge("a", "c"), edge("z", "c")], [node("a", 2010), node("z", 2011), node("b", 2012), node("c", 2013), node("d", 2014)]);
		expect(walkToOldestAncestor(model, "d")).toEqual({ ancestry: ["d", "c", "a"], cycle: false });
	});

	it("stops on a cycle instead of looping", () => {
		const model = modelOf([edge("a", "b"), edge("b", "c"), edge("c", "a")], [node("a", 2010), node("b", 2011), node("c", 2012)]);
		expect(walkToOldestAncestor(model, "c")).toEqual({ ancestry: ["c", "b", "a"], cycle: true });
	});
});
