// What parseNote reads from a note besides its tables: frontmatter, tags, links, headings, fields,
// and what it must never read (code, comments, math).
import { describe, expect, it } from "vitest";
import { noteName, parseNote } from "../../src/parse/note";

const lines = (...text: string[]) => text.join("\n");

describe("frontmatter", () => {
	it("reads flow-list aliases and block-list tags, with the line of each key", () => {
		const note = parseNote("Models/AlexNet.md", lines("---", "aliases: [SuperVision, Alex net]", "tags:", "  - model", "  - \"#history/2012\"", "year: 2012", "---", "Body"));
		expect(note.name).toBe("AlexNet");
		expect(note.aliases).toEqual(["SuperVision", "Alex net"]);
		expect(note.tags).toEqual([
			{ name: "model", line: 3, frontmatter: true },
			{ name: "history/2012", line: 3, frontmatter: true },
		]);
		expect(note.frontmatter?.data.year).toBe(2012);
		expect(note.frontmatter?.keyLines).toMatchObject({ aliases: 2, tags: 3, year: 6 });
		expect(note.frontmatter?.endLine).toBe(7);
	});

	it("reads block-list aliases and a field named in another case", () => {
		const note = parseNote("ZFNet.md", lines("---", "Aliases:", "- Clarifai", "- ZF Net", "---"));
		expect(note.aliases).toEqual(["Clarifai", "ZF Net"]);
	});

	it("splits a tags value at spaces and commas, drops a leading # and skips all-digit names", () => {
		const note = parseNote("Tags.md", lines("---", "Tags: \"#vision cnn,2012 history/2012\u00a0ml\"", "---", "Body"));
		expect(note.tags.map((t) => t.name)).toEqual(["vision", "cnn", "history/2012", "ml"]);
		expect(note.tags.every((t) => t.frontmatter && t.line === 2)).toBe(true);
	});

	it("reads links in any property and the mention of ImageNet in a property or an alias", () => {
		const linked = parseNote("VGG.md", lines("---", "parent: \"[[AlexNet]]\"", "year: 2014", "based on: [\"[[ZFNet|ZF]]\", plain]", "---", "Body"));
		expect(linked.links.map((l) => [l.target, l.line])).toEqual([
			["AlexNet", 2],
			["ZFNet", 4],
		]);
		expect(linked.mentionsImageNet).toBe(false);
		expect(parseNote("A.md", lines("---", "about: the ILSVRC 2014", "---")).mentionsImageNet).toBe(true);
		expect(parseNote("B.md", lines("---", "aliases: [ImageNet challenge]", "---")).mentionsImageNet).toBe(true);
	});

	it("does not take a --- rule later in the note for frontmatter", () => {
		const note = parseNote("Rule.md", lines("# Title", "", "---", "aliases: [Nope]", "---", "text"));
		expect(note.frontmatter).toBeNull();
		expect(note.aliases).toEqual([]);
		expect(note.headings.map((h) => h.text)).toEqual(["Title"]);
	});

	it("reads an unclosed frontmatter block as text and says so at line 1", () => {
		const note = parseNote("Open.md", lines("---", "aliases: [Nope]", "", "ImageNet body"));
		expect(note.frontmatter).toBeNull();
		expect(note.aliases).toEqual([]);
		expect(note.diagnostics).toEqual([expect.objectContaining({ kind: "frontmatter", path: "Open.md", line: 1 })]);
	});

	it("does not call a note that opens with a --- rule unclosed frontmatter", () => {
		expect(parseNote("Rule.md", lines("---", "", "Just prose.")).diagnostics).toEqual([]);
	});

	it("reads wiki-links inside frontmatter values with the key's line", () => {
		const note = parseNote("ResNet.md", lines("---", 'parent: "[[VGGNet]]"', 'related: ["[[Kaiming He]]", "[[Highway Networks|highway]]"]', "---"));
		expect(note.links.map((l) => [l.target, l.line, l.display])).toEqual([
			["VGGNet", 2, undefined],
			["Kaiming He", 3, undefined],
			["Highway Networks", 3, "highway"],
		]);
	});

	it("skips a byte-order mark and reads CRLF line ends", () => {
		const note = parseNote("Win.md", "\ufeff---\r\naliases: [A]\r\n---\r\n# H\r\n");
		expect(note.aliases).toEqual(["A"]);
		expect(note.headings).toEqual([{ level: 1, text: "H", line: 4 }]);
	});
});

describe("inline tags by Obsidian's rules", () => {
	const tags = (text: string) => parseNote("t.md", text).tags.map((t) => t.name);

	it("reads nested tags and tags at the start of a line", () => {
		expect(tags("#concept and #ai/vision/cnn here")).toEqual(["concept", "ai/vision/cnn"]);
	});

	it("does not read a purely numeric #2012 as a tag, but reads #y2012", () => {
		expect(tags("Won in #2012 and #y2012")).toEqual(["y2012"]);
	});

	it("reads no tag inside a code span, fenced code or a word", () => {
		expect(tags(lines("`#code` C#sharp", "```", "#fenced", "```", "~~~", "#tilde", "~~~", "#after"))).toEqual(["after"]);
	});

	it("does not take a heading's # markers for tags", () => {
		expect(tags(lines("# Title", "## Sub title", "### With #inline"))).toEqual(["inline"]);
	});
});

describe("wiki-links in all their forms", () => {
	it("reads plain, aliased, heading, block and embed links", () => {
		const links = parseNote("l.md", "[[Note]] [[Note|shown]] [[Note#Heading]] [[Note#^block]] ![[chart.png]] [[Folder/Deep.md|deep]]").links;
		expect(links).toEqual([
			{ target: "Note", embed: false, line: 1 },
			{ target: "Note", embed: false, line: 1, display: "shown" },
			{ target: "Note", embed: false, line: 1, heading: "Heading" },
			{ target: "Note", embed: false, line: 1, block: "block" },
			{ target: "chart.png", embed: true, line: 1 },
			{ target: "Folder/Deep", embed: false, line: 1, display: "deep" },
		]);
	});

	it("reads [[Note\\|shown]] in a table cell as an aliased link, and the cell as one cell", () => {
		const note = parseNote("t.md", lines("| Year | Model |", "|---|---|", "| 2013 | [[ZFNet\\|ZF]] |"));
		expect(note.tables[0].rows[0].cells).toEqual(["2013", "[[ZFNet|ZF]]"]);
		expect(note.links).toEqual([{ target: "ZFNet", display: "ZF", embed: false, line: 3 }]);
	});

	it("reads links in bold and links on the line they sit on", () => {
		const note = parseNote("b.md", lines("intro", "**[[Ilya Sutskever]]** and [[Geoffrey Hinton]]"));
		expect(note.links.map((l) => [l.target, l.line])).toEqual([
			["Ilya Sutskever", 2],
			["Geoffrey Hinton", 2],
		]);
	});
});

describe("headings and sections", () => {
	it("reads ATX headings with their levels and closing hashes", () => {
		const note = parseNote("h.md", lines("# One", "text", "## Two ##", "####### not a heading", "#nospace"));
		expect(note.headings).toEqual([
			{ level: 1, text: "One", line: 1 },
			{ level: 2, text: "Two", line: 3 },
		]);
	});

	it("gives a table the headings above it, outermost first, dropping closed siblings", () => {
		const note = parseNote("s.md", lines("# ImageNet", "## Old", "## The 2012 moment", "### Numbers", "| a | b |", "|---|---|", "| 1 | 2 |"));
		expect(note.tables[0].section.map((h) => h.text)).toEqual(["ImageNet", "The 2012 moment", "Numbers"]);
	});
});

describe("code, comments and math are never read as data", () => {
	const table = lines("| Year | Top-5 error |", "|---|---|", "| 2012 | 15.3% |");
	const inside = lines("#hidden [[Hidden]] based on:: [[Hidden]]", table);
	const quoted = inside.split("\n").map((l) => `> ${l}`);

	it.each([
		["a backtick fence", lines("```", inside, "```")],
		["a tilde fence", lines("~~~md", inside, "~~~")],
		["a longer fence closed only by as long a fence", lines("````", "```", inside, "````")],
		["a fence indented under a list item", lines("- item", "    ```", inside, "    ```")],
		["a fence inside a callout", lines("> [!note]", "> ```", ...quoted, "> ```")],
		["a %% comment over many lines", lines("%%", inside, "%%")],
		["an HTML comment over many lines", lines("<!--", inside, "-->")],
		["$$ math", lines("$$", inside, "$$")],
	])("reads no table, tag, link or field inside %s, and reads on after it", (_name, text) => {
		const note = parseNote("c.md", lines(text, "after #seen [[Seen]]"));
		expect(note.tables).toEqual([]);
		expect(note.tags.map((t) => t.name)).toEqual(["seen"]);
		expect(note.links.map((l) => l.target)).toEqual(["Seen"]);
		expect(note.fields).toEqual([]);
	});

	it("closes a fence opened in a callout when the callout ends", () => {
		const note = parseNote("c.md", lines("> ```", "> code", "", table));
		expect(note.tables).toHaveLength(1);
		expect(note.tables[0].rows[0].line).toBe(6);
	});

	it("drops single-line comments but keeps the text around them", () => {
		const note = parseNote("c.md", "Before %% #a [[A]] %% middle <!-- #b [[B]] --> after #c [[C]]");
		expect(note.tags.map((t) => t.name)).toEqual(["c"]);
		expect(note.links.map((l) => l.target)).toEqual(["C"]);
	});

	it("reads nothing in the lines of a comment that spans them, and reads on after it", () => {
		const note = parseNote("c.md", lines("a %% start", "#no [[No]]", "end %% #yes", "<!-- x", "[[Nope]]", "--> [[Yes]]"));
		expect(note.tags.map((t) => [t.name, t.line])).toEqual([["yes", 3]]);
		expect(note.links.map((l) => [l.target, l.line])).toEqual([["Yes", 6]]);
	});

	it("does not count ImageNet named only inside code or comments as a mention", () => {
		expect(parseNote("m.md", lines("`ImageNet`", "%% ILSVRC %%", "```", "imagenet", "```")).mentionsImageNet).toBe(false);
		expect(parseNote("m.md", "Trained on imagenet.").mentionsImageNet).toBe(true);
	});
});

describe("Dataview inline fields", () => {
	it("reads key:: value lines, list items, bold keys and bracketed fields", () => {
		const note = parseNote("f.md", lines("based on:: [[AlexNet]]", "- **Builds On**:: [[ResNet]]", "Text [year:: 2014] and (innovation:: Inception)"));
		expect(note.fields).toEqual([
			{ key: "based on", value: "[[AlexNet]]", line: 1 },
			{ key: "Builds On", value: "[[ResNet]]", line: 2 },
			{ key: "year", value: "2014", line: 3 },
			{ key: "innovation", value: "Inception", line: 3 },
		]);
	});

	it("reads a bracketed field whose value is a wiki-link, whole", () => {
		const note = parseNote("f.md", "Text [based on:: [[AlexNet]]] and (builds on:: [[ResNet|res]]).");
		expect(note.fields.map((f) => [f.key, f.value])).toEqual([
			["based on", "[[AlexNet]]"],
			["builds on", "[[ResNet|res]]"],
		]);
	});

	it("reads no field in code", () => {
		expect(parseNote("f.md", lines("```", "based on:: [[X]]", "```", "`a:: b`")).fields).toEqual([]);
	});
});

describe("noteName", () => {
	it("is the file name without folder and .md", () => {
		expect(noteName("Models/CNN/ResNet.md")).toBe("ResNet");
		expect(noteName("ZFNet (Clarifai).MD")).toBe("ZFNet (Clarifai)");
	});
});

describe("properties Obsidian already parsed", () => {
	it("are used as they are, with each key's line found in the note", () => {
		const text = "---\naliases: [SuperVision]\nparent: [[AlexNet]]\n---\n# ZFNet\n";
		const note = parseNote("ZFNet.md", text, { frontmatter: { aliases: ["Clarifai"], parent: [["AlexNet"]] } });
		expect(note.aliases).toEqual(["Clarifai"]);
		expect(note.frontmatter?.keyLines).toEqual({ aliases: 2, parent: 3 });
		expect(note.frontmatter?.data.parent).toEqual([["AlexNet"]]);
	});
});
