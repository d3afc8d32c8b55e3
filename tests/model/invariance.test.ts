// The model depends on what the notes say, never on what their files are called or the order they are
// read in; and the table the plugin writes into a note is never read back as one more source.
// `RUNS=500 npx vitest run tests/model/invariance.test.ts` tries more cases than the default.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import type { AtlasModel, Source } from "../../src/model/types";
import { insertionLine, resultsMarkdownTable } from "../../src/report";
import { fixtureFolder, folderExists, readNotes, sharedFolder } from "./fixtures";

/** Every vault the project can see: the fixtures, and the shared notes where they are present. */
function vault(): Record<string, string> {
	const notes: Record<string, string> = {};
	const add = (prefix: string, files: Record<string, string>) => {
		for (const [path, text] of Object.entries(files)) notes[`${prefix}/${path}`] = text;
	};
	add("fixtures", readNotes(fixtureFolder("model-notes")));
	for (const name of ["vault", "realnotes"]) if (folderExists(sharedFolder(name))) add(name, readNotes(sharedFolder(name), ["SOURCES.md"]));
	return notes;
}

/** The model with every path put back through `back` and every list in a fixed order, so that two models compare by what they say. */
function canonical(model: AtlasModel, back: (path: string) => string): unknown {
	const sources = (list: Source[]) => list.map((s) => `${back(s.path)}:${s.line}`).sort();
	const values = (list: { value: number; approx: boolean; sources: Source[] }[] | undefined) => list?.map((v) => ({ value: v.value, approx: v.approx, sources: sources(v.sources) })).sort((a, b) => a.value - b.value);
	return {
		results: model.results
			.map((r) => ({ ...r, sources: sources(r.sources), conflict: values(r.conflict) }))
			.sort((a, b) => a.year - b.year || a.series.localeCompare(b.series) || a.entity.localeCompare(b.entity)),
		facts: model.facts.map((f) => ({ ...f, sources: sources(f.sources), conflict: values(f.conflict) })),
		entities: model.entities
			.map((e) => ({ ...e, note: e.note && back(e.note), aliases: e.aliases.slice().sort(), enteredAs: e.enteredAs.slice().sort(), sources: sources(e.sources) }))
			.sort((a, b) => a.id.localeCompare(b.id)),
		nodes: model.lineage.nodes.map((n) => ({ ...n, note: n.note && back(n.note) })).sort((a, b) => a.id.localeCompare(b.id)),
		edges: model.lineage.edges.map((e) => ({ ...e, sources: sources(e.sources) })).sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)),
		diagnostics: model.diagnostics
			// A conflict's message names its paths (covered by its sources); any other names none.
			.map((d) => ({ kind: d.kind, message: d.sources ? "" : d.message, sources: d.sources && sources(d.sources), at: d.sources ? "" : `${back(d.path)}:${d.line}` }))
			.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
	};
}

describe("the model is the same whatever the notes' files are called", () => {
	const notes = vault();
	const paths = Object.keys(notes);
	const before = canonical(buildModelFromTexts(notes), (p) => p);

	it("moving each note into another folder, in any order, changes nothing but paths", () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: paths.length, maxLength: paths.length }), fc.boolean(), (folders, reverse) => {
				const moved: Record<string, string> = {};
				const original = new Map<string, string>();
				const order = reverse ? paths.slice().reverse() : paths;
				order.forEach((path, i) => {
					const name = path.split("/").pop()!;
					const to = `${folders[i]}${i}/${name}`;
					moved[to] = notes[path];
					original.set(to, path);
				});
				expect(canonical(buildModelFromTexts(moved), (p) => original.get(p) ?? p)).toEqual(before);
			}),
			{ numRuns: Number(process.env.RUNS ?? 12) },
		);
	});
});

describe("the plugin's own results table is never read back", () => {
	const notes = vault();
	const model = buildModelFromTexts(notes);
	const table = resultsMarkdownTable(model);

	it("starts with the plugin's mark", () => {
		expect(table.split("\n")[0]).toMatch(/^%% imagenet-atlas: .* %%$/);
	});

	it("adds no source, value or conflict to any figure wherever a note holds it", () => {
		const paths = Object.keys(notes);
		fc.assert(
			fc.property(fc.nat(paths.length - 1), fc.nat(400), (which, atLine) => {
				const path = paths[which];
				const lines = notes[path].split("\n");
				const line = insertionLine(notes[path], Math.min(atLine, lines.length));
				const inserted = [...lines.slice(0, line), "", ...table.trimEnd().split("\n"), "", ...lines.slice(line)].join("\n");
				const added = table.trimEnd().split("\n").length + 2;
				// Lines after the table moved down: put them back before comparing.
				const back = (s: Source) => (s.path === path && s.line > line ? { ...s, line: s.line - added } : s);
				const after = buildModelFromTexts({ ...notes, [path]: inserted });
				const fromTable = after.results.flatMap((r) => [...r.sources, ...(r.conflict ?? []).flatMap((c) => c.sources)]).filter((s) => s.path === path && s.line > line && s.line <= line + added);
				expect(fromTable).toEqual([]);
				const read = (m: AtlasModel, place: (s: Source) => Source) => m.results.map((r) => ({ year: r.year, series: r.series, value: r.value, sources: r.sources.map(place).map((s) => `${s.path}:${s.line}`), conflict: r.conflict?.map((c) => [c.value, c.sources.map(place).map((s) => `${s.path}:${s.line}`)]) }));
				expect(read(after, back)).toEqual(read(model, (s) => s));
			}),
			{ numRuns: Number(process.env.RUNS ?? 15) },
		);
	});

	it("is placed after the frontmatter when the cursor is inside or above it", () => {
		const note = "---\naliases: [SuperVision]\ntags: [cnn]\n---\n# AlexNet\n";
		expect(insertionLine(note, 0)).toBe(4);
		expect(insertionLine(note, 2)).toBe(4);
		expect(insertionLine(note, 5)).toBe(5);
		expect(insertionLine("# No frontmatter\n", 0)).toBe(0);
	});

	it("is placed after a table or paragraph when the cursor is inside it", () => {
		const note = "# Results\n\n| Year | Winner |\n|---|---|\n| 2012 | AlexNet |\n\nMore text.\n";
		expect(insertionLine(note, 3)).toBe(5);
		expect(insertionLine(note, 2)).toBe(2);
		expect(insertionLine(note, 6)).toBe(6);
	});
});
