// parseNote never throws, whatever the text: random strings and markdown-ish token soup.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
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

	it.each([
		["unclosed inline fields", "(a:: ".repeat(20_000)],
		["unclosed bracket fields", "[a:: ".repeat(20_000)],
		["unclosed links", "[[a".repeat(30_000)],
		["code spans of falling length", Array.from({ length: 400 }, (_, k) => "`".repeat(400 - k) + "a").join("")],
		["a pasted table of 50,000 rows", "YearWinnerTop-5 error\n" + "2012AlexNet (SuperVision)15.3%\n".repeat(50_000)],
	])("reads a note of %s in linear time", (_name, text) => {
		const started = performance.now();
		parseNote("big.md", text);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
