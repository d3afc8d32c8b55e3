// What the index keeps of every note, in scope or not: a slim record (path, name, aliases, tags,
// whether it mentions ImageNet, where its links resolve). A note's links are resolved once, when it
// is read; when a note appears, goes or changes its name, only the notes with a link of that name
// are resolved again. It answers the scope's questions without resolving any link again.
import type { ScopeGraph, ScopeNote } from "../model/scope";
import type { ParsedNote } from "../parse/types";

export interface NoteRecord extends ScopeNote {
	name: string;
	aliases: string[];
	tags: string[];
	/**
	 * The link targets as written, each once, but for links written as their target's file name
	 * (`[[AlexNet]]` to `Models/AlexNet.md`, most links): those are `byName`, kept by their target.
	 */
	links: string[];
	/** Where `links` resolve, in the same order (null: nowhere yet). */
	linked: (string | null)[];
	/** Targets reached by a link that is their file name as written. */
	byName: string[];
	/** Every path the note's links resolve to, the note itself left out, each once. */
	targets: string[];
}

/** Resolves a link target written in a note to a file's path, or null. */
export type ResolveLink = (target: string, fromPath: string) => string | null;

/**
 * The name a link is looked up by, and the name of a file: `Models/AlexNet.md`, `alexnet` and
 * `../Models/AlexNet` all give `alexnet`. A file can only answer a link of its own name.
 */
export function linkName(targetOrPath: string): string {
	const lower = targetOrPath.trim().toLowerCase();
	const base = lower.slice(lower.lastIndexOf("/") + 1);
	return base.endsWith(".md") ? base.slice(0, -3) : base;
}

/** `Models/AlexNet.md` -> `AlexNet`, as written. */
function baseName(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	return base.endsWith(".md") ? base.slice(0, -3) : base;
}

/**
 * A copy of `text` that holds nothing else: a short piece cut from a note's text would otherwise keep
 * the whole text alive for as long as the record lives.
 */
function ownCopy(text: string): string {
	return text.length < 13 ? text : (text + " ").slice(0, -1);
}

/** The empty list records without aliases, tags or odd links share; never changed. */
const NONE: never[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameForScope(a: NoteRecord, b: NoteRecord): boolean {
	return a.mentionsImageNet === b.mentionsImageNet && sameList(a.targets, b.targets) && sameList(a.tags, b.tags);
}

export class LinkGraph implements ScopeGraph {
	private readonly records = new Map<string, NoteRecord>();
	private readonly mentions = new Set<string>();
	/** Names of files that appeared or went since the links were last resolved. */
	private readonly namesToResolve = new Set<string>();
	/**
	 * Goes up whenever what scope depends on changed: a note came or went, or a note's tags, links'
	 * targets or mention of ImageNet changed. An edit of a table or of prose leaves it alone.
	 */
	version = 0;

	constructor(private readonly resolve: ResolveLink) {}

	get size(): number {
		return this.records.size;
	}

	has(path: string): boolean {
		return this.records.has(path);
	}

	clear(): void {
		this.changed();
		this.records.clear();
		this.mentions.clear();
		this.namesToResolve.clear();
	}

	private changed(): void {
		this.version++;
	}

	/**
	 * Records a note as parsed, resolving its links. A note new to the graph may answer links other
	 * notes resolved before it came; `appeared: false` says it did not (the first read of the vault).
	 */
	set(note: ParsedNote, appeared = true): NoteRecord {
		const old = this.records.get(note.path);
		if (!old && appeared) this.namesToResolve.add(linkName(note.path));
		const written = new Set<string>();
		for (const link of note.links) if (link.target.trim() !== "") written.add(link.target);
		const tags = new Set<string>();
		for (const tag of note.tags) tags.add(tag.name);
		const record: NoteRecord = {
			path: note.path,
			name: note.name,
			aliases: note.aliases.length === 0 ? NONE : note.aliases.map(ownCopy),
			tags: tags.size === 0 ? NONE : [...tags].map(ownCopy),
			mentionsImageNet: note.mentionsImageNet,
			links: NONE,
			linked: NONE,
			byName: NONE,
			targets: NONE,
		};
		this.resolveLinks(record, written);
		if (!old || !sameForScope(old, record)) this.changed();
		this.records.set(note.path, record);
		if (record.mentionsImageNet) this.mentions.add(note.path);
		else this.mentions.delete(note.path);
		return record;
	}

	delete(path: string): boolean {
		if (!this.records.delete(path)) return false;
		this.mentions.delete(path);
		this.namesToResolve.add(linkName(path));
		this.changed();
		return true;
	}

	/**
	 * Resolves again the links that may point elsewhere since files appeared or went: those written
	 * with the name of such a file, or resolved to one. Walks the records; only after such events.
	 */
	resolveChangedNames(): void {
		if (this.namesToResolve.size === 0) return;
		const names = new Set(this.namesToResolve);
		this.namesToResolve.clear();
		for (const record of this.records.values()) {
			const touched = record.targets.some((t) => names.has(linkName(t))) || record.links.some((l) => names.has(linkName(l)));
			if (!touched) continue;
			const before = record.targets;
			this.resolveLinks(record, [...record.links, ...record.byName.map(baseName)]);
			if (!sameList(before, record.targets)) this.changed();
		}
	}

	private resolveLinks(record: NoteRecord, written: Iterable<string>): void {
		const links: string[] = [];
		const linked: (string | null)[] = [];
		const byName: string[] = [];
		const targets = new Set<string>();
		for (const link of written) {
			const target = this.resolve(link, record.path);
			if (target !== null && target !== record.path && link === baseName(target)) {
				// Written as its target's name: the target says what the link was.
				byName.push(target);
			} else {
				links.push(ownCopy(link));
				linked.push(target);
			}
			if (target !== null && target !== record.path) targets.add(target);
		}
		record.links = links.length === 0 ? NONE : links;
		record.linked = linked.length === 0 ? NONE : linked;
		record.byName = byName.length === 0 ? NONE : byName;
		record.targets = targets.size === 0 ? NONE : [...targets];
	}

	// The questions scope asks.
	note(path: string): NoteRecord | undefined {
		return this.records.get(path);
	}

	notes(): Iterable<NoteRecord> {
		return this.records.values();
	}

	mentioning(): Iterable<string> {
		return this.mentions;
	}

	*notesLinkingTo(paths: ReadonlySet<string>): Iterable<string> {
		for (const record of this.records.values()) if (record.targets.some((t) => paths.has(t))) yield record.path;
	}
}
