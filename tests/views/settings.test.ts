import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettings } from "../../src/settings";
import { readBlockOptions } from "../../src/views/chartOptions";

describe("settings read from data.json", () => {
	it("gives the defaults for a new install, with Karpathy's 5.1% as the human baseline", () => {
		const { settings, problems } = readSettings(null);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(settings.humanBaseline).toBe(5.1);
		expect(problems).toEqual([]);
	});

	it("falls back to the default for each field of the wrong type and names it", () => {
		const { settings, problems } = readSettings({ scopeFolders: 3, humanBaseline: "lots", metric: "top-9", showInferredEdges: false });
		expect(settings.scopeFolders).toEqual([]);
		expect(settings.humanBaseline).toBe(5.1);
		expect(settings.metric).toBe("top-5");
		expect(settings.showInferredEdges).toBe(false);
		expect(problems.sort()).toEqual(["humanBaseline", "metric", "scopeFolders"]);
	});

	it("reads garbage as the defaults and says so", () => {
		expect(readSettings("not json at all").settings).toEqual(DEFAULT_SETTINGS);
		expect(readSettings([1, 2]).problems).toHaveLength(1);
	});

	it("migrates the older field names", () => {
		const { settings } = readSettings({ folders: "Research, Papers", tags: ["#imagenet"], baseline: 5 });
		expect(settings.scopeFolders).toEqual(["Research", "Papers"]);
		expect(settings.scopeTags).toEqual(["imagenet"]);
		expect(settings.humanBaseline).toBe(5);
	});

	it("keeps a baseline turned off", () => {
		expect(readSettings({ humanBaseline: null }).settings.humanBaseline).toBeNull();
	});
});

describe("a chart code block's options", () => {
	it("reads years, series, root, height and inferred", () => {
		const options = readBlockOptions("years: 2010-2017\nseries: winner, Runner-up\nroot: [[AlexNet]]\nheight: 320px\ninferred: false\n");
		expect(options).toEqual({ years: [2010, 2017], series: ["winner", "runner-up"], root: "AlexNet", height: 320, inferred: false, problems: [] });
	});

	it("names each line it cannot read, and reads the rest", () => {
		const options = readBlockOptions("years: soon\ncolour: red\nheight: 320");
		expect(options.height).toBe(320);
		expect(options.problems).toEqual(['line 1: years should look like 2010-2017', 'line 2: unknown option "colour" (known: years, series, root, height, inferred)']);
	});
});
