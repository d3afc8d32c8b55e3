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

function inFolders(path: string, folders: string[]): boolean {
	return folders.some((folder) => {
		const clean = folder.replace(/^\/+|\/+$/g, "");
		return clean === "" || path === clean || path.startsWith(clean + "/");
	});
}

function hasTag(note: ParsedNote, tags: string[]): boolean {
	const wanted = tags.map((t) => t.replace(/^#/, "").toLowerCase());
	return note.tags.some((t) => {
		const name = t.name.toLowerCase();
		return wanted.some((w) => name === w || name.startsWith(w + "/"));
	});
}

/** The paths of the notes in scope. */
export function notesInScope(notes: ParsedNote[], settings: ScopeSettings, resolve: LinkResolver): Set<string> {
	const chosen = new Set<string>();
	const restrictFolders = settings.folders.some((f) => f.trim() !== "");
	const candidates = restrictFolders ? notes.filter((n) => inFolders(n.path, settings.folders)) : notes;
	if (settings.tags.length > 0) for (const note of candidates) if (hasTag(note, settings.tags)) chosen.add(note.path);
	if (restrictFolders && !settings.mentions && settings.tags.length === 0) {
		for (const note of candidates) chosen.add(note.path);
	}
	if (!settings.mentions) return chosen;

	const seeds = new Set(candidates.filter((n) => n.mentionsImageNet).map((n) => n.path));
	const allowed = new Set(candidates.map((n) => n.path));
	for (const path of seeds) chosen.add(path);
	for (const note of candidates) {
		for (const link of note.links) {
			const target = resolve(link.target, note.path);
			if (target === null || target === note.path) continue;
			// A note linked from an ImageNet note, or a note that links to one, counts too.
			if (seeds.has(note.path) && allowed.has(target)) chosen.add(target);
			if (seeds.has(target)) chosen.add(note.path);
		}
	}
	return chosen;
}
