// Reading a note again with its last reading (as the index does after an edit) gives exactly what
// reading it afresh gives: unchanged tables and rows are taken over, changed ones read again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsInLineOrder, keepUnchangedClaims, type IndexedClaims } from "../../src/index/noteClaims";
import { extractClaims, extractClaimsByTable, type TableReading } from "../../src/model/claims";
import { parseNote } from "../../src/parse/note";

const HEADERS = [
	["Year", "Winner", "Top-5 error"],
	["Year", "Team", "Place", "Top-5 error", "Top-1 error"],
	["Year", "Model", "Top-5 error (fraction)"],
	["Entrant", "Top-5 error"],
	["", "", ""],
];
const CELLS = ["2012", "2013", "2014", "ILSVRC'13", "n/a", "—", "", "AlexNet (SuperVision)", "[[ZFNet]]", "VGG", "Runner-up", "Second place", "2nd", "1", "Winner", "15.3%", "**11.7%**", "~6.7%", "0.153", ".067", "3.57", "120%", "about 5%", "Year", "Top-5 error", "Team"];
const HEADINGS = ["Results", "The 2012 moment", "ILSVRC 2014", "Classification"];

const row = fc.array(fc.constantFrom(...CELLS), { minLength: 5, maxLength: 5 });
const table = fc.record({ header: fc.nat(HEADERS.length - 1), heading: fc.nat(HEADINGS.length - 1), rows: fc.array(row, { minLength: 0, maxLength: 6 }) });

type TableSpec = { header: number; heading: number; rows: string[][] };

function noteText(tables: TableSpec[], blankLinesFirst: number): string {
	let text = "# Results\n" + "\n".repeat(blankLinesFirst) + "ImageNet results.\n";
	for (const t of tables) {
		const header = HEADERS[t.header];
		text += `\n## ${HEADINGS[t.heading]}\n\n| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|\n`;
		for (const cells of t.rows) text += `| ${cells.slice(0, header.length).join(" | ")} |\n`;
	}
	return text;
}

/** One edit of a note: a cell, a row added or removed, a table's header or heading, lines added above. */
const edit = fc.oneof(
	{ arbitrary: fc.record({ kind: fc.constant("cell" as const), table: fc.nat(1), row: fc.nat(5), column: fc.nat(4), text: fc.constantFrom(...CELLS) }), weight: 6 },
	{ arbitrary: fc.record({ kind: fc.constant("add" as const), table: fc.nat(1), cells: row }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("remove" as const), table: fc.nat(1), row: fc.nat(5) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("header" as const), table: fc.nat(1), header: fc.nat(HEADERS.length - 1) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("heading" as const), table: fc.nat(1), heading: fc.nat(HEADINGS.length - 1) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("shift" as const) }), weight: 1 },
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(tables: TableSpec[], e: Edit, state: { blank: number }): void {
	if (e.kind === "shift") {
		state.blank++;
		return;
	}
	const t = tables[e.table % tables.length];
	if (e.kind === "cell") {
		const r = t.rows[e.row % Math.max(1, t.rows.length)];
		if (r) r[e.column] = e.text;
	} else if (e.kind === "add") t.rows.push(e.cells.slice());
	else if (e.kind === "remove") t.rows.splice(e.row % Math.max(1, t.rows.length), 1);
	else if (e.kind === "header") t.header = e.header;
	else t.heading = e.heading;
}

describe("reading a note again with its last reading", () => {
	it("gives what a fresh reading gives, after any sequence of edits", () => {
		fc.assert(
			fc.property(fc.array(table, { minLength: 1, maxLength: 2 }), fc.array(edit, { minLength: 1, maxLength: 15 }), (start, edits) => {
				const tables: TableSpec[] = start.map((t) => ({ ...t, rows: t.rows.map((r) => r.slice()) }));
				const state = { blank: 0 };
				let previous: TableReading[] = extractClaimsByTable(parseNote("R.md", noteText(tables, 0)), []).tables;
				let indexed: IndexedClaims = claimsInLineOrder(parseNote("R.md", noteText(tables, 0)));
				for (const e of edits) {
					apply(tables, e, state);
					const note = parseNote("R.md", noteText(tables, state.blank));
					const again = extractClaimsByTable(note, previous);
					const fresh = extractClaims(note);
					expect(again.claims).toEqual(fresh.claims);
					expect(again.diagnostics).toEqual(fresh.diagnostics);
					previous = again.tables;
					// As the index keeps a note's claims.
					indexed = keepUnchangedClaims(indexed, claimsInLineOrder(note, indexed));
					const freshInOrder = claimsInLineOrder(note);
					expect(indexed.claims).toEqual(freshInOrder.claims);
					expect(indexed.diagnostics).toEqual(freshInOrder.diagnostics);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("keeps the claims of a table and of rows that did not change as the very same objects", () => {
		const text = (value: string) => `# R\n\nImageNet.\n\n| Year | Winner | Top-5 error |\n|---|---|---|\n| 2012 | AlexNet | 15.3% |\n| 2013 | ZFNet | ${value} |\n\n| Year | Runner-up | Top-5 error |\n|---|---|---|\n| 2012 | ISI | 26.2% |\n`;
		const first = extractClaimsByTable(parseNote("R.md", text("11.7%")), []);
		const second = extractClaimsByTable(parseNote("R.md", text("11.2%")), first.tables);
		const [alexNet, zfNet, isi] = first.claims;
		expect(second.claims[0]).toBe(alexNet);
		expect(second.claims[1]).not.toBe(zfNet);
		expect(second.claims[1]).toMatchObject({ entrant: "ZFNet", value: 11.2 });
		expect(second.claims[2]).toBe(isi);
	});
});
