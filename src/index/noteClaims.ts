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

/** Plain data (what claims are made of) equal in every field. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	const recordA = a as Record<string, unknown>;
	const recordB = b as Record<string, unknown>;
	return keysA.every((key, i) => key === keysB[i] && sameData(recordA[key], recordB[key]));
}

export function keepUnchangedClaims(previous: ClaimsOfNote, fresh: ClaimsOfNote): ClaimsOfNote {
	const claims = fresh.claims.map((claim, i) => (i < previous.claims.length && sameData(previous.claims[i], claim) ? previous.claims[i] : claim));
	return { claims, diagnostics: fresh.diagnostics };
}
