// The claims of all notes in the order of their place (path, then line), split by kind: the order a
// merge reads them in, so that the same vault always gives the same model.
import type { ClaimsOfNote } from "./merge";
import type { Claim, EdgeClaim, FactClaim, ModelClaim, ResultClaim, Source } from "./types";

export interface ClaimsByKind {
	models: ModelClaim[];
	edges: EdgeClaim[];
	results: ResultClaim[];
	facts: FactClaim[];
}

/** How many claims a merge in steps handles between two pauses. */
export const CLAIMS_PER_STEP = 100;

/** Compares two strings by their code units: the same order on every machine and in every locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Two sources in the order of their place: path, then line. */
export function bySource(a: Source, b: Source): number {
	return byText(a.path, b.path) || a.line - b.line;
}

export function byPlace(a: { source: Source }, b: { source: Source }): number {
	return bySource(a.source, b.source);
}

export function split(claims: Iterable<Claim>, into: ClaimsByKind): void {
	for (const claim of claims) {
		if (claim.kind === "model") into.models.push(claim);
		else if (claim.kind === "edge") into.edges.push(claim);
		else if (claim.kind === "result") into.results.push(claim);
		else if (claim.kind === "fact") into.facts.push(claim);
	}
}

export function emptyByKind(): ClaimsByKind {
	return { models: [], edges: [], results: [], facts: [] };
}

/**
 * Every claim by kind, each kind in the order one stable sort of all claims by place gives. When the
 * notes come in path order, each with claims of its own path in line order (as the index gives
 * them), that is each note's claims in turn, and nothing needs sorting.
 */
export function claimsByKind(notes: ClaimsOfNote[]): ClaimsByKind {
	const out = emptyByKind();
	let previous: string | null = null;
	for (const note of notes) {
		if (note.claims.length === 0) continue;
		previous = pathInPlaceOrder(note, previous);
		if (previous === null) return sortedByKind(notes);
		split(note.claims, out);
	}
	return out;
}

/**
 * The note's path when its claims all come from it in line order and it comes after `previous`
 * (the path of the last note read), else null: the notes then need a sort.
 */
export function pathInPlaceOrder(note: ClaimsOfNote, previous: string | null): string | null {
	const path = note.claims[0].source.path;
	if (previous !== null && !(previous < path)) return null;
	let line = -Infinity;
	for (const claim of note.claims) {
		if (claim.source.path !== path || claim.source.line < line) return null;
		line = claim.source.line;
	}
	return path;
}

function sortedByKind(notes: ClaimsOfNote[]): ClaimsByKind {
	const all = emptyByKind();
	split(notes.flatMap((n) => n.claims).sort(byPlace), all);
	return all;
}
