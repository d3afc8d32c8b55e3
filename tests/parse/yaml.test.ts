import { describe, expect, it, vi } from "vitest";
import { growthOf, LINEAR_GROWTH_LIMIT } from "./linearity";
import fc from "fast-check";
import { parseYaml } from "../../src/parse/yaml";

// Property tests run thousands of cases: give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

/** Parses with the body starting on file line 2 (line 1 is the opening `---`). */
function read(text: string) {
	return parseYaml(text, 2);
}

describe("scalars", () => {
	it("reads plain, quoted, number, boolean and null values", () => {
		const { data, errors } = read(
			[
				"name: AlexNet",
				"single: 'it''s fine'",
				'double: "say \\"hi\\"\\\\ \\n next"',
				"year: 2012",
				"error: 15.3",
				"negative: -3",
				"open: true",
				"closed: False",
				"nothing: null",
				"tilde: ~",
				"empty:",
			].join("\n"),
		);
		expect(errors).toEqual([]);
		expect(data).toEqual({
			name: "AlexNet",
			single: "it's fine",
			double: 'say "hi"\\ \n next',
			year: 2012,
			error: 15.3,
			negative: -3,
			open: true,
			closed: false,
			nothing: null,
			tilde: null,
			empty: null,
		});
	});

	it("keeps a date, a version and quoted numbers as text", () => {
		const { data } = read('date: 2026-09-30\nversion: 1.2.3\nid: "2012"');
		expect(data).toEqual({ date: "2026-09-30", version: "1.2.3", id: "2012" });
	});

	it("reads a wiki link as text whether quoted or not", () => {
		const { data, errors } = read('parent: [[AlexNet]]\nquoted: "[[AlexNet]]"\nshown: [[AlexNet|the net]]');
		expect(errors).toEqual([]);
		expect(data).toEqual({ parent: "[[AlexNet]]", quoted: "[[AlexNet]]", shown: "[[AlexNet|the net]]" });
	});

	it("reads wiki links inside lists as text", () => {
		const { data } = read("related: [[[AlexNet]], [[VGG]]]\nblock:\n  - [[ResNet]]");
		expect(data).toEqual({ related: ["[[AlexNet]]", "[[VGG]]"], block: ["[[ResNet]]"] });
	});

	it("keeps key case and text with colons or hashes that are not comments", () => {
		const { data } = read("Title: Note: the sequel\nurl: https://image-net.org/#top\nTAG: C#");
		expect(data).toEqual({ Title: "Note: the sequel", url: "https://image-net.org/#top", TAG: "C#" });
	});

	it("decodes unicode escapes in double quotes", () => {
		expect(read('a: "\\u00e9\\x41\\U0001F600"').data).toEqual({ a: "éA😀" });
	});
});

describe("comments", () => {
	it("ignores comment lines and comments after values, but not # inside quotes", () => {
		const { data, errors } = read('# heading comment\nname: AlexNet # the winner\nnote: "# not a comment"\ntags: [a, b] # two');
		expect(errors).toEqual([]);
		expect(data).toEqual({ name: "AlexNet", note: "# not a comment", tags: ["a", "b"] });
	});
});

describe("lists", () => {
	it("reads flow lists with quoted commas and long unquoted items", () => {
		const { data } = read('a: [x, "c, d", 3]\naliases: [ImageNet Challenge, ILSVRC, ImageNet Large Scale Visual Recognition Challenge]\nnone: []');
		expect(data).toEqual({
			a: ["x", "c, d", 3],
			aliases: ["ImageNet Challenge", "ILSVRC", "ImageNet Large Scale Visual Recognition Challenge"],
			none: [],
		});
	});

	it("reads block lists indented deeper or at the key's own indentation", () => {
		const { data, errors } = read("deeper:\n  - one\n  - two\nsame:\n- three\n- four\nafter: 1");
		expect(errors).toEqual([]);
		expect(data).toEqual({ deeper: ["one", "two"], same: ["three", "four"], after: 1 });
	});

	it("reads a flow list spread over several lines", () => {
		expect(read("tags: [a,\n  b,\n  c]\nnext: 1").data).toEqual({ tags: ["a", "b", "c"], next: 1 });
	});

	it("reads nested lists", () => {
		expect(read("grid:\n  - - 1\n    - 2\n  - [3, 4]").data).toEqual({ grid: [[1, 2], [3, 4]] });
	});
});

describe("mappings", () => {
	it("reads nested mappings by indentation and simple flow mappings", () => {
		const { data } = read('series:\n  name: Vision\n  order: 3\n  deeper:\n    x: 1\nflow: {a: 1, "b": [2], c: }');
		expect(data).toEqual({ series: { name: "Vision", order: 3, deeper: { x: 1 } }, flow: { a: 1, b: [2], c: null } });
	});

	it("reads a list of mappings", () => {
		const text = ["glossary:", '  - term: "x"', '    aliases: ["a", "b"]', '    definition: "def"', "  - term: y", "after: done"].join("\n");
		expect(read(text).data).toEqual({
			glossary: [{ term: "x", aliases: ["a", "b"], definition: "def" }, { term: "y" }],
			after: "done",
		});
	});

	it("tells the file line of every top-level key", () => {
		const { keyLines } = read("a: 1\n\n# c\nb:\n  c: 2\nd: 3");
		expect(keyLines).toEqual({ a: 2, b: 5, d: 7 });
	});

	it("keeps the first of a key written twice and reports the second", () => {
		const { data, errors } = read("name: first\nname: second\nsub:\n  x: 1\n  x: 2");
		expect(data).toEqual({ name: "first", sub: { x: 1 } });
		expect(errors.map((e) => e.line)).toEqual([3, 6]);
		expect(errors[0].message).toContain('"name" is written twice');
	});

	it("stores a key named __proto__ as plain data", () => {
		const { data } = read("__proto__: x\nconstructor: y");
		expect(Object.keys(data)).toEqual(["__proto__", "constructor"]);
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
	});
});

describe("text blocks", () => {
	it("keeps line breaks with | and folds them with >", () => {
		const text = ["literal: |", "  line one", "    indented", "", "  line three", "folded: >", "  joined", "  together", "", "  new paragraph", "next: 1"].join("\n");
		expect(read(text).data).toEqual({
			literal: "line one\n  indented\n\nline three\n",
			folded: "joined together\nnew paragraph\n",
			next: 1,
		});
	});

	it("follows the strip and keep markers", () => {
		const { data } = read("strip: |-\n  a\n  b\n\nkeep: |+\n  a\n\n\nend: 1");
		expect(data).toEqual({ strip: "a\nb", keep: "a\n\n\n", end: 1 });
	});

	it("joins a plain or quoted value that continues on the next lines", () => {
		const { data } = read('plain: one\n  two\nquoted: "three\n  four"\nnext: 1');
		expect(data).toEqual({ plain: "one two", quoted: "three four", next: 1 });
	});
});

describe("real notes", () => {
	it("reads a zh-TW course note", () => {
		const text = [
			'title: "深度學習導論：ImageNet 與 AlexNet"',
			"date: 2026-09-30",
			"category: 課程筆記",
			"tags: [深度學習, 電腦視覺, ImageNet]",
			"series:",
			"  name: 電腦視覺入門",
			"  order: 3",
			'tldr: "AlexNet 在 2012 年的 ILSVRC 以 15.3% 的 top-5 錯誤率奪冠，比第二名低了超過十個百分點，開啟了深度學習的時代。"',
			"glossary:",
			'  - term: "ILSVRC"',
			'    aliases: ["ImageNet Challenge", "ImageNet 大規模視覺辨識挑戰賽"]',
			'    definition: "以 ImageNet 子集為基礎的年度影像辨識競賽（2010–2017）。"',
			'    context: "AlexNet 在 2012 年的比賽中勝出。"',
			'  - term: "top-5 錯誤率"',
			'    aliases: ["top-5 error"]',
			'    definition: "前五個預測都不是正確答案的比例。"',
			'    context: "AlexNet：15.3%；第二名：26.2%。"',
		].join("\r\n");
		const { data, errors, keyLines } = read(text);
		expect(errors).toEqual([]);
		expect(data).toEqual({
			title: "深度學習導論：ImageNet 與 AlexNet",
			date: "2026-09-30",
			category: "課程筆記",
			tags: ["深度學習", "電腦視覺", "ImageNet"],
			series: { name: "電腦視覺入門", order: 3 },
			tldr: "AlexNet 在 2012 年的 ILSVRC 以 15.3% 的 top-5 錯誤率奪冠，比第二名低了超過十個百分點，開啟了深度學習的時代。",
			glossary: [
				{
					term: "ILSVRC",
					aliases: ["ImageNet Challenge", "ImageNet 大規模視覺辨識挑戰賽"],
					definition: "以 ImageNet 子集為基礎的年度影像辨識競賽（2010–2017）。",
					context: "AlexNet 在 2012 年的比賽中勝出。",
				},
				{ term: "top-5 錯誤率", aliases: ["top-5 error"], definition: "前五個預測都不是正確答案的比例。", context: "AlexNet：15.3%；第二名：26.2%。" },
			],
		});
		expect(keyLines.glossary).toBe(10);
	});

	it("reads CRLF line endings like LF", () => {
		expect(read("a: 1\r\nb: |\r\n  x\r\n  y\r\n").data).toEqual({ a: 1, b: "x\ny\n" });
	});
});

describe("mistakes are reported with their line and the rest is still read", () => {
	it("reports a list item where a key was expected", () => {
		const { data, errors } = read("a: 1\n- stray\nb: 2");
		expect(data).toEqual({ a: 1, b: 2 });
		expect(errors).toEqual([{ line: 3, message: "a list item where a key was expected" }]);
	});

	it("reports a tab used for indentation and still reads the nested value", () => {
		const { data, errors } = read("series:\n\tname: x\nb: 2");
		expect(data).toEqual({ series: { name: "x" }, b: 2 });
		expect(errors).toHaveLength(1);
		expect(errors[0].line).toBe(3);
		expect(errors[0].message).toContain("tab");
	});

	it("reports a line without a colon and a missing space after the colon", () => {
		const { data, errors } = read("a: 1\njust words\nkey:value\nb: 2");
		expect(data).toEqual({ a: 1, b: 2 });
		expect(errors.map((e) => e.line)).toEqual([3, 4]);
		expect(errors[1].message).toContain("space after the colon");
	});

	it("reports an unclosed list or quote and keeps what was read", () => {
		const { data, errors } = read('tags: [a, b\ntitle: "open\nok: yes');
		expect(data.tags).toEqual(["a", "b"]);
		expect(data.ok).toBe("yes");
		expect(errors.map((e) => e.line)).toEqual([2, 3]);
	});

	it("reports text after a closed quote or list", () => {
		const { data, errors } = read('a: "x" y\nb: [1] 2');
		expect(data).toEqual({ a: "x", b: [1] });
		expect(errors.map((e) => e.line)).toEqual([2, 3]);
	});

	it("reports a line indented more than the keys above it", () => {
		const { data, errors } = read("a: 1\nb:\n  c: 1\n    d: 2\ne: 3");
		expect(data).toEqual({ a: 1, b: { c: 1 }, e: 3 });
		expect(errors.map((e) => e.line)).toEqual([5]);
	});

	it("reads an empty body as no data", () => {
		expect(read("")).toEqual({ data: {}, keyLines: {}, errors: [] });
	});
});

describe("robustness", () => {
	const tokens = ["a", "key", ":", ": ", " ", "  ", "\t", "\n", "\r\n", "-", "- ", "[", "]", "{", "}", ",", '"', "'", "\\", "#", " #", "|", ">", "|-", ">+", "~", "null", "1", "2.5", "[[X]]", "：", "中文", "__proto__", "&a", "*a", "?", "\\u12"];
	const yamlish = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(""));

	function checkNeverThrows(text: string): void {
		const result = parseYaml(text, 5);
		const lastLine = 5 + text.split("\n").length - 1;
		for (const error of result.errors) {
			expect(error.line).toBeGreaterThanOrEqual(5);
			expect(error.line).toBeLessThanOrEqual(lastLine);
			expect(error.message.length).toBeGreaterThan(0);
		}
	}

	it("never throws on random text, and errors point at lines of the body", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkNeverThrows), { numRuns: 2000 });
	});

	it("never throws on random mixtures of YAML pieces", () => {
		fc.assert(fc.property(yamlish, checkNeverThrows), { numRuns: 3000 });
	});

	it("stays linear and does not overflow on huge or deeply nested input", () => {
		const inputs: ((n: number) => string)[] = [
			(n) => "a: " + "[".repeat(n),
			(n) => "a: " + "{".repeat(n / 2),
			(n) => "a: " + "[[x ".repeat(n / 4),
			(n) => Array.from({ length: Math.round(Math.sqrt(n)) }, (_, i) => " ".repeat(i) + "k:").join("\n"),
			(n) => "a:\n" + "- ".repeat(n / 5) + "x",
			(n) => 'a: "' + "\\".repeat(n),
			(n) => "a: " + "1".repeat(n) + "x",
			(n) => "x".repeat(n) + ":",
			(n) => "a: " + "# ' \" ".repeat(n / 6),
			(n) => "a: |\n" + "  line\n".repeat(n / 7),
		];
		for (const input of inputs) {
			checkNeverThrows(input(100_000));
			expect(growthOf(checkNeverThrows, input, 12_500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
		}
	});
});
