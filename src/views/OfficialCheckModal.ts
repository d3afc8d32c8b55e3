// "Check the notes against the official results": year by year, each figure of the notes (every value
// of a conflict too), the official entry it agrees with or the nearest one, and a verdict. Each source
// opens its note at its line.
import { Modal, type App } from "obsidian";
import { formatPercent, seriesLabel } from "../charts/common";
import type { AtlasModel, ConflictValue, ResultPoint } from "../model/types";
import { explainFields, verdictOf } from "../reference/match";
import { placeLabel, sourceLink } from "./sourceLink";

type Figure = Pick<ConflictValue, "value" | "approx" | "sources" | "official" | "closest">;

export class OfficialCheckModal extends Modal {
	constructor(
		app: App,
		private readonly model: AtlasModel,
	) {
		super(app);
	}

	onOpen(): void {
		this.titleEl.setText("Your notes against the official results");
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass("imagenet-check");
		const points = this.model.results.filter((p) => p.series !== "top-1");
		if (points.length === 0) {
			contentEl.createEl("p", { text: "Your notes give no ILSVRC classification result yet, so there is nothing to check." });
			return;
		}
		contentEl.createEl("p", { cls: "imagenet-check-intro", text: "Each top-5 figure of your notes beside the official ILSVRC classification results (image-net.org), which ship with the plugin." });
		const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
		for (const year of years) {
			contentEl.createEl("h3", { cls: "imagenet-check-year", text: String(year) });
			const list = contentEl.createEl("ul", { cls: "imagenet-check-list" });
			for (const point of points.filter((p) => p.year === year)) this.point(list, point);
		}
	}

	private point(list: HTMLElement, point: ResultPoint): void {
		const figures: Figure[] = point.conflict ?? [point];
		for (const v of figures) {
			const verdict = verdictOf(v);
			const item = list.createEl("li", { cls: `imagenet-check-figure imagenet-check-${verdict.replace(/\s+/g, "-")}`, attr: { "data-year": String(point.year), "data-value": String(v.value), "data-series": point.series, "data-verdict": verdict } });
			const head = item.createDiv({ cls: "imagenet-check-head" });
			head.createSpan({ cls: "imagenet-check-series", text: `${seriesLabel(point.series)} ` });
			head.createSpan({ cls: "imagenet-check-value", text: formatPercent(v.value, v.approx) });
			if (point.entrant) head.createSpan({ cls: "imagenet-check-entrant", text: ` ${point.entrant}` });
			head.createSpan({ cls: "imagenet-check-verdict", text: ` · ${verdict}` });
			item.createDiv({ cls: "imagenet-check-official", text: explainFields(v, point.year) });
			const where = item.createDiv({ cls: "imagenet-check-sources" });
			v.sources.forEach((source, i) => {
				if (i > 0) where.appendText(", ");
				sourceLink(where, this.app, source, placeLabel(source), "imagenet-check-link", () => this.close());
			});
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
