// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { computeMetadata } from "./markdown";
import { parseYaml } from "./yaml";
import { getAllTags } from "./metadata";

describe("computeMetadata", () => {
	const text = [
		"---",
		"aliases:",
		"  - SuperVision",
		'parent: "[[LeNet]]"',
		"tags: imagenet",
		"---",
		"# The 2012 moment",
		"",
		"Tags: #ai #ml/vision #2012 not#tag #v2 `#code` (see [[Note#Heading]])",
		"",
		"| Year | Model |",
		"|---|---|",
		"| 2012 | [[AlexNet\\|SuperVision]] |",
		"",
		"```python",
		"# not a heading #notatag [[NotALink]]",
		"```",
		"",
		"![[chart.png]] and [md](Some%20Note.md) ^block-1",
		"%% [[Hidden]] #hidden %%",
		"## Sub ##",
	].join("\n");
	const cache = computeMetadata(text);

	it("reads frontmatter and frontmatter links", () => {
		expect(cache.frontmatter).toEqual({ aliases: ["SuperVision"], parent: "[[LeNet]]", tags: "imagenet" });
		expect(cache.frontmatterLinks).toEqual([{ key: "parent", link: "LeNet", original: "[[LeNet]]", displayText: "LeNet" }]);
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 5, col: 3, offset: text.indexOf("---\n# The") + 3 } });
	});

	it("reads tags by Obsidian's rules", () => {
		expect(cache.tags?.map((t) => t.tag)).toEqual(["#ai", "#ml/vision", "#v2"]);
		expect(getAllTags(cache)).toEqual(["#imagenet", "#ai", "#ml/vision", "#v2"]);
	});

	it("reads links, embeds and escaped pipes in tables, not in code or comments", () => {
		expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([
			["Note#Heading", "Note > Heading"],
			["AlexNet", "SuperVision"],
			["Some Note.md", "md"],
		]);
		expect(cache.links?.[1].original).toBe("[[AlexNet\\|SuperVision]]");
		expect(cache.links?.[1].position.start.line).toBe(12);
		expect(cache.embeds?.map((e) => e.link)).toEqual(["chart.png"]);
	});

	it("reads headings, sections and blocks", () => {
		expect(cache.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["The 2012 moment", 1, 6],
			["Sub", 2, 20],
		]);
		expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "table", "code", "paragraph", "comment", "heading"]);
		expect(cache.blocks?.["block-1"].position.start.line).toBe(18);
	});
});

describe("parseYaml", () => {
	it("reads nested maps, comments, quotes and nulls", () => {
		expect(parseYaml("a:\n  b: 'it''s'  # comment\n  c: ~\nlist:\n- x\n- y: 1\n  z: 2\nempty:\n")).toEqual({
			a: { b: "it's", c: null },
			list: ["x", { y: 1, z: 2 }],
			empty: null,
		});
	});
	it("throws on text it cannot read", () => {
		expect(() => parseYaml("a: [1, 2")).toThrow(/YAML/);
	});
});
