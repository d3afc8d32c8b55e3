// @vitest-environment happy-dom
// The stand-in's Bases: a .base file's filters (the small language), formulas, sort and limit, and
// entries' values, as the plugin's Bases views read them.
import { describe, expect, it } from "vitest";
import { BasesExpressionError, BasesViewConfig, QueryController, compileFilter, parseExpression } from "./bases";
import { ListValue, NullValue, NumberValue, bootApp, type App } from "./obsidian";

const FILES: Record<string, string> = {
	"Models/AlexNet.md": "---\nyear: 2012\ntop5_error: 15.3\ntags: [cnn]\n---\n# AlexNet\n",
	"Models/ZFNet.md": "---\nyear: 2013\ntop5_error: 11.7\nparents: [\"[[AlexNet]]\"]\n---\n# ZFNet #cnn/tuned\n",
	"Models/Old.md": "---\nyear: 1998\n---\n# Old\n",
	"Other.md": "---\nyear: 2014\n---\n# Other\n",
};

async function query(app: App, base: Record<string, unknown>, view: Record<string, unknown> = {}, extra = ""): Promise<string[]> {
	const config = new BasesViewConfig(view, base);
	const controller = new QueryController(app, base, config, extra);
	return controller.run().data.map((e) => e.file.path);
}

describe("Bases in the stand-in", () => {
	it("filters with and / or / not, folders, tags, properties and comparisons", async () => {
		const { app } = await bootApp({ files: FILES });
		expect(await query(app, { filters: 'file.inFolder("Models")' })).toEqual(["Models/AlexNet.md", "Models/Old.md", "Models/ZFNet.md"]);
		expect(await query(app, { filters: { and: ['file.inFolder("Models")', "year >= 2012"] } })).toEqual(["Models/AlexNet.md", "Models/ZFNet.md"]);
		expect(await query(app, { filters: { or: ["year == 1998", 'file.name == "Other.md"'] } })).toEqual(["Models/Old.md", "Other.md"]);
		expect(await query(app, { filters: { not: ['file.hasTag("cnn")'] } })).toEqual(["Models/Old.md", "Other.md"]);
		expect(await query(app, { filters: 'file.hasProperty("top5_error") && note.top5_error < 12' })).toEqual(["Models/ZFNet.md"]);
		expect(await query(app, {}, { filters: 'parents.contains("[[AlexNet]]")' })).toEqual(["Models/ZFNet.md"]);
		// The toolbar's filter adds to the file's.
		expect(await query(app, { filters: 'file.inFolder("Models")' }, {}, "!(year < 2013)")).toEqual(["Models/ZFNet.md"]);
	});

	it("sorts, limits and evaluates formulas", async () => {
		const { app } = await bootApp({ files: FILES });
		const base = { formulas: { acc: "100 - top5_error", label: 'file.basename + " " + year' } };
		expect(await query(app, base, { sort: [{ property: "year", direction: "DESC" }], limit: 2 })).toEqual(["Other.md", "Models/ZFNet.md"]);
		const view = new BasesViewConfig({}, base);
		const controller = new QueryController(app, base, view);
		const alexnet = controller.run().data.find((e) => e.file.basename === "AlexNet")!;
		expect(alexnet.getValue("formula.acc")).toBeInstanceOf(NumberValue);
		expect(alexnet.getValue("formula.acc")?.toString()).toBe("84.7");
		expect(alexnet.getValue("formula.label")?.toString()).toBe("AlexNet 2012");
		expect(alexnet.getValue("note.missing")).toBe(NullValue.value);
		const tags = alexnet.getValue("note.tags") as ListValue;
		expect(tags.length()).toBe(1);
		expect(tags.get(0).toString()).toBe("cnn");
		expect(controller.allProperties).toContain("note.top5_error");
	});

	it("reads the view's options as property ids", () => {
		const config = new BasesViewConfig({ name: "Timeline", year: "released", value: "formula.acc", empty: "" }, {});
		expect(config.name).toBe("Timeline");
		expect(config.getAsPropertyId("year")).toBe("note.released");
		expect(config.getAsPropertyId("value")).toBe("formula.acc");
		expect(config.getAsPropertyId("empty")).toBeNull();
		expect(config.getAsPropertyId("absent")).toBeNull();
	});

	it("says what it cannot read", () => {
		expect(() => parseExpression("year >=")).toThrow(BasesExpressionError);
		expect(() => compileFilter({ maybe: ["x"] })).toThrow(BasesExpressionError);
		expect(() => parseExpression('file.inFolder("a"')).toThrow(BasesExpressionError);
	});
});
