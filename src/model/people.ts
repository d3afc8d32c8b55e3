// People are never models, nor a model's other names. A note says who is a person where it lists them
// under a people header (`Person`, `Author`, `作者`) or a frontmatter field such as `author:`; and a name
// written as a list of authors ("Lin et al.", "Sanchez & Perronnin") is one everywhere.
import { stringList } from "../parse/note";
import type { ParsedNote } from "../parse/types";
import { classifyColumns } from "./columns";
import { linkTargets, nameKey, plainText } from "./names";

const AUTHORS = /\bet al\.?$|^\p{Lu}[\p{L}'’-]+ (?:&|and|und|et|y|e|и|và) \p{Lu}[\p{L}'’-]+$/u;

/** "Lin et al.", "Sanchez & Perronnin", "Simonyan and Zisserman": authors named for their work. */
export function looksLikeAuthors(name: string): boolean {
	return AUTHORS.test(plainText(name).trim());
}

const PEOPLE_FIELDS = new Set(["author", "authors", "creator", "creators", "people", "person", "researcher", "researchers", "inventor", "inventors"]);

/** The name keys of the people a note names as people: its people columns and people fields. */
export function peopleOf(note: ParsedNote): Set<string> {
	const people = new Set<string>();
	const add = (text: string) => {
		const links = linkTargets(text);
		for (const name of links.length > 0 ? links : [plainText(text)]) if (name !== "") people.add(nameKey(name));
	};
	for (const table of note.tables) {
		const column = classifyColumns(table.header).people;
		if (column === null) continue;
		for (const row of table.rows) add(row.cells[column] ?? "");
	}
	for (const [key, value] of Object.entries(note.frontmatter?.data ?? {})) {
		if (PEOPLE_FIELDS.has(key.toLowerCase())) for (const item of stringList(value)) add(item);
	}
	return people;
}
