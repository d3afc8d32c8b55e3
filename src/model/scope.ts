// Which notes count. By default: a note that mentions ImageNet or ILSVRC, links to a note that does,
// or is linked from one. Settings may instead name folders and tags.
import type { ParsedNote } from "../parse/types";

export interface ScopeSettings {
	/** Folders whose notes count (`Research/ImageNet`); empty for the whole vault. */
	folders: string[];
	/** Tags whose notes count (`imagenet`, nested tags included); empty for none. */
	tags: string[];
	/** Also count notes that mention ImageNet or ILSVRC, and their neighbours by links. */
	mentions: boolean;
}

export const DEFAULT_SCOPE: ScopeSettings = { folders: [], tags: [], mentions: true };

/** Resolves a link target written in a note to a note's path, or null. */
export type LinkResolver = (target: string, fromPath: string) => string | null;

/** A resolver by file name, case-insensitive, as Obsidian resolves a bare `[[Note]]`; used outside Obsidian. */
export function resolverByName(paths: string[]): LinkResolver {
	const byName = new Map<string, string>();
	const byPath = new Map<string, string>();
	for (const path of [...paths].sort()) {
		const lower = path.toLowerCase();
		byPath.set(lower.replace(/\.md$/, ""), path);
		const name = lower.slice(lower.lastIndexOf("/") + 1).replace(/\.md$/, "");
		if (!byName.has(name)) byName.set(name, path);
	}
	return (target) => {
		const lower = target.toLowerCase().replace(/\.md$/, "");
		return byPath.get(lower) ?? byName.get(lower.slice(lower.lastIndexOf("/") + 1)) ?? null;
	};
}

/** What scope needs of one note: its path, tags, whether it mentions ImageNet, and where its links lead. */
export interface ScopeNote {
	path: string;
	/** Tag names as written, without `#`. */
	tags: readonly string[];
	mentionsImageNet: boolean;
	/** The paths its links resolve to, itself left out; each once. */
	targets: readonly string[];
}

/** The notes and their links, as the index keeps them between changes. */
export interface ScopeGraph {
	note(path: string): ScopeNote | undefined;
	/** Every note; walked only when the settings name tags or folders. */
	notes(): Iterable<ScopeNote>;
	/** The paths of the notes that mention ImageNet or ILSVRC. */
	mentioning(): Iterable<string>;
	/** The paths of the notes whose targets hold one of `paths`. */
	notesLinkingTo(paths: ReadonlySet<string>): Iterable<string>;
}

function folderTest(folders: string[]): (path: string) => boolean {
	const clean = folders.map((folder) => folder.replace(/^\/+|\/+$/g, ""));
	return (path) => clean.some((folder) => folder === "" || path === folder || path.startsWith(folder + "/"));
}

function tagTest(tags: string[]): (note: ScopeNote) => boolean {
	const wanted = tags.map((t) => t.replace(/^#/, "").toLowerCase());
	return (note) =>
		note.tags.some((tag) => {
			const name = tag.toLowerCase();
			return wanted.some((w) => name === w || name.startsWith(w + "/"));
		});
}

/**
 * The paths of the notes in scope: with `mentions`, the notes that mention ImageNet, the notes they
 * link to and the notes that link to them. Works from the notes that mention ImageNet outwards, so a
 * change costs as much as the ImageNet notes' links, not the whole vault's.
 */
export function scopeOfGraph(graph: ScopeGraph, settings: ScopeSettings): Set<string> {
	const chosen = new Set<string>();
	const restrictFolders = settings.folders.some((f) => f.trim() !== "");
	const inFolders = restrictFolders ? folderTest(settings.folders) : () => true;
	if (settings.tags.length > 0) {
		const tagged = tagTest(settings.tags);
		for (const note of graph.notes()) if (inFolders(note.path) && tagged(note)) chosen.add(note.path);
	}
	if (restrictFolders && !settings.mentions && settings.tags.length === 0) {
		for (const note of graph.notes()) if (inFolders(note.path)) chosen.add(note.path);
	}
	if (!settings.mentions) return chosen;

	const seeds: ScopeNote[] = [];
	for (const path of graph.mentioning()) {
		const note = graph.note(path);
		if (note && note.mentionsImageNet && inFolders(path)) seeds.push(note);
	}
	for (const seed of seeds) chosen.add(seed.path);
	// A note linked from an ImageNet note, or a note that links to one, counts too.
	for (const seed of seeds) {
		for (const target of seed.targets) if (target !== seed.path && inFolders(target) && graph.note(target)) chosen.add(target);
	}
	for (const path of graph.notesLinkingTo(new Set(seeds.map((seed) => seed.path)))) if (inFolders(path)) chosen.add(path);
	return chosen;
}

/** The notes and links of parsed notes, each link resolved once. */
export function scopeGraphOf(notes: ParsedNote[], resolve: LinkResolver): ScopeGraph {
	const byPath = new Map<string, ScopeNote>();
	for (const note of notes) {
		const targets = new Set<string>();
		for (const link of note.links) {
			const target = resolve(link.target, note.path);
			if (target !== null && target !== note.path) targets.add(target);
		}
		byPath.set(note.path, { path: note.path, tags: note.tags.map((t) => t.name), mentionsImageNet: note.mentionsImageNet, targets: [...targets] });
	}
	return {
		note: (path) => byPath.get(path),
		notes: () => byPath.values(),
		mentioning: () => notes.filter((n) => n.mentionsImageNet).map((n) => n.path),
		notesLinkingTo: (paths) => [...byPath.values()].filter((n) => n.targets.some((t) => paths.has(t))).map((n) => n.path),
	};
}

/** The paths of the notes in scope. */
export function notesInScope(notes: ParsedNote[], settings: ScopeSettings, resolve: LinkResolver): Set<string> {
	return scopeOfGraph(scopeGraphOf(notes, resolve), settings);
}

/**
 * Why no note is in scope, in words for an empty chart or table ("the filter matches nothing" is not
 * "no results yet"); null while some note is.
 */
export function nothingInScope(settings: ScopeSettings, inScope: number): string | null {
	if (inScope > 0) return null;
	const folders = settings.folders.map((f) => f.trim().replace(/^\/+|\/+$/g, "")).filter((f) => f !== "");
	const tags = settings.tags.map((t) => `#${t.replace(/^#/, "")}`);
	const where = folders.length === 0 ? "" : ` in ${folders.length === 1 ? "the folder" : "the folders"} ${folders.join(", ")}`;
	const what: string[] = [];
	if (tags.length > 0) what.push(`has the tag ${tags.join(" or ")}`);
	if (settings.mentions) what.push("mentions ImageNet or ILSVRC");
	if (what.length === 0) return `No note is${where || " in the folders the settings name"}, so ImageNet Atlas reads none.`;
	const tail = folders.length + tags.length > 0 ? " Check which notes count in the settings." : " Write one with a table such as `| Year | Winner | Top-5 error |`.";
	return `No note${where} ${what.join(" or ")} yet.${tail}`;
}
