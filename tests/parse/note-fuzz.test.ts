// parseNote never throws, whatever the text: random strings and markdown-ish token soup.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { growthOf, LINEAR_GROWTH_LIMIT } from "./linearity";
import { parseNote } from "../../src/parse/note";
import type { ParsedNote } from "../../src/parse/types";

// Property tests run thousands of cases: give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKENS = [
	"|", "\\|", "||", " | ", "[[", "]]", "![[", "[[A|b]]", "[[A\\|b]]", "#", "#tag", "#2012", "`", "```", "~~~", "%%", "<!--", "-->",
	"---", "...", ">", "> ", ">>", "> [!note]", "$$", "$", "\n", "\r\n", "\r", "\t", " ", "  ", "\ufeff", "\u0000", "\ud800", "\udfff",
	"％", "，", "．", "（", "）", "：", "2012", "15.3%", "~11.2%", "**", "_", "—", "-", ":-:", "|---|---|", "| a | b |", "::", "key:: [[X]]",
	"aliases: [", "tags:", "  - ", "\"", "'", "YearWinner", "2012AlexNet (SuperVision)15.3%", "ImageNet", "(", ")", "\\",
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((tokens) => tokens.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 200 }));

/** Every line a note reports lies inside the note. */
function linesInRange(note: ParsedNote, lineCount: number): boolean {
	const lines = [
		...note.tags.map((t) => t.line),
		...note.links.map((l) => l.line),
		...note.headings.map((h) => h.line),
		...note.fields.map((f) => f.line),
		...note.tables.flatMap((t) => [t.line, ...t.rows.map((r) => r.line)]),
		...note.diagnostics.map((d) => d.line),
	];
	return lines.every((line) => Number.isInteger(line) && line >= 1 && line <= lineCount);
}

function checkNote(text: string): void {
	const note = parseNote("fuzz.md", text);
	expect(note.path).toBe("fuzz.md");
	// A crash inside the scanner is caught and reported as a diagnostic; none may happen.
	expect(note.diagnostics.filter((d) => d.message.startsWith("This note could not be read"))).toEqual([]);
	expect(linesInRange(note, text.split(/\r\n|\r|\n/).length)).toBe(true);
	for (const table of note.tables) for (const row of table.rows) expect(row.cells).toHaveLength(table.header.length);
}

/** About n characters of backtick runs of falling length, none closed: ```` a ``` a `` a ` a. */
function fallingBackticks(n: number): string {
	const longest = Math.round(Math.sqrt(2 * n));
	return Array.from({ length: longest }, (_, k) => "`".repeat(longest - k) + "a").join("");
}

describe("parseNote on any input", () => {
	it("never throws on random text, and every line it reports is in the note", () => {
		fc.assert(fc.property(anyText, (text) => checkNote(text)), { numRuns: 400 });
	});

	it("never throws on markdown-ish token soup: pipes, links, fences, comments, quotes, CRLF, BOM, NUL, lone surrogates, full-width marks", () => {
		fc.assert(fc.property(tokenSoup, (text) => checkNote(text)), { numRuns: 1500 });
	});

	it("reads a long line without giving up on the rest of the note", () => {
		const note = parseNote("long.md", `${"x".repeat(200_000)}\n#after`);
		expect(note.tags.map((t) => t.name)).toEqual(["after"]);
		expect(note.diagnostics).toEqual([expect.objectContaining({ kind: "too-large", line: 1 })]);
	});

	it.each<[string, (n: number) => string, number]>([
		["unclosed inline fields", (n) => "(a:: ".repeat(n), 5_000],
		["unclosed bracket fields", (n) => "[a:: ".repeat(n), 5_000],
		["unclosed links", (n) => "[[a".repeat(n), 8_000],
		["code spans of falling length", (n) => fallingBackticks(n), 20_000],
		["a pasted table", (n) => "YearWinnerTop-5 error\n" + "2012AlexNet (SuperVision)15.3%\n".repeat(n), 12_500],
	])("reads a note of %s in linear time", (_name, input, size) => {
		expect(growthOf((text) => parseNote("big.md", text), input, size)).toBeLessThan(LINEAR_GROWTH_LIMIT);
	});
});

describe("huge input", () => {
	it("keeps the first 10,000 rows of a huge table and says how many it passed over", () => {
		const text = "| Year | Winner | Top-5 error |\n| --- | --- | --- |\n" + "| 2012 | AlexNet | 15.3% |\n".repeat(12_000) + "\nAfter the table, #still-read\n";
		const note = parseNote("huge.md", text);
		expect(note.tables[0].rows).toHaveLength(10_000);
		expect(note.diagnostics).toEqual([expect.objectContaining({ kind: "too-large", line: 1, message: "The table at line 1 has 12,000 rows; only the first 10,000 are read." })]);
		expect(note.tags.map((t) => t.name)).toEqual(["still-read"]);
	});

	it("reads a note of more than five million characters up to a line and says where it stopped", () => {
		const note = parseNote("huge.md", "ImageNet notes.\n" + "Some prose about nothing in particular.\n".repeat(200_000));
		expect(note.mentionsImageNet).toBe(true);
		expect(note.diagnostics).toEqual([expect.objectContaining({ kind: "too-large" })]);
		expect(note.diagnostics[0].message).toMatch(/^This note is longer than 5 million characters; it is read up to line \d+\.$/);
	});
});
