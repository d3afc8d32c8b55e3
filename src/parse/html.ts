// HTML `<table>` blocks, as web clippings and READMEs carry them: rows and cells with their row and
// column spans laid out on a grid, tags taken out of the cell text (never rendered), the header being
// the leading rows of `<th>` or bold-only cells, several header rows joined per column ("Accuracy, %
// Top-1"). A table inside code or a comment is never read: the caller says which lines those are.
import type { Heading, Table, TableRow } from "./types";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** A cell's text: tags out, entities decoded, spaces collapsed. */
function cellText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, " ")
		.replace(/<[^>]*>/g, "")
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
			const lower = name.toLowerCase();
			if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 0x20);
			if (lower.startsWith("#") && lower !== "#39") return String.fromCodePoint(Number(lower.slice(1)) || 0x20);
			return ENTITIES[lower] ?? whole;
		})
		.replace(/\s+/g, " ")
		.trim();
}

function span(attributes: string, name: string): number {
	const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attributes);
	return match ? Math.min(Math.max(Number(match[1]), 1), 50) : 1;
}

interface HtmlCell {
	text: string;
	header: boolean;
	rows: number;
	columns: number;
}

/** `<th>`, or a cell whose whole text is bold: a header cell. */
function isHeaderCell(tag: string, inner: string): boolean {
	if (tag.toLowerCase() === "th") return true;
	const text = cellText(inner);
	return text !== "" && cellText(inner.replace(/<(b|strong)\b[^>]*>[\s\S]*?<\/\1>/gi, "")) === "";
}

/** Line of a character offset, from the line starts (from 0). */
function lineAt(lineStarts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = lineStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (lineStarts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/** The headings open at a line: the section a table there sits in. */
function sectionAt(headings: readonly Heading[], line: number): Heading[] {
	const open: Heading[] = [];
	for (const heading of headings) {
		if (heading.line >= line) break;
		while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
		open.push(heading);
	}
	return open;
}

/**
 * The HTML tables of a text whose comments are blanked (same length, same lines). `skipLine` says which
 * lines (from 1) are code, where a table is not read.
 */
export function readHtmlTables(text: string, headings: readonly Heading[], skipLine: (line: number) => boolean): Table[] {
	const lineStarts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	const tables: Table[] = [];
	const open = /<table\b[^>]*>/gi;
	const lower = text.toLowerCase();
	let found: RegExpExecArray | null;
	while ((found = open.exec(text)) !== null) {
		const start = found.index;
		const inner = start + found[0].length;
		const close = lower.indexOf("</table", inner);
		if (close === -1) break;
		open.lastIndex = close;
		const line = lineAt(lineStarts, start);
		if (skipLine(line)) continue;
		const table = readOne(text, inner, close, lineStarts, line, headings);
		if (table) tables.push(table);
	}
	return tables;
}

function readOne(text: string, from: number, to: number, lineStarts: readonly number[], line: number, headings: readonly Heading[]): Table | null {
	const body = text.slice(from, to);
	const rows: { cells: HtmlCell[]; offset: number }[] = [];
	for (const tr of body.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<\/tr>|<tr\b|$)/gi)) {
		const cells: HtmlCell[] = [];
		for (const td of tr[1].matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)(?=<\/t[dh]>|<t[dh]\b|$)/gi)) {
			cells.push({ text: cellText(td[3]), header: isHeaderCell(td[1], td[3]), rows: span(td[2], "rowspan"), columns: span(td[2], "colspan") });
		}
		if (cells.length > 0) rows.push({ cells, offset: from + (tr.index ?? 0) });
	}
	if (rows.length < 2) return null;
	// Lay the cells out on a grid: a cell spanning rows or columns fills each place it covers.
	const grid: string[][] = rows.map(() => []);
	const headerRow: boolean[] = rows.map((r) => r.cells.every((c) => c.header || c.text === ""));
	rows.forEach((row, r) => {
		let column = 0;
		for (const cell of row.cells) {
			while (grid[r][column] !== undefined) column++;
			for (let dr = 0; dr < cell.rows && r + dr < rows.length; dr++) for (let dc = 0; dc < cell.columns; dc++) grid[r + dr][column + dc] = cell.text;
			column += cell.columns;
		}
	});
	const width = Math.max(...grid.map((g) => g.length));
	let headerRows = 0;
	while (headerRows < rows.length - 1 && headerRow[headerRows]) headerRows++;
	if (headerRows === 0) headerRows = 1;
	const header = Array.from({ length: width }, (_, k) => {
		const parts: string[] = [];
		for (let r = 0; r < headerRows; r++) {
			const part = grid[r][k] ?? "";
			if (part !== "" && parts[parts.length - 1] !== part) parts.push(part);
		}
		return parts.join(" ");
	});
	const bodyRows: TableRow[] = [];
	for (let r = headerRows; r < rows.length; r++) {
		const cells = Array.from({ length: width }, (_, k) => grid[r][k] ?? "");
		bodyRows.push({ cells, line: lineAt(lineStarts, rows[r].offset), raw: cells.join(" | ") });
	}
	return { line, header, alignments: header.map(() => null), rows: bodyRows, recovered: false, section: sectionAt(headings, line), caption: "" };
}
