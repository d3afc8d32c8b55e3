// Entities (models and teams) resolved by name, alias and note: "AlexNet (SuperVision)" in one
// note, [[AlexNet]] in another and AlexNet.md with `aliases: [SuperVision]` are one thing.
import { entityId, looseNameKey, nameKey } from "./names";
import type { Entity, ModelClaim, Source } from "./types";

interface Building extends Entity {
	years: number[];
	/** The innovation came from the model's own note, which says it better than a table's cell. */
	innovationFromNote?: boolean;
	/**
	 * Memos for lookups in one step, built when first needed: the places of `sources`, and the
	 * names `addAlias` has already been given.
	 */
	known?: SourcePlaces;
	spellings?: Set<string>;
}

interface NameKeys {
	key: string;
	loose: string | null;
}

/** `nameKey` and `looseNameKey` of the names seen lately: every merge meets the same names again. */
const NAME_KEYS = new Map<string, NameKeys>();
const NAME_KEYS_KEPT = 50_000;

function keysOf(name: string): NameKeys {
	let keys = NAME_KEYS.get(name);
	if (!keys) {
		const key = nameKey(name);
		keys = { key, loose: key === "" ? null : looseNameKey(name) };
		if (NAME_KEYS.size >= NAME_KEYS_KEPT) NAME_KEYS.clear();
		NAME_KEYS.set(name, keys);
	}
	return keys;
}

/**
 * Names are indexed at two strengths. A model's own name, its note's name and the note's aliases
 * are strong: they may give the model a note and make a mention in a cell an edge. A name a row
 * adds in brackets is weak: "GoogLeNet (Google)" lets a bare "Google" entrant find GoogLeNet, but
 * must not make Google.md GoogLeNet's note or "designed at Google" an edge.
 */
export class EntityRegistry {
	private readonly byKey = new Map<string, Building>();
	private readonly byLooseKey = new Map<string, Building>();
	private readonly byBracketKey = new Map<string, Building>();
	private readonly all: Building[] = [];
	private readonly byId = new Map<string, Building>();
	/** What `find` and `findStrong` answered for each name since the names last changed. */
	private readonly found = new Map<string, Building | null>();
	private readonly foundStrong = new Map<string, Building | null>();

	private keysOf(name: string): NameKeys {
		return keysOf(name);
	}

	private keyOf(name: string): string {
		return keysOf(name).key;
	}

	/** The model or team this name stands for, if known, by any of its names. */
	find(name: string): Entity | undefined {
		let found = this.found.get(name);
		if (found === undefined) {
			found = (this.findStrong(name) as Building | undefined) ?? this.byBracketKey.get(this.keyOf(name)) ?? null;
			this.found.set(name, found);
		}
		return found ?? undefined;
	}

	/** The model or team this name stands for, by its own name or a note's alias only. */
	findStrong(name: string): Entity | undefined {
		let found = this.foundStrong.get(name);
		if (found === undefined) {
			const { key, loose } = this.keysOf(name);
			found = key === "" ? null : (this.byKey.get(key) ?? (loose === null ? undefined : this.byLooseKey.get(loose)) ?? null);
			this.foundStrong.set(name, found);
		}
		return found ?? undefined;
	}

	/** A name now finds an entity it did not find before: what `find` answered may be out of date. */
	private namesChanged(): void {
		this.found.clear();
		this.foundStrong.clear();
	}

	findModel(name: string, strongOnly = false): Entity | undefined {
		const found = strongOnly ? this.findStrong(name) : this.find(name);
		return found && found.kind === "model" ? found : undefined;
	}

	private index(entity: Building, name: string): void {
		const { key, loose } = this.keysOf(name);
		if (key === "") return;
		let changed = false;
		if (!this.byKey.has(key)) {
			this.byKey.set(key, entity);
			changed = true;
		}
		if (loose !== null && !this.byLooseKey.has(loose)) {
			this.byLooseKey.set(loose, entity);
			changed = true;
		}
		if (changed) this.namesChanged();
	}

	private indexBracket(entity: Building, name: string): void {
		const key = this.keyOf(name);
		if (key !== "" && !this.byKey.has(key) && !this.byBracketKey.has(key)) {
			this.byBracketKey.set(key, entity);
			this.namesChanged();
		}
	}

	private create(name: string, kind: Entity["kind"]): Building {
		let id = entityId(name);
		while (this.byId.has(id)) id += "-";
		const entity: Building = { id, name, kind, aliases: [], enteredAs: [], sources: [], years: [] };
		this.all.push(entity);
		this.byId.set(id, entity);
		this.index(entity, name);
		return entity;
	}

	/** Adds a model, or what a claim adds to a known one (aliases, year, innovation, note). */
	addModel(claim: ModelClaim): Entity {
		const known = this.findModel(claim.name) ?? claim.aliases.map((a) => this.findModel(a)).find((e) => e !== undefined);
		const entity = (known as Building | undefined) ?? this.create(claim.name, "model");
		this.enrich(entity, claim);
		return entity;
	}

	/** A note that may be about a model: it attaches to a model it is named after (or aliases), or does nothing. */
	attachNote(claim: ModelClaim): void {
		const known = [claim.name, ...claim.aliases].map((name) => this.findModel(name, true)).find((e) => e !== undefined);
		if (known) this.enrich(known as Building, claim);
	}

	private enrich(entity: Building, claim: ModelClaim): void {
		for (const alias of [claim.name, ...claim.aliases]) {
			this.addAlias(entity, alias);
			this.index(entity, alias);
		}
		for (const alias of claim.bracketAliases ?? []) {
			this.addEnteredAs(entity, alias);
			this.indexBracket(entity, alias);
		}
		if (claim.note && (!entity.note || this.keyOf(claim.name) === this.keyOf(entity.name))) {
			// A model's own note gives the model its name as the vault spells it.
			if (!entity.note && this.keyOf(claim.name) === this.keyOf(entity.name)) entity.name = claim.name;
			entity.note = entity.note ?? claim.note;
		}
		if (claim.year !== undefined) entity.years.push(claim.year);
		if (claim.innovation && (!entity.innovation || (claim.note !== undefined && !entity.innovationFromNote))) {
			entity.innovation = claim.innovation;
			entity.innovationFromNote = claim.note !== undefined;
		}
		addSourceTo(entity, claim.source);
	}

	private addAlias(entity: Building, alias: string): void {
		if (alias === entity.name) return;
		entity.spellings ??= new Set();
		if (entity.spellings.has(alias)) return;
		entity.spellings.add(alias);
		if (!entity.aliases.includes(alias) && this.keyOf(alias) !== this.keyOf(entity.name)) entity.aliases.push(alias);
	}

	private addEnteredAs(entity: Building, name: string): void {
		if (!entity.enteredAs.includes(name) && !entity.aliases.includes(name) && this.keyOf(name) !== this.keyOf(entity.name)) entity.enteredAs.push(name);
	}

	/** A winning result's year also dates its model (SENet won in 2017, whatever a list says). */
	addYear(id: string, year: number): void {
		const entity = this.byId.get(id);
		if (entity && entity.kind === "model") entity.years.push(year);
	}

	/** The entity an entrant of a result stands for: a known model, else a team of that name. */
	entrant(name: string, bracketAliases: string[], source: Source): Entity | undefined {
		if (name.trim() === "") return undefined;
		const found = this.find(name) ?? bracketAliases.map((a) => this.findModel(a)).find((e) => e !== undefined);
		const entity = (found as Building | undefined) ?? this.create(name, "team");
		for (const alias of bracketAliases) {
			this.addEnteredAs(entity, alias);
			this.indexBracket(entity, alias);
		}
		addSourceTo(entity, source);
		return entity;
	}

	/** A registry that starts where this one is and goes on alone: changing one leaves the other as it was. */
	copy(): EntityRegistry {
		const copy = new EntityRegistry();
		const copies = new Map<Building, Building>();
		for (const entity of this.all) {
			const copied = { aliases: [...entity.aliases], enteredAs: [...entity.enteredAs], sources: [...entity.sources], years: [...entity.years] };
			const twin: Building = { ...entity, ...copied, known: undefined, spellings: undefined };
			copies.set(entity, twin);
			copy.all.push(twin);
			copy.byId.set(twin.id, twin);
		}
		const twinOf = (entity: Building) => copies.get(entity) ?? entity;
		for (const [key, entity] of this.byKey) copy.byKey.set(key, twinOf(entity));
		for (const [key, entity] of this.byLooseKey) copy.byLooseKey.set(key, twinOf(entity));
		for (const [key, entity] of this.byBracketKey) copy.byBracketKey.set(key, twinOf(entity));
		return copy;
	}

	/** The entities, each model with the year most of its sources give (the earliest on a tie). */
	entities(): Entity[] {
		return this.all.map((building) => {
			// Every field but the registry's own, in the order they were set.
			const entity: Record<string, unknown> = {};
			for (const key of Object.keys(building)) if (!REGISTRY_ONLY.has(key)) entity[key] = building[key as keyof Building];
			const year = mostCommon(building.years);
			if (year !== undefined) entity.year = year;
			return entity as unknown as Entity;
		});
	}
}

const REGISTRY_ONLY = new Set(["years", "innovationFromNote", "known", "spellings"]);

function mostCommon(years: number[]): number | undefined {
	if (years.length === 0) return undefined;
	const counts = new Map<number, number>();
	for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
	let best = years[0];
	let bestCount = 0;
	for (const [year, count] of counts) {
		if (count > bestCount || (count === bestCount && year < best)) {
			best = year;
			bestCount = count;
		}
	}
	return best;
}

function addSourceTo(entity: Building, source: Source): void {
	if (!entity.known) {
		entity.known = new SourcePlaces();
		const sources = entity.sources;
		entity.sources = [];
		for (const known of sources) entity.known.add(entity.sources, known);
	}
	entity.known.add(entity.sources, source);
}

export function addSource(sources: Source[], source: Source): void {
	if (!sources.some((s) => s.path === source.path && s.line === source.line)) sources.push(source);
}

/** The places (path and line) a list of sources holds, so that adding a source is one lookup, not a scan. */
export class SourcePlaces {
	/** Path -> its line, or its lines once there are several (most paths give one). */
	private readonly places = new Map<string, number | Set<number>>();

	/** Appends `source` to `sources` unless a source of the same place is there already. */
	add(sources: Source[], source: Source): void {
		const lines = this.places.get(source.path);
		if (lines === undefined) {
			this.places.set(source.path, source.line);
		} else if (typeof lines === "number") {
			if (lines === source.line) return;
			this.places.set(source.path, new Set([lines, source.line]));
		} else {
			if (lines.has(source.line)) return;
			lines.add(source.line);
		}
		sources.push(source);
	}
}

/** `sources` with each place once, the first of each kept, in order. */
export function uniqueSources(sources: readonly Source[]): Source[] {
	// Sources in place order (as a merge reads them) hold a place twice only side by side.
	let inOrder = true;
	for (let i = 1; i < sources.length && inOrder; i++) {
		const a = sources[i - 1];
		const b = sources[i];
		inOrder = a.path < b.path || (a.path === b.path && a.line <= b.line);
	}
	if (inOrder) {
		const list: Source[] = [];
		for (let i = 0; i < sources.length; i++) {
			const previous = list.length > 0 ? list[list.length - 1] : undefined;
			if (!previous || previous.path !== sources[i].path || previous.line !== sources[i].line) list.push(sources[i]);
		}
		return list;
	}
	const places = new SourcePlaces();
	const list: Source[] = [];
	for (const source of sources) places.add(list, source);
	return list;
}
