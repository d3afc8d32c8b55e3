// "Show conflicts and data issues": one row per disputed figure (its year and series, each value with
// what the official record says of it and the notes that give it), then the other issues by note.
// Every source opens its note at its line.
import { Modal, type App } from "obsidian";
import { formatPercent, seriesLabel } from "../charts/common";
import { count } from "../model/noteReading";
import type { AtlasModel, ResultPoint } from "../model/types";
import { placeLabel, sourceLink } from "./sourceLink";
import type { Diagnostic } from "../parse/types";
import { explainFields, explainedByRecord } from "../reference/match";

export class IssuesModal extends Modal {
	constructor(
		app: App,
		private readonly model: AtlasModel,
		private readonly explainConflicts: boolean,
	) {
		super(app);
	}

	onOpen(): void {
		this.titleEl.setText("Conflicts and data issues");
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass("imagenet-issues");
		const conflicts = this.model.results.filter((r) => r.conflict && r.conflict.length > 1);
		const others = this.model.diagnostics.filter((d) => d.kind !== "conflict");
		if (conflicts.length === 0 && others.length === 0) {
			contentEl.createEl("p", { text: "No conflicts or data issues: every figure read agrees with the others." });
			return;
		}
		if (conflicts.length > 0) {
			contentEl.createEl("h3", { cls: "imagenet-issues-heading", text: `Conflicts (${conflicts.length})` });
			for (const point of conflicts) this.conflict(contentEl, point);
		}
		if (others.length > 0) {
			contentEl.createEl("h3", { cls: "imagenet-issues-heading", text: `Data issues (${others.length})` });
			this.byNote(contentEl, others);
		}
	}

	/** One disputed figure: what it is, then each value with the record's word and its notes. */
	private conflict(parent: HTMLElement, point: ResultPoint): void {
		const values = point.conflict ?? [];
		const explained = this.explainConflicts && explainedByRecord(values);
		const box = parent.createDiv({ cls: `imagenet-issue imagenet-issue-conflict${explained ? " is-explained" : ""}`, attr: { "data-year": String(point.year), "data-series": point.series } });
		const title = box.createDiv({ cls: "imagenet-issue-title" });
		title.createSpan({ cls: "imagenet-issue-figure", text: `${point.year} ${seriesLabel(point.series).toLowerCase()}` });
		const sources = values.reduce((n, v) => n + v.sources.length, 0);
		title.createSpan({ cls: "imagenet-issue-summary", text: ` · ${count(values.length, "value")} from ${count(sources, "source")}${explained ? " · each an official figure" : ""}` });
		const list = box.createEl("ul", { cls: "imagenet-issue-values" });
		for (const v of values) {
			const item = list.createEl("li", { cls: "imagenet-issue-value" });
			item.createSpan({ cls: "imagenet-issue-number", text: formatPercent(v.value, v.approx) });
			if (this.explainConflicts) item.createSpan({ cls: "imagenet-issue-official", text: ` ${explainFields(v, point.year)}` });
			const where = item.createDiv({ cls: "imagenet-issue-sources" });
			v.sources.forEach((source, i) => {
				if (i > 0) where.appendText(", ");
				sourceLink(where, this.app, source, placeLabel(source), "imagenet-issue-link", () => this.close());
			});
		}
	}

	/** The other issues, grouped by note, each at its line. */
	private byNote(parent: HTMLElement, diagnostics: Diagnostic[]): void {
		const byPath = new Map<string, Diagnostic[]>();
		for (const d of diagnostics) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
		for (const [path, list] of [...byPath].sort((a, b) => a[0].localeCompare(b[0]))) {
			parent.createDiv({ cls: "imagenet-issues-note", text: path });
			const ul = parent.createEl("ul");
			for (const d of list.sort((a, b) => a.line - b.line)) {
				const li = ul.createEl("li", { cls: `imagenet-issue imagenet-issue-${d.kind}` });
				sourceLink(li, this.app, d, `Line ${d.line}`, "imagenet-issue-link", () => this.close());
				li.createSpan({ text: ` ${d.message}` });
			}
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
