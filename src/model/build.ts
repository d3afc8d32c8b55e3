// Notes -> model in one call, for the command line, the tests and the benchmark. The plugin's index
// does the same steps one note at a time, keeping each note's claims.
import { parseNote } from "../parse/note";
import type { ParsedNote } from "../parse/types";
import { extractClaims } from "./claims";
import { mergeClaims, type MergeOptions } from "./merge";
import { DEFAULT_SCOPE, notesInScope, resolverByName, type LinkResolver, type ScopeSettings } from "./scope";
import type { AtlasModel } from "./types";

export interface BuildOptions extends MergeOptions {
	scope?: ScopeSettings;
	resolve?: LinkResolver;
}

export function buildModelFromNotes(notes: ParsedNote[], options: BuildOptions = {}): AtlasModel {
	const resolve = options.resolve ?? resolverByName(notes.map((n) => n.path));
	const scope = notesInScope(notes, options.scope ?? DEFAULT_SCOPE, resolve);
	const inScope = notes.filter((n) => scope.has(n.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return mergeClaims(inScope.map(extractClaims), options);
}

/** Builds the model from `{path: text}`. */
export function buildModelFromTexts(files: Record<string, string>, options: BuildOptions = {}): AtlasModel {
	return buildModelFromNotes(Object.entries(files).map(([path, text]) => parseNote(path, text)), options);
}
