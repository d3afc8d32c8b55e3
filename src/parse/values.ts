// Cell and phrase text → numbers. Pure, never throws, looks at most at the first MAX_CHARS characters.
// No regex lookbehind (iOS Safari) and no nested quantifiers (no catastrophic backtracking).
import type { Value, YearSpan } from "./types";

const MAX_CHARS = 200;
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
/** A percent may sit after a prefix this short (`top-5: 15.3%`, `vs ~26.2%`); other values must lead. */
const MAX_PERCENT_PREFIX = 16;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NO_VALUE_MARKS = new Set(["", "—", "–", "-", "--", "---", "n/a", "na", "n.a.", "none", "?", "??", "tbd", "tba", "unknown", "nan", "null"]);
const APPROX_PREFIX = /^(?:[~≈∼≃]\s*|(?:about|roughly|approximately|approx|around|circa|nearly|almost)\s+|(?:approx|ca|c)\.\s*)/;
const AT_LEAST_PREFIX = /^(?:(?:>=|>|≥)\s*|(?:over|more than|at least)\s+)/;
const NUMBER = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))?(?:\.(\d+))?/;
const WORD_MULTIPLIER = /^\s*(thousand|million|billion)(?![a-z])/;
const LETTER_MULTIPLIER = /^(k|m|mn|b|bn)(?![a-z])/;
const MULTIPLIER_EXPONENT: Record<string, number> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9 };
const POINTS_UNIT = /^\s*(?:percentage points?|points?|pts?|pp|p\.p\.)(?![a-z])/;
const PERCENT_UNIT = /^\s*(?:%|percent|per cent|pct)(?![a-z])/;
const PLUS_MINUS = /^\s*(?:±|\+\/-)\s*(?:\d+(?:\.\d+)?|\.\d+)/;

/** Anything but printable ASCII, tabs and line ends: what NFKC and the folds below may change. */
const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;
const MARKUP = /~~|==|[*_`]/g;

/** Cuts long input, folds full-width forms (`１５．３％`), odd minus signs and quotes, and drops markdown emphasis and code marks. */
function clean(text: string): string {
	let s = String(text ?? "").slice(0, MAX_CHARS);
	// Most cells are plain ASCII, which NFKC and the folds leave as it is: they skip them (and the copies they make).
	if (NOT_PLAIN_ASCII.test(s)) {
		try {
			s = s.normalize("NFKC").slice(0, MAX_CHARS);
		} catch {
			// keep the text as it is
		}
		s = s.replace(/[\u2212\u2010\u2011]/g, "-").replace(/[\u2018\u2019\u02bc]/g, "'");
	}
	return s.replace(MARKUP, "").trim();
}

/** True when the text after a number does not glue it into a word: `152-layer`, `2012AlexNet`, `1,23`, `1.2.3`. */
function endsCleanly(rest: string): boolean {
	if (rest === "") return true;
	const first = rest[0];
	if (WORD_CHAR.test(first)) return false;
	const joiner = first === "." || first === "," || first === "-" || first === "–";
	return !(joiner && rest.length > 1 && WORD_CHAR.test(rest[1]));
}

function countTrailingZeros(digits: string): number {
	let zeros = 0;
	for (let i = digits.length - 1; i > 0 && digits[i] === "0"; i--) zeros++;
	return zeros;
}

/** A value read from a cell, and how its number was written. */
export interface CellValue {
	value: Value;
	/** Written as `0.153` or `.153`. */
	fractionForm: boolean;
}

/** What `readCell` gives for the explicit "no value" marks. */
export const NO_VALUE = "no value";

/** A cell read once: a no-value mark, a value, or null for text that is not a number-led value. */
export type CellReading = CellValue | typeof NO_VALUE | null;

/** Reads a number that starts `s` (already cleaned and lower-cased), after approx/at-least words and a sign. */
function readLeadingNumber(s: string, raw: string): CellValue | null {
	let approx = false;
	let atLeast = false;
	for (let step = 0; step < 4; step++) {
		const approxMatch = APPROX_PREFIX.exec(s);
		const prefix = approxMatch ?? AT_LEAST_PREFIX.exec(s);
		if (!prefix) break;
		if (approxMatch) approx = true;
		else atLeast = true;
		s = s.slice(prefix[0].length);
	}
	let sign = "";
	if (s[0] === "+" || s[0] === "-") {
		sign = s[0] === "-" ? "-" : "";
		s = s.slice(1);
	}
	// A number starts with a digit or `.`: anything else would only find an empty match.
	const first = s.charCodeAt(0);
	if (first !== 0x2e && !(first >= 0x30 && first <= 0x39)) return null;
	const number = NUMBER.exec(s);
	if (!number || number[0] === "" || number[0] === ".") return null;
	const grouped = number[1];
	const integerDigits = (grouped ?? number[2] ?? "").replace(/,/g, "");
	const fractionDigits = number[3] ?? "";
	let rest = s.slice(number[0].length);

	const multiplier = WORD_MULTIPLIER.exec(rest) ?? LETTER_MULTIPLIER.exec(rest);
	const multiplierExponent = multiplier ? MULTIPLIER_EXPONENT[multiplier[1]] : 0;
	if (multiplier) rest = rest.slice(multiplier[0].length);
	let plusAfter = false;
	if (rest[0] === "+") {
		plusAfter = true;
		rest = rest.slice(1);
	}
	let unit: Value["unit"] = grouped || multiplier || plusAfter ? "count" : "plain";
	rest = rest.slice(PLUS_MINUS.exec(rest)?.[0].length ?? 0); // `15.3 ± 0.2%`: the spread is dropped, the unit kept
	const points = POINTS_UNIT.exec(rest);
	const percent = points ? null : PERCENT_UNIT.exec(rest);
	const unitMatch = points ?? percent;
	if (unitMatch) {
		unit = points ? "points" : "percent";
		rest = rest.slice(unitMatch[0].length);
		if (rest[0] === "+") {
			plusAfter = true;
			rest = rest.slice(1);
		}
	}
	if (!endsCleanly(rest) || (!unitMatch && /^\s+\d/.test(rest))) return null; // `14 197 122` is no `14`

	const digits = integerDigits + fractionDigits;
	const value = Number(`${sign}${digits}e${multiplierExponent - fractionDigits.length}`) + 0;
	// Trailing zeros of a count written with separators or as approximate are unwritten places: ~22,000 → 1000.
	// A percent keeps its written places: ~30% is 30 to the unit.
	const unwrittenPlaces = unit !== "percent" && unit !== "points" && fractionDigits === "" && (grouped || approx) && Number(digits) !== 0 ? countTrailingZeros(digits) : 0;
	const precision = Number(`1e${multiplierExponent - fractionDigits.length + unwrittenPlaces}`);
	if (!Number.isFinite(value) || !Number.isFinite(precision) || precision <= 0) return null;
	return {
		value: { value, unit, approx, atLeast: atLeast || plusAfter, precision, raw },
		fractionForm: sign === "" && fractionDigits !== "" && /^0*$/.test(integerDigits) && !multiplier,
	};
}

/** Where a token may start for the embedded-percent search: after a space, `(`, `:` or `=`. */
function isTokenStart(s: string, index: number): boolean {
	if (index === 0) return true;
	const before = s[index - 1];
	return before === " " || before === "(" || before === ":" || before === "=" || before === "\t";
}

/** A percent unit somewhere in a cleaned, lower-cased text: without one, no percent can follow a prefix. */
const PERCENT_ANYWHERE = /%|percent|per cent|pct/;

/** Reads a cell once for all that is asked of it: `isNoValue`, and `parseValue` with how the number was written. */
export function readCell(text: string): CellReading {
	const s = clean(text).toLowerCase();
	if (NO_VALUE_MARKS.has(s)) return NO_VALUE;
	const raw = String(text ?? "").trim();
	// Rule: a value must start the cell (after markup, approx words, `+`/sign); only a percent may follow a prefix of up to 16 characters.
	const leading = readLeadingNumber(s, raw);
	if (leading) return leading;
	if (!PERCENT_ANYWHERE.test(s)) return null;
	for (let i = 1; i <= MAX_PERCENT_PREFIX && i < s.length; i++) {
		if (s[i] === " " || !isTokenStart(s, i)) continue;
		const embedded = readLeadingNumber(s.slice(i), raw);
		if (embedded && embedded.value.unit === "percent") return embedded;
	}
	// A decimal comma, as much of Europe writes a percentage: `92,7 %`, `3,57%` (never `14,197`, a count).
	const comma = DECIMAL_COMMA.exec(s);
	if (comma) {
		const read = readLeadingNumber(s.replace(DECIMAL_COMMA, "$1$2.$3$4"), raw);
		if (read && read.value.unit === "percent") return read;
	}
	return null;
}

const DECIMAL_COMMA = /^([~≈∼≃]?\s*)(\d{1,3}),(\d{1,2})(\s*%)/;

function readValue(text: string): CellValue | null {
	const read = readCell(text);
	return read === NO_VALUE ? null : read;
}

/** Reads one number from a table cell or short phrase; null for text that is not a number-led value. */
export function parseValue(text: string): Value | null {
	return readValue(text)?.value ?? null;
}

/** True for the explicit "no value" marks (`—`, `n/a`, `?`, empty …): no value, never zero. */
export function isNoValue(text: string): boolean {
	return NO_VALUE_MARKS.has(clean(text).toLowerCase());
}

function isValidYear(year: number): boolean {
	return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The year a 4-digit or ILSVRC-prefixed 2-digit (`'13`) string names. */
function yearFromDigits(digits: string, from?: number): number {
	if (digits.length === 4) return Number(digits);
	const century = from !== undefined ? Math.floor(from / 100) * 100 : 2000;
	return century + Number(digits);
}

/** Reads a year or a span of years that starts a cell: `2012`, `2007–2009`, `2018+`, `ILSVRC'13`, `2012-NIPS`. */
export function parseYearSpan(text: string): YearSpan | null {
	const raw = String(text ?? "").trim();
	let s = clean(text).toLowerCase();
	const prefix = /^ilsvrc[\s-]?/.exec(s);
	if (prefix) s = s.slice(prefix[0].length);
	const yearMatch = (prefix ? /^'(\d{2})(?!\d)/.exec(s) : null) ?? /^(\d{4})(?!\d)/.exec(s);
	if (!yearMatch) return null;
	const from = yearFromDigits(yearMatch[1]);
	if (!isValidYear(from)) return null;
	let rest = s.slice(yearMatch[0].length);
	const single: YearSpan = { from, to: from, open: false, raw };

	if (rest[0] === "+") return endsCleanly(rest.slice(1)) ? { ...single, open: true } : null;
	if (/^\s*[-–—]\s*(?:present|now|today|ongoing)?$/.test(rest)) return { ...single, open: true };
	const range = /^\s*[-–—]\s*(\d{4}|\d{2})(?!\d)/.exec(rest);
	if (range) {
		const to = yearFromDigits(range[1], from);
		rest = rest.slice(range[0].length);
		if (!isValidYear(to) || to < from || rest[0] === "%" || !endsCleanly(rest)) return null;
		return { from, to, open: false, raw };
	}
	if (/^-\p{L}/u.test(rest)) return single;
	return rest[0] !== "%" && endsCleanly(rest) ? single : null;
}

/** The first plausible year (1950–2100) written as a whole word, or inside `ILSVRC2012` / `ILSVRC'13`. */
export function findYearIn(text: string): number | null {
	const s = clean(text).toLowerCase();
	const digitRuns = /\d+/g;
	for (let match = digitRuns.exec(s); match; match = digitRuns.exec(s)) {
		const start = match.index;
		const digits = match[0];
		const before = s.slice(Math.max(0, start - 8), start);
		const after = s.slice(start + digits.length);
		const afterIlsvrc = /ilsvrc[\s-]?$/.test(before);
		let year: number | null = null;
		if (digits.length === 4 && (afterIlsvrc || start === 0 || !/[\p{L}\p{N}.,-]/u.test(s[start - 1]))) {
			year = Number(digits);
		} else if (digits.length === 2 && /ilsvrc\s?'$/.test(before)) {
			year = 2000 + Number(digits);
		}
		if (year !== null && isValidYear(year) && !/^(?:[\p{L}\p{N}_%]|[.,]\d)/u.test(after)) return year;
	}
	return null;
}

/** Decimal places that show one unit of `precision`; a fallback that still removes float noise. */
function decimalPlaces(precision: number): number {
	if (!Number.isFinite(precision) || precision <= 0) return 10;
	if (precision >= 1) return 0;
	return Math.min(20, Math.ceil(-Math.log10(precision) - 1e-9));
}

function roundTo(x: number, precision: number): number | null {
	if (!Number.isFinite(x)) return null;
	const rounded = Number(x.toFixed(decimalPlaces(precision))) + 0;
	return Number.isFinite(rounded) ? rounded : null;
}

function readsAsFraction(v: Value, columnIsFraction: boolean): boolean {
	return v.unit === "plain" && columnIsFraction && v.value >= 0 && v.value <= 1;
}

/** The precision of `toPercent(v)`, in percent; null when the value is no percent. */
export function percentPrecision(v: Value, columnIsFraction: boolean): number | null {
	if (v.unit === "points" || v.unit === "count") return null;
	if (!readsAsFraction(v, columnIsFraction)) return Number.isFinite(v.precision) ? v.precision : null;
	const scaled = Number((v.precision * 100).toPrecision(12));
	return Number.isFinite(scaled) ? scaled : null;
}

/** A result as percent: `15.3%` → 15.3; `0.153` in a fraction column → 15.3; a bare number → itself; points and counts → null. */
export function toPercent(v: Value, columnIsFraction: boolean): number | null {
	const precision = percentPrecision(v, columnIsFraction);
	if (precision === null) return null;
	const percent = readsAsFraction(v, columnIsFraction) ? v.value * 100 : v.value;
	return roundTo(percent, precision);
}

/** True when every cell that holds a value is written as a fraction `0.153` / `.153` between 0 and 1 (and there is one). */
export function isFractionColumn(cells: string[]): boolean {
	return isFractionColumnRead(cells.map(readCell));
}

/** `isFractionColumn` of cells already read with `readCell`. */
export function isFractionColumnRead(readings: readonly CellReading[]): boolean {
	let fractions = 0;
	for (const read of readings) {
		if (read === NO_VALUE) continue;
		if (!read || !read.fractionForm || read.value.unit !== "plain" || read.value.value > 1) return false;
		fractions++;
	}
	return fractions > 0;
}
