// A table of models (Year | Model | Innovation): each row's models with their year and innovation.
// Lineage only where the note states it: a cell of the innovation column that names another model
// ("Improved AlexNet") is an explicit edge; the order of rows says who came after whom only when the
// table's caption or heading presents it as a lineage ("Lineage", "Evolution", "架構演進"), never for
// a mere list of models.
import { isNoValue, parseYearSpan } from "../parse/values";
import type { ParsedNote, Table, TableRow } from "../parse/types";
import type { TableColumns } from "./columns";
import { linkTargets, plainText, splitNameList, splitParenthetical } from "./names";
import { looksLikeAuthors } from "./people";
import { sourceOf, type TableContext } from "./resultTable";
import type { Claim, EdgeClaim, ModelClaim } from "./types";

/** A row's models and its year, for edges by order. */
export interface ModelsOfRow {
	year: number;
	names: string[];
	row: TableRow;
}

/** The models a cell names: every wiki-link its own model, else the names of a list ("GPT, BERT, etc."). */
function modelsInCell(cell: string): { name: string; extra: string | null }[] {
	const links = linkTargets(cell);
	if (links.length > 0) return links.map((name) => ({ name, extra: null }));
	return splitNameList(cell).map((n) => splitParenthetical(n));
}

export function readLineageTable(note: ParsedNote, table: Table, columns: TableColumns, context: TableContext, claims: Claim[]): void {
	const rows: ModelsOfRow[] = [];
	const nameAt = columns.name ?? 0;
	for (const row of table.rows) {
		const span = parseYearSpan(row.cells[columns.year ?? 0]);
		const innovationCell = columns.innovation === null ? "" : row.cells[columns.innovation];
		const innovation = plainText(innovationCell);
		const source = sourceOf(note, row.line, row.raw);
		const names: string[] = [];
		for (const { name, extra } of modelsInCell(row.cells[nameAt] ?? "")) {
			if (name === "" || isNoValue(name) || looksLikeAuthors(name)) continue;
			const model: ModelClaim = { kind: "model", name, aliases: [], bracketAliases: extra && !extra.includes(",") ? [extra] : [], source };
			// "2011-2012 | AlexNet": a model's year is when the span ends, its release.
			if (span) model.year = span.to;
			if (innovation !== "" && !isNoValue(innovation)) model.innovation = innovation;
			claims.push(model);
			names.push(name);
			for (const mentioned of mentionedNames(innovationCell)) claims.push({ kind: "edge", from: mentioned, to: name, edge: "explicit", mention: true, source } satisfies EdgeClaim);
		}
		if (span && names.length > 0) rows.push({ year: span.to, names, row });
	}
	if (context.lineage) edgesByOrder(note, rows, claims);
}

/** A lineage table's order says who came after whom: each year's models follow the previous year's. */
export function edgesByOrder(note: ParsedNote, rows: ModelsOfRow[], claims: Claim[]): void {
	const groups: ModelsOfRow[] = [];
	for (const row of rows.slice().sort((a, b) => a.year - b.year)) {
		const last = groups[groups.length - 1];
		if (last && last.year === row.year) last.names.push(...row.names.filter((n) => !last.names.includes(n)));
		else groups.push({ ...row, names: row.names.slice() });
	}
	for (let k = 1; k < groups.length; k++) {
		for (const to of groups[k].names) {
			const row = rows.find((r) => r.names.includes(to))!.row;
			for (const from of groups[k - 1].names) if (from !== to) claims.push({ kind: "edge", from, to, edge: "inferred", source: sourceOf(note, row.line, row.raw) });
		}
	}
}

/** Names a cell mentions that may be models: wiki-link targets and capitalised words (`Improved AlexNet`). */
export function mentionedNames(cell: string): string[] {
	const found = new Set<string>(linkTargets(cell));
	const plain = plainText(cell);
	for (const word of plain.split(/[^\p{L}\p{N}\-.]+/u)) {
		const token = word.replace(/[.-]+$/, "");
		if (token.length >= 2 && /\p{Lu}/u.test(token)) found.add(token);
	}
	return [...found];
}
