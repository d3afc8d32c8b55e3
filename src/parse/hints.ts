// The lines of a note, and what each may hold. A note is not split into a string per line: the line
// starts are found once per note, and a line is cut out of the text only when something on it is
// read. Most lines hold nothing, so rather than look through each line for `[[`, `#`, `::`, `|` and
// the rest, the same pass finds the lines that hold each; a line then costs a lookup. The readers
// still read the lines that do: a hint only says where there is nothing. The pass is WebAssembly
// (lineScan.ts) where the engine runs it, else the engine's own string search (indexOf), once per
// line and per marker, with a regex for the mentions of ImageNet.
import { scanLines } from "./lineScan";

/** Bits of `LineHints.at`: what a line may hold (a bit that is not set means: certainly not there). */
// Backticks have no bit: only a line with something else to read needs its code spans, and the reader
// finds them there (`codeSpans`).
export const LINK = 1;
export const TAG = 2;
export const FIELD = 4;
export const MENTION = 8;
/** Every bit: for a line whose text was changed (comments taken out), so nothing is known of it. */
export const ANY = LINK | TAG | FIELD | MENTION;

/** Where a marker is never found again: past any line's end. */
const NONE = Number.MAX_SAFE_INTEGER;

function found(at: number): number {
	return at === -1 ? NONE : at;
}

/** Bits that only `hasPipe`, `opensComment`, `hasPercent` and `holdsNothing` read. */
const PIPE = 16;
const COMMENT = 32;
const PERCENT = 64;
/** The markers (a mention is asked for on its own). */
const MARKERS = LINK | TAG | FIELD | PIPE | COMMENT | PERCENT;
/** The bits above take the low 7 bits of a line's entry; its start in the text is above them. */
const LINE_START_SHIFT = 7;

// The mention of frontmatter.ts's IMAGENET_MENTION (`/imagenet|ilsvrc/i`) without its first letter: a
// search that starts with a letter of either case is slower than one for the rest of the word, whose
// `i` is then checked by hand.
const MENTION_TAILS = /magenet|lsvrc/gi;

/** Lines read by their number: the frontmatter and table readers take them from here. */
export interface NoteLines {
	readonly count: number;
	/** The text of line `i` (from 0), without its line break. */
	line(i: number): string;
}

/**
 * The lines of a text split at `\n` (a text with `\r` in it is given with its line breaks made `\n`),
 * and what each may hold. One pass over the lines finds them all: each marker is found with one
 * `indexOf` per line that holds it (after a hit, its search goes on from the start of the next line).
 */
export class LineHints implements NoteLines {
	// One plain array (a typed array costs more to make than a small note takes to read): for each line,
	// where it starts in the text shifted left by LINE_START_SHIFT, with the line's bits below; last,
	// where a line after the last one would start. This fits in 32 bits for texts of up to 16 million
	// characters (2^24); parseNote reads at most 5 million.
	// The WebAssembly scan (lineScan.ts) gives the same entries, with MENTION set too.
	private readonly lineInfo: number[];
	/** Whether the MENTION bits of lineInfo are set (by the WebAssembly scan); else mentions are searched for. */
	private readonly mentionBits: boolean;
	/** Where the next mention of ImageNet starts: -1 when there is none, -2 before the first search. */
	private nextMention = -2;
	/** Whether any line holds `%%` or `<!--`. */
	readonly hasComments: boolean;
	/** How many lines the text has (as `text.split("\n").length`). */
	readonly count: number;

	/** `scan: "script"` leaves out the WebAssembly scan (for the tests that compare the two). */
	constructor(private readonly text: string, scan: "any" | "script" = "any") {
		const scanned = scan === "any" ? scanLines(text) : null;
		if (scanned !== null) {
			this.lineInfo = scanned.lineInfo;
			this.count = scanned.lineInfo.length - 1;
			this.hasComments = (scanned.allBits & COMMENT) !== 0;
			this.mentionBits = true;
			return;
		}
		this.mentionBits = false;
		const lineInfo: number[] = [];
		// Where each marker is next found (NONE: nowhere after this). A line holds a marker when its next
		// hit lies before the line's end; the search then goes on from the next line.
		const length = text.length;
		let link = found(text.indexOf("[["));
		let tag = found(text.indexOf("#"));
		let field = found(text.indexOf("::"));
		let pipe = found(text.indexOf("|"));
		let percent = found(text.indexOf("%"));
		// `%%` is looked for only once a line with a `%` is met (most notes have none).
		let pair = -1;
		let html = found(text.indexOf("<!--"));
		let wide = found(text.indexOf("％"));
		let comments = 0;
		for (let start = 0; start <= length; ) {
			let end = text.indexOf("\n", start);
			if (end === -1) end = length;
			let bits = 0;
			if (link < end) {
				bits |= LINK;
				link = found(text.indexOf("[[", end + 1));
			}
			if (tag < end) {
				bits |= TAG;
				tag = found(text.indexOf("#", end + 1));
			}
			if (field < end) {
				bits |= FIELD;
				field = found(text.indexOf("::", end + 1));
			}
			if (pipe < end) {
				bits |= PIPE;
				pipe = found(text.indexOf("|", end + 1));
			}
			if (percent < end || wide < end) {
				bits |= PERCENT;
				if (percent < end) percent = found(text.indexOf("%", end + 1));
				if (wide < end) wide = found(text.indexOf("％", end + 1));
				// `%%` can only be where a `%` is: looked for again only past the one found last.
				if (pair < start) pair = found(text.indexOf("%%", start));
			}
			if ((pair >= start && pair < end) || html < end) {
				bits |= COMMENT;
				comments++;
				if (pair >= start && pair < end) pair = found(text.indexOf("%%", end + 1));
				if (html < end) html = found(text.indexOf("<!--", end + 1));
			}
			lineInfo.push((start << LINE_START_SHIFT) | bits);
			start = end + 1;
		}
		lineInfo.push((length + 1) << LINE_START_SHIFT);
		this.lineInfo = lineInfo;
		this.count = lineInfo.length - 1;
		this.hasComments = comments > 0;
	}

	/** Where line `i` starts in the text. */
	private startOf(i: number): number {
		return this.lineInfo[i] >> LINE_START_SHIFT;
	}

	line(i: number): string {
		return this.text.slice(this.startOf(i), this.startOf(i + 1) - 1);
	}

	/** The length of line `i`, without cutting it out. */
	lengthOf(i: number): number {
		return this.startOf(i + 1) - this.startOf(i) - 1;
	}

	/** The first character of line `i` after its spaces and tabs, as a char code (NaN at the end of the line). */
	firstAfterIndent(i: number): number {
		const { text } = this;
		const end = this.startOf(i + 1) - 1;
		let p = this.startOf(i);
		for (let c = 0; p < end && ((c = text.charCodeAt(p)) === 0x20 || c === 0x09); p++);
		return p < end ? text.charCodeAt(p) : NaN;
	}

	/** What line `i` may hold (bits above); the mention is looked for only when `mention` is asked. */
	at(i: number, mention: boolean): number {
		const bits = this.lineInfo[i] & (LINK | TAG | FIELD);
		return mention && this.mentionIn(i) ? bits | MENTION : bits;
	}

	/**
	 * Whether line `i` holds none of the markers (nor a mention of ImageNet, when `mention` is asked)
	 * and the line after it holds no `|` (which could make line `i` a table's header).
	 */
	holdsNothing(i: number, mention: boolean): boolean {
		return (this.lineInfo[i] & MARKERS) === 0 && (this.lineInfo[i + 1] & PIPE) === 0 && !(mention && this.mentionIn(i));
	}

	/** Whether line `i` holds a `|`. */
	hasPipe(i: number): boolean {
		return (this.lineInfo[i] & PIPE) !== 0;
	}

	/** Whether line `i` holds a percent sign (`%` or the full-width `％`). */
	hasPercent(i: number): boolean {
		return (this.lineInfo[i] & PERCENT) !== 0;
	}

	/** Whether line `i` holds `%%` or `<!--`, which open comments. (Inside a comment every line is read for its end.) */
	opensComment(i: number): boolean {
		return (this.lineInfo[i] & COMMENT) !== 0;
	}

	/** Where the first mention of ImageNet at or after `from` starts, or -1. */
	private findMention(from: number): number {
		const { text } = this;
		MENTION_TAILS.lastIndex = from + 1;
		for (let match = MENTION_TAILS.exec(text); match !== null; match = MENTION_TAILS.exec(text)) {
			const c = text.charCodeAt(match.index - 1);
			if (c === 0x69 || c === 0x49) return match.index - 1; // i, I
		}
		return -1;
	}

	/**
	 * Whether a mention of ImageNet starts in line `i`: one regex search for the next mention, again
	 * only once past it. Lines must be asked in text order (the same line may be asked again).
	 */
	private mentionIn(i: number): boolean {
		if (this.mentionBits) return (this.lineInfo[i] & MENTION) !== 0;
		const start = this.lineInfo[i] >> LINE_START_SHIFT;
		if (this.nextMention === -2 || (this.nextMention !== -1 && this.nextMention < start)) this.nextMention = this.findMention(start);
		return this.nextMention !== -1 && this.nextMention < (this.lineInfo[i + 1] >> LINE_START_SHIFT) - 1;
	}
}
