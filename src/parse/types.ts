// What the parser makes of one note. Pure data: no Obsidian types, no functions.
// Every line number is the line of the file, frontmatter included, counted from 1.

/** A problem found while reading, with its place. */
export interface Diagnostic {
	kind: DiagnosticKind;
	path: string;
	line: number;
	message: string;
	/** For a conflict: every source of every value, in path and line order (the first is `path`/`line`). */
	sources?: { path: string; line: number; raw: string }[];
}

export type DiagnosticKind =
	| "frontmatter"
	| "unreadable-cell"
	| "row-without-year"
	| "conflict"
	| "cycle"
	| "unknown-link"
	| "too-large";

export interface Frontmatter {
	/** The parsed YAML mapping (strings, numbers, booleans, null, lists and nested mappings). */
	data: Record<string, unknown>;
	/** Line of each top-level key, for provenance. */
	keyLines: Record<string, number>;
	/** Lines of the opening and closing `---`. */
	startLine: number;
	endLine: number;
}

export interface WikiLink {
	/** The note named, without heading or block part: `AlexNet` in `[[AlexNet#History|the net]]`. */
	target: string;
	heading?: string;
	block?: string;
	/** The text shown after `|`, if any. */
	display?: string;
	embed: boolean;
	line: number;
}

export interface Tag {
	/** Without the leading `#`, as written: `ai/vision`. */
	name: string;
	line: number;
	/** True for tags from the frontmatter `tags` field. */
	frontmatter: boolean;
}

export interface Heading {
	level: number;
	text: string;
	line: number;
}

export type Alignment = "left" | "center" | "right" | null;

export interface TableRow {
	/** Cell texts with `\|` unescaped and surrounding spaces trimmed. Always as many as the header. */
	cells: string[];
	line: number;
	/** The row as written in the note (for a pasted table, the line without its pipes). */
	raw: string;
}

export interface Table {
	/** Line of the header row. */
	line: number;
	header: string[];
	alignments: Alignment[];
	rows: TableRow[];
	/** True for a table rebuilt from lines that lost their pipes when pasted. */
	recovered: boolean;
	/** The headings above the table, outermost first: the section it sits in. */
	section: Heading[];
	/**
	 * The line just above the table (one blank line between allowed), as written, comments included:
	 * its caption ("**Lineage from AlexNet:**"), or the mark the plugin writes above a table of its own.
	 * Empty when a heading, another block or nothing is there.
	 */
	caption: string;
}

/** A Dataview-style inline field: `based on:: [[AlexNet]]`. */
export interface InlineField {
	key: string;
	value: string;
	line: number;
}

/** A line of prose (paragraph or list item) that gives a percentage, kept for fact extraction (the human baseline). */
export interface ProseLine {
	text: string;
	line: number;
	section: Heading[];
}

export interface ParsedNote {
	path: string;
	/** The file name without folder and `.md`: what `[[...]]` resolves by. */
	name: string;
	frontmatter: Frontmatter | null;
	aliases: string[];
	tags: Tag[];
	links: WikiLink[];
	headings: Heading[];
	tables: Table[];
	fields: InlineField[];
	prose: ProseLine[];
	/** Whether the note's text (outside code and comments) mentions ImageNet or ILSVRC. */
	mentionsImageNet: boolean;
	diagnostics: Diagnostic[];
}

/** A number read from a cell or a phrase, with how it was written. */
export interface Value {
	/** The number as written, in the unit of `unit` (15.3 for `15.3%`, 0.153 for `0.153`). */
	value: number;
	unit: "percent" | "points" | "count" | "plain";
	/** Written with `~`, `about`, `≈`, `roughly` and the like. */
	approx: boolean;
	/** Written as a lower bound: `14M+`, `20,000+`. */
	atLeast: boolean;
	/** Size of one unit in the last written place, in the unit of `value`: 0.1 for `15.3`, 0.01 for `3.57`, 100000 for `1.2M`. */
	precision: number;
	raw: string;
}

export interface YearSpan {
	from: number;
	/** Equal to `from` for a single year. */
	to: number;
	/** `2018+`. */
	open: boolean;
	raw: string;
}
