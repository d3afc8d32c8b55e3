import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseYaml } from "../../src/parse/yaml";
import { readSimpleYaml } from "../../src/parse/yamlSimple";

/** The quick reader on a block of lines, as readFrontmatter calls it (the block starts at file line 2). */
function quick(block: string[]): ReturnType<typeof readSimpleYaml> {
	return readSimpleYaml(["---", ...block, "---"], 1, block.length + 1);
}

const full = (block: string[]) => parseYaml(block.join("\n"), 2);

describe("readSimpleYaml", () => {
	it("reads the common shapes exactly as the full reader does", () => {
		const blocks = [
			["title: A note", "year: 2012", "done: true", "nothing:", "tilde: ~"],
			["tags: [model, imagenet]", "aliases: [Net1, \"Net-1 (Team 1)\", 'it']"],
			["related: \"[[Come light 9140#Years]]\"", "anchor: a#b"],
			["tags:", "  - one", "  - 2", "  - [a, b]", "next: x"],
			["tags:", "- one", "- two"],
			["empty: []", "commas: [a, , b,]", "blank: [ ]", "only: [,]"],
			[],
		];
		for (const block of blocks) {
			const result = quick(block);
			expect(result, block.join("\\n")).not.toBeNull();
			expect(result).toEqual(full(block));
		}
	});

	it("leaves everything else to the full reader", () => {
		const blocks = [
			["a: b # comment"],
			["# comment", "a: b"],
			["a: |", "  text"],
			["a: b", "  continued"],
			["a: b", "a: c"],
			["nested:", "  key: value"],
			["list:", "  - key: value"],
			["list:", "  - - deep"],
			["a: {b: c}"],
			["a: [b, [c]]"],
			["a: [[Link]]"],
			["a: \"esc\\\"aped\""],
			["a: 'it''s'"],
			["\tkey: tab"],
			["key:value"],
			["__proto__: x"],
			["\"quoted key\": 1"],
		];
		for (const block of blocks) expect(quick(block), block.join("\\n")).toBeNull();
	});

	it("never disagrees with the full reader on blocks of common lines", () => {
		const pieces = ["k: v", "k2: 12", "t: [a, 'b', \"c, d\"]", "t:", "  - x", "- y", "    - z", "", "  ", "q: \"a#b\"", "c: a #c", "n:", "u: http://x.y", "v: [a] b", "w: 'x'y", "x: [a,", "|: 1"];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (block) => {
				const result = quick(block);
				if (result !== null) expect(result).toEqual(full(block));
			}),
			{ numRuns: 2000 },
		);
	});
});
