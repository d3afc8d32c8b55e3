// The index's link graph: each note's links resolved once, resolved again only when a file of that
// name comes or goes; scope worked out from it is the scope of the notes themselves.
import { describe, expect, it } from "vitest";
import { LinkGraph, linkName } from "../../src/index/LinkGraph";
import { notesInScope, resolverByName, scopeOfGraph, DEFAULT_SCOPE } from "../../src/model/scope";
import { parseNote } from "../../src/parse/note";

/** A graph over `files` whose resolver sees the files present at the time it is asked. */
function graphOf(files: Record<string, string>) {
	const present = new Set(Object.keys(files));
	const resolve = (target: string, from: string) => resolverByName([...present])(target, from);
	const graph = new LinkGraph(resolve);
	for (const [path, text] of Object.entries(files)) graph.set(parseNote(path, text), false);
	return {
		graph,
		add(path: string, text: string) {
			present.add(path);
			graph.set(parseNote(path, text));
		},
		remove(path: string) {
			present.delete(path);
			graph.delete(path);
		},
	};
}

describe("the index's link graph", () => {
	it("names links and files alike, whatever the folder, case or extension", () => {
		expect(linkName("Models/AlexNet.md")).toBe("alexnet");
		expect(linkName("../models/AlexNet")).toBe("alexnet");
		expect(linkName(" AlexNet ")).toBe("alexnet");
	});

	it("resolves a link again when the note it names is created, and when it is deleted", () => {
		const { graph, add, remove } = graphOf({ "Hub.md": "ImageNet notes: [[AlexNet]], [[Models/ZFNet]]." });
		expect(graph.note("Hub.md")?.targets).toEqual([]);
		add("Models/AlexNet.md", "# AlexNet");
		graph.resolveChangedNames();
		expect(graph.note("Hub.md")?.targets).toEqual(["Models/AlexNet.md"]);
		remove("Models/AlexNet.md");
		graph.resolveChangedNames();
		expect(graph.note("Hub.md")?.targets).toEqual([]);
	});

	it("leaves its version alone when an edit changes neither links, tags nor mentions", () => {
		const { graph } = graphOf({ "A.md": "ImageNet [[B]] #tag 15.3%", "B.md": "b" });
		const before = graph.version;
		graph.set(parseNote("A.md", "ImageNet [[B]] #tag 16.4%"));
		expect(graph.version).toBe(before);
		graph.set(parseNote("A.md", "ImageNet [[B]] #other 16.4%"));
		expect(graph.version).toBeGreaterThan(before);
	});

	it("gives the scope that the notes themselves give, with every setting", () => {
		const files: Record<string, string> = {
			"ILSVRC.md": "# ILSVRC\n[[AlexNet]] won. #vision",
			"AlexNet.md": "# AlexNet\nA model. [[Hinton]]",
			"Hinton.md": "# Hinton\nSee [[AlexNet]].",
			"Fan.md": "I like [[ILSVRC]]. #vision/cnn",
			"Research/Notes.md": "# Notes\n[[Cooking]]",
			"Cooking.md": "# Soup #recipe",
		};
		const notes = Object.entries(files).map(([path, text]) => parseNote(path, text));
		const { graph } = graphOf(files);
		const settings = [
			DEFAULT_SCOPE,
			{ folders: [], tags: ["vision"], mentions: false },
			{ folders: ["Research"], tags: [], mentions: false },
			{ folders: ["Research/"], tags: ["recipe"], mentions: true },
			{ folders: [], tags: ["#recipe"], mentions: true },
		];
		for (const setting of settings) {
			const expected = notesInScope(notes, setting, resolverByName(Object.keys(files)));
			expect([...scopeOfGraph(graph, setting)].sort()).toEqual([...expected].sort());
		}
		expect([...scopeOfGraph(graph, DEFAULT_SCOPE)].sort()).toEqual(["AlexNet.md", "Fan.md", "ILSVRC.md"]);
	});
});
