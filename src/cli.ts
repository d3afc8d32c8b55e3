// The command line: the same parse + model as the plugin, on a folder of notes.
//   npm run --silent atlas -- <folder> [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import process from "node:process";
import { join, relative, sep } from "node:path";
import { buildModelFromNotes } from "./model/build";
import { DEFAULT_SCOPE, notesInScope, resolverByName } from "./model/scope";
import { parseNote } from "./parse/note";
import { checkText, summaryText } from "./report";

const USAGE = `Usage: npm run --silent atlas -- <folder> [--json | --check]

Reads every .md note under <folder> and prints what ImageNet Atlas reads there:
the ILSVRC results with their sources, conflicts, the lineage of the models, facts
and diagnostics. --json prints the model as JSON (the contract in DESIGN.md).
--check prints each figure against the official ILSVRC results, year by year.`;

/** Every markdown file under a folder, skipping Obsidian's own folders and hidden ones. */
function markdownFiles(folder: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(full);
		}
	};
	walk(folder);
	return found.sort();
}

function main(args: string[]): number {
	const json = args.includes("--json");
	const positional = args.filter((a) => !a.startsWith("--"));
	if (args.includes("--help") || positional.length !== 1) {
		(positional.length === 1 || args.includes("--help") ? process.stdout : process.stderr).write(USAGE + "\n");
		return args.includes("--help") ? 0 : 2;
	}
	const folder = positional[0];
	let isFolder = false;
	try {
		isFolder = statSync(folder).isDirectory();
	} catch {
		isFolder = false;
	}
	if (!isFolder) {
		process.stderr.write(`atlas: ${folder} is not a folder.\n`);
		return 2;
	}
	const notes = markdownFiles(folder).map((file) => {
		const path = relative(folder, file).split(sep).join("/");
		return parseNote(path, readFileSync(file, "utf8"));
	});
	const resolve = resolverByName(notes.map((n) => n.path));
	const model = buildModelFromNotes(notes, { resolve });
	if (json) {
		process.stdout.write(JSON.stringify(model, null, 2) + "\n");
	} else if (args.includes("--check")) {
		process.stdout.write(checkText(model) + "\n");
	} else {
		const inScope = notesInScope(notes, DEFAULT_SCOPE, resolve).size;
		process.stdout.write(summaryText(model, { folder, notesRead: notes.length, notesInScope: inScope }) + "\n");
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
