// A note about one model (`AlexNet.md`): its name, aliases, year and innovation, and the edges its
// frontmatter (`parent: "[[AlexNet]]"`) or inline fields (`based on:: [[AlexNet]]`) declare.
import { stringList } from "../parse/note";
import { parseYearSpan } from "../parse/values";
import type { ParsedNote } from "../parse/types";
import { readFactFields } from "./facts";
import { linkTargets, nameKey, plainText, splitNameList, splitParenthetical } from "./names";
import { looksLikeAuthors, peopleOf } from "./people";
import type { Claim, ModelClaim, Source } from "./types";

/** Field names that say "this model descends from that one", compared without case, spaces, `_` or `-`. */
const PARENT_FIELDS = new Set(["parent", "parents", "predecessor", "predecessors", "basedon", "buildson", "builtupon", "derivedfrom", "extends", "successorof"]);
const YEAR_FIELDS = new Set(["year", "ilsvrcyear", "introduced", "released"]);
const INNOVATION_FIELDS = new Set(["innovation", "keyidea", "contribution"]);
// Tags that say "this note is about one model"; topic tags such as #cnn do not.
const MODEL_TAGS = /^(?:model|ml-model|architecture|cnn-architecture|backbone)$/i;

function fieldKey(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/** `"[[AlexNet]]"`, `[[AlexNet]], [[VGGNet]]`, `AlexNet` -> the names they give. */
function namesIn(value: string): string[] {
	const links = linkTargets(value);
	return links.length > 0 ? links : splitNameList(value).map((n) => splitParenthetical(n).name);
}

export function readNoteModel(note: ParsedNote, claims: Claim[]): void {
	// "AlexNet (Kleinster2 vault)" is a note about AlexNet.
	const name = splitParenthetical(note.name).name || note.name;
	// A person the note names (its people column, an `author:` field) is never the model's other name.
	// Read for the aliases alone: a note without any does not classify its tables' columns for it.
	const people = note.aliases.length > 0 ? peopleOf(note) : null;
	const aliases = people === null ? [] : note.aliases.filter((alias) => !people.has(nameKey(alias)) && !looksLikeAuthors(alias));
	const model: ModelClaim = { kind: "model", name, aliases, note: note.path, weak: true, source: { path: note.path, line: 1, raw: note.name } };
	const fields: { key: string; value: string; line: number }[] = [];
	for (const [key, value] of Object.entries(note.frontmatter?.data ?? {})) {
		for (const item of stringList(value)) fields.push({ key, value: item, line: note.frontmatter?.keyLines[key] ?? 1 });
	}
	for (const field of note.fields) fields.push(field);

	for (const field of fields) {
		const key = fieldKey(field.key);
		const source: Source = { path: note.path, line: field.line, raw: `${field.key}: ${field.value}` };
		if (PARENT_FIELDS.has(key)) {
			for (const parent of namesIn(field.value)) {
				if (parent !== "" && parent !== name) claims.push({ kind: "edge", from: parent, to: name, edge: "explicit", source });
			}
			model.weak = false;
		} else if (YEAR_FIELDS.has(key)) {
			const span = parseYearSpan(field.value);
			if (span) {
				model.year = span.from;
				model.weak = false;
			}
		} else if (INNOVATION_FIELDS.has(key)) {
			model.innovation = plainText(field.value);
			model.weak = false;
		}
	}
	if (note.tags.some((t) => MODEL_TAGS.test(t.name.split("/").pop() ?? ""))) model.weak = false;
	claims.push(model);
	readFactFields(note, claims);
}
