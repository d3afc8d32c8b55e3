// A note's claims as the index keeps them: in line order (so the merge need not sort them all), and,
// after an edit, with every claim that says exactly what the old one in its place said kept as the
// old object, so the merge sees at a glance that the note's models and edges stayed (see MergeMemo).
import { extractClaims } from "../model/claims";
import type { ClaimsOfNote } from "../model/merge";
import type { ParsedNote } from "../parse/types";

/** The note's claims, sorted by line (claims on one line keep the order they were found in). */
export function claimsInLineOrder(note: ParsedNote): ClaimsOfNote {
	const extracted = extractClaims(note);
	extracted.claims.sort((a, b) => a.source.line - b.source.line);
	return extracted;
}

/** Plain data (what claims are made of) equal in every field; walks the fields without listing them. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		if (a.length !== other.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
		return true;
	}
	const recordA = a as Record<string, unknown>;
	const recordB = b as Record<string, unknown>;
	let fields = 0;
	for (const key in recordA) {
		if (!Object.prototype.hasOwnProperty.call(recordB, key) || !sameData(recordA[key], recordB[key])) return false;
		fields++;
	}
	for (const key in recordB) if (Object.prototype.hasOwnProperty.call(recordB, key)) fields--;
	return fields === 0;
}

export function keepUnchangedClaims(previous: ClaimsOfNote, fresh: ClaimsOfNote): ClaimsOfNote {
	const claims = fresh.claims.map((claim, i) => (i < previous.claims.length && sameData(previous.claims[i], claim) ? previous.claims[i] : claim));
	return { claims, diagnostics: fresh.diagnostics };
}
