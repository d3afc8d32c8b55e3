// The charts' model from the rows of a base (Obsidian Bases): one row a note, with its properties.
// Each row is a model: its year, its top-5 figure (error, or accuracy turned into error), its series
// and its parents. What a row does not say comes from the vault's own model (the model's year and
// innovation, its results, its lineage), so a base of bare model notes still draws. Only the rows are
// drawn: a base's filter that leaves a note out leaves its point and its node out.
// Pure: no obsidian; the Bases views (src/views/bases/) turn entries into rows.
import { officialFields } from "../reference/match";
import { COMPLETE_YEARS, OFFICIAL } from "../reference/record";
import type { Diagnostic } from "../parse/types";
import { findYearIn, isFractionColumnRead, NO_VALUE, parseYearSpan, percentPrecision, readCell, toPercent, type CellReading } from "../parse/values";
import { entityForNote } from "./activeEntity";
import { entityId, linkTargets, looseNameKey, nameKey, plainText } from "./names";
import { ILSVRC_CLASSIFICATION, type AtlasModel, type Entity, type LineageEdge, type LineageNode, type ResultPoint, type Source } from "./types";

/** One row of a base: the note's path, its name, and its properties as plain values (numbers, strings, lists). */
export interface Row {
	path: string;
	name: string;
	properties: Record<string, unknown>;
}

/** Which properties hold what: for each, the names to try in order (the first a row has wins). */
export interface RowFields {
	year: readonly string[];
	/** The top-5 figure: an error, or an accuracy (see `valueKind`). */
	value: readonly string[];
	/** "auto": a property whose name says accuracy (`top5_accuracy`, `acc`) holds accuracy, any other error. */
	valueKind: "auto" | "error" | "accuracy";
	series: readonly string[];
	parents: readonly string[];
}

export const DEFAULT_ROW_FIELDS: RowFields = {
	year: ["year"],
	value: ["top5_error", "error", "top5_accuracy", "accuracy"],
	valueKind: "auto",
	series: ["series"],
	parents: ["parent", "parents"],
};

const EMPTY: AtlasModel = { results: [], entities: [], lineage: { nodes: [], edges: [] }, facts: [], diagnostics: [] };

/** Whether a figure of this property is an accuracy, to be drawn as 100 − accuracy. */
export function isAccuracyProperty(property: string, kind: RowFields["valueKind"]): boolean {
	if (kind !== "auto") return kind === "accuracy";
	// `note.top5_accuracy`, `Top-5 accuracy`, `acc@5`; never `error` (nor a name that merely contains "acc" inside a word such as "vaccine").
	return /(?:^|[^a-z])acc(?:uracy)?(?:$|[^a-z])/i.test(property.replace(/^(?:note|formula|file)\./, "").replace(/_/g, " "));
}

/** The first of `names` the row has a value for (null, undefined and "" are no value). */
function pick(row: Row, names: readonly string[]): { name: string; value: unknown } | null {
	for (const name of names) {
		const value = row.properties[name];
		if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
		if (Array.isArray(value) && value.length === 0) continue;
		return { name, value };
	}
	return null;
}

/** A property's value as the text a note would write: a number as written, the first of a list. */
function asText(value: unknown): string | null {
	if (Array.isArray(value)) return value.length > 0 ? asText(value[0]) : null;
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
	if (typeof value === "string") return value;
	return null;
}

function readYear(value: unknown): number | null {
	if (typeof value === "number") return Number.isInteger(value) && value >= 1950 && value <= 2100 ? value : null;
	const text = asText(value);
	if (text === null) return null;
	const plain = plainText(text);
	return parseYearSpan(plain)?.from ?? findYearIn(plain);
}

/** `winner`, `1st`, `Runner-up`, `second` … → the series the other views use. */
function readSeries(value: unknown): string | null {
	const text = asText(value);
	if (text === null) return null;
	const s = plainText(text).trim().toLowerCase();
	if (s === "") return null;
	if (/^(?:winner|won|1st|first|first place|champion)$/.test(s)) return "winner";
	if (/^(?:runner[- ]?up|2nd|second|second place)$/.test(s)) return "runner-up";
	if (/^(?:3rd|third|third place)$/.test(s)) return "3rd";
	return s.replace(/\s+/g, "-");
}

/** The names a parent property points at: `[[AlexNet]]`, `[[Models/AlexNet|Alex]]`, `AlexNet, ZFNet`, or a list of them. */
export function parentNames(value: unknown): string[] {
	const list = Array.isArray(value) ? value : [value];
	const out: string[] = [];
	for (const item of list) {
		if (typeof item !== "string") continue;
		const names = item.includes("[[") ? linkTargets(item) : plainText(item).split(/\s*,\s*/);
		for (const name of names) {
			const base = name.slice(name.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
			if (base !== "") out.push(base);
		}
	}
	return out;
}

function roundTo(value: number, precision: number): number {
	const places = precision >= 1 ? 0 : Math.min(12, Math.ceil(-Math.log10(precision) - 1e-9));
	return Number(value.toFixed(places)) + 0;
}

interface RowModel {
	row: Row;
	id: string;
	entity: Entity;
	/** The vault's entity the row's note is, if the vault knows it. */
	known: Entity | null;
}

/**
 * The model the charts draw for these rows, in the rows' order (the base's sort). `vault` is the
 * vault's own model, asked only for what a row does not say.
 */
export function modelFromRows(rows: readonly Row[], fields: RowFields = DEFAULT_ROW_FIELDS, vault: AtlasModel | null = null): AtlasModel {
	const base = vault ?? EMPTY;
	const diagnostics: Diagnostic[] = [];
	const source = (row: Row, raw: string): Source => ({ path: row.path, line: 1, raw });

	// Each row's entity: the vault's model of the note where there is one (so the views agree on ids).
	const models: RowModel[] = [];
	const taken = new Set<string>();
	for (const row of rows) {
		const aliases = stringList(row.properties.aliases);
		const known = entityForNote(base, row.path, aliases);
		let id = known && !taken.has(known.id) ? known.id : entityId(row.name);
		if (taken.has(id)) id = entityId(row.path);
		for (let n = 2; taken.has(id); n++) id = `${entityId(row.path)}-${n}`;
		taken.add(id);
		const entity: Entity = {
			id,
			name: known?.name ?? row.name,
			kind: "model",
			aliases: [...new Set([...(known?.aliases ?? []), ...aliases])],
			enteredAs: [...(known?.enteredAs ?? [])],
			note: row.path,
			sources: [source(row, row.name)],
		};
		const year = pick(row, fields.year);
		const read = year ? readYear(year.value) : null;
		if (year && read === null) diagnostics.push({ kind: "unreadable-cell", path: row.path, line: 1, message: `${year.name}: "${String(year.value)}" is not a year` });
		const y = read ?? known?.year;
		if (y !== undefined) entity.year = y;
		const innovation = asText(row.properties.innovation) ?? known?.innovation;
		if (innovation) entity.innovation = innovation;
		models.push({ row, id, entity, known });
	}

	// Figures: a column's fractions (0.153) are read as a column, as in a table.
	const readings = new Map<RowModel, { property: string; reading: CellReading; raw: string }>();
	const byProperty = new Map<string, CellReading[]>();
	for (const m of models) {
		const found = pick(m.row, fields.value);
		if (!found) continue;
		const raw = asText(found.value);
		const reading = raw === null ? null : readCell(raw);
		readings.set(m, { property: found.name, reading, raw: raw ?? String(found.value) });
		byProperty.set(found.name, [...(byProperty.get(found.name) ?? []), reading]);
	}
	const fraction = new Map([...byProperty].map(([property, list]) => [property, isFractionColumnRead(list)]));

	const results: ResultPoint[] = [];
	for (const m of models) {
		const { row, entity } = m;
		const figure = readings.get(m);
		const series = pick(row, fields.series);
		const ownSeries = series ? readSeries(series.value) : null;
		if (figure) {
			const { reading, property, raw } = figure;
			if (reading === NO_VALUE) continue;
			const fractions = fraction.get(property) === true;
			const percent = reading ? toPercent(reading.value, fractions) : null;
			const precision = reading ? percentPrecision(reading.value, fractions) : null;
			if (!reading || percent === null || precision === null || percent < 0 || percent > 100) {
				diagnostics.push({ kind: "unreadable-cell", path: row.path, line: 1, message: `${property}: "${raw}" is not a percentage` });
				continue;
			}
			if (entity.year === undefined) {
				diagnostics.push({ kind: "row-without-year", path: row.path, line: 1, message: `${property} ${raw} has no year (no ${fields.year.join(" or ")} here or in the vault)` });
				continue;
			}
			const accuracy = isAccuracyProperty(property, fields.valueKind);
			const value = accuracy ? roundTo(100 - percent, precision) : percent;
			const year = entity.year;
			const seriesName = ownSeries ?? vaultSeries(base, m, year, value, precision) ?? "entry";
			const names = [entity.name, row.name, ...entity.aliases, ...entity.enteredAs];
			const point: ResultPoint = {
				benchmark: ILSVRC_CLASSIFICATION,
				series: seriesName,
				year,
				value,
				approx: reading.value.approx,
				entrant: entity.name,
				entity: entity.id,
				sources: [source(row, `${property}: ${raw}`)],
				...officialFields({ year, value, precision, series: seriesName, names }, OFFICIAL, COMPLETE_YEARS),
			};
			results.push(point);
		} else if (m.known) {
			// No figure in the row: the vault's results of that model (of the row's year, when it gives one).
			const ownYear = pick(row, fields.year) ? entity.year : undefined;
			for (const r of base.results) {
				if (r.entity !== m.known.id || (ownYear !== undefined && r.year !== ownYear)) continue;
				if (ownSeries !== null && r.series !== ownSeries) continue;
				results.push({ ...r, entity: entity.id });
			}
		}
	}

	// The lineage: the rows are the nodes; a row's parents are the rows its parent property names.
	const byKey = new Map<string, RowModel>();
	const byLooseKey = new Map<string, RowModel>();
	for (const m of models) {
		const names = [m.row.name, m.entity.name, ...m.entity.aliases, ...(m.known ? [m.known.name] : [])];
		for (const name of names) {
			const key = nameKey(name);
			if (key !== "" && !byKey.has(key)) byKey.set(key, m);
			const loose = looseNameKey(name);
			if (loose !== null && !byLooseKey.has(loose)) byLooseKey.set(loose, m);
		}
	}
	const find = (name: string) => byKey.get(nameKey(name)) ?? (looseNameKey(name) !== null ? byLooseKey.get(looseNameKey(name) as string) : undefined);
	const byVaultId = new Map(models.filter((m) => m.known).map((m) => [(m.known as Entity).id, m]));
	const edges: LineageEdge[] = [];
	const seen = new Set<string>();
	const addEdge = (edge: LineageEdge) => {
		const key = `${edge.from}\u0000${edge.to}`;
		if (edge.from === edge.to || seen.has(key)) return;
		seen.add(key);
		edges.push(edge);
	};
	for (const m of models) {
		const parents = pick(m.row, fields.parents);
		if (parents) {
			for (const name of parentNames(parents.value)) {
				const parent = find(name);
				if (parent) addEdge({ from: parent.id, to: m.id, kind: "explicit", sources: [source(m.row, `${parents.name}: ${name}`)] });
			}
		} else if (m.known) {
			// No parent property: the vault's lineage of that model, between rows.
			for (const e of base.lineage.edges) {
				if (e.to !== m.known.id) continue;
				const parent = byVaultId.get(e.from);
				if (parent) addEdge({ ...e, from: parent.id, to: m.id });
			}
		}
	}
	const nodes: LineageNode[] = models.map(({ entity }) => {
		const node: LineageNode = { id: entity.id, name: entity.name };
		if (entity.year !== undefined) node.year = entity.year;
		if (entity.innovation) node.innovation = entity.innovation;
		if (entity.note) node.note = entity.note;
		return node;
	});

	return { results, entities: models.map((m) => m.entity), lineage: { nodes, edges }, facts: base.facts, diagnostics };
}

/** The series the vault gives this model's figure of that year (a note's "winners" table), when the figures agree. */
function vaultSeries(vault: AtlasModel, m: RowModel, year: number, value: number, precision: number): string | null {
	const known = m.known;
	if (!known) return null;
	// The half-unit rule of the merge: 3.6 and 3.57 agree, 11.7 and 11.2 do not.
	const agrees = (v: number) => Math.abs(v - value) <= Math.max(precision, writtenPrecision(v)) / 2 + 1e-9;
	for (const r of vault.results) {
		if (r.entity !== known.id || r.year !== year || r.benchmark !== ILSVRC_CLASSIFICATION) continue;
		if (agrees(r.value) || (r.conflict ?? []).some((c) => agrees(c.value))) return r.series;
	}
	return null;
}

/** One unit in the last place of a number as JavaScript writes it: 0.1 for 15.3. */
function writtenPrecision(value: number): number {
	const text = String(value);
	const dot = text.indexOf(".");
	return dot === -1 || /e/i.test(text) ? 1 : 10 ** -(text.length - dot - 1);
}

function stringList(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
	if (typeof value === "string" && value.trim() !== "") return value.split(",").map((v) => v.trim()).filter((v) => v !== "");
	return [];
}
