// Entities resolved by note name, alias, link target and parenthetical; the lineage graph from
// frontmatter, inline fields, table cells and table order; cycles reported, never followed round.
import { describe, expect, it } from "vitest";
import { buildModelFromTexts } from "../../src/model/build";
import type { AtlasModel, LineageEdge } from "../../src/model/types";
import { fixtureFolder, readNotes, otherNames } from "./fixtures";


function edge(model: AtlasModel, from: string, to: string): LineageEdge | undefined {
	return model.lineage.edges.find((e) => e.from === from && e.to === to);
}

describe("entities (tests/fixtures/model-notes)", () => {
	const model = buildModelFromTexts(readNotes(fixtureFolder("model-notes")));
	const entity = (id: string) => model.entities.find((e) => e.id === id);

	it("makes the row \"SuperVision\", [[AlexNet]] and AlexNet.md with aliases: [SuperVision] one entity", () => {
		const winner2012 = model.results.find((r) => r.year === 2012 && r.series === "winner")!;
		expect(winner2012.entity).toBe("alexnet");
		expect(model.results.find((r) => r.year === 2012 && r.series === "top-1")?.entity).toBe("alexnet");
		expect(model.entities.filter((e) => /alexnet|supervision/i.test(e.name))).toHaveLength(1);
		expect(entity("alexnet")).toMatchObject({ name: "AlexNet", kind: "model", note: "AlexNet.md", year: 2012, innovation: "ReLU, dropout and GPU training" });
		expect(otherNames(entity("alexnet"))).toContain("SuperVision");
	});

	it("resolves \"ZFNet (Clarifai)\" to the note ZFNet.md, and a later row \"Clarifai\" to the same model", () => {
		const winner2013 = model.results.find((r) => r.year === 2013 && r.series === "winner")!;
		expect(winner2013.entity).toBe("zfnet");
		expect(entity("zfnet")).toMatchObject({ name: "ZFNet", note: "ZFNet.md" });
		expect(otherNames(entity("zfnet"))).toContain("Clarifai");
		expect(model.entities.some((e) => e.name === "Clarifai")).toBe(false);
	});

	it("resolves an alias from frontmatter (VGG) and keeps one entity for a spelled-out parenthetical", () => {
		expect(model.results.find((r) => r.year === 2014 && r.series === "entry")?.entity).toBe("vggnet");
		expect(model.lineage.nodes.filter((n) => n.name.startsWith("SENet"))).toHaveLength(1);
		expect(otherNames(entity("senet"))).toContain("Squeeze-and-Excitation Network");
	});

	it("keeps teams that are no model as teams, outside the lineage", () => {
		expect(entity("necuiuc")?.kind).toBe("team");
		expect(model.lineage.nodes.some((n) => n.id === "necuiuc")).toBe(false);
	});

	it("does not make a model of a person linked from a model note", () => {
		expect(model.entities.some((e) => e.name === "Kaiming He")).toBe(false);
	});
});

describe("entities named in brackets", () => {
	const lineage = "| Year | Model | Innovation |\n|---|---|---|\n| 2012 | AlexNet | Deep CNNs |\n| 2014 | GoogLeNet | Inception |";

	it("resolves a bare \"SuperVision\" to AlexNet whichever note is read first", () => {
		const bare = "ILSVRC\n\n| Year | Team | Top-5 error |\n|---|---|---|\n| 2012 | SuperVision | 15.3% |";
		const bracketed = "ILSVRC\n\n| Year | Team | Top-5 error |\n|---|---|---|\n| 2012 | AlexNet (SuperVision) | 15.3% |";
		for (const [first, second] of [
			[bare, bracketed],
			[bracketed, bare],
		]) {
			const model = buildModelFromTexts({ "A.md": first, "B.md": second, "Lineage.md": `ImageNet\n\n${lineage}` });
			expect(model.results.filter((r) => r.year === 2012).map((r) => r.entity)).toEqual(["alexnet"]);
			expect(model.entities.some((e) => e.name === "SuperVision")).toBe(false);
		}
	});

	it("does not make a note named after a bracketed affiliation the model's note", () => {
		const model = buildModelFromTexts({
			"Results.md": "ImageNet [[Google]]\n\n| Year | Winner | Top-5 error |\n|---|---|---|\n| 2014 | GoogLeNet (Google) | 6.7% |",
			"Lineage.md": `ImageNet\n\n${lineage.replace("| GoogLeNet |", "| GoogLeNet (Google) |")}`,
			"Google.md": "# Google\n\nA company.",
		});
		const googlenet = model.entities.find((e) => e.id === "googlenet")!;
		expect(otherNames(googlenet)).toContain("Google");
		expect(googlenet.note).toBeUndefined();
		expect(model.lineage.nodes.find((n) => n.id === "googlenet")?.note).toBeUndefined();
	});

	it("does not make \"designed at Google\" in a lineage cell an edge from GoogLeNet", () => {
		const model = buildModelFromTexts({
			"Results.md": "ILSVRC\n\n| Year | Winner | Top-5 error |\n|---|---|---|\n| 2014 | GoogLeNet (Google) | 6.7% |",
			"Lineage.md": `ImageNet\n\n## Lineage\n\n${lineage.replace("| GoogLeNet |", "| GoogLeNet (Google) |")}\n| 2019 | EfficientNet | Designed at Google |`,
		});
		const edges = model.lineage.edges.filter((e) => e.to === "efficientnet");
		expect(edges.map((e) => [e.from, e.kind])).toEqual([["googlenet", "inferred"]]);
	});
});

describe("lineage edges (tests/fixtures/model-notes)", () => {
	const model = buildModelFromTexts(readNotes(fixtureFolder("model-notes")));
	const source = (e: LineageEdge | undefined) => e?.sources.map((s) => `${s.path}:${s.line}`);

	it("reads parent: \"[[AlexNet]]\" in frontmatter as an explicit edge at the key's line", () => {
		const e = edge(model, "alexnet", "zfnet");
		expect(e?.kind).toBe("explicit");
		expect(source(e)).toEqual(["ZFNet.md:2"]);
	});

	it("reads every link of parents: [...] as an edge", () => {
		expect(source(edge(model, "alexnet", "vggnet"))).toEqual(["VGGNet.md:3"]);
		expect(source(edge(model, "zfnet", "vggnet"))).toEqual(["VGGNet.md:3"]);
	});

	it("reads a field named \"Based On\" in any case, with a plain model name", () => {
		expect(edge(model, "alexnet", "googlenet")).toMatchObject({ kind: "explicit", sources: [{ path: "GoogLeNet.md", line: 3 }] });
	});

	it("reads Dataview inline fields based on:: and builds on:: in the body", () => {
		expect(edge(model, "vggnet", "resnet")).toMatchObject({ kind: "explicit", sources: [{ path: "ResNet.md", line: 9 }] });
		expect(edge(model, "resnet", "resnext")).toMatchObject({ kind: "explicit", sources: [{ path: "ResNeXt.md", line: 6 }] });
	});

	it("reads \"builds on [[ResNet]]\" in a lineage table's cell as an explicit edge from that row", () => {
		expect(edge(model, "resnet", "densenet")).toMatchObject({ kind: "explicit", sources: [{ path: "Lineage of the winners.md", line: 5 }] });
	});

	it("infers an edge from a lineage table's order, dashed, older to newer", () => {
		expect(edge(model, "densenet", "senet")).toMatchObject({ kind: "inferred", sources: [{ path: "Lineage of the winners.md", line: 6 }] });
	});

	it("gives the nodes the year and innovation their notes state", () => {
		const node = (id: string) => model.lineage.nodes.find((n) => n.id === id);
		expect(node("resnet")).toMatchObject({ name: "ResNet", year: 2015, innovation: "Skip connections", note: "ResNet.md" });
		expect(node("resnext")).toMatchObject({ year: 2017, innovation: "grouped convolutions" });
		expect(node("densenet")).toMatchObject({ year: 2016 });
	});

	it("never has an edge into the older model, and reports no cycle", () => {
		const year = new Map(model.lineage.nodes.map((n) => [n.id, n.year ?? 0]));
		for (const e of model.lineage.edges) expect(year.get(e.from)!, `${e.from} → ${e.to}`).toBeLessThanOrEqual(year.get(e.to)!);
		expect(model.diagnostics.filter((d) => d.kind === "cycle")).toEqual([]);
	});
});

describe("a cycle in the lineage (tests/fixtures/cycle-notes)", () => {
	const model = buildModelFromTexts(readNotes(fixtureFolder("cycle-notes")));

	it("is reported once, with the note and line of the edge that closes it, and the graph still builds", () => {
		const cycles = model.diagnostics.filter((d) => d.kind === "cycle");
		expect(cycles).toHaveLength(1);
		expect([cycles[0].path, cycles[0].line]).toEqual(["Net A.md", 2]);
		expect(cycles[0].message).toContain("Net A → Net B → Net A");
		expect(model.lineage.nodes.map((n) => n.id)).toEqual(["neta", "netb", "netc"]);
		expect(model.lineage.edges).toHaveLength(3);
	});

	it("does not loop on a long chain that closes on itself", () => {
		const files: Record<string, string> = {};
		const count = 3000;
		for (let k = 0; k < count; k++) files[`N${k}.md`] = `---\nparent: "[[N${(k + 1) % count}]]"\n---\nOn ImageNet.`;
		const chain = buildModelFromTexts(files);
		expect(chain.lineage.nodes).toHaveLength(count);
		expect(chain.diagnostics.filter((d) => d.kind === "cycle")).toHaveLength(1);
	});
});
