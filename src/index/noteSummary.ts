// What the index gives for a note out of scope: its names, tags and links, kept in the link graph.
import type { ParsedNote } from "../parse/types";
import type { NoteRecord } from "./LinkGraph";

/** What `parsed` gives for a note out of scope: the index keeps its names, tags and links, not its tables. */
export function summaryOf(record: NoteRecord): ParsedNote {
	return {
		path: record.path,
		name: record.name,
		frontmatter: null,
		aliases: [...record.aliases],
		tags: record.tags.map((name) => ({ name, line: 0, frontmatter: false })),
		links: record.links.map((target) => ({ target, embed: false, line: 0 })),
		headings: [],
		tables: [],
		fields: [],
		prose: [],
		mentionsImageNet: record.mentionsImageNet,
		diagnostics: [],
	};
}
