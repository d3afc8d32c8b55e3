// The timeline's linear scale: the round ticks and "nice" domain people expect on an axis.
import { describe, expect, it } from "vitest";
import { linearScale, niceDomain, tickLabel, ticks } from "../../src/charts/scale";

describe("the linear scale", () => {
	it("maps the domain onto the range, either way round", () => {
		const y = linearScale([0, 40], [400, 0]);
		expect(y(0)).toBe(400);
		expect(y(10)).toBe(300);
		expect(y(40)).toBe(0);
	});

	it("puts about the asked number of ticks at round steps of 1, 2 or 5 times a power of ten", () => {
		expect(ticks(0, 35, 6)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
		expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(ticks(2009.5, 2017.5, 8)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017]);
	});

	it("widens the domain to round ends", () => {
		expect(niceDomain([0, 32.6])).toEqual([0, 35]);
		expect(niceDomain([0, 3.1])).toEqual([0, 3.5]);
	});

	it("writes tick labels without float noise", () => {
		expect(linearScale([0, 1], [0, 1]).ticks(10).map(tickLabel)).toContain("0.3");
		expect(tickLabel(0.1 * 3)).toBe("0.3");
	});
});
