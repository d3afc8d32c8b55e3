// The parser's fast paths (whole-text searches, character checks in place of regexes) must read
// exactly what the plain versions read. Each is checked against a plain reference on many generated
// inputs built from the characters that matter, plus the cases that once needed care.
import { describe, expect, it } from "vitest";
import { readAtxHeading, splitLines } from "../../src/parse/blocks";
import fc from "fast-check";
import { ANY, FIELD, LINK, LineHints, MENTION, TAG } from "../../src/parse/hints";
import { scanLines } from "../../src/parse/lineScan";
import { blankCodeSpans, codeSpans, readTags, readWikiLinks } from "../../src/parse/inline";
import { parseNote } from "../../src/parse/note";
import { splitRow } from "../../src/parse/tables";
import type { Tag, WikiLink } from "../../src/parse/types";

/** Deterministic strings made of `pieces`. */
function* samples(pieces: string[], count: number, maxPieces: number): Generator<string> {
	let state = 12345;
	const next = (n: number) => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return (state >>> 8) % n;
	};
	for (let k = 0; k < count; k++) {
		let text = "";
		for (let j = next(maxPieces + 1); j > 0; j--) text += pieces[next(pieces.length)];
		yield text;
	}
}

describe("splitLines", () => {
	it("splits at \\r\\n, \\r and \\n like the regex", () => {
		for (const text of samples(["a", "bc", "\n", "\r", "\r\n", " ", "\n\r"], 3000, 12)) {
			expect(splitLines(text)).toEqual(text.split(/\r\n|\r|\n/));
		}
	});
});

describe("readAtxHeading", () => {
	const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
	it("reads what the ATX heading regex reads", () => {
		for (const line of samples([" ", "\t", "#", "##", "a", "b c", "\u2028", "\u00a0", "#x"], 5000, 8)) {
			const match = ATX.exec(line);
			const heading = readAtxHeading(line);
			expect(heading, JSON.stringify(line)).toEqual(match ? { level: match[1].length, text: match[2] ?? "" } : null);
		}
	});
});

describe("blankCodeSpans", () => {
	/** The plain reading: a run of backticks closes at the next run of as many. */
	function reference(line: string): string {
		const runs: { start: number; length: number }[] = [];
		for (let i = 0; i < line.length; ) {
			if (line[i] !== "`") {
				i++;
				continue;
			}
			let length = 0;
			while (line[i + length] === "`") length++;
			runs.push({ start: i, length });
			i += length;
		}
		let out = "";
		let written = 0;
		for (let k = 0; k < runs.length; k++) {
			if (runs[k].start < written) continue;
			const close = runs.slice(k + 1).find((run) => run.length === runs[k].length);
			if (!close) continue;
			out += line.slice(written, runs[k].start) + " ".repeat(close.start + close.length - runs[k].start);
			written = close.start + close.length;
		}
		return out + line.slice(written);
	}

	it("blanks the same spans as the plain reading", () => {
		for (const line of samples(["`", "``", "```", "a", " #t ", "[[x]]"], 5000, 10)) {
			expect(blankCodeSpans(line), JSON.stringify(line)).toBe(reference(line));
		}
	});
});

describe("links and tags next to code spans", () => {
	// The readers skip what lies in a code span instead of reading a copy of the line with the spans
	// blanked; they must read exactly what they would read on that copy.
	it("read what they read on the line with its code spans blanked", () => {
		const pieces = ["`", "``", "[[", "]]", "!", "#t", "#", " ", "a", "|", "\\|", "[", "]", "(", ",", "#1", "é"];
		for (const line of samples(pieces, 20000, 14)) {
			const links: WikiLink[] = [];
			const tags: Tag[] = [];
			readWikiLinks(line, 1, links, codeSpans(line));
			readTags(line, 1, tags, codeSpans(line));
			const blanked = blankCodeSpans(line);
			const expectedLinks: WikiLink[] = [];
			const expectedTags: Tag[] = [];
			readWikiLinks(blanked, 1, expectedLinks);
			readTags(blanked, 1, expectedTags);
			expect(links, JSON.stringify(line)).toEqual(expectedLinks);
			expect(tags, JSON.stringify(line)).toEqual(expectedTags);
		}
	});

	it("leave out a link or a tag inside code, and read the one beside it", () => {
		const line = "`[[Not]] #no` [[Yes|shown `x`]] #yes `#no`#yes2";
		const links: WikiLink[] = [];
		const tags: Tag[] = [];
		readWikiLinks(line, 3, links, codeSpans(line));
		readTags(line, 3, tags, codeSpans(line));
		expect(links).toEqual([{ target: "Yes", embed: false, line: 3, display: "shown" }]);
		expect(tags.map((t) => t.name)).toEqual(["yes", "yes2"]);
	});
});

describe("splitRow", () => {
	function reference(line: string): string[] {
		const cells: string[] = [];
		let current = "";
		let sawPipe = false;
		for (let i = 0; i < line.length; i++) {
			if (line[i] === "\\" && line[i + 1] === "|") {
				current += "|";
				i++;
			} else if (line[i] === "|") {
				cells.push(current);
				current = "";
				sawPipe = true;
			} else current += line[i];
		}
		cells.push(current);
		if (sawPipe && cells[0].trim() === "") cells.shift();
		if (sawPipe && cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
		return cells.map((c) => c.trim());
	}

	it("splits cells and unescapes pipes like the plain reading", () => {
		for (const line of samples(["|", "\\|", "\\", "\\\\|", " ", "a", "[[b\\|c]]"], 5000, 10)) {
			expect(splitRow(line), JSON.stringify(line)).toEqual(reference(line));
		}
	});
});

describe("readTags", () => {
	const TAG_RE = /#([\p{L}\p{N}_\-/]+)/gu;
	function reference(line: string): string[] {
		const names: string[] = [];
		for (const match of line.matchAll(TAG_RE)) {
			const before = match.index === 0 ? " " : line[match.index - 1];
			if (before !== " " && before !== "\t" && before !== "(" && before !== ",") continue;
			const name = match[1].replace(/\/+$/, "");
			if (name !== "" && !/^[\d/]+$/.test(name)) names.push(name);
		}
		return names;
	}

	it("reads the same tags as the Unicode regex, in any script", () => {
		for (const line of samples(["#", " ", "(", ",", "a", "Z9", "_", "-", "/", "é", "日本", "²", "—", "😀", "#2012"], 5000, 10)) {
			const tags: Tag[] = [];
			readTags(line, 1, tags);
			expect(tags.map((t) => t.name), JSON.stringify(line)).toEqual(reference(line));
		}
	});
});

describe("LineHints", () => {
	it.each(["any", "script"] as const)("never leaves out a marker a line holds (scan: %s)", (scan) => {
		for (const text of samples(["`", "[[", "[", "#", "::", ":", "ImageNet", "ilSVRC", "iMAGEnet", "magenet", "x", "\n", "\n", "|", "%", "％", "%%", "<!--", "<!-", " ", "\t", "i", "g", "t"], 4000, 30)) {
			const lines = text.split("\n");
			const hints = new LineHints(text, scan);
			expect(hints.hasComments).toBe(text.includes("%%") || text.includes("<!--"));
			expect(hints.count).toBe(lines.length);
			lines.forEach((line, i) => {
				expect(hints.line(i)).toBe(line);
				expect(hints.lengthOf(i)).toBe(line.length);
				const bits = hints.at(i, true);
				const expected = (line.includes("[[") ? LINK : 0) | (line.includes("#") ? TAG : 0) | (line.includes("::") ? FIELD : 0) | (/imagenet|ilsvrc/i.test(line) ? MENTION : 0);
				expect(bits, JSON.stringify(line)).toBe(expected);
				expect(hints.hasPipe(i)).toBe(line.includes("|"));
				expect(hints.hasPercent(i)).toBe(/[%％]/.test(line));
				expect(hints.opensComment(i)).toBe(line.includes("%%") || line.includes("<!--"));
				const nothing = !/\[\[|#|::|\||[%％]|<!--|imagenet|ilsvrc/i.test(line) && !(lines[i + 1] ?? "").includes("|");
				expect(hints.holdsNothing(i, true), JSON.stringify(line)).toBe(nothing);
				expect(hints.firstAfterIndent(i)).toBe(/^[ \t]*$/.test(line) ? NaN : line.replace(/^[ \t]+/, "").charCodeAt(0));
			});
		}
		expect(ANY).toBe(LINK | TAG | FIELD | MENTION);
	});

	// What LineHints says of each line, through every question it answers.
	function answers(hints: LineHints): unknown[] {
		const out: unknown[] = [hints.count, hints.hasComments];
		for (let i = 0; i < hints.count; i++) {
			out.push([hints.line(i), hints.lengthOf(i), hints.at(i, false), hints.hasPipe(i), hints.hasPercent(i), hints.opensComment(i), hints.holdsNothing(i, false), hints.firstAfterIndent(i)]);
		}
		// The mention questions last: they must be asked in text order.
		for (let i = 0; i < hints.count; i++) out.push([hints.at(i, true), hints.holdsNothing(i, true)]);
		return out;
	}

	it("gives the same answers from the WebAssembly scan as from the script", () => {
		expect(scanLines("a\n[[b]]")).not.toBeNull();
		// Markers at every place in and across the scan's 16-byte blocks, in texts up to ~300 characters.
		const pieces = ["[[", "[", "]", "#", "::", ":", "|", "%", "%%", "<!--", "<!-", "<", "!", "-", "\n", "\n", "\n\n", " ", "\t", "x", "abcdefghijklmno", "i", "I", "g", "v", "t", "c", "ImageNet", "imagenet", "ILSVRC", "ilsvrc", "imageneT", "imagenett", "ilsvr", "imagene", "iMaGeNeT", "ilsvrc2012"];
		for (const text of samples(pieces, 6000, 40)) {
			expect(answers(new LineHints(text)), JSON.stringify(text)).toEqual(answers(new LineHints(text, "script")));
		}
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(..."[]#:|%<!-\n \tiIgGvVtTcCmMaAeEnNlLsSrR".split("")), maxLength: 200 }), (text) => {
				expect(answers(new LineHints(text))).toEqual(answers(new LineHints(text, "script")));
			}),
			{ numRuns: 3000 },
		);
	});

	it("gives the same answers where characters take two, three or four bytes of UTF-8 (line starts count UTF-16 units)", () => {
		expect(scanLines("café ％\n😀 [[x]]")).not.toBeNull();
		// `％` is U+FF05 (EF BC 85); U+FF01 and U+FC85 share two of its bytes. A lone surrogate becomes
		// three bytes (EF BF BD) in UTF-8 but stays one unit in the string.
		const pieces = ["[[", "#", "|", "%", "％", "！", "ﲅ", "é", "ß", "—", "日本", "😀", "𝕏", "\ud800", "\udfff", "\n", "\n", "ImageNet", "İmagenet", "ımagenet", "ILSVRC", "x", "abcdefghijklmn", "%%", "<!--", "::"];
		for (const text of samples(pieces, 6000, 40)) {
			expect(answers(new LineHints(text)), JSON.stringify(text)).toEqual(answers(new LineHints(text, "script")));
		}
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 120 }), (text) => {
				expect(answers(new LineHints(text))).toEqual(answers(new LineHints(text, "script")));
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("lines that comments were taken out of", () => {
	it("are read in full, as pieces joined around a comment may spell what the text does not", () => {
		const note = parseNote("Joined.md", ["Image%%x%%Net", "[%%y%%[Target]] and #%%z%%tag"].join("\n"));
		expect(note.mentionsImageNet).toBe(true);
		expect(note.links.map((l) => l.target)).toEqual(["Target"]);
		expect(note.tags.map((t) => t.name)).toEqual(["tag"]);
	});

	it("with Windows line endings, are read as with Unix ones", () => {
		const text = ["---", "aliases: [A]", "---", "# ImageNet", "| a | b |", "| - | - |", "| [[X]] | #t |", "", "`[[no]]` [[yes]]"].join("\n");
		const unix = parseNote("N.md", text);
		const windows = parseNote("N.md", text.replace(/\n/g, "\r\n"));
		expect(windows).toEqual(unix);
		expect(unix.links.map((l) => l.target)).toEqual(["X", "yes"]);
		expect(unix.mentionsImageNet).toBe(true);
	});
});
