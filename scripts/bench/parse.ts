// Parse throughput on the same texts: our parser, markdown-it and mdast-util-from-markdown (each asked
// for the tables), and the floor: one pass that only splits each text into lines.
import MarkdownIt from "markdown-it";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { parseNote } from "../../src/parse/note";
import { median } from "./stats";

export interface Corpus {
	paths: string[];
	texts: string[];
	/** UTF-8 bytes of all texts. */
	bytes: number;
}

export function corpusOf(files: Record<string, string>, maxBytes = Infinity): Corpus {
	const paths: string[] = [];
	const texts: string[] = [];
	let bytes = 0;
	for (const [path, text] of Object.entries(files)) {
		const size = Buffer.byteLength(text, "utf8");
		if (bytes + size > maxBytes && texts.length > 0) break;
		paths.push(path);
		texts.push(text);
		bytes += size;
	}
	return { paths, texts, bytes };
}

export interface Throughput {
	mbPerS: number;
	/** Median milliseconds for one pass over the corpus. */
	ms: number;
	rounds: number;
	/** Tables found in one pass (a check that each parser did the job). */
	tables: number;
}

/** One pass over every text of a corpus; returns the number of tables found (or any number the pass computed). */
export type Pass = (corpus: Corpus) => number;

// Anything the optimiser cannot prove unused.
let sink = 0;

/**
 * Times several passes over the same corpus in alternating rounds (a, b, c, a, b, c, ...), so that
 * each sees the machine in the same state and their ratios hold even when the load changes during
 * the run. One unmeasured round first; then rounds until `minMs` have passed and at least `minRounds`
 * were run. Each pass's figure is the median of its rounds.
 */
export function interleaved<Name extends string>(corpus: Corpus, passes: Record<Name, Pass>, options: { minMs?: number; minRounds?: number; maxRounds?: number } = {}): Record<Name, Throughput> {
	const { minMs = 1000, minRounds = 5, maxRounds = 200 } = options;
	const names = Object.keys(passes) as Name[];
	const times = new Map<Name, number[]>(names.map((name) => [name, []]));
	const tables = new Map<Name, number>();
	for (const name of names) sink ^= passes[name](corpus);
	const start = performance.now();
	for (let round = 0; round < maxRounds && (round < minRounds || performance.now() - start < minMs); round++) {
		for (const name of names) {
			const t0 = performance.now();
			const found = passes[name](corpus);
			times.get(name)?.push(performance.now() - t0);
			tables.set(name, found);
			sink ^= found;
		}
	}
	const result = {} as Record<Name, Throughput>;
	for (const name of names) {
		const rounds = times.get(name) ?? [];
		const ms = median(rounds);
		result[name] = { mbPerS: corpus.bytes / 1e6 / (ms / 1000), ms, rounds: rounds.length, tables: tables.get(name) ?? 0 };
	}
	return result;
}

export const ours: Pass = ({ paths, texts }) => {
	let tables = 0;
	for (let i = 0; i < texts.length; i++) tables += parseNote(paths[i], texts[i]).tables.length;
	return tables;
};

/** The floor: one pass that only splits each text into lines (and reads each line's length). */
export const floor: Pass = ({ texts }) => {
	let total = 0;
	for (const text of texts) {
		const lines = text.split("\n");
		for (let i = 0; i < lines.length; i++) total += lines[i].length;
	}
	return total & 1;
};

const md = new MarkdownIt();

export const markdownIt: Pass = ({ texts }) => {
	let tables = 0;
	for (const text of texts) {
		const tokens = md.parse(text, {});
		for (let i = 0; i < tokens.length; i++) if (tokens[i].type === "table_open") tables++;
	}
	return tables;
};

interface MdNode {
	type: string;
	children?: MdNode[];
}

function countTables(node: MdNode): number {
	let n = node.type === "table" ? 1 : 0;
	if (node.children) for (const child of node.children) n += countTables(child);
	return n;
}

const extensions = [gfmTable()];
const mdastExtensions = [gfmTableFromMarkdown()];

export const mdast: Pass = ({ texts }) => {
	let tables = 0;
	for (const text of texts) tables += countTables(fromMarkdown(text, { extensions, mdastExtensions }) as MdNode);
	return tables;
};

/** Keeps `sink` observable. */
export function parseSink(): number {
	return sink;
}
