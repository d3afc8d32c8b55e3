// The ImageNet card: a side panel that follows the note you are on and says what the vault knows
// about it. It draws the plain description of src/model/card.ts with DOM calls only: note text is
// always set as text, never as markup.
import { ItemView, type TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { formatPercent, seriesLabel, sourceLabel, type ChartCallbacks } from "../charts/common";
import type { VaultIndex } from "../index/VaultIndex";
import { describeNote, type CardLink, type CardModel, type CardRelative, type NoteCard } from "../model/card";
import type { NoteReading } from "../model/noteReading";
import { extractClaims, type NoteClaims } from "../model/claims";
import type { Diagnostic, ParsedNote } from "../parse/types";
import type { Source } from "../model/types";
import { explainFields, explainedByRecord } from "../reference/match";
import type { AtlasSettings } from "../settings";
import { ChartView, obsidianCallbacks } from "./ChartView";
import { LINEAGE_VIEW } from "./LineageView";
import { TIMELINE_VIEW } from "./TimelineView";

export const CARD_VIEW = "imagenet-atlas-card";

export interface CardViewHost {
	index: VaultIndex;
	settings: AtlasSettings;
	openView(type: string): Promise<WorkspaceLeaf>;
}

export class CardView extends ItemView {
	private path: string | null = null;
	private shownKey = "";
	private unsubscribe: (() => void) | null = null;
	private readonly links: ChartCallbacks;
	private readonly claimsOf = new WeakMap<ParsedNote, NoteClaims>();

	/** Whether a conflict's values are explained by the official record (a setting, on by default). */
	private get explainConflicts(): boolean {
		return this.host.settings.explainConflicts;
	}

	constructor(leaf: WorkspaceLeaf, private readonly host: CardViewHost) {
		super(leaf);
		this.links = obsidianCallbacks({ app: this.app }, this);
	}

	getViewType(): string {
		return CARD_VIEW;
	}
	getDisplayText(): string {
		return "ImageNet card";
	}
	getIcon(): string {
		return "contact";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("imagenet-card");
		this.unsubscribe = this.host.index.subscribe(() => this.refresh());
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		// Focusing the card or a chart keeps the note; moving to another note's tab follows it.
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.follow(this.app.workspace.getActiveFile(), true)));
		this.follow(this.app.workspace.getActiveFile(), true);
	}

	async onClose(): Promise<void> {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		return this.path === null ? super.getState() : { ...super.getState(), path: this.path };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = state && typeof state === "object" ? (state as { path?: unknown }).path : undefined;
		// The note you are on wins; the saved one is shown until Obsidian says which that is.
		if (this.path === null && typeof saved === "string") {
			this.path = saved;
			this.refresh();
		}
		await super.setState(state, result);
	}

	private follow(file: TFile | null, keepWhenNone = false): void {
		if (!file && keepWhenNone) return;
		this.path = file?.path ?? null;
		this.refresh();
	}

	/** Draws again when the note, the model or the index's progress moved on. */
	private refresh(): void {
		const { status, revision } = this.host.index;
		const key = `${this.path ?? ""}|${revision}|${status.state}|${status.done}`;
		if (key === this.shownKey) return;
		this.shownKey = key;
		const root = this.contentEl;
		root.empty();
		if (status.state !== "ready") {
			root.createDiv({ cls: "imagenet-card-empty", text: status.total > 0 ? `Reading notes: ${status.done} of ${status.total}` : "Reading notes…" });
			return;
		}
		if (this.path === null) {
			root.createDiv({ cls: "imagenet-card-empty", text: "Open a note to see what your ImageNet notes say about it." });
			return;
		}
		this.drawCard(root, this.describe(this.path));
	}

	private describe(path: string): NoteCard {
		const { index, settings } = this.host;
		const note = index.parsed(path);
		const inScope = index.notesInScope().has(path);
		let claims: NoteClaims | undefined;
		if (note && inScope) {
			claims = this.claimsOf.get(note) ?? extractClaims(note);
			this.claimsOf.set(note, claims);
		}
		const file = this.app.vault.getFileByPath(path);
		const written = file ? (this.app.metadataCache.getFileCache(file)?.frontmatter?.aliases as unknown) : undefined;
		const aliases = Array.isArray(written) ? written.map(String) : typeof written === "string" ? [written] : [];
		return describeNote(index.model, note, claims, path, inScope, aliases, { folders: settings.scopeFolders, tags: settings.scopeTags, mentions: settings.scopeMentions });
	}

	private drawCard(root: HTMLElement, card: NoteCard): void {
		if (card.kind === "model") {
			this.drawModel(root, card.model, card.notice);
			if (card.reading) {
				root.createEl("h4", { cls: "imagenet-card-heading", text: "What this note holds" });
				this.drawReading(root, card.reading);
			}
			return;
		}
		root.createDiv({ cls: "imagenet-card-title", text: card.name });
		if (card.kind === "data") {
			root.createDiv({ cls: "imagenet-card-subtitle", text: "What ImageNet Atlas read from this note" });
			this.drawReading(root, card.reading);
			return;
		}
		root.createEl("p", { cls: "imagenet-card-why", text: card.why });
		if (card.howTo.length === 0) return;
		root.createEl("h4", { cls: "imagenet-card-heading", text: card.reason === "no-data" ? "What to write" : "How to bring it in" });
		const list = root.createEl("ul", { cls: "imagenet-card-list" });
		for (const step of card.howTo) list.createEl("li", { text: step });
	}

	private drawModel(root: HTMLElement, model: CardModel, notice?: string): void {
		const title = root.createDiv({ cls: "imagenet-card-title" });
		this.modelLink(title, model);
		if (model.year !== undefined) title.createSpan({ cls: "imagenet-card-year", text: ` ${model.year}` });
		if (model.innovation) root.createDiv({ cls: "imagenet-card-innovation", text: model.innovation });
		if (model.aliases.length > 0) root.createDiv({ cls: "imagenet-card-aliases", text: `Also called ${model.aliases.join(", ")}` });
		if (notice) root.createEl("p", { cls: "imagenet-card-notice", text: notice });

		const actions = root.createDiv({ cls: "imagenet-card-actions" });
		this.button(actions, "Show in timeline", () => this.reveal(TIMELINE_VIEW, model.id));
		if (model.kind === "model") this.button(actions, "Show in lineage graph", () => this.reveal(LINEAGE_VIEW, model.id));

		root.createEl("h4", { cls: "imagenet-card-heading", text: "ILSVRC results" });
		if (model.results.length === 0) root.createDiv({ cls: "imagenet-card-empty", text: "Your notes give no ILSVRC result for it." });
		const results = root.createEl("ul", { cls: "imagenet-card-list imagenet-card-results" });
		for (const r of model.results) {
			const item = results.createEl("li", { cls: "imagenet-card-result", attr: { "data-year": String(r.year), "data-series": r.series } });
			item.createSpan({ cls: "imagenet-card-result-year", text: String(r.year) });
			item.createSpan({ cls: "imagenet-card-result-series", text: ` ${seriesLabel(r.series)} ` });
			item.createSpan({ cls: "imagenet-card-value", text: formatPercent(r.value, r.approx) });
			if (r.entrant && r.entrant !== model.name) item.createSpan({ cls: "imagenet-card-entrant", text: ` (${r.entrant})` });
			this.sources(item, r.sources);
		}

		if (model.conflicts.length > 0) {
			root.createEl("h4", { cls: "imagenet-card-heading", text: "Conflicts" });
			for (const conflict of model.conflicts) {
				// A conflict the official record explains (each value is an official entry) is no error in the notes.
				const explained = this.explainConflicts && explainedByRecord(conflict.values);
				const box = root.createDiv({ cls: `imagenet-card-conflict${explained ? " is-explained" : ""}` });
				box.createDiv({ text: `${conflict.year} ${seriesLabel(conflict.series).toLowerCase()}: ${explained ? "your notes give two official figures" : "your notes disagree"}` });
				const values = box.createEl("ul", { cls: "imagenet-card-list" });
				for (const v of conflict.values) {
					const item = values.createEl("li");
					item.createSpan({ cls: "imagenet-card-value", text: formatPercent(v.value, v.approx) });
					if (this.explainConflicts) item.createSpan({ cls: "imagenet-card-official", text: ` ${explainFields(v, conflict.year)}` });
					this.sources(item, v.sources);
				}
			}
		}
		this.drawLineage(root, model);
	}

	private drawLineage(root: HTMLElement, model: CardModel): void {
		if (model.kind !== "model") return;
		root.createEl("h4", { cls: "imagenet-card-heading", text: "Lineage" });
		if (model.parents.length === 0 && model.children.length === 0) {
			root.createDiv({ cls: "imagenet-card-empty", text: 'No lineage yet: give a model note a parent ("parent: [[AlexNet]]") or add a table with Year and Model columns.' });
			return;
		}
		this.relatives(root, "Parents", model.parents);
		this.relatives(root, "Children", model.children);
		if (model.ancestry.length > 1) {
			root.createDiv({ cls: "imagenet-card-subheading", text: "Back to the oldest ancestor" });
			const path = root.createDiv({ cls: "imagenet-card-ancestry" });
			model.ancestry.forEach((link, k) => {
				if (k > 0) path.createSpan({ cls: "imagenet-card-arrow", text: " ← " });
				this.modelLink(path, link);
			});
			if (model.ancestryCycle) path.createSpan({ cls: "imagenet-card-notice", text: " (the parents go round in a cycle here)" });
		}
	}

	private relatives(root: HTMLElement, label: string, relatives: CardRelative[]): void {
		if (relatives.length === 0) return;
		root.createDiv({ cls: "imagenet-card-subheading", text: label });
		const list = root.createEl("ul", { cls: "imagenet-card-list imagenet-card-relatives" });
		for (const relative of relatives) {
			const item = list.createEl("li", { cls: `imagenet-card-relative imagenet-card-${relative.kind}`, attr: { "data-kind": relative.kind } });
			this.modelLink(item, relative);
			if (relative.year !== undefined) item.createSpan({ cls: "imagenet-card-year", text: ` ${relative.year}` });
			item.createSpan({ cls: "imagenet-card-kind", text: relative.kind === "explicit" ? " (explicit)" : " (inferred from a table's order)" });
			this.sources(item, relative.sources);
		}
	}

	private drawReading(root: HTMLElement, reading: NoteReading): void {
		if (reading.tables.length > 0) {
			root.createDiv({ cls: "imagenet-card-subheading", text: "Tables" });
			const list = root.createEl("ul", { cls: "imagenet-card-list imagenet-card-tables" });
			for (const table of reading.tables) {
				const item = list.createEl("li", { cls: "imagenet-card-table", attr: { "data-line": String(table.line) } });
				this.lineLink(item, table.line);
				item.createSpan({ cls: "imagenet-card-table-header", text: ` ${table.header.join(" | ")}` });
				if (table.recovered) item.createSpan({ cls: "imagenet-card-badge", text: "recovered from pasted text" });
				if (table.section) item.createDiv({ cls: "imagenet-card-section", text: `Under "${table.section}"` });
				item.createDiv({ cls: table.nothingRead ? "imagenet-card-became is-nothing" : "imagenet-card-became", text: table.became });
			}
		}
		if (reading.outsideTables.length > 0) {
			root.createDiv({ cls: "imagenet-card-subheading", text: "Also read" });
			const list = root.createEl("ul", { cls: "imagenet-card-list" });
			for (const read of reading.outsideTables) {
				const item = list.createEl("li");
				this.lineLink(item, read.line);
				item.createSpan({ text: ` ${read.text}` });
			}
		}
		root.createDiv({ cls: "imagenet-card-subheading", text: "Issues" });
		if (reading.diagnostics.length === 0) {
			root.createDiv({ cls: "imagenet-card-empty", text: "No issues: every figure read here agrees with your other notes." });
			return;
		}
		const issues = root.createEl("ul", { cls: "imagenet-card-list imagenet-card-issues" });
		for (const d of reading.diagnostics) this.issue(issues, d);
	}

	private issue(list: HTMLElement, d: Diagnostic): void {
		const item = list.createEl("li", { cls: `imagenet-card-issue imagenet-card-issue-${d.kind}` });
		this.lineLink(item, d.line, d.path);
		item.createSpan({ text: ` ${d.message}` });
	}

	/** A model's name as an Obsidian internal link: click opens, modifiers choose the pane, hover previews. */
	private modelLink(parent: HTMLElement, link: CardLink): void {
		const a = parent.createEl("a", {
			cls: link.hasNote ? "internal-link imagenet-card-model" : "internal-link imagenet-card-model is-unresolved",
			text: link.name,
			attr: { href: link.linktext, "data-href": link.linktext, "data-entity": link.id, tabindex: "0" },
		});
		this.activate(a, (event) => this.links.open(link.linktext, event));
		a.addEventListener("auxclick", (event) => {
			if (event.button !== 1) return;
			event.preventDefault();
			this.links.open(link.linktext, event);
		});
		a.addEventListener("mouseover", (event) => this.links.hover(link.linktext, event, a));
	}

	private sources(parent: HTMLElement, sources: Source[]): void {
		if (sources.length === 0) return;
		const list = parent.createDiv({ cls: "imagenet-card-sources" });
		sources.forEach((source, k) => {
			if (k > 0) list.createSpan({ text: "; " });
			const a = list.createEl("a", { cls: "imagenet-card-source", text: sourceLabel(source), attr: { tabindex: "0", role: "link", title: source.raw } });
			this.activate(a, (event) => this.links.openSource(source, event));
		});
	}

	private lineLink(parent: HTMLElement, line: number, path = this.path ?? ""): void {
		const a = parent.createEl("a", { cls: "imagenet-card-line", text: `Line ${line}`, attr: { tabindex: "0", role: "link" } });
		this.activate(a, (event) => this.links.openSource({ path, line, raw: "" }, event));
	}

	private button(parent: HTMLElement, text: string, action: () => void): void {
		const button = parent.createEl("button", { cls: "imagenet-card-button", text });
		button.addEventListener("click", () => action());
	}

	/** Click and Enter run the same action; Enter's default is stopped so a link never fires twice. */
	private activate(el: HTMLElement, action: (event: MouseEvent | KeyboardEvent) => void): void {
		el.addEventListener("click", (event) => {
			event.preventDefault();
			action(event);
		});
		el.addEventListener("keydown", (event) => {
			if (event.key !== "Enter") return;
			event.preventDefault();
			action(event);
		});
	}

	private reveal(type: string, entityId: string): void {
		void this.host.openView(type).then((leaf) => {
			if (leaf.view instanceof ChartView) leaf.view.reveal(entityId);
		});
	}
}
