// GFM pipe tables with Obsidian's rules: an unescaped `|` always ends a cell (also inside `[[...]]`
// and inline code), `\|` is a literal pipe, outer pipes are optional, the delimiter row is required.
import type { Alignment } from "./types";

/** Splits a table row into trimmed cells, unescaping `\|`. Outer pipes are dropped. */
export function splitRow(line: string): string[] {
	const cells: string[] = [];
	let current = "";
	let sawPipe = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === "\\" && line[i + 1] === "|") {
			current += "|";
			i++;
		} else if (ch === "|") {
			cells.push(current);
			current = "";
			sawPipe = true;
		} else {
			current += ch;
		}
	}
	cells.push(current);
	if (sawPipe && cells[0].trim() === "") cells.shift();
	if (sawPipe && cells.length > 0 && cells[cells.length - 1].trim() === "") cells.pop();
	return cells.map((c) => c.trim());
}

/** True when the line holds at least one pipe that is not escaped. */
export function hasUnescapedPipe(line: string): boolean {
	let at = line.indexOf("|");
	while (at !== -1) {
		if (at === 0 || line[at - 1] !== "\\") return true;
		at = line.indexOf("|", at + 1);
	}
	return false;
}

const DELIMITER_CELL = /^:?-+:?$/;

/** Reads a delimiter row (`| :-- | --: |`) into alignments, or null when the line is not one. */
export function readDelimiterRow(line: string): Alignment[] | null {
	const trimmed = line.trim();
	if (trimmed === "" || !trimmed.includes("-")) return null;
	for (let i = 0; i < trimmed.length; i++) {
		const ch = trimmed[i];
		if (ch !== "|" && ch !== "-" && ch !== ":" && ch !== " " && ch !== "\t") return null;
	}
	const cells = splitRow(trimmed);
	if (cells.length === 0) return null;
	const alignments: Alignment[] = [];
	for (const cell of cells) {
		if (!DELIMITER_CELL.test(cell)) return null;
		const left = cell.startsWith(":");
		const right = cell.endsWith(":");
		alignments.push(left && right ? "center" : right ? "right" : left ? "left" : null);
	}
	return alignments;
}

/** Makes a body row as wide as the header: missing cells are empty, extra cells are dropped. */
export function fitRow(cells: string[], width: number): string[] {
	if (cells.length === width) return cells;
	if (cells.length > width) return cells.slice(0, width);
	return cells.concat(new Array<string>(width - cells.length).fill(""));
}
