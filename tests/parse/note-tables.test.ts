// GFM pipe tables as people write them in Obsidian notes.
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/parse/note";
import { buildModelFromTexts } from "../../src/model/build";

const lines = (...text: string[]) => text.join("\n");
const tablesOf = (text: string) => parseNote("t.md", text).tables;

describe("pipe tables", () => {
	it("reads header, alignments, body cells and the file line of every row", () => {
		const [table] = tablesOf(lines("intro", "", "| Year | Winner | Top-5 error |", "|:-----|:------:|-----------:|", "| 2012 | AlexNet | 15.3% |", "| 2013 | ZFNet | 11.7% |"));
		expect(table).toMatchObject({ line: 3, header: ["Year", "Winner", "Top-5 error"], alignments: ["left", "center", "right"], recovered: false });
		expect(table.rows).toMatchObject([
			{ cells: ["2012", "AlexNet", "15.3%"], line: 5 },
			{ cells: ["2013", "ZFNet", "11.7%"], line: 6 },
		]);
	});

	it("counts frontmatter lines in a row's line", () => {
		const [table] = tablesOf(lines("---", "aliases: [A]", "---", "| a | b |", "|---|---|", "| 1 | 2 |"));
		expect(table.line).toBe(4);
		expect(table.rows[0].line).toBe(6);
	});

	it("reads a table without outer pipes", () => {
		const [table] = tablesOf(lines("Year | Model", "---- | -----", "2014 | VGGNet", "2014 | GoogLeNet"));
		expect(table.header).toEqual(["Year", "Model"]);
		expect(table.rows.map((r) => r.cells)).toEqual([
			["2014", "VGGNet"],
			["2014", "GoogLeNet"],
		]);
	});

	it("keeps an escaped pipe inside its cell", () => {
		const [table] = tablesOf(lines("| Name | Note |", "|---|---|", "| ResNet | a \\| b |"));
		expect(table.rows[0].cells).toEqual(["ResNet", "a | b"]);
	});

	it("ends a cell at an unescaped pipe even inside inline code, as Obsidian does", () => {
		const [table] = tablesOf(lines("| Code | Rest |", "|---|---|", "| `a\\|b` | c |", "| `x|y` | z |"));
		expect(table.rows[0].cells).toEqual(["`a|b`", "c"]);
		expect(table.rows[1].cells).toEqual(["`x", "y`"]);
	});

	it("keeps bold and links in the cell text for the model to read", () => {
		const [table] = tablesOf(lines("| Team | Error |", "|---|---|", "| **AlexNet** | **15.3%** |", "| [[ZFNet\\|ZF]] | ~11.2% |"));
		expect(table.rows.map((r) => r.cells)).toEqual([
			["**AlexNet**", "**15.3%**"],
			["[[ZFNet|ZF]]", "~11.2%"],
		]);
	});

	it("pads short rows and cuts long ones to the header's width", () => {
		const [table] = tablesOf(lines("| a | b | c |", "|---|---|---|", "| 1 |", "| 1 | 2 | 3 | 4 |"));
		expect(table.rows.map((r) => r.cells)).toEqual([
			["1", "", ""],
			["1", "2", "3"],
		]);
	});

	it("is no table when the delimiter row is missing or has another width", () => {
		expect(tablesOf(lines("| a | b |", "| 1 | 2 |"))).toEqual([]);
		expect(tablesOf(lines("| a | b |", "|---|"))).toEqual([]);
	});

	it("ends at a blank line, a heading or a quote, and starts right after a paragraph line", () => {
		const tables = tablesOf(lines("Some text", "| a | b |", "|---|---|", "| 1 | 2 |", "## Next", "| c | d |", "|---|---|", "| 3 | 4 |", "> quote"));
		expect(tables.map((t) => [t.line, t.rows.length])).toEqual([
			[2, 1],
			[6, 1],
		]);
	});
});

describe("tables in callouts and blockquotes", () => {
	it("reads a table inside a callout, with the lines of the file", () => {
		const [table] = tablesOf(lines("> [!info] Results", "> | Year | Top-5 error |", "> |---|---|", "> | 2015 | 3.57% |", "", "after"));
		expect(table.header).toEqual(["Year", "Top-5 error"]);
		expect(table.rows).toMatchObject([{ cells: ["2015", "3.57%"], line: 4 }]);
	});

	it("reads a table in a nested quote and ends it where the quote depth changes", () => {
		const [table] = tablesOf(lines(">> | a | b |", ">> |---|---|", ">> | 1 | 2 |", "> | 3 | 4 |"));
		expect(table.rows.map((r) => r.cells)).toEqual([["1", "2"]]);
	});

	it("does not join a quoted header with an unquoted delimiter row", () => {
		expect(tablesOf(lines("> | a | b |", "|---|---|", "| 1 | 2 |"))).toEqual([]);
	});
});

describe("HTML tables (web clippings)", () => {
	it("reads rows and cells with their spans, the leading bold rows joined as the header", () => {
		const text = [
			"# Zoo",
			"",
			"<table>",
			"  <tr><td rowspan=2><b>Model</b></td><td colspan=2><b>Accuracy, %</b></td></tr>",
			"  <tr><td><b>Top-1</b></td><td><b>Top-5</b></td></tr>",
			"<!--  <tr><td>Hidden</td><td>1</td><td>2</td></tr> -->",
			"  <tr><td><a href=\"x\">ResNet&nbsp;18</a></td><td>69.76</td><td>89.08</td></tr>",
			"</table>",
		].join("\n");
		const [table] = parseNote("Zoo.md", text).tables;
		expect(table).toMatchObject({ line: 3, header: ["Model", "Accuracy, % Top-1", "Accuracy, % Top-5"], section: [{ text: "Zoo" }] });
		expect(table.rows.map((r) => [r.line, r.cells])).toEqual([[7, ["ResNet 18", "69.76", "89.08"]]]);
	});

	it("reads a table of th cells and a year column into results", () => {
		const text = "ILSVRC winners\n\n<table>\n<tr><th>Year</th><th>Winner</th><th>Top-5 error</th></tr>\n<tr><td>2012</td><td>SuperVision</td><td>15.3%</td></tr>\n</table>\n";
		const model = buildModelFromTexts({ "Clip.md": text });
		expect(model.results.map((r) => [r.year, r.series, r.value, r.entrant, r.sources[0].line])).toEqual([[2012, "winner", 15.3, "SuperVision", 5]]);
	});

	it("never reads a table inside code", () => {
		const text = "```html\n<table>\n<tr><th>Year</th><th>Winner</th><th>Top-5 error</th></tr>\n<tr><td>2012</td><td>X</td><td>15.3%</td></tr>\n</table>\n```\n";
		expect(parseNote("Code.md", text).tables).toEqual([]);
	});
});
