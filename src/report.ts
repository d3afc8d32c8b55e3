// The model in words: the command line's summary and the markdown results table the plugin inserts.
// Pure: no Obsidian, no Node.
import { formatPercent } from "./charts/common";
import { GENERATED_MARK } from "./parse/comments";
import { explainFields, explainedByRecord, verdictOf } from "./reference/match";
import type { AtlasModel, ConflictValue, Fact, ResultPoint, Source } from "./model/types";

export function formatSource(source: Source): string {
	return source.path === "" ? "settings" : `${source.path}:${source.line}`;
}

function formatConflict(conflict: ConflictValue[]): string {
	return conflict.map((c) => `${formatPercent(c.value, c.approx)} (${c.sources.map(formatSource).join(", ")})`).join(" vs ");
}

/** A conflict's lines: its values and sources, then each value against the record ("11.7% matches the official 11.743% (Clarifai, supplied data only)"). */
function conflictLines(point: ResultPoint): string[] {
	if (!point.conflict) return [];
	const heading = `        ${explainedByRecord(point.conflict) ? "explained by the record" : "conflict"}: ${formatConflict(point.conflict)}`;
	return [heading, ...point.conflict.map((c) => `        ${formatPercent(c.value, c.approx)} ${explainFields(c, point.year)}`)];
}



function entityName(model: AtlasModel, point: ResultPoint): string {
	return model.entities.find((e) => e.id === point.entity)?.name ?? point.entrant;
}

const FACT_LABELS: Record<string, string> = {
	images: "Images in ImageNet",
	categories: "Categories in ImageNet",
	ilsvrc_images: "Images in the ILSVRC subset",
	ilsvrc_categories: "Categories in the ILSVRC subset",
	human_baseline: "Human top-5 error",
};

export function factLabel(key: string): string {
	return FACT_LABELS[key] ?? key.replace(/_/g, " ");
}

export function formatFact(fact: Fact): string {
	if (fact.key === "human_baseline") return formatPercent(fact.value, fact.approx);
	return `${fact.approx ? "~" : ""}${fact.value.toLocaleString("en")}${fact.atLeast ? "+" : ""}`;
}

function pad(text: string, width: number): string {
	return text.length >= width ? text + " " : text + " ".repeat(width - text.length);
}

export interface SummaryInfo {
	folder: string;
	notesRead: number;
	notesInScope: number;
}

/** The readable summary the command line prints: timeline, conflicts, lineage, facts, diagnostics. */
export function summaryText(model: AtlasModel, info: SummaryInfo): string {
	const out: string[] = [];
	out.push(`ImageNet Atlas: ${info.notesRead} ${info.notesRead === 1 ? "note" : "notes"} read in ${info.folder}, ${info.notesInScope} about ImageNet.`);
	const winners = model.results.filter((r) => r.series === "winner");
	const others = model.results.filter((r) => r.series !== "winner");
	out.push("", "ILSVRC classification, top-5 error of the winners:");
	if (winners.length === 0) out.push("  (none found: add a table with Year, Winner and Top-5 error columns)");
	for (const point of winners) {
		const name = entityName(model, point);
		const who = point.entrant && point.entrant !== name ? `${name} (${point.entrant})` : name || "(unnamed)";
		out.push(`  ${point.year}  ${pad(formatPercent(point.value, point.approx), 8)}${pad(who, 24)}${point.sources.map(formatSource).join(", ")}`);
		out.push(...conflictLines(point));
	}
	if (others.length > 0) {
		out.push("", "Other series:");
		for (const point of others) {
			out.push(`  ${point.year}  ${pad(point.series, 10)}${pad(formatPercent(point.value, point.approx), 8)}${pad(entityName(model, point) || "(unnamed)", 24)}${point.sources.map(formatSource).join(", ")}`);
			out.push(...conflictLines(point));
		}
	}
	if (model.facts.length > 0) {
		out.push("", "Facts:");
		for (const fact of model.facts) {
			out.push(`  ${pad(factLabel(fact.key), 34)}${pad(formatFact(fact), 12)}${fact.sources.map(formatSource).join(", ")}`);
			if (fact.conflict) out.push(`        conflict: ${fact.conflict.map((c) => `${c.value} (${c.sources.map(formatSource).join(", ")})`).join(" vs ")}`);
		}
	}
	const { nodes, edges } = model.lineage;
	out.push("", `Lineage: ${nodes.length} models, ${edges.length} edges.`);
	const names = new Map(nodes.map((n) => [n.id, n]));
	const label = (id: string) => {
		const node = names.get(id);
		return node ? `${node.name}${node.year !== undefined ? ` (${node.year})` : ""}` : id;
	};
	const edgeLabels = edges.map((edge) => `${label(edge.from)} → ${label(edge.to)}`);
	const edgeWidth = Math.max(0, ...edgeLabels.map((l) => l.length)) + 2;
	edges.forEach((edge, k) => {
		out.push(`  ${pad(edgeLabels[k], edgeWidth)}${pad(edge.kind, 10)}${edge.sources.map(formatSource).join(", ")}`);
	});
	const alone = nodes.filter((n) => !edges.some((e) => e.from === n.id || e.to === n.id));
	if (alone.length > 0) out.push(`  without edges: ${alone.map((n) => label(n.id)).join(", ")}`);
	out.push("", `Diagnostics: ${model.diagnostics.length}.`);
	for (const d of model.diagnostics) out.push(`  ${d.path}:${d.line}  ${d.kind}: ${d.message}`);
	return out.join("\n");
}

/**
 * The merged results as a markdown table, every figure with its sources, for a note. Its first line
 * is the plugin's mark (a comment, hidden in reading view), so that the table is never read back as
 * one more source of the figures it copies.
 */
export function resultsMarkdownTable(model: AtlasModel): string {
	const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
	const rows = [GENERATED_MARK, "| Year | Series | Entrant | Top-5 error | Sources |", "| --- | --- | --- | --- | --- |"];
	for (const point of model.results) {
		const value = point.conflict ? point.conflict.map((c) => formatPercent(c.value, c.approx)).join(" or ") : formatPercent(point.value, point.approx);
		const sources = point.sources.map((s) => (s.path === "" ? "settings" : `[[${s.path.replace(/\.md$/, "")}]] line ${s.line}`)).join(", ");
		rows.push(`| ${point.year} | ${escape(point.series)} | ${escape(entityName(model, point) || "—")} | ${value} | ${escape(sources)} |`);
	}
	return rows.join("\n") + "\n";
}

/**
 * The line (from 0) where a block may be inserted when the cursor is on `cursorLine`: the cursor's line,
 * but never inside or above the frontmatter (the note's properties stay whole) and never inside a block
 * such as a table or a paragraph (it stays whole): then the first line after it.
 */
export function insertionLine(text: string, cursorLine: number): number {
	const lines = text.split("\n");
	let line = Math.min(Math.max(cursorLine, 0), lines.length);
	let body = 0;
	if (lines[0]?.trim() === "---") {
		for (let i = 1; i < lines.length; i++) {
			if (!/^(?:---|\.\.\.)\s*$/.test(lines[i])) continue;
			body = i + 1;
			line = Math.max(line, body);
			break;
		}
	}
	const written = (k: number) => k >= body && k < lines.length && lines[k].trim() !== "";
	while (written(line - 1) && written(line)) line++;
	return line;
}

/** The notes' figures against the official record, year by year: what `--check` prints. */
export function checkText(model: AtlasModel): string {
	const out = ["Your notes against the official ILSVRC classification results (top-5 error):", ""];
	let year = 0;
	// The name column as wide as its longest name, so the verdicts line up.
	const whoWidth = Math.max(18, ...model.results.map((p) => (entityName(model, p) || "(unnamed)").length + 2));
	for (const point of model.results) {
		if (point.series === "top-1") continue;
		if (point.year !== year) {
			year = point.year;
			out.push(`${year}`);
		}
		const values = point.conflict ?? [point];
		for (const v of values) {
			const who = entityName(model, point) || "(unnamed)";
			out.push(`  ${pad(point.series, 10)}${pad(formatPercent(v.value, v.approx), 8)}${pad(who, whoWidth)}${pad(verdictOf(v), 18)}${explainFields(v, point.year)}`);
			out.push(`  ${" ".repeat(18 + whoWidth + 4)}${v.sources.map(formatSource).join(", ")}`);
		}
	}
	if (year === 0) out.push("  (no results in these notes)");
	return out.join("\n");
}
