// Facts about the dataset and the challenge: image and category counts, the human baseline.
// Read from key/value tables (`| Total images | 14,197,122 |`), frontmatter and, for the human
// baseline, a sentence of prose that gives it.
import { isNoValue, parseValue, toPercent } from "../parse/values";
import type { ParsedNote, Table, TableRow, Value } from "../parse/types";
import { plainText } from "./names";
import type { Claim, FactClaim, Source } from "./types";
import { says, whereSays } from "./vocabulary";

interface FactLabel {
	key: string;
	label: RegExp;
	/** The figure is a rate, in percent. */
	percent?: boolean;
}

const LABELS: FactLabel[] = [
	{ key: "human_baseline", label: /human/i, percent: true },
	{ key: "ilsvrc", label: /ilsvrc|imagenet-1k|challenge subset|subset/i },
	{ key: "images", label: /^(?:total |labell?ed |number of )?images(?: total)?$|^image count$/i },
	{ key: "categories", label: /^(?:total |number of )?(?:categories|classes|synsets)$/i },
];

function fact(key: string, value: Value, percent: boolean, source: Source): FactClaim | null {
	const number = percent ? toPercent(value, false) : value.unit === "count" || value.unit === "plain" ? value.value : null;
	if (number === null) return null;
	return { kind: "fact", key, value: number, approx: value.approx, atLeast: value.atLeast, precision: value.precision, raw: value.raw, source };
}

/** `1.2M images, 1,000 categories` -> the ILSVRC subset's image and category counts. */
function readSubsetCounts(cell: string, source: Source, claims: Claim[]): void {
	for (const part of plainText(cell).split(/,\s+|;\s*|\s+and\s+/)) {
		const value = parseValue(part);
		if (!value) continue;
		const key = /image/i.test(part) ? "ilsvrc_images" : /categor|class/i.test(part) ? "ilsvrc_categories" : null;
		const claim = key ? fact(key, value, false, source) : null;
		if (claim) claims.push(claim);
	}
}

function readLabelled(label: string, cell: string, source: Source, claims: Claim[]): void {
	if (isNoValue(cell)) return;
	const plainLabel = plainText(label).trim();
	for (const { key, label: pattern, percent } of LABELS) {
		if (!pattern.test(plainLabel)) continue;
		if (key === "ilsvrc") {
			readSubsetCounts(cell, source, claims);
		} else {
			const value = parseValue(cell);
			const claim = value ? fact(key, value, percent === true, source) : null;
			if (claim) claims.push(claim);
		}
		return;
	}
}

/**
 * The rows of a table of labels and values. The header row is one of them: in `| Total images |
 * 14,197,122 |` over `| --- | --- |` the header is the first pair, not column names.
 */
export function keyValueRows(table: Table): TableRow[] {
	const header: TableRow = { cells: table.header, line: table.line, raw: `| ${table.header.join(" | ")} |` };
	return [header, ...table.rows];
}

/** A two-column table of labels and values. */
export function readFactTable(note: ParsedNote, table: Table, claims: Claim[]): void {
	if (table.header.length < 2) return;
	for (const row of keyValueRows(table)) {
		const source: Source = { path: note.path, line: row.line, raw: row.raw };
		readLabelled(row.cells[0], row.cells[1], source, claims);
	}
}

/** Frontmatter fields such as `images: 14197122` or `human baseline: 5.1%`. */
export function readFactFields(note: ParsedNote, claims: Claim[]): void {
	const data = note.frontmatter?.data ?? {};
	for (const [key, value] of Object.entries(data)) {
		if (typeof value !== "string" && typeof value !== "number") continue;
		const line = note.frontmatter?.keyLines[key] ?? 1;
		readLabelled(key.replace(/[_-]+/g, " "), String(value), { path: note.path, line, raw: `${key}: ${value}` }, claims);
	}
}

/** A share of a count, "7 (7%) of the errors": a proportion, never a rate. */
const SHARE = /\d\s*[(（]\s*[~≈]?\d+(?:[.,]\d+)?\s*[%％]\s*[)）]/;
const PERCENT = /[~≈∼]?\s?\d{1,2}(?:[.,]\d+)?\s?[%％]/;

/** A line of prose as a reader reads it: links as their text, no addresses, no code ticks. */
function readable(text: string): string {
	return text
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/https?:\/\/\S+/g, "")
		.replace(/[`*_]+/g, "");
}

/** The clauses of a line: each ends after a sentence's end mark (not a decimal point) or a semicolon, the mark kept. */
function clauses(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (const end of text.matchAll(/[.!?;。！？；]+(?!\d)/gu)) {
		const stop = (end.index ?? 0) + end[0].length;
		out.push(text.slice(start, stop));
		start = stop;
	}
	out.push(text.slice(start));
	return out;
}

/**
 * The human baseline, where one clause of prose says a human's error is N%: it names a human, an
 * error, and the figure after the human ("the human expert reached a top-5 error rate of 5.1%", "AI
 * exceeded human performance (~5% error rate)"). A question states nothing, a share of a count
 * ("7 (7%) of the errors") is no rate, and a figure before the human ("3.57%, below the human figure")
 * is the machine's. A note that gives several human figures states as its baseline the one it gives
 * most often (the first, on a tie): the others are other people's ("a less-trained annotator had 12%").
 */
export function readHumanBaselineInProse(note: ParsedNote, claims: Claim[]): void {
	const found: FactClaim[] = [];
	for (const line of note.prose) {
		if (!says(line.text, "human")) continue;
		for (const clause of clauses(readable(line.text.slice(0, 2000)))) {
			if (/[?？]\s*$/.test(clause) || !says(clause, "error") || SHARE.test(clause)) continue;
			const human = whereSays(clause, "human");
			const figure = human === -1 ? null : PERCENT.exec(clause.slice(human));
			const value = figure ? parseValue(figure[0].replace(",", ".")) : null;
			const claim = value && value.value > 0 && value.value < 50 ? fact("human_baseline", value, true, { path: note.path, line: line.line, raw: line.text }) : null;
			if (claim) {
				found.push(claim);
				break;
			}
		}
	}
	const times = (c: FactClaim) => found.filter((f) => Math.abs(f.value - c.value) <= Math.max(f.precision, c.precision) / 2 + 1e-9).length;
	const most = found.reduce<FactClaim | null>((best, c) => (best === null || times(c) > times(best) ? c : best), null);
	for (const claim of found) if (most && times(claim) === times(most) && Math.abs(claim.value - most.value) <= Math.max(claim.precision, most.precision) / 2 + 1e-9) claims.push(claim);
}
