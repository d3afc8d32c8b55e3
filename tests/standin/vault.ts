// The vault: TAbstractFile/TFile/TFolder over an in-memory map of path -> text, with Obsidian's events.
import { Events } from "./events";

/** Obsidian's normalizePath: one slash between parts, none at the ends, NFC, no non-breaking spaces. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	p = p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
	return p === "" ? "/" : p;
}

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	/** Stand-in only: sets path and name from a full path. */
	_setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	_setPath(path: string): void {
		super._setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

function parentPath(path: string): string {
	const i = path.lastIndexOf("/");
	return i <= 0 ? "/" : path.slice(0, i);
}

const encoder = new TextEncoder();
let clock = Date.UTC(2024, 0, 1);
function now(): number {
	clock = Math.max(clock + 1, Date.now());
	return clock;
}

/** A minimal DataAdapter: vault paths go through the Vault; hidden paths (.obsidian/...) live in their own map. */
export class MemoryAdapter {
	hidden = new Map<string, string>();
	constructor(private vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}
	private isHidden(path: string): boolean {
		return path.split("/").some((part) => part.startsWith("."));
	}
	async exists(path: string): Promise<boolean> {
		const p = normalizePath(path);
		if (this.hidden.has(p)) return true;
		if ([...this.hidden.keys()].some((k) => k.startsWith(p + "/"))) return true;
		return this.vault.getAbstractFileByPath(p) !== null;
	}
	async read(path: string): Promise<string> {
		const p = normalizePath(path);
		if (this.hidden.has(p)) return this.hidden.get(p)!;
		const file = this.vault.getFileByPath(p);
		if (!file) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		return this.vault._text(file);
	}
	async write(path: string, data: string): Promise<void> {
		const p = normalizePath(path);
		if (this.isHidden(p)) {
			this.hidden.set(p, data);
			return;
		}
		const file = this.vault.getFileByPath(p);
		if (file) await this.vault.modify(file, data);
		else await this.vault.create(p, data);
	}
	async append(path: string, data: string): Promise<void> {
		const p = normalizePath(path);
		if (await this.exists(p)) await this.write(p, (await this.read(p)) + data);
		else await this.write(p, data);
	}
	async remove(path: string): Promise<void> {
		const p = normalizePath(path);
		if (this.hidden.delete(p)) return;
		const file = this.vault.getAbstractFileByPath(p);
		if (!file) throw new Error(`ENOENT: no such file or directory, unlink '${p}'`);
		await this.vault.delete(file, true);
	}
	async mkdir(path: string): Promise<void> {
		const p = normalizePath(path);
		if (!this.isHidden(p) && !this.vault.getAbstractFileByPath(p)) await this.vault.createFolder(p);
	}
	async list(path: string): Promise<{ files: string[]; folders: string[] }> {
		const p = normalizePath(path);
		const folder = this.vault.getFolderByPath(p);
		const files: string[] = [];
		const folders: string[] = [];
		for (const child of folder?.children ?? []) (child instanceof TFolder ? folders : files).push(child.path);
		for (const key of this.hidden.keys()) if (parentPath(key) === p) files.push(key);
		return { files, folders };
	}
	async stat(path: string): Promise<{ type: "file" | "folder"; ctime: number; mtime: number; size: number } | null> {
		const f = this.vault.getAbstractFileByPath(normalizePath(path));
		if (f instanceof TFile) return { type: "file", ...f.stat };
		if (f instanceof TFolder) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}
	getResourcePath(path: string): string {
		return `app://local/${encodeURI(normalizePath(path))}`;
	}
}

export class Vault extends Events {
	adapter: MemoryAdapter;
	configDir = ".obsidian";
	private files = new Map<string, TAbstractFile>();
	private texts = new Map<TFile, string>();
	private root: TFolder;
	/** Stand-in only: files moved to the trash. */
	trashed: Array<{ path: string; text?: string }> = [];

	constructor(private vaultName = "Vault", files?: Record<string, string>) {
		super();
		this.adapter = new MemoryAdapter(this);
		this.root = new TFolder();
		this.root.vault = this;
		this.root._setPath("/");
		this.files.set("/", this.root);
		if (files) this.loadFiles(files);
	}

	getName(): string {
		return this.vaultName;
	}

	/** Stand-in only: adds files as Obsidian does while it scans the vault at startup (a `create` event for each). */
	loadFiles(record: Record<string, string>): TFile[] {
		const added: TFile[] = [];
		for (const [path, text] of Object.entries(record)) added.push(this.addFile(normalizePath(path), text));
		return added;
	}

	/** Stand-in only: the text of a file, synchronously. */
	_text(file: TFile): string {
		const text = this.texts.get(file);
		if (text === undefined) throw new Error(`File not found: ${file.path}`);
		return text;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.files.get(normalizePath(path));
		return f instanceof TFile ? f : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const f = this.files.get(normalizePath(path));
		return f instanceof TFolder ? f : null;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}
	getRoot(): TFolder {
		return this.root;
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.files.values()];
	}
	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}
	getFiles(): TFile[] {
		return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => any): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.files.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file exists where a folder is needed: ${path}`);
		const parent = this.ensureFolder(parentPath(path));
		const folder = new TFolder();
		folder.vault = this;
		folder._setPath(path);
		folder.parent = parent;
		parent.children.push(folder);
		this.files.set(path, folder);
		this.trigger("create", folder);
		return folder;
	}

	private addFile(path: string, text: string, options?: DataWriteOptions): TFile {
		if (this.files.has(path)) throw new Error("File already exists.");
		const parent = this.ensureFolder(parentPath(path));
		const file = new TFile();
		file.vault = this;
		file._setPath(path);
		file.parent = parent;
		const t = now();
		file.stat = { ctime: options?.ctime ?? t, mtime: options?.mtime ?? t, size: encoder.encode(text).length };
		parent.children.push(file);
		this.files.set(path, file);
		this.texts.set(file, text);
		this.trigger("create", file);
		return file;
	}

	private write(file: TFile, text: string, options?: DataWriteOptions): void {
		if (!this.texts.has(file)) throw new Error(`File not found: ${file.path}`);
		this.texts.set(file, text);
		file.stat = { ctime: file.stat.ctime, mtime: options?.mtime ?? now(), size: encoder.encode(text).length };
		this.trigger("modify", file);
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		return this.addFile(normalizePath(path), data, options);
	}
	/** Binary files: kept as bytes beside the texts (a PNG export); their text is empty. */
	readonly binaries = new Map<string, Uint8Array>();
	async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		const file = this.addFile(normalizePath(path), "", options);
		this.binaries.set(file.path, new Uint8Array(data));
		file.stat = { ...file.stat, size: data.byteLength };
		return file;
	}
	async readBinary(file: TFile): Promise<ArrayBuffer> {
		const bytes = this.binaries.get(file.path);
		if (!bytes) throw new Error(`Not a binary file: ${file.path}`);
		return bytes.slice().buffer;
	}
	async createFolder(path: string): Promise<TFolder> {
		const p = normalizePath(path);
		if (this.files.has(p)) throw new Error("Folder already exists.");
		return this.ensureFolder(p);
	}
	async read(file: TFile): Promise<string> {
		return this._text(file);
	}
	async cachedRead(file: TFile): Promise<string> {
		return this._text(file);
	}
	getResourcePath(file: TFile): string {
		return `${this.adapter.getResourcePath(file.path)}?${file.stat.mtime}`;
	}
	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, data, options);
	}
	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this.write(file, this._text(file) + data, options);
	}
	/** Reads, changes and writes the file with no await in between (atomic), then returns the new text. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(this._text(file));
		this.write(file, next, options);
		return next;
	}
	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (!(file instanceof TFile)) throw new Error("copy of a folder is not supported by the stand-in vault");
		return (await this.create(newPath, this._text(file))) as unknown as T;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const to = normalizePath(newPath);
		if (this.files.has(to)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		const parent = this.ensureFolder(parentPath(to));
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		file.parent = parent;
		parent.children.push(file);
		const moved: Array<[TAbstractFile, string]> = [];
		const move = (f: TAbstractFile, path: string) => {
			moved.push([f, f.path]);
			this.files.delete(f.path);
			f._setPath(path);
			this.files.set(path, f);
			if (f instanceof TFolder) for (const child of f.children) move(child, `${path}/${child.name}`);
		};
		move(file, to);
		for (const [f, old] of moved) if (f !== file) this.trigger("rename", f, old);
		this.trigger("rename", file, oldPath);
	}

	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		if (file instanceof TFolder && file.isRoot()) throw new Error("Cannot delete the vault root");
		if (file instanceof TFolder && file.children.length && force === false) throw new Error("Folder is not empty");
		this.remove(file);
	}
	async trash(file: TAbstractFile, _system: boolean): Promise<void> {
		this.remove(file, true);
	}
	private remove(file: TAbstractFile, toTrash = false): void {
		if (file instanceof TFolder) for (const child of file.children.slice()) this.remove(child, toTrash);
		if (toTrash) this.trashed.push({ path: file.path, text: file instanceof TFile ? this.texts.get(file) : undefined });
		file.parent?.children.splice(file.parent.children.indexOf(file), 1);
		this.files.delete(file.path);
		if (file instanceof TFile) this.texts.delete(file);
		this.trigger("delete", file);
	}
}
