// What the plugin read from one note, for the card: each table and what it became (results, models,
// lineage edges, facts, or why nothing), what was read outside the tables, and the note's issues.
import type { Diagnostic, ParsedNote, Table } from "../parse/types";
import type { NoteClaims } from "./claims";
import type { AtlasModel, Claim, Source } from "./types";

/** One table of the note and what the plugin made of it. */
export interface TableReading {
	line: number;
	header: string[];
	recovered: boolean;
	/** The heading the table sits under, if any. */
	section?: string;
	rows: number;
	results: number;
	/** Of those results, how many ended in a conflict with another source. */
	conflicts: number;
	models: string[];
	edges: number;
	facts: string[];
	/** In words: "2 results", "7 models and 6 lineage edges", or why nothing was read. */
	became: string;
	nothingRead: boolean;
	diagnostics: Diagnostic[];
}

/** Something read outside the tables: frontmatter fields, inline fields, a figure in prose. */
export interface ReadLine {
	line: number;
	text: string;
}

export interface NoteReading {
	tables: TableReading[];
	outsideTables: ReadLine[];
	diagnostics: Diagnostic[];
}

export function holdsData(reading: NoteReading): boolean {
	return reading.tables.length > 0 || reading.outsideTables.length > 0 || reading.diagnostics.length > 0;
}

export function readingOf(model: AtlasModel, note: ParsedNote, noteClaims: NoteClaims): NoteReading {
	const diagnostics = uniqueDiagnostics([...noteClaims.diagnostics, ...model.diagnostics.flatMap((d) => placedIn(d, note.path))]);
	const claimed = new Set<number>();
	const tables = note.tables.map((table) => {
		const lines = new Set([table.line, ...table.rows.map((r) => r.line)]);
		for (const line of lines) claimed.add(line);
		return readTable(model, note.path, table, lines, noteClaims.claims, diagnostics);
	});
	const outsideTables = noteClaims.claims
		.filter((c) => !claimed.has(c.source.line))
		.map((c) => ({ line: c.source.line, text: describeClaim(model, note.path, c) }))
		.filter((r): r is ReadLine => r.text !== null)
		.sort((a, b) => a.line - b.line);
	return { tables, outsideTables, diagnostics };
}

/** A diagnostic as seen from one note: a conflict names every source, and is placed at this note's first line among them. */
function placedIn(d: Diagnostic, path: string): Diagnostic[] {
	if (d.path === path) return [d];
	const here = d.sources?.find((s) => s.path === path);
	return here ? [{ ...d, path, line: here.line }] : [];
}

function uniqueDiagnostics(list: Diagnostic[]): Diagnostic[] {
	const seen = new Set<string>();
	return list
		.filter((d) => {
			const key = `${d.kind}|${d.line}|${d.message}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.line - b.line);
}

function readTable(model: AtlasModel, path: string, table: Table, lines: Set<number>, claims: Claim[], noteDiagnostics: Diagnostic[]): TableReading {
	const inTable = claims.filter((c) => lines.has(c.source.line));
	const fromHere = (sources: Source[]) => sources.some((s) => s.path === path && lines.has(s.line));
	const results = inTable.filter((c) => c.kind === "result").length;
	const conflicts = model.results.filter((r) => r.conflict && r.conflict.some((c) => fromHere(c.sources))).length;
	const models = [...new Set(inTable.flatMap((c) => (c.kind === "model" && !c.weak ? [c.name] : [])))];
	const edges = model.lineage.edges.filter((e) => fromHere(e.sources)).length;
	const facts = inTable.flatMap((c) => (c.kind === "fact" ? [factLabel(c.key)] : []));
	const diagnostics = noteDiagnostics.filter((d) => lines.has(d.line));
	const nothingRead = results === 0 && models.length === 0 && facts.length === 0;
	const parts: string[] = [];
	if (results > 0) parts.push(count(results, "result") + (conflicts > 0 ? ` (${conflicts} in conflict with another note)` : ""));
	if (models.length > 0) parts.push(count(models.length, "model"));
	if (edges > 0) parts.push(count(edges, "lineage edge"));
	if (facts.length > 0) parts.push(`${count(facts.length, "fact")}: ${facts.join(", ")}`);
	const section = table.section[table.section.length - 1]?.text;
	return {
		line: table.line,
		header: table.header,
		recovered: table.recovered,
		section,
		rows: table.rows.length,
		results,
		conflicts,
		models,
		edges,
		facts,
		became: nothingRead ? `Nothing read: ${whyNothing(table, diagnostics)}` : joinWords(parts),
		nothingRead,
		diagnostics,
	};
}

function whyNothing(table: Table, diagnostics: Diagnostic[]): string {
	const ofTable = diagnostics.find((d) => d.line === table.line && d.kind === "row-without-year");
	if (ofTable) return ofTable.message;
	if (table.rows.length === 0) return "the table has no rows.";
	if (diagnostics.some((d) => d.kind === "unreadable-cell")) return "none of its figures could be read (see the issues below).";
	return "no column names a year with a model or an error rate, and no row names a figure the plugin knows (images, categories, the human baseline).";
}

function describeClaim(model: AtlasModel, path: string, claim: Claim): string | null {
	switch (claim.kind) {
		case "result":
			return `${claim.year} ${claim.series}: ${percent(claim.value, claim.approx)}${claim.entrant ? ` (${claim.entrant})` : ""}`;
		case "fact":
			return `${capitalised(factLabel(claim.key))}: ${claim.raw}`;
		case "model": {
			if (claim.weak) return null;
			const details = [claim.year !== undefined ? String(claim.year) : "", claim.innovation ?? ""].filter((d) => d !== "");
			return `Model ${claim.name}${details.length > 0 ? `: ${details.join(", ")}` : ""}`;
		}
		case "edge": {
			const made = model.lineage.edges.some((e) => e.sources.some((s) => s.path === path && s.line === claim.source.line));
			if (claim.mention && !made) return null;
			return `${claim.from} → ${claim.to} (${claim.edge})`;
		}
	}
}

const FACT_LABELS: Record<string, string> = {
	images: "images",
	categories: "categories",
	ilsvrc_images: "ILSVRC images",
	ilsvrc_categories: "ILSVRC categories",
	human_baseline: "human baseline",
};

function factLabel(key: string): string {
	return FACT_LABELS[key] ?? key.replace(/_/g, " ");
}

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(value: number, approx: boolean): string {
	return `${approx ? "~" : ""}${Number(value.toFixed(2))}%`;
}

/** "1 result", "2 results". */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function joinWords(parts: string[]): string {
	return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
