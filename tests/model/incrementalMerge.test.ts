// The incremental merge gives exactly what a full merge of the same notes gives, after any sequence
// of per-note changes: figures only (the quick path), other entrants and rows, models, facts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsInLineOrder, keepUnchangedClaims, type IndexedClaims } from "../../src/index/noteClaims";
import { IncrementalMerge } from "../../src/model/incrementalMerge";
import { mergeClaims } from "../../src/model/merge";
import { parseNote } from "../../src/parse/note";

const ENTRANTS = ["[[AlexNet]]", "AlexNet (SuperVision)", "SuperVision", "ZFNet (Clarifai)", "Clarifai", "VGG", "GoogLeNet (Google)", "Google", "vgg"];
const VALUES = ["15.3%", "15.32%", "~15%", "16.4%", "11.7%", "11.2%", "11.74%", "6.7%", "—"];
const YEARS = [2012, 2013, 2014];

interface Row {
	year: number;
	entrant: string;
	value: string;
}

const row = fc.record({ year: fc.constantFrom(...YEARS), entrant: fc.constantFrom(...ENTRANTS), value: fc.constantFrom(...VALUES) });
const rows = fc.array(row, { minLength: 1, maxLength: 4 });

function resultsNote(table: Row[], runnersUp: boolean, baseline: string | null): string {
	const head = runnersUp ? "| Year | Runner-up | Top-5 error |" : "| Year | Winner | Top-5 error |";
	const body = table.map((r) => `| ${r.year} | ${r.entrant} | ${r.value} |`).join("\n");
	const prose = baseline === null ? "" : `\nHumans, for comparison: a human top-5 error of ${baseline} on the ImageNet images.\n`;
	return `# ILSVRC results\n\n${head}\n| --- | --- | --- |\n${body}\n${prose}`;
}

const MODELS = [
	"---\naliases: [SuperVision]\nyear: 2012\n---\n# AlexNet\nThe ImageNet 2012 winner.\n",
	"---\nyear: 2012\n---\n# AlexNet\nAn ImageNet model.\n",
	'---\nparent: "[[AlexNet]]"\nyear: 2013\n---\n# ZFNet\nImageNet.\n',
	"| Year | Model | Innovation |\n| --- | --- | --- |\n| 2012 | AlexNet | GPUs |\n| 2013 | ZFNet | Improved AlexNet |\n| 2014 | VGG | Depth |\n\nImageNet lineage.",
];

const PATHS = ["A results.md", "B results.md", "C runners-up.md", "Models/AlexNet.md", "Models/Lineage.md"];

/** What a step does to one note. */
const step = fc.oneof(
	// The same rows with other figures: what the quick path is for.
	{ arbitrary: fc.record({ kind: fc.constant("figures" as const), note: fc.nat(2), values: fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }) }), weight: 6 },
	{ arbitrary: fc.record({ kind: fc.constant("rows" as const), note: fc.nat(2), rows }), weight: 2 },
	{ arbitrary: fc.record({ kind: fc.constant("baseline" as const), note: fc.nat(2), baseline: fc.constantFrom(null, "5.1%", "5.2%", "~5%") }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("model" as const), note: fc.nat(1), text: fc.constantFrom(...MODELS) }), weight: 1 },
);

interface ResultsNote {
	rows: Row[];
	baseline: string | null;
}

describe("the incremental merge", () => {
	it("equals a full merge after any sequence of per-note changes", () => {
		const quick = { incremental: 0, full: 0 };
		fc.assert(
			fc.property(fc.array(rows, { minLength: 3, maxLength: 3 }), fc.array(step, { minLength: 1, maxLength: 25 }), fc.boolean(), (start, steps, noBaseline) => {
				const options = { humanBaseline: noBaseline ? null : 5.1 };
				const notes: ResultsNote[] = start.map((r) => ({ rows: r, baseline: null }));
				const texts = new Map<string, string>();
				const textOf = (i: number) => resultsNote(notes[i].rows, PATHS[i].includes("runners-up"), notes[i].baseline);
				for (let i = 0; i < 3; i++) texts.set(PATHS[i], textOf(i));
				texts.set(PATHS[3], MODELS[0]);
				texts.set(PATHS[4], MODELS[3]);
				const claims = new Map<string, IndexedClaims>();
				for (const [path, text] of texts) claims.set(path, claimsInLineOrder(parseNote(path, text)));
				const merger = new IncrementalMerge();
				const fullMerge = () => mergeClaims(PATHS.map((p) => claims.get(p)!), options);
				expect(merger.merge(PATHS, claims, null, options)).toEqual(fullMerge());

				for (const s of steps) {
					let path: string;
					if (s.kind === "model") {
						path = PATHS[3 + s.note];
						texts.set(path, s.text);
					} else {
						const note = notes[s.note];
						if (s.kind === "figures") note.rows = note.rows.map((r, i) => ({ ...r, value: s.values[i] }));
						else if (s.kind === "rows") note.rows = s.rows;
						else note.baseline = s.baseline;
						path = PATHS[s.note];
						texts.set(path, textOf(s.note));
					}
					// As the index does: re-extract the note (tables and rows as they were are taken over), keeping claims that say the same as the same objects.
					const before = claims.get(path)!;
					claims.set(path, keepUnchangedClaims(before, claimsInLineOrder(parseNote(path, texts.get(path)!), before)));
					expect(merger.merge(PATHS, claims, new Set([path]), options)).toEqual(fullMerge());
				}
				quick.incremental += merger.counts.incremental;
				quick.full += merger.counts.full;
			}),
			{ numRuns: 150 },
		);
		// The quick path is the one under test: many figure edits take it (an edit that renames or adds a row does not).
		expect(quick.incremental).toBeGreaterThan(100);
	});

	it("redoes only the groups a figure edit touched, and merges in full when a name changes", () => {
		const paths = ["A.md", "B.md"];
		const claims = new Map<string, IndexedClaims>();
		const set = (path: string, text: string) => {
			const before = claims.get(path);
			const fresh = claimsInLineOrder(parseNote(path, text), before);
			claims.set(path, before ? keepUnchangedClaims(before, fresh) : fresh);
		};
		set("A.md", resultsNote([{ year: 2012, entrant: "AlexNet (SuperVision)", value: "15.3%" }, { year: 2013, entrant: "ZFNet", value: "11.7%" }], false, null));
		set("B.md", resultsNote([{ year: 2012, entrant: "SuperVision", value: "15.3%" }], false, null));
		const merger = new IncrementalMerge();
		const full = () => mergeClaims(paths.map((p) => claims.get(p)!));
		merger.merge(paths, claims, null);
		const before = merger.merge(paths, claims, new Set());

		set("B.md", resultsNote([{ year: 2012, entrant: "SuperVision", value: "16.4%" }], false, null));
		const after = merger.merge(paths, claims, new Set(["B.md"]));
		expect(after).toEqual(full());
		expect(merger.counts).toEqual({ incremental: 2, full: 1 });
		expect(after.results[0].conflict?.map((c) => c.value)).toEqual([15.3, 16.4]);
		// The 2013 point was not touched: the same object.
		expect(after.results[1]).toBe(before.results[1]);
		expect(after.lineage).toBe(before.lineage);

		set("B.md", resultsNote([{ year: 2012, entrant: "Clarifai", value: "16.4%" }], false, null));
		expect(merger.merge(paths, claims, new Set(["B.md"]))).toEqual(full());
		expect(merger.counts.full).toBe(2);
	});
});
