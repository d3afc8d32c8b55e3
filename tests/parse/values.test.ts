import { describe, it, expect, vi } from "vitest";
import { growthOf, LINEAR_GROWTH_LIMIT } from "./linearity";
import fc from "fast-check";
import {
	findYearIn,
	isFractionColumn,
	isNoValue,
	parseValue,
	parseYearSpan,
	percentPrecision,
	toPercent,
} from "../../src/parse/values";
import type { Value } from "../../src/parse/types";

// Property tests run thousands of cases: give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

function expectValue(text: string, expected: Partial<Value>): void {
	const read = parseValue(text);
	expect(read, `reading ${JSON.stringify(text)}`).not.toBeNull();
	expect(read).toMatchObject(expected);
}

describe("parseValue: percents", () => {
	it("reads a plain percent with its precision and raw text", () => {
		expect(parseValue(" 15.3% ")).toEqual({ value: 15.3, unit: "percent", approx: false, atLeast: false, precision: 0.1, raw: "15.3%" });
	});
	it("reads a bold percent from a cell", () => {
		expectValue("**15.3%**", { value: 15.3, unit: "percent", precision: 0.1, raw: "**15.3%**" });
	});
	it("reads percents wrapped in italics or inline code", () => {
		expectValue("*3.57%*", { value: 3.57, precision: 0.01 });
		expectValue("`16.4%`", { value: 16.4, unit: "percent" });
		expectValue("_11.7%_", { value: 11.7, unit: "percent" });
	});
	it("keeps two decimals as a precision of 0.01", () => {
		expectValue("3.57%", { value: 3.57, unit: "percent", precision: 0.01 });
	});
	it("marks tilde, ≈ and words like about/roughly as approximate", () => {
		expectValue("~28.2%", { value: 28.2, unit: "percent", approx: true, precision: 0.1 });
		expectValue("≈ 11.2%", { value: 11.2, approx: true });
		expectValue("about 5%", { value: 5, unit: "percent", approx: true });
		expectValue("approx. 7.3%", { value: 7.3, approx: true });
	});
	it("accepts a space before the percent sign and the word percent", () => {
		expectValue("15.3 %", { value: 15.3, unit: "percent" });
		expectValue("15.3 percent", { value: 15.3, unit: "percent" });
	});
	it("reads full-width digits, percent sign and comma", () => {
		expectValue("１５．３％", { value: 15.3, unit: "percent", precision: 0.1 });
		expectValue("14，197，122", { value: 14197122, unit: "count" });
	});
	it("reads the first number when a bold percent is followed by a comparison", () => {
		expectValue("**15.3%** (vs 26.2% second place)", { value: 15.3, unit: "percent" });
	});
	it("finds a percent after a short label such as top-5: or vs", () => {
		expectValue("top-5: 15.3%", { value: 15.3, unit: "percent" });
		expectValue("vs ~26.2%", { value: 26.2, unit: "percent", approx: true });
		expectValue("(3.57%)", { value: 3.57, unit: "percent" });
	});
	it("does not look for a percent after a long prefix", () => {
		expect(parseValue("a very long description of the model, 15.3%")).toBeNull();
	});
});

describe("parseValue: points, counts and plain numbers", () => {
	it("reads percentage points in their usual spellings", () => {
		expectValue("+10.9 points", { value: 10.9, unit: "points", precision: 0.1 });
		expectValue("10.9 pts", { value: 10.9, unit: "points" });
		expectValue("10.9 pp", { value: 10.9, unit: "points" });
		expectValue("-4.1 percentage points", { value: -4.1, unit: "points" });
	});
	it("reads a count with thousands separators to the unit", () => {
		expectValue("14,197,122", { value: 14197122, unit: "count", precision: 1, atLeast: false });
	});
	it("reads 14M+ as at least fourteen million", () => {
		expectValue("14M+", { value: 14000000, unit: "count", atLeast: true, precision: 1000000 });
	});
	it("reads K, M and B suffixes with the precision of the last written digit", () => {
		expectValue("1.2M", { value: 1200000, unit: "count", precision: 100000 });
		expectValue("60M", { value: 60000000, unit: "count", precision: 1000000 });
		expectValue("4K", { value: 4000, unit: "count", precision: 1000 });
		expectValue("4k", { value: 4000, unit: "count" });
		expectValue("1.5B", { value: 1500000000, unit: "count", precision: 100000000 });
		expectValue("1.15M", { value: 1150000, precision: 10000 });
		expectValue("14 million images", { value: 14000000, unit: "count" });
	});
	it("reads 20,000+ as a lower bound", () => {
		expectValue("20,000+", { value: 20000, unit: "count", atLeast: true, precision: 10000 });
	});
	it("keeps the unit of a value written with a ± spread", () => {
		expectValue("15.3 ± 0.2%", { value: 15.3, unit: "percent", precision: 0.1 });
	});
	it("ignores words after the number", () => {
		expectValue("21,841 (WordNet synsets)", { value: 21841, unit: "count", precision: 1 });
	});
	it("treats trailing zeros of a rounded count as unwritten places", () => {
		expectValue("~22,000", { value: 22000, unit: "count", approx: true, precision: 1000 });
		expectValue("roughly 22,000", { value: 22000, approx: true, precision: 1000 });
	});
	it("reads bare numbers as plain with their precision", () => {
		expectValue("16.4", { value: 16.4, unit: "plain", precision: 0.1 });
		expectValue("3", { value: 3, unit: "plain", precision: 1 });
		expectValue("0.153", { value: 0.153, unit: "plain", precision: 0.001 });
		expectValue(".153", { value: 0.153, unit: "plain" });
		expectValue("2012", { value: 2012, unit: "plain", precision: 1 });
	});
});

describe("parseValue: text that is not a value", () => {
	it.each(["—", "–", "-", "n/a", "N/A", "na", "none", "?", "", "   ", "TBD", "**—**"])("returns no value for %j", (text) => {
		expect(parseValue(text)).toBeNull();
	});
	it.each(["Deep learning revolution", "AlexNet", "Skip connections (152 layers)", "ResNet-152", "Inception-v4", "2012AlexNet", "152-layer", "1,23", "1.2.3", "2012-09-30", "14 197 122", "+", "~", "."])(
		"does not read a name or label as a number: %j",
		(text) => {
			expect(parseValue(text)).toBeNull();
		},
	);
});

describe("isNoValue", () => {
	it("treats an em dash as no value, never zero", () => {
		expect(isNoValue("—")).toBe(true);
		expect(parseValue("—")).toBeNull();
	});
	it.each(["", "—", "–", "-", "--", "n/a", "N/A", "na", "none", "?", "TBD", "**n/a**", "*—*", " - ", "NaN", "nan"])("recognises %j as an explicit no-value mark", (text) => {
		expect(isNoValue(text)).toBe(true);
	});
	it.each(["0", "0%", "15.3%", "AlexNet", "nano"])("does not treat %j as a no-value mark", (text) => {
		expect(isNoValue(text)).toBe(false);
	});
});

describe("parseYearSpan", () => {
	it("reads a single year, bold or not", () => {
		expect(parseYearSpan("2012")).toEqual({ from: 2012, to: 2012, open: false, raw: "2012" });
		expect(parseYearSpan("**2012**")).toMatchObject({ from: 2012, to: 2012, open: false });
	});
	it("reads ranges written with a hyphen or an en dash", () => {
		expect(parseYearSpan("2007-2009")).toMatchObject({ from: 2007, to: 2009, open: false });
		expect(parseYearSpan("2007–2009")).toMatchObject({ from: 2007, to: 2009 });
		expect(parseYearSpan("2011-2012")).toMatchObject({ from: 2011, to: 2012 });
		expect(parseYearSpan("2007-09")).toMatchObject({ from: 2007, to: 2009 });
	});
	it("reads an open span such as 2018+", () => {
		expect(parseYearSpan("2018+")).toMatchObject({ from: 2018, to: 2018, open: true });
		expect(parseYearSpan("2018–present")).toMatchObject({ from: 2018, open: true });
	});
	it("reads a year followed by a venue as one year", () => {
		expect(parseYearSpan("2012-NIPS")).toMatchObject({ from: 2012, to: 2012, open: false });
	});
	it("reads challenge names with the year", () => {
		expect(parseYearSpan("ILSVRC 2012")).toMatchObject({ from: 2012, to: 2012 });
		expect(parseYearSpan("ILSVRC'13")).toMatchObject({ from: 2013, to: 2013 });
		expect(parseYearSpan("ILSVRC’13")).toMatchObject({ from: 2013 });
		expect(parseYearSpan("ILSVRC2012")).toMatchObject({ from: 2012 });
	});
	it.each(["2012.5", "12", "'13", "15.3%", "Year", "AlexNet", "1900", "2200", "2009-2007", "20121", ""])("returns no year for %j", (text) => {
		expect(parseYearSpan(text)).toBeNull();
	});
});

describe("findYearIn", () => {
	it("finds the year in a heading", () => {
		expect(findYearIn("The 2012 moment")).toBe(2012);
		expect(findYearIn("ILSVRC 2013 results")).toBe(2013);
		expect(findYearIn("## ILSVRC2014: GoogLeNet")).toBe(2014);
		expect(findYearIn("Results of ILSVRC'15")).toBe(2015);
		expect(findYearIn("From 2007-2009 the dataset grew")).toBe(2007);
	});
	it.each(["Top 10", "ResNet-152", "ResNet-1001", "2012.5 percent", "15.3%", "Model v2012x", "", "Year"])("finds no year in %j", (text) => {
		expect(findYearIn(text)).toBeNull();
	});
});

describe("toPercent and percentPrecision", () => {
	const read = (text: string): Value => {
		const value = parseValue(text);
		if (!value) throw new Error(`could not read ${text}`);
		return value;
	};
	it("keeps a percent as it is", () => {
		expect(toPercent(read("15.3%"), false)).toBe(15.3);
		expect(percentPrecision(read("15.3%"), false)).toBe(0.1);
	});
	it("turns a fraction into percent without float noise", () => {
		expect(toPercent(read("0.153"), true)).toBe(15.3);
		expect(percentPrecision(read("0.153"), true)).toBe(0.1);
		expect(toPercent(read("0.0357"), true)).toBe(3.57);
		expect(percentPrecision(read("0.0357"), true)).toBe(0.01);
	});
	it("reads a bare number in a percent column as percent", () => {
		expect(toPercent(read("16.4"), false)).toBe(16.4);
		expect(toPercent(read("0.5"), false)).toBe(0.5);
		expect(toPercent(read("16.4"), true)).toBe(16.4);
	});
	it("rounds away float noise using the precision", () => {
		const noisy: Value = { value: 15.299999999, unit: "percent", approx: false, atLeast: false, precision: 0.1, raw: "" };
		expect(toPercent(noisy, false)).toBe(15.3);
	});
	it("gives no percent for points or counts", () => {
		expect(toPercent(read("+10.9 points"), false)).toBeNull();
		expect(toPercent(read("14M+"), true)).toBeNull();
		expect(percentPrecision(read("14,197,122"), false)).toBeNull();
	});
});

describe("isFractionColumn", () => {
	it("recognises a column of fractions, skipping no-value marks", () => {
		expect(isFractionColumn(["0.153", "**0.117**", "—", "", ".067"])).toBe(true);
	});
	it("rejects a column with a percent, a whole number or a name", () => {
		expect(isFractionColumn(["0.153", "11.7%"])).toBe(false);
		expect(isFractionColumn(["0.153", "1"])).toBe(false);
		expect(isFractionColumn(["0.153", "AlexNet"])).toBe(false);
		expect(isFractionColumn(["15.3", "11.7"])).toBe(false);
	});
	it("needs at least one fraction", () => {
		expect(isFractionColumn([])).toBe(false);
		expect(isFractionColumn(["—", "n/a", ""])).toBe(false);
	});
});

describe("never throws", () => {
	const valueLike = fc.string({
		unit: fc.constantFrom(..."0123456789.,%+-~≈*_`' kKmMbBpts－１％，．ILSVRC–—\u2212\u00a0\ud800".split("")),
	});
	const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), valueLike);
	const finiteOrNull = (x: number | null): boolean => x === null || Number.isFinite(x);

	it("reads any text without throwing, giving finite numbers or null", () => {
		fc.assert(
			fc.property(anyText, fc.boolean(), (text, fractionColumn) => {
				const value = parseValue(text);
				if (value) {
					expect(Number.isFinite(value.value)).toBe(true);
					expect(Number.isFinite(value.precision) && value.precision > 0).toBe(true);
					expect(finiteOrNull(toPercent(value, fractionColumn))).toBe(true);
					expect(finiteOrNull(percentPrecision(value, fractionColumn))).toBe(true);
				}
				const span = parseYearSpan(text);
				if (span) expect(span.from <= span.to && span.from >= 1950 && span.to <= 2100).toBe(true);
				expect(finiteOrNull(findYearIn(text))).toBe(true);
				expect(typeof isNoValue(text)).toBe("boolean");
				expect(typeof isFractionColumn([text, text])).toBe("boolean");
			}),
			{ numRuns: 2000 },
		);
	});
	it("stays linear on very long input", () => {
		const inputs: ((n: number) => string)[] = [(n) => "9".repeat(n) + "%", (n) => "1,".repeat(n / 2), (n) => "~".repeat(n), (n) => " ".repeat(n) + "5%", (n) => "2012-".repeat(n / 5)];
		const work = (text: string) => {
			parseValue(text);
			parseYearSpan(text);
			findYearIn(text);
			isNoValue(text);
		};
		for (const input of inputs) expect(growthOf(work, input, 25_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
	});
	it("reads a 200-digit number as a finite value", () => {
		const value = parseValue("9".repeat(200) + "B");
		expect(value === null || Number.isFinite(value.value)).toBe(true);
	});
});
