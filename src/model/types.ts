// The domain: what a note claims, and the one model merged from every claim.
import type { Diagnostic } from "../parse/types";
import type { Official } from "../reference/match";

/** Where a figure was read: the note, the line (frontmatter included, from 1) and the text as written. */
export interface Source {
	path: string;
	line: number;
	raw: string;
}

export const ILSVRC_CLASSIFICATION = "ILSVRC classification";

/** "winner" and "runner-up" for the challenge's places; any other short name for other series ("top-1", "entry"). */
export type Series = string;

export interface ResultClaim {
	kind: "result";
	benchmark: string;
	series: Series;
	year: number;
	/** Percent. */
	value: number;
	approx: boolean;
	/** One unit in the last written place, in percent (0.1 for 15.3%). */
	precision: number;
	/** The team or entry as written, parenthetical removed: "AlexNet" for "AlexNet (SuperVision)". */
	entrant: string;
	/** Other names the row gave the entrant ("SuperVision"). */
	entrantAliases: string[];
	/** Set when the figure was turned from what the note wrote: "accuracy" for 100 − an accuracy. */
	derived?: "accuracy";
	source: Source;
}

export interface ModelClaim {
	kind: "model";
	name: string;
	/** Names the note itself gives the model (its frontmatter `aliases`). */
	aliases: string[];
	/**
	 * What a row adds in brackets: "SuperVision" in "AlexNet (SuperVision)", but also "Google" in
	 * "GoogLeNet (Google)". They find the model from a bare entrant, never a note or a mention.
	 */
	bracketAliases?: string[];
	year?: number;
	innovation?: string;
	/** The note the claim names as the model's own (a per-model note). */
	note?: string;
	/** A note that may be about a model: it attaches to a model known from elsewhere, never makes one. */
	weak?: boolean;
	source: Source;
}

export interface EdgeClaim {
	kind: "edge";
	/** The older model (the parent), as written. */
	from: string;
	to: string;
	edge: "explicit" | "inferred";
	/** A name found in text (a cell such as "Improved AlexNet"): an edge only if it names a known model. */
	mention?: boolean;
	source: Source;
}

export interface FactClaim {
	kind: "fact";
	/** A stable key: images, categories, ilsvrc_images, ilsvrc_categories, human_baseline. */
	key: string;
	value: number;
	approx: boolean;
	atLeast: boolean;
	precision: number;
	raw: string;
	source: Source;
}

export type Claim = ResultClaim | ModelClaim | EdgeClaim | FactClaim;

export interface ResultPoint {
	benchmark: string;
	series: Series;
	year: number;
	/** Percent. With a conflict, the value of the first source read. */
	value: number;
	approx: boolean;
	entrant: string;
	/** Id of the entity the entrant resolves to (a model where one is known). */
	entity: string;
	sources: Source[];
	/** Present when sources disagree: every distinct value, each with its sources. */
	conflict?: ConflictValue[];
	/** The official entry the shown value agrees with, or null (src/reference/). */
	official: Official | null;
	/** With no official entry agreeing: the nearest entry of the year. */
	closest?: Closest;
}

export interface ConflictValue {
	value: number;
	approx: boolean;
	sources: Source[];
	/** For a result's conflict: the official entry this value agrees with, or null. */
	official?: Official | null;
	closest?: Closest;
}

/** The nearest official entry to a figure no entry agrees with: "rounded" when within one unit of the figure's last place. */
export interface Closest {
	value: number;
	team: string;
	data: "supplied" | "outside";
	verdict: "rounded" | "no match";
}

export interface Entity {
	id: string;
	name: string;
	kind: "model" | "team";
	/** Other names of the entity itself: its note's aliases, other spellings in tables. */
	aliases: string[];
	/**
	 * Names written in brackets after it: the team it entered as ("SuperVision"), its lab or company
	 * ("Google"). They find the entity from a results row, but a note of that name is not about it.
	 */
	enteredAs: string[];
	year?: number;
	innovation?: string;
	/** Path of the entity's own note, when the vault has one. */
	note?: string;
	sources: Source[];
}

export interface LineageNode {
	id: string;
	name: string;
	year?: number;
	innovation?: string;
	note?: string;
}

export interface LineageEdge {
	from: string;
	to: string;
	kind: "explicit" | "inferred";
	sources: Source[];
}

export interface Fact {
	key: string;
	value: number;
	approx: boolean;
	atLeast: boolean;
	raw: string;
	sources: Source[];
	conflict?: ConflictValue[];
}

export interface AtlasModel {
	results: ResultPoint[];
	entities: Entity[];
	lineage: { nodes: LineageNode[]; edges: LineageEdge[] };
	facts: Fact[];
	diagnostics: Diagnostic[];
}
