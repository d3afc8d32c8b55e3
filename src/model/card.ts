// What the card shows for the note you are on: the model it is about (results, conflicts, lineage), or
// what the plugin read from it (each table and what it became), or why the plugin did not read it.
// Plain data from the model and the note's claims; the view only draws it.
import type { ParsedNote } from "../parse/types";
import { entityForNote } from "./activeEntity";
import type { NoteClaims } from "./claims";
import { holdsData, readingOf, type NoteReading } from "./noteReading";
import type { ScopeSettings } from "./scope";
import type { AtlasModel, ConflictValue, Entity, Source } from "./types";

/** A model (or team) to link to: its own note when the vault has one, else its name, as an unresolved link. */
export interface CardLink {
	id: string;
	name: string;
	linktext: string;
	hasNote: boolean;
	year?: number;
}

export interface CardResult {
	year: number;
	series: string;
	value: number;
	approx: boolean;
	entrant: string;
	sources: Source[];
}

export interface CardConflict {
	year: number;
	series: string;
	values: ConflictValue[];
}

export interface CardRelative extends CardLink {
	kind: "explicit" | "inferred";
	sources: Source[];
}

export interface CardModel extends CardLink {
	kind: Entity["kind"];
	aliases: string[];
	innovation?: string;
	results: CardResult[];
	conflicts: CardConflict[];
	parents: CardRelative[];
	children: CardRelative[];
	/** This model, its parent, its grandparent... back to the oldest ancestor the vault knows. */
	ancestry: CardLink[];
	/** The walk back stopped because it came round to a model already on the path. */
	ancestryCycle: boolean;
}

export type NoteCard =
	| { kind: "model"; path: string; name: string; model: CardModel; reading: NoteReading | null; notice?: string }
	| { kind: "data"; path: string; name: string; reading: NoteReading }
	| { kind: "unread"; path: string; name: string; reason: "out-of-scope" | "no-data" | "not-read"; why: string; howTo: string[] };

export function describeNote(
	model: AtlasModel,
	note: ParsedNote | undefined,
	noteClaims: NoteClaims | undefined,
	path: string,
	inScope: boolean,
	aliases: string[] = [],
	scope?: ScopeSettings,
): NoteCard {
	const name = noteName(path);
	const entity = entityForNote(model, path, aliases.length > 0 ? aliases : (note?.aliases ?? []));
	const reading = note && noteClaims && inScope ? readingOf(model, note, noteClaims) : null;
	if (entity) {
		const notice = inScope ? undefined : `This note itself is not read (${outOfScopeWhy(scope)}); what the card shows comes from other notes.`;
		return { kind: "model", path, name, model: describeModel(model, entity), reading: reading && holdsData(reading) ? reading : null, notice };
	}
	if (!note) return { kind: "unread", path, name, reason: "not-read", why: "ImageNet Atlas has not read this note: it is not a Markdown note, or the vault is still being read.", howTo: [] };
	if (!inScope) return { kind: "unread", path, name, reason: "out-of-scope", why: `ImageNet Atlas does not read this note: ${outOfScopeWhy(scope)}.`, howTo: howToBringIn(scope) };
	if (reading && holdsData(reading)) return { kind: "data", path, name, reading };
	return {
		kind: "unread",
		path,
		name,
		reason: "no-data",
		why: "This note counts as an ImageNet note, but it holds nothing the plugin reads: no table of years and error rates, no lineage table, no figure such as the image count, and no model fields in its frontmatter.",
		howTo: [
			"Add a table with Year, Model and Top-5 error columns.",
			'For a note about one model, add frontmatter: year, innovation and parent: "[[AlexNet]]".',
			"Add a table of figures the plugin knows, such as Images, Categories or the human baseline.",
		],
	};
}

function noteName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

function linkOf(model: AtlasModel, id: string): CardLink {
	const known = model.entities.find((e) => e.id === id) ?? model.lineage.nodes.find((n) => n.id === id);
	const name = known?.name ?? id;
	const note = known?.note;
	// The full path (without .md) opens the very note even when two folders hold one name.
	return { id, name, linktext: note ? note.replace(/\.md$/i, "") : name, hasNote: !!note, year: known?.year };
}

const SERIES_ORDER = ["winner", "runner-up"];

function seriesRank(series: string): number {
	const rank = SERIES_ORDER.indexOf(series);
	return rank < 0 ? SERIES_ORDER.length : rank;
}

function describeModel(model: AtlasModel, entity: Entity): CardModel {
	const points = model.results.filter((r) => r.entity === entity.id).sort((a, b) => a.year - b.year || seriesRank(a.series) - seriesRank(b.series));
	const relative = (id: string, kind: "explicit" | "inferred", sources: Source[]): CardRelative => ({ ...linkOf(model, id), kind, sources });
	const { ancestry, cycle } = walkToOldestAncestor(model, entity.id);
	return {
		...linkOf(model, entity.id),
		kind: entity.kind,
		aliases: [...entity.aliases, ...entity.enteredAs],
		innovation: entity.innovation,
		results: points.map((r) => ({ year: r.year, series: r.series, value: r.value, approx: r.approx, entrant: r.entrant, sources: r.sources })),
		conflicts: points.filter((r) => r.conflict).map((r) => ({ year: r.year, series: r.series, values: r.conflict ?? [] })),
		parents: model.lineage.edges.filter((e) => e.to === entity.id).map((e) => relative(e.from, e.kind, e.sources)),
		children: model.lineage.edges.filter((e) => e.from === entity.id).map((e) => relative(e.to, e.kind, e.sources)),
		ancestry: ancestry.map((id) => linkOf(model, id)),
		ancestryCycle: cycle,
	};
}

/** Follows parents back, an explicit edge before an inferred one, then the oldest parent; stops on a cycle. */
export function walkToOldestAncestor(model: AtlasModel, id: string): { ancestry: string[]; cycle: boolean } {
	const yearOf = (nodeId: string) => linkOf(model, nodeId).year ?? Number.POSITIVE_INFINITY;
	const ancestry = [id];
	for (let current = id; ; ) {
		const parents = model.lineage.edges
			.filter((e) => e.to === current)
			.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "explicit" ? -1 : 1) || yearOf(a.from) - yearOf(b.from) || a.from.localeCompare(b.from));
		if (parents.length === 0) return { ancestry, cycle: false };
		current = parents[0].from;
		if (ancestry.includes(current)) return { ancestry, cycle: true };
		ancestry.push(current);
	}
}

function outOfScopeWhy(scope: ScopeSettings | undefined): string {
	const folders = scope?.folders.filter((f) => f.trim() !== "") ?? [];
	const tags = scope?.tags ?? [];
	const reasons: string[] = [];
	if (folders.length > 0) reasons.push(`it is not in ${folders.length === 1 ? "the folder" : "the folders"} ${folders.join(", ")}`);
	if (tags.length > 0) reasons.push(`it has no tag ${tags.map((t) => `#${t.replace(/^#/, "")}`).join(" or ")}`);
	if (scope?.mentions ?? true) reasons.push("it does not mention ImageNet or ILSVRC, does not link to a note that does, and no such note links to it");
	return reasons.join("; ") || "the settings count no notes";
}

function howToBringIn(scope: ScopeSettings | undefined): string[] {
	const howTo: string[] = [];
	if (scope?.mentions ?? true) howTo.push("Mention ImageNet or ILSVRC in it.", "Link it from an ImageNet note, or link to one from it.");
	howTo.push("Add its folder or one of its tags to the notes the plugin reads, in the settings.");
	return howTo;
}
