// FileManager: new-file location, renameFile (updates links that pointed at the file), processFrontMatter, trash.
import type { App } from "./app";
import type { ReferenceCache } from "./markdown";
import { frontmatterEnd } from "./markdown";
import { getLinkpath, parseLinktext } from "./metadata";
import { TAbstractFile, TFile, TFolder, normalizePath } from "./vault";
import { parseYaml, stringifyYaml } from "./yaml";

export class FileManager {
	/** Obsidian's "Automatically update internal links". */
	alwaysUpdateLinks = true;
	/** Obsidian's "Default location for new notes": the vault root, or the folder of the current note. */
	newFileLocation: "root" | "current" = "root";

	constructor(private app: App) {}

	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const root = this.app.vault.getRoot();
		if (this.newFileLocation === "root") return root;
		return this.app.vault.getFileByPath(sourcePath)?.parent ?? root;
	}

	/** Renames through the vault, then rewrites every wiki-link that resolved to the file. */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const { vault, metadataCache } = this.app;
		const sources: Array<{ file: TFile; refs: ReferenceCache[] }> = [];
		if (this.alwaysUpdateLinks && file instanceof TFile) {
			for (const source of vault.getMarkdownFiles()) {
				const cache = metadataCache.getFileCache(source);
				const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? [])].filter(
					(r) => r.original.includes("[[") && getLinkpath(r.link) !== "" && metadataCache.getFirstLinkpathDest(getLinkpath(r.link), source.path) === file,
				);
				if (refs.length) sources.push({ file: source, refs: refs.sort((a, b) => b.position.start.offset - a.position.start.offset) });
			}
		}
		await vault.rename(file, newPath);
		for (const { file: source, refs } of sources) {
			await vault.process(source, (text) => {
				let out = text;
				for (const ref of refs) {
					const { start, end } = ref.position;
					if (out.slice(start.offset, end.offset) !== ref.original) continue;
					const linktext = metadataCache.fileToLinktext(file as TFile, source.path) + parseLinktext(ref.link).subpath;
					const replaced = ref.original.replace(/^(!?\[\[)([^|\\\]]*)/, (_m, open: string) => open + linktext);
					out = out.slice(0, start.offset) + replaced + out.slice(end.offset);
				}
				return out;
			});
		}
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.app.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath) + (subpath ?? "");
		return alias ? `[[${linktext}|${alias}]]` : `[[${linktext}]]`;
	}

	/** Parses the frontmatter, lets `fn` change it, and writes it back atomically. A throwing `fn` writes nothing. */
	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void): Promise<void> {
		await this.app.vault.process(file, (text) => {
			const lines = text.split("\n");
			const end = frontmatterEnd(lines.map((l) => ({ text: l.replace(/\r$/, "") })));
			const data = end > 0 ? (parseYaml(lines.slice(1, end).join("\n")) ?? {}) : {};
			fn(data);
			const yaml = Object.keys(data).length ? stringifyYaml(data) : "";
			const body = end > 0 ? lines.slice(end + 1).join("\n") : text;
			return `---\n${yaml}---\n${body}`;
		});
	}

	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		const dot = filename.lastIndexOf(".");
		const base = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		let path = normalizePath(filename);
		for (let n = 1; this.app.vault.getAbstractFileByPath(path); n++) path = normalizePath(`${base} ${n}${ext}`);
		return path;
	}
}
