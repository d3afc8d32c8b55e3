// A merge that, after an edit that changed figures but no names, redoes only the result groups and
// facts the edited notes touch and keeps everything else from the last merge. Anything else (a model,
// an edge, an entrant or a place that changed; notes that came or went) gets a full merge, so the
// model is always exactly what `mergeClaims` gives for the same notes.
import { claimsByKind } from "./claimOrder";
import { MergeMemo, mergeClaimsInSteps, type ClaimsOfNote } from "./merge";
import { DEFAULT_HUMAN_BASELINE, mergeFacts, type MergeOptions } from "./mergeFacts";
import { conflictDiagnostics, resultPoint, settleGroup, type GroupRecord, type MergeRecord } from "./mergeResults";
import type { Diagnostic } from "../parse/types";
import type { AtlasModel, Claim, Entity, ResultClaim, ResultPoint, Source } from "./types";

/** How many notes a full merge gathers between two pauses. */
const NOTES_PER_STEP = 2000;

interface LastMerge {
	/** The paths merged, in order: the caller's array, the same object while the notes are the same. */
	paths: readonly string[];
	/** The claims merged for each path (a copy: the caller's map changes). */
	claims: Map<string, ClaimsOfNote>;
	humanBaseline: number | null;
	model: AtlasModel;
	record: MergeRecord;
	/** The notes' own diagnostics, in path order: the first part of the model's. */
	noteDiagnostics: Diagnostic[];
	/** Which entities (by place in the model's list) give each source: built the first time an edit needs it. */
	entitiesOf: Map<Source, number[]> | null;
}

/** One result claim of an edited note and the claim now in its place. */
interface Replacement {
	before: ResultClaim;
	after: ResultClaim;
}

interface FigureEdit {
	replacements: Replacement[];
	/** The old source of each replaced claim -> the new one at the same place. */
	newSource: Map<Source, Source>;
	factsChanged: boolean;
}

/** A group settled again: its new claims, the claim naming the point, the point and its conflicts. */
interface Resettled {
	group: GroupRecord;
	claims: ResultClaim[];
	named: ResultClaim;
	point: ResultPoint;
}

export class IncrementalMerge {
	private readonly memo = new MergeMemo();
	private last: LastMerge | null = null;
	/** How many merges redid only what changed, and how many were full (for tests and profiling). */
	readonly counts = { incremental: 0, full: 0 };

	constructor() {
		this.memo.recording = true;
	}

	/** Forgets the last merge: the next one is full. */
	reset(): void {
		this.last = null;
	}

	/**
	 * The model of the notes `paths` name, in that order (a path without claims is left out).
	 * `changed` names the paths whose claims may differ from the last merge's, when the caller knows
	 * (and `paths` is then the very array it passed last time); null to compare every note.
	 */
	merge(paths: readonly string[], claims: ReadonlyMap<string, ClaimsOfNote>, changed: ReadonlySet<string> | null, options: MergeOptions = {}): AtlasModel {
		const steps = this.mergeInSteps(paths, claims, changed, options);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
		}
	}

	/** As `merge`, pausing now and then when the merge is a full one. */
	*mergeInSteps(paths: readonly string[], claims: ReadonlyMap<string, ClaimsOfNote>, changed: ReadonlySet<string> | null, options: MergeOptions = {}): Generator<boolean | void, AtlasModel, void> {
		const humanBaseline = options.humanBaseline === undefined ? DEFAULT_HUMAN_BASELINE : options.humanBaseline;
		const quick = this.mergeChanged(paths, claims, changed, humanBaseline);
		if (quick) {
			this.counts.incremental++;
			return quick;
		}
		const notes: ClaimsOfNote[] = [];
		const merged = new Map<string, ClaimsOfNote>();
		for (const path of paths) {
			const note = claims.get(path);
			if (!note) continue;
			notes.push(note);
			merged.set(path, note);
			if (notes.length % NOTES_PER_STEP === 0) yield;
		}
		this.memo.record = null;
		const model = yield* mergeClaimsInSteps(notes, options, this.memo);
		const record = this.memo.record as MergeRecord | null;
		const noteDiagnostics = notes.flatMap((n) => n.diagnostics);
		this.last = record ? { paths, claims: merged, humanBaseline, model, record, noteDiagnostics, entitiesOf: null } : null;
		this.counts.full++;
		return model;
	}

	/** The model when only figures changed since the last merge; null when a full merge is needed. */
	private mergeChanged(paths: readonly string[], claims: ReadonlyMap<string, ClaimsOfNote>, changed: ReadonlySet<string> | null, humanBaseline: number | null): AtlasModel | null {
		const last = this.last;
		if (!last || last.humanBaseline !== humanBaseline) return null;
		if (changed === null) {
			if (paths.length !== last.paths.length || paths.some((path, i) => path !== last.paths[i])) return null;
			changed = new Set(paths);
		} else if (paths !== last.paths) return null;
		const edit: FigureEdit = { replacements: [], newSource: new Map(), factsChanged: false };
		let diagnosticsChanged = false;
		const edited: [string, ClaimsOfNote][] = [];
		for (const path of changed) {
			const before = last.claims.get(path);
			const after = claims.get(path);
			if (before === after) continue;
			if (!before || !after || !onlyFiguresChanged(before.claims, after.claims, edit, last.record)) return null;
			if (before.diagnostics.length > 0 || after.diagnostics.length > 0) diagnosticsChanged = true;
			edited.push([path, after]);
		}
		if (edited.length === 0) return last.model;
		const resettled = resettleGroups(edit, last.record);
		if (!resettled) return null;

		// Nothing can fail from here: the record takes the new claims.
		for (const [path, after] of edited) last.claims.set(path, after);
		for (const { before, after } of edit.replacements) {
			const place = last.record.places.get(before)!;
			last.record.places.delete(before);
			last.record.places.set(after, place);
		}
		const results = last.model.results.slice();
		for (const { group, claims: groupClaims, named, point } of resettled) {
			group.claims = groupClaims;
			group.named = named;
			group.point = point;
			group.diagnostics = conflictDiagnostics(point);
			results[group.pointIndex] = point;
		}
		if (diagnosticsChanged) last.noteDiagnostics = notesInOrder(paths, last.claims).flatMap((n) => n.diagnostics);
		const diagnostics = modelDiagnostics(last.noteDiagnostics, last.record);
		const entities = edit.newSource.size === 0 ? last.model.entities : withNewSources(last, edit.newSource);
		const facts = edit.factsChanged ? mergeFacts(claimsByKind(notesInOrder(paths, last.claims)).facts, { humanBaseline }) : last.model.facts;
		last.model = { results, entities, lineage: last.model.lineage, facts, diagnostics };
		return last.model;
	}
}

/**
 * The model's diagnostics as a full merge orders them: the notes' own, each group's conflicts, the
 * cycles. Joined by `concat`, not element by element: an edit builds this list of every diagnostic again.
 */
function modelDiagnostics(noteDiagnostics: Diagnostic[], record: MergeRecord): Diagnostic[] {
	const lists: Diagnostic[][] = [];
	for (const group of record.groups) if (group.diagnostics.length > 0) lists.push(group.diagnostics);
	lists.push(record.cycles);
	return noteDiagnostics.concat(...lists);
}

function notesInOrder(paths: readonly string[], claims: ReadonlyMap<string, ClaimsOfNote>): ClaimsOfNote[] {
	const notes: ClaimsOfNote[] = [];
	for (const path of paths) {
		const note = claims.get(path);
		if (note) notes.push(note);
	}
	return notes;
}

/**
 * Whether a note's claims changed only in figures: the same model and edge claims (the very objects),
 * the same result claims but for their values (same group, entrant, names and place), any facts.
 * Adds what changed to `edit`.
 */
function onlyFiguresChanged(before: Claim[], after: Claim[], edit: FigureEdit, record: MergeRecord): boolean {
	const sourcesBefore = edit.newSource.size;
	if (onlyResultsReplaced(before, after)) {
		// The claims by kind would pair up as the claims in place do: no need to sort them by kind.
		for (let i = 0; i < before.length; i++) if (before[i] !== after[i] && !replaceResult(before[i] as ResultClaim, after[i] as ResultClaim, edit, record)) return false;
	} else {
		const old = byKind(before);
		const now = byKind(after);
		if (!sameObjects(old.others, now.others) || old.results.length !== now.results.length) return false;
		if (!sameObjects(old.facts, now.facts)) edit.factsChanged = true;
		for (let i = 0; i < old.results.length; i++) if (old.results[i] !== now.results[i] && !replaceResult(old.results[i], now.results[i], edit, record)) return false;
	}
	// An old source still given by a claim of the note (shared with a claim kept as it was) must stay.
	if (edit.newSource.size > sourcesBefore) for (let i = 0; i < after.length; i++) if (edit.newSource.has(after[i].source)) return false;
	return true;
}

/** The same claims in the same places, but for result claims in place of result claims (the usual figure edit). */
function onlyResultsReplaced(before: Claim[], after: Claim[]): boolean {
	if (before.length !== after.length) return false;
	for (let i = 0; i < before.length; i++) if (before[i] !== after[i] && (before[i].kind !== "result" || after[i].kind !== "result")) return false;
	return true;
}

/** Adds to `edit` the result claim `after` in place of `before`; false when that is more than a change of figures. */
function replaceResult(before: ResultClaim, after: ResultClaim, edit: FigureEdit, record: MergeRecord): boolean {
	if (!sameNamesAndPlace(before, after) || !record.places.has(before)) return false;
	if (before.source !== after.source) {
		const known = edit.newSource.get(before.source);
		if (known !== undefined && known !== after.source) return false;
		edit.newSource.set(before.source, after.source);
	}
	edit.replacements.push({ before, after });
	return true;
}

function byKind(claims: Claim[]): { results: ResultClaim[]; facts: Claim[]; others: Claim[] } {
	const sorted = { results: [] as ResultClaim[], facts: [] as Claim[], others: [] as Claim[] };
	for (const claim of claims) {
		if (claim.kind === "result") sorted.results.push(claim);
		else if (claim.kind === "fact") sorted.facts.push(claim);
		else sorted.others.push(claim);
	}
	return sorted;
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameNamesAndPlace(a: ResultClaim, b: ResultClaim): boolean {
	return (
		a.benchmark === b.benchmark &&
		a.series === b.series &&
		a.year === b.year &&
		a.entrant === b.entrant &&
		a.source.path === b.source.path &&
		a.source.line === b.source.line &&
		sameObjects(a.entrantAliases, b.entrantAliases)
	);
}

/**
 * Settles again each group an edit touched. Null when a group would now be named by another entrant
 * or at another place: that changes the entities, which only a full merge builds.
 */
function resettleGroups(edit: FigureEdit, record: MergeRecord): Resettled[] | null {
	const claimsOf = new Map<GroupRecord, ResultClaim[]>();
	for (const { before, after } of edit.replacements) {
		const place = record.places.get(before)!;
		let claims = claimsOf.get(place.group);
		if (!claims) claimsOf.set(place.group, (claims = place.group.claims.slice()));
		claims[place.index] = place.promoted !== null ? { ...after, series: place.promoted } : after;
	}
	const resettled: Resettled[] = [];
	for (const [group, claims] of claimsOf) {
		let unknownName = false;
		const settled = settleGroup(claims, (name) => {
			const known = group.knownModel.get(name);
			if (known === undefined) unknownName = true;
			return known === true;
		});
		const { named } = settled;
		const was = group.named;
		const sameOp = named.entrant === was.entrant && sameObjects(named.entrantAliases, was.entrantAliases) && named.source === (edit.newSource.get(was.source) ?? was.source);
		if (unknownName || !sameOp) return null;
		resettled.push({ group, claims, named, point: resultPoint(settled, group.point.entity) });
	}
	return resettled;
}

/** The entities with each source an edit replaced (same place, new text) swapped for the new one. */
function withNewSources(last: LastMerge, newSource: Map<Source, Source>): Entity[] {
	if (!last.entitiesOf) {
		last.entitiesOf = new Map();
		last.model.entities.forEach((entity, i) => {
			for (const source of entity.sources) {
				const owners = last.entitiesOf!.get(source);
				if (owners) owners.push(i);
				else last.entitiesOf!.set(source, [i]);
			}
		});
	}
	const entities = last.model.entities.slice();
	for (const [before, after] of newSource) {
		const owners = last.entitiesOf.get(before);
		if (!owners) continue;
		last.entitiesOf.delete(before);
		last.entitiesOf.set(after, owners);
		for (const i of owners) {
			const entity = entities[i];
			entities[i] = { ...entity, sources: replaced(entity.sources, before, after) };
		}
	}
	return entities;
}

/** A copy of `list` with every `before` replaced by `after` (found by `indexOf`: an entity may have thousands of sources). */
function replaced<T>(list: readonly T[], before: T, after: T): T[] {
	const copy = list.slice();
	for (let i = copy.indexOf(before); i !== -1; i = copy.indexOf(before, i + 1)) copy[i] = after;
	return copy;
}
