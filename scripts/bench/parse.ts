// Parse throughput on the same texts: our parser, markdown-it and mdast-util-from-markdown (each asked
// for the tables), and the floor: one pass that only splits each text into lines.
import MarkdownIt from "markdown-it";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { parseNote } from "../../src/parse/note";
import { timeRounds } from "./stats";

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

// Anything the optimiser cannot prove unused.
let sink = 0;

function measure(corpus: Corpus, pass: () => number, options: Parameters<typeof timeRounds>[1]): Throughput {
	let tables = 0;
	const rounds = timeRounds(() => {
		tables = pass();
		sink ^= tables;
	}, options);
	return { mbPerS: corpus.bytes / 1e6 / (rounds.median / 1000), ms: rounds.median, rounds: rounds.times.length, tables };
}

export function ours(corpus: Corpus, options: Parameters<typeof timeRounds>[1] = {}): Throughput {
	const { paths, texts } = corpus;
	return measure(
		corpus,
		() => {
			let tables = 0;
			for (let i = 0; i < texts.length; i++) tables += parseNote(paths[i], texts[i]).tables.length;
			return tables;
		},
		options,
	);
}

export function floor(corpus: Corpus, options: Parameters<typeof timeRounds>[1] = {}): Throughput {
	const { texts } = corpus;
	return measure(
		corpus,
		() => {
			let total = 0;
			for (const text of texts) {
				const lines = text.split("\n");
				for (let i = 0; i < lines.length; i++) total += lines[i].length;
			}
			return total & 1;
		},
		{ minMs: 1000, minRounds: 10, maxRounds: 500, ...options },
	);
}

export function markdownIt(corpus: Corpus, options: Parameters<typeof timeRounds>[1] = {}): Throughput {
	const md = new MarkdownIt();
	const { texts } = corpus;
	return measure(
		corpus,
		() => {
			let tables = 0;
			for (const text of texts) {
				const tokens = md.parse(text, {});
				for (let i = 0; i < tokens.length; i++) if (tokens[i].type === "table_open") tables++;
			}
			return tables;
		},
		options,
	);
}

interface MdNode {
	type: string;
	children?: MdNode[];
}

function countTables(node: MdNode): number {
	let n = node.type === "table" ? 1 : 0;
	if (node.children) for (const child of node.children) n += countTables(child);
	return n;
}

export function mdast(corpus: Corpus, options: Parameters<typeof timeRounds>[1] = {}): Throughput {
	const extensions = [gfmTable()];
	const mdastExtensions = [gfmTableFromMarkdown()];
	const { texts } = corpus;
	return measure(
		corpus,
		() => {
			let tables = 0;
			for (const text of texts) tables += countTables(fromMarkdown(text, { extensions, mdastExtensions }) as MdNode);
			return tables;
		},
		options,
	);
}

/** Keeps `sink` observable. */
export function parseSink(): number {
	return sink;
}
