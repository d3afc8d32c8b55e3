// What a careful reader takes from one real note (../shared/realnotes), written by reading the note,
// never from the program's output. tests/model/realnotes.test.ts holds the model of each note, read on
// its own, against it.

/** A figure the note states as an ILSVRC classification result of a year. */
export interface ExpectedResult {
	/** The challenge year the figure belongs to (the competition's year, not a paper's venue year). */
	year: number;
	/**
	 * "winner" where the note says the entrant won (a winner header, a 1st place, a list of a challenge's
	 * winners); "runner-up" for a stated second place; "3rd" for a stated third place; "entry" for any
	 * other result of that entrant in that year (a place not said, a paper's own figure on that year's
	 * test set, a reproduction).
	 */
	series: "winner" | "runner-up" | "3rd" | "entry";
	/** Default "top-5". */
	metric?: "top-5" | "top-1";
	/** The team or model as the note names it (matched loosely: case, brackets and spacing aside). */
	entrant: string;
	/** Error in percent; an accuracy is turned into error (100 − accuracy), a fraction into percent. */
	value: number;
	/** The line of the file (frontmatter included, from 1) where the figure is written. */
	line: number;
	/**
	 * Stated in running text (a sentence, a list item, an aside inside a cell) rather than as a row of a
	 * table or a field. A person reads it; the plugin by design reads no data from prose (DESIGN: "Prose
	 * is not data"), so the model may leave it out, but whatever it reads there must be this.
	 */
	prose?: boolean;
}

/** A lineage statement: `to` builds on `from` (the older model). */
export interface ExpectedEdge {
	from: string;
	to: string;
	line: number;
	/** "explicit" where a sentence, cell or field says it; "inferred" from the order of a table the note presents as a lineage. */
	kind: "explicit" | "inferred";
	/**
	 * Stated in running text (a sentence, a list item, an aside inside a cell) rather than as a row of a
	 * table or a field. A person reads it; the plugin by design reads no data from prose (DESIGN: "Prose
	 * is not data"), so the model may leave it out, but whatever it reads there must be this.
	 */
	prose?: boolean;
}

export interface ExpectedFact {
	key: "human_baseline" | "images" | "categories" | "ilsvrc_images" | "ilsvrc_categories";
	/** Percent for the human baseline, a count otherwise. */
	value: number;
	line: number;
	/**
	 * Stated in running text (a sentence, a list item, an aside inside a cell) rather than as a row of a
	 * table or a field. A person reads it; the plugin by design reads no data from prose (DESIGN: "Prose
	 * is not data"), so the model may leave it out, but whatever it reads there must be this.
	 */
	prose?: boolean;
}

/** A number a careless reader would take as a result or fact and a careful one does not. */
export interface Trap {
	line: number;
	/** The number (as the model would hold it, in percent) that must not be read from that line. */
	value: number;
	why: string;
}

export interface NoteExpectation {
	/** File name in ../shared/realnotes. */
	file: string;
	/** One or two sentences: what the note says about the ILSVRC, as a reader would sum it up. */
	summary: string;
	/** Every ILSVRC classification result the note states, and nothing more. */
	results: ExpectedResult[];
	/** Every lineage statement the note makes between two models. */
	edges: ExpectedEdge[];
	/** Models the note presents as models, with the year it gives where it gives one. */
	models: { name: string; year?: number }[];
	/** Names the note mentions that are never a model: people, companies, teams, datasets. */
	notModels: string[];
	facts: ExpectedFact[];
	traps: Trap[];
}
