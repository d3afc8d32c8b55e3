// The benchmark's vault generator: deterministic from its seed, and it makes the shapes it promises.
// (No timing here: timing belongs in `npm run bench`.)
import { describe, expect, it } from "vitest";
import { Rng, generateModelNotes, generateVault, type NoteKind } from "../../scripts/bench/generate";
import { parseNote } from "../../src/parse/note";
import { buildModelFromTexts } from "../../src/model/build";

describe("the benchmark's vault generator", () => {
	const vault = generateVault({ notes: 1000, seed: 7 });
	const ofKind = (kind: NoteKind) => Object.keys(vault.files).filter((p) => vault.kinds[p] === kind);

	it("is deterministic: same seed, same texts; another seed, other texts", () => {
		const again = generateVault({ notes: 1000, seed: 7 });
		expect(Object.keys(again.files)).toEqual(Object.keys(vault.files));
		expect(Object.values(again.files)).toEqual(Object.values(vault.files));
		const other = generateVault({ notes: 1000, seed: 8 });
		expect(Object.values(other.files)).not.toEqual(Object.values(vault.files));
		const a = new Rng(1);
		const b = new Rng(1);
		expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
	});

	it("makes as many notes as asked, of realistic size, a few percent about ImageNet", () => {
		expect(Object.keys(vault.files)).toHaveLength(1000);
		const mean = vault.bytes / 1000;
		expect(mean).toBeGreaterThan(1000);
		expect(mean).toBeLessThan(10000);
		const imagenet = Object.values(vault.kinds).filter((k) => k !== "ordinary").length;
		expect(imagenet).toBeGreaterThanOrEqual(20);
		expect(imagenet).toBeLessThanOrEqual(60);
		for (const kind of ["model", "results", "lineage", "pasted", "conflict", "facts"] as const) expect(ofKind(kind).length).toBeGreaterThan(0);
	});

	it("writes ordinary notes with links, tags, code and tables of other things", () => {
		const notes = ofKind("ordinary").map((p) => parseNote(p, vault.files[p]));
		expect(notes.filter((n) => n.links.length > 0).length).toBeGreaterThan(notes.length / 2);
		expect(notes.filter((n) => n.tags.length > 0).length).toBeGreaterThan(notes.length / 4);
		expect(notes.filter((n) => n.tables.length > 0).length).toBeGreaterThan(10);
		expect(notes.filter((n) => n.frontmatter !== null).length).toBeGreaterThan(notes.length / 5);
		expect(ofKind("ordinary").some((p) => vault.files[p].includes("```"))).toBe(true);
		expect(notes.every((n) => !n.links.some((l) => l.target === "not a link"))).toBe(true);
	});

	it("writes a pasted table without pipes that the parser recovers", () => {
		const path = ofKind("pasted")[0];
		expect(vault.files[path]).toContain("2012AlexNet (SuperVision)15.3%");
		const note = parseNote(path, vault.files[path]);
		const recovered = note.tables.filter((t) => t.recovered);
		expect(recovered).toHaveLength(1);
		expect(recovered[0].rows.map((r) => r.cells[0])).toContain("2012");
	});

	it("writes model notes with aliases and a parent, and results tables the model reads", () => {
		const model = parseNote("ImageNet/Models/Net-2.md", vault.files["ImageNet/Models/Net-2.md"]);
		expect(model.aliases).toContain("Net2");
		expect(model.frontmatter?.data.parent).toBe("[[Net-1]]");
		const results = ofKind("results").map((p) => parseNote(p, vault.files[p]));
		expect(results.some((n) => n.tables.some((t) => t.header.join("|") === "Year|Winner|Top-5 error"))).toBe(true);
	});

	it("gives a model with winners, a conflict and a lineage", () => {
		const model = buildModelFromTexts(vault.files);
		const winners = model.results.filter((r) => r.series === "winner");
		expect(winners.map((r) => r.year)).toEqual(expect.arrayContaining([2010, 2012, 2015, 2017]));
		expect(model.results.some((r) => r.conflict !== undefined)).toBe(true);
		expect(model.lineage.nodes.length).toBeGreaterThanOrEqual(15);
		expect(model.lineage.edges.length).toBeGreaterThan(0);
	});

	it("makes a lineage of as many models as asked", () => {
		const model = buildModelFromTexts(generateModelNotes(200, 3));
		expect(model.lineage.nodes).toHaveLength(200);
		expect(model.lineage.edges.length).toBeGreaterThanOrEqual(199);
	});
});
