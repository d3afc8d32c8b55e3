// Which lines of a note hold anything to read inline. Most lines hold nothing, so rather than look
// through each line for `[[`, `#`, `::`, `|` and the rest, the engine's own string search
// (indexOf over the whole text) finds the lines that hold each, once per note; a line then costs a
// lookup. The readers still read the lines that do: a hint only says where there is nothing.

/** Bits of `LineHints.at`: what a line may hold (a bit that is not set means: certainly not there). */
// Backticks have no bit: only a line with something else to read needs its code spans, and the reader
// finds them there (`codeSpans`).
export const LINK = 1;
export const TAG = 2;
export const FIELD = 4;
export const MENTION = 8;
/** Every bit: for a line whose text was changed (comments taken out), so nothing is known of it. */
export const ANY = LINK | TAG | FIELD | MENTION;

/** Bits that only `hasPipe`, `opensComment` and `hasPercent` read. */
const PIPE = 16;
const COMMENT = 32;
const PERCENT = 64;
/** The bits above take the low 7 bits of a line's entry; its start in the text is above them. */
const LINE_START_SHIFT = 7;

// The mention of frontmatter.ts's IMAGENET_MENTION (`/imagenet|ilsvrc/i`) without its first letter: a
// search that starts with a letter of either case is slower than one for the rest of the word, whose
// `i` is then checked by hand.
const MENTION_TAILS = /magenet|lsvrc/gi;

/**
 * What the lines of a text may hold. `text` must be `lines.join("\n")`, so that a line's place in it
 * is known. Each marker is found with one `indexOf` per line that holds it: after a hit, the search
 * goes on from the start of the next line.
 */
export class LineHints {
	// One plain array (a typed array costs more to make than a small note takes to read): for each line,
	// where it starts in the text shifted left by LINE_START_SHIFT, with the line's bits below; last,
	// where a line after the last one would start. This fits in 32 bits for texts of up to 16 million
	// characters (2^24); parseNote reads at most 5 million.
	private readonly lineInfo: number[];
	/** Where the next mention of ImageNet starts: -1 when there is none, -2 before the first search. */
	private nextMention = -2;
	/** Whether any line holds `%%` or `<!--`. */
	readonly hasComments: boolean;

	constructor(private readonly text: string, lines: string[]) {
		// Filled front to back from a known length: no growing and copying as it fills.
		const lineInfo = new Array<number>(lines.length + 1);
		let start = 0;
		for (let i = 0; i < lines.length; i++) {
			lineInfo[i] = start << LINE_START_SHIFT;
			start += lines[i].length + 1;
		}
		lineInfo[lines.length] = start << LINE_START_SHIFT;
		this.lineInfo = lineInfo;
		this.mark("[[", LINK);
		this.mark("#", TAG);
		this.mark("::", FIELD);
		this.mark("|", PIPE);
		this.hasComments = this.mark("%%", COMMENT) + this.mark("<!--", COMMENT) > 0;
		this.mark("%", PERCENT);
		this.mark("％", PERCENT);
	}

	/** Sets `bit` on every line that holds `needle`; returns how many lines do. */
	private mark(needle: string, bit: number): number {
		const { text, lineInfo } = this;
		let line = 0;
		let count = 0;
		for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, lineInfo[line + 1] >> LINE_START_SHIFT)) {
			while (lineInfo[line + 1] >> LINE_START_SHIFT <= at) line++;
			lineInfo[line] |= bit;
			count++;
		}
		return count;
	}

	/** What line `i` may hold (bits above); the mention is looked for only when `mention` is asked. */
	at(i: number, mention: boolean): number {
		const bits = this.lineInfo[i] & ANY;
		return mention && this.mentionIn(i) ? bits | MENTION : bits;
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
		const start = this.lineInfo[i] >> LINE_START_SHIFT;
		if (this.nextMention === -2 || (this.nextMention !== -1 && this.nextMention < start)) this.nextMention = this.findMention(start);
		return this.nextMention !== -1 && this.nextMention < (this.lineInfo[i + 1] >> LINE_START_SHIFT) - 1;
	}
}
