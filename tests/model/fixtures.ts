// Reads a folder of notes into `{path: text}`, paths relative to the folder, as the command line does.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A fixture folder of this repository: `tests/fixtures/<name>/`. */
export function fixtureFolder(name: string): string {
	return fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
}

/** A folder next to the repository (`../shared/...`), which may be absent on another machine. */
export function sharedFolder(name: string): string {
	return fileURLToPath(new URL(`../../../shared/${name}/`, import.meta.url));
}

export function folderExists(folder: string): boolean {
	return existsSync(folder) && statSync(folder).isDirectory();
}

export function readNotes(folder: string, skip: string[] = []): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string, prefix: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = `${dir}${name}`;
			if (statSync(full).isDirectory()) walk(`${full}/`, `${prefix}${name}/`);
			else if (name.endsWith(".md") && !skip.includes(name)) files[`${prefix}${name}`] = readFileSync(full, "utf8");
		}
	};
	walk(folder, "");
	return files;
}

/** Every other name an entity goes by: its aliases and what it entered the challenge as. */
export function otherNames(entity: { aliases: string[]; enteredAs: string[] } | undefined): string[] {
	return entity ? [...entity.aliases, ...entity.enteredAs] : [];
}
