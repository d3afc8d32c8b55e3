// Every GFM table example in ../shared/conformance must give the same tables as cmark-gfm's HTML:
// the same number of tables, header cells, body cells, alignments and row counts. Inline rendering
// (emphasis, code, links) is not compared, so cell text is normalised on both sides first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/parse/note";
import type { Alignment } from "../../src/parse/types";

const folder = fileURLToPath(new URL("../../../shared/conformance/", import.meta.url));
const present = existsSync(folder);

interface Example {
	example: number;
	markdown: string;
	html: string;
}

interface ExpectedTable {
	header: string[];
	alignments: Alignment[];
	rows: string[][];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
		if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith("#") && name !== "#39") return String.fromCodePoint(Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

function stripTags(text: string): string {
	return text.replace(/<[^>]*>/g, "");
}

/**
 * What is compared of a cell: its text without markdown emphasis, code ticks, backslashes and
 * brackets, with whitespace collapsed. Raw HTML such as `<strong>` or `<br>` inside a cell is inline
 * rendering too, so tags are removed from both sides (the parser keeps cell text as written).
 */
function normalise(text: string): string {
	return stripTags(text)
		.replace(/[*_`\\[\]]/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

function expectedCell(html: string): string {
	return normalise(decodeEntities(stripTags(html)));
}

function readExpectedTables(html: string): ExpectedTable[] {
	const tables: ExpectedTable[] = [];
	for (const table of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
		const rows = [...table[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) => [...tr[1].matchAll(/<(th|td)(?: align="(\w+)")?>([\s\S]*?)<\/\1>/g)]);
		const headerCells = rows[0] ?? [];
		tables.push({
			header: headerCells.map((cell) => expectedCell(cell[3])),
			alignments: headerCells.map((cell) => (cell[2] ?? null) as Alignment),
			rows: rows.slice(1).map((cells) => cells.map((cell) => expectedCell(cell[3]))),
		});
	}
	return tables;
}

function loadExamples(): { file: string; example: Example }[] {
	if (!present) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith(".json"))
		.sort()
		.flatMap((file) => (JSON.parse(readFileSync(folder + file, "utf8")) as Example[]).map((example) => ({ file, example })));
}

const examples = loadExamples();

describe.skipIf(!present)("GFM table conformance (../shared/conformance)", () => {
	it("has examples to check, with tables and alignments in their expected HTML", () => {
		expect(examples.length).toBeGreaterThan(20);
		const expectedTables = examples.flatMap(({ example }) => readExpectedTables(example.html));
		expect(expectedTables.length).toBeGreaterThan(20);
		expect(expectedTables.some((t) => t.alignments.includes("center") && t.alignments.includes("right"))).toBe(true);
	});

	it.each(examples.map(({ file, example }) => [`${file} example ${example.example}`, example] as const))("%s finds the tables cmark-gfm finds", (_name, example) => {
		const expected = readExpectedTables(example.html);
		const found = parseNote("conformance.md", example.markdown).tables;
		expect(found.length, "number of tables").toBe(expected.length);
		found.forEach((table, k) => {
			const want = expected[k];
			expect(table.recovered, "a GFM table is not a recovered one").toBe(false);
			expect(table.header.map(normalise), "header cells").toEqual(want.header);
			expect(table.alignments, "alignments").toEqual(want.alignments);
			expect(table.rows.length, "row count").toBe(want.rows.length);
			expect(table.rows.map((row) => row.cells.map(normalise)), "body cells").toEqual(want.rows);
		});
	});
});

describe.skipIf(present)("GFM table conformance", () => {
	it.skip(`skipped: ${folder} is absent, so the cmark-gfm examples cannot be checked`, () => {});
});
