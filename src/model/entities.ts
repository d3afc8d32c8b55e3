// Entities (models and teams) resolved by name, alias and note: "AlexNet (SuperVision)" in one
// note, [[AlexNet]] in another and AlexNet.md with `aliases: [SuperVision]` are one thing.
import { entityId, looseNameKey, nameKey } from "./names";
import type { Entity, ModelClaim, Source } from "./types";

interface Building extends Entity {
	years: number[];
	/** The innovation came from the model's own note, which says it better than a table's cell. */
	innovationFromNote?: boolean;
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

	/** The model or team this name stands for, if known, by any of its names. */
	find(name: string): Entity | undefined {
		return this.findStrong(name) ?? this.byBracketKey.get(nameKey(name));
	}

	/** The model or team this name stands for, by its own name or a note's alias only. */
	findStrong(name: string): Entity | undefined {
		const key = nameKey(name);
		if (key === "") return undefined;
		const loose = looseNameKey(name);
		return this.byKey.get(key) ?? (loose === null ? undefined : this.byLooseKey.get(loose));
	}

	findModel(name: string, strongOnly = false): Entity | undefined {
		const found = strongOnly ? this.findStrong(name) : this.find(name);
		return found && found.kind === "model" ? found : undefined;
	}

	private index(entity: Building, name: string): void {
		const key = nameKey(name);
		if (key === "") return;
		if (!this.byKey.has(key)) this.byKey.set(key, entity);
		const loose = looseNameKey(name);
		if (loose !== null && !this.byLooseKey.has(loose)) this.byLooseKey.set(loose, entity);
	}

	private indexBracket(entity: Building, name: string): void {
		const key = nameKey(name);
		if (key !== "" && !this.byKey.has(key) && !this.byBracketKey.has(key)) this.byBracketKey.set(key, entity);
	}

	private create(name: string, kind: Entity["kind"]): Building {
		let id = entityId(name);
		while (this.all.some((e) => e.id === id)) id += "-";
		const entity: Building = { id, name, kind, aliases: [], enteredAs: [], sources: [], years: [] };
		this.all.push(entity);
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
		if (claim.note && (!entity.note || nameKey(claim.name) === nameKey(entity.name))) {
			// A model's own note gives the model its name as the vault spells it.
			if (!entity.note && nameKey(claim.name) === nameKey(entity.name)) entity.name = claim.name;
			entity.note = entity.note ?? claim.note;
		}
		if (claim.year !== undefined) entity.years.push(claim.year);
		if (claim.innovation && (!entity.innovation || (claim.note !== undefined && !entity.innovationFromNote))) {
			entity.innovation = claim.innovation;
			entity.innovationFromNote = claim.note !== undefined;
		}
		addSource(entity.sources, claim.source);
	}

	private addAlias(entity: Building, alias: string): void {
		if (alias !== entity.name && !entity.aliases.includes(alias) && nameKey(alias) !== nameKey(entity.name)) entity.aliases.push(alias);
	}

	private addEnteredAs(entity: Building, name: string): void {
		if (!entity.enteredAs.includes(name) && !entity.aliases.includes(name) && nameKey(name) !== nameKey(entity.name)) entity.enteredAs.push(name);
	}

	/** A winning result's year also dates its model (SENet won in 2017, whatever a list says). */
	addYear(id: string, year: number): void {
		const entity = this.all.find((e) => e.id === id);
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
		addSource(entity.sources, source);
		return entity;
	}

	/** The entities, each model with the year most of its sources give (the earliest on a tie). */
	entities(): Entity[] {
		return this.all.map(({ years, innovationFromNote: _fromNote, ...entity }) => {
			const year = mostCommon(years);
			return year === undefined ? entity : { ...entity, year };
		});
	}
}

function mostCommon(years: number[]): number | undefined {
	if (years.length === 0) return undefined;
	const counts = new Map<number, number>();
	for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export function addSource(sources: Source[], source: Source): void {
	if (!sources.some((s) => s.path === source.path && s.line === source.line)) sources.push(source);
}
