// A note's claims as the index keeps them: in line order (so the merge need not sort them all), and,
// after an edit, with every claim that says exactly what the old one in its place said kept as the
// old object, so the merge sees at a glance that the note's models and edges stayed (see MergeMemo).
import { extractClaimsByTable, type TableReading } from "../model/claims";
import type { ClaimsOfNote } from "../model/merge";
import type { Claim } from "../model/types";
import type { ParsedNote } from "../parse/types";

/** A note's claims as the index keeps them: with what each table said, so that the next reading of the note reads again only the tables that changed. */
export interface IndexedClaims extends ClaimsOfNote {
	tables: readonly TableReading[];
}

/**
 * The note's claims, sorted by line (claims on one line keep the order they were found in). With the
 * note's previous claims, a table that did not change gives the claims it gave then.
 */
export function claimsInLineOrder(note: ParsedNote, previous?: IndexedClaims): IndexedClaims {
	const extracted = extractClaimsByTable(note, previous?.tables ?? []);
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

export function keepUnchangedClaims(previous: ClaimsOfNote, fresh: IndexedClaims): IndexedClaims {
	const claims = fresh.claims.slice();
	/** Each fresh claim replaced by the old one in its place. */
	const kept = new Map<Claim, Claim>();
	for (let i = 0; i < claims.length && i < previous.claims.length; i++) {
		const old = previous.claims[i];
		if (old === claims[i] || !sameData(old, claims[i])) continue;
		kept.set(claims[i], old);
		claims[i] = old;
	}
	// The tables name the claims kept too, so that a table read again next time unchanged gives these very objects.
	const tables = kept.size === 0 ? fresh.tables : fresh.tables.map((reading) => (reading.claims.some((c) => kept.has(c)) ? { ...reading, claims: reading.claims.map((c) => kept.get(c) ?? c) } : reading));
	return { claims, diagnostics: fresh.diagnostics, tables };
}
