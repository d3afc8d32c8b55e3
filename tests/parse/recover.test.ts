// Tables that lost their pipes when pasted are recovered; ordinary prose never becomes a row.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/parse/note";

const lines = (...text: string[]) => text.join("\n");
const tablesOf = (text: string) => parseNote("pasted.md", text).tables;

const vaultNote = fileURLToPath(new URL("../../../shared/vault/ImageNet and the ILSVRC.md", import.meta.url));

describe("tables pasted without their pipes", () => {
	it("recovers a web table whose cells were glued together, header included", () => {
		const text = lines(
			"The challenge ran for eight years.",
			"",
			"YearWinner (or approach)Top-5 error",
			"2010SVM with hand-crafted features~28.2%",
			"2011Xerox (SVM, improved features)~25.8%",
			"2012AlexNet (SuperVision)15.3%",
			"2013ZFNet (Clarifai)~11.2%",
			"",
			"After the table.",
		);
		const [table] = tablesOf(text);
		expect(table.recovered).toBe(true);
		expect(table.line).toBe(3);
		expect(table.header).toEqual(["Year", "Winner (or approach)", "Top-5 error"]);
		expect(table.rows).toMatchObject([
			{ cells: ["2010", "SVM with hand-crafted features", "~28.2%"], line: 4 },
			{ cells: ["2011", "Xerox (SVM, improved features)", "~25.8%"], line: 5 },
			{ cells: ["2012", "AlexNet (SuperVision)", "15.3%"], line: 6 },
			{ cells: ["2013", "ZFNet (Clarifai)", "~11.2%"], line: 7 },
		]);
	});

	it("recovers a slide pasted as `2012 AlexNet 15.3 %` lines", () => {
		const [table] = tablesOf(lines("## Slide 4", "", "2010 NEC-UIUC 28.2 %", "2011 XRCE 25.8 %", "2012 AlexNet 15.3 %", "2013 Clarifai 11.7 %"));
		expect(table.recovered).toBe(true);
		expect(table.section.map((h) => h.text)).toEqual(["Slide 4"]);
		expect(table.rows.map((r) => r.cells)).toEqual([
			["2010", "NEC-UIUC", "28.2%"],
			["2011", "XRCE", "25.8%"],
			["2012", "AlexNet", "15.3%"],
			["2013", "Clarifai", "11.7%"],
		]);
	});

	it("uses a slide's one-word-per-column header line", () => {
		const [table] = tablesOf(lines("Year Entry Top-5", "2014 GoogLeNet 6.7 %", "2015 ResNet 3.57 %"));
		expect(table.header).toEqual(["Year", "Entry", "Top-5"]);
		expect(table.line).toBe(1);
	});

	it("keeps a header line it cannot split as the table's first line, with default column names", () => {
		const [table] = tablesOf(lines("Year Winner Top-5 error", "2012 AlexNet 15.3 %", "2013 Clarifai 11.7 %", "2014 GoogLeNet 6.7 %"));
		expect(table.rows).toHaveLength(3);
		expect(table.header).toEqual(["Year", "Entry", "Top-5 error"]);
	});

	it("recovers tab-separated rows pasted from a spreadsheet", () => {
		const [table] = tablesOf(lines("Year\tTeam\tTop-5 error", "2014\tGoogLeNet\t6.7%", "2015\tResNet\t3.57%", "2016\tTrimps-Soushen\t2.99%"));
		expect(table.recovered).toBe(true);
		expect(table.header).toEqual(["Year", "Team", "Top-5 error"]);
		expect(table.rows.map((r) => r.cells[1])).toEqual(["GoogLeNet", "ResNet", "Trimps-Soushen"]);
	});

	it("keeps a pasted `—` as the cell text, for the model to read as no value", () => {
		const [table] = tablesOf(lines("YearWinnerTop-5 error", "2016Trimps-Soushen2.99%", "2017SENet2.25%", "2018None—"));
		expect(table.rows.map((r) => r.cells[2])).toEqual(["2.99%", "2.25%", "—"]);
	});

	it.skipIf(!existsSync(vaultNote))("recovers the user's pasted table as 8 rows, 2010 to 2017 (reads ../shared/vault)", () => {
		const tables = parseNote("ImageNet and the ILSVRC.md", readFileSync(vaultNote, "utf8")).tables;
		expect(tables).toHaveLength(1);
		const [table] = tables;
		expect(table.recovered).toBe(true);
		expect(table.line).toBe(37);
		expect(table.header).toEqual(["Year", "Winner (or approach)", "Top-5 error"]);
		expect(table.rows.map((r) => r.cells[0])).toEqual(["2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017"]);
		expect(table.rows[2]).toMatchObject({ cells: ["2012", "AlexNet (SuperVision)", "15.3%"], line: 40 });
		expect(table.rows[7]).toMatchObject({ cells: ["2017", "SENet", "2.25%"], line: 45 });
		// A source shows the row as the note has it, not as the parser rebuilt it.
		expect(table.rows[2].raw).toBe("2012AlexNet (SuperVision)15.3%");
	});
});

describe("ordinary prose is never a table", () => {
	const prose: [string, string][] = [
		[
			"a paragraph of sentences that start with years and end with percents",
			lines("2012 was the year everything changed, when the error fell to 15.3%", "2013 saw ZFNet refine the recipe and reach 11.7%", "2014 brought GoogLeNet, which got 6.7%", "2015 belonged to ResNet at 3.57%"),
		],
		["short lines of a poem-like paragraph", lines("2012 AlexNet won with 15.3%", "2013 ZFNet improved to 11.7%", "2014 GoogLeNet reached 6.7%")],
		["lines that end a sentence with a full stop", lines("2012 AlexNet 15.3%.", "2013 ZFNet 11.7%.", "2014 GoogLeNet 6.7%.")],
		["bullet list items", lines("- 2012 AlexNet 15.3%", "- 2013 ZFNet 11.7%", "- 2014 GoogLeNet 6.7%")],
		["numbered list items", lines("1. 2012 AlexNet 15.3%", "2. 2013 ZFNet 11.7%", "3. 2014 GoogLeNet 6.7%")],
		["task list items with years", lines("* [ ] 2012 read the AlexNet paper 15%", "* [ ] 2013 read ZFNet 20%", "* [x] 2014 read GoogLeNet 100%")],
		["a paragraph whose first line is a sentence and whose next lines look like rows", lines("The error fell every year of the challenge as follows", "2012 AlexNet 15.3%", "2013 ZFNet 11.7%", "2014 GoogLeNet 6.7%")],
		["two rows alone, without a header", lines("2012 AlexNet 15.3%", "2013 ZFNet 11.7%")],
		["lines that name a year in the middle", lines("In 2012 AlexNet got 15.3%", "By 2013 ZFNet got 11.7%", "And 2014 GoogLeNet got 6.7%")],
	];

	it.each(prose)("reads no table from %s", (_name, text) => {
		expect(tablesOf(text)).toEqual([]);
	});

	it("reads no table from prose around a real recovered one, and recovers only the real one", () => {
		const text = lines("2012 saw the error fall to 15.3%", "", "YearWinnerTop-5 error", "2014GoogLeNet6.7%", "2015ResNet3.57%", "", "2016 was the last year anyone noticed at 2.99%");
		const tables = tablesOf(text);
		expect(tables).toHaveLength(1);
		expect(tables[0].rows.map((r) => r.line)).toEqual([4, 5]);
	});
});
