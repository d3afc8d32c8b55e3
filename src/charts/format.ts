// Names and numbers as the charts and views say them: a note's name, an entity's link, a series, a
// percentage, a source. Pure: no DOM, no Obsidian.
import type { AtlasModel, Entity, Source } from "../model/types";

/** "Models/AlexNet.md" → "AlexNet": the name Obsidian shows and resolves. */
export function noteName(path: string): string {
	const base = path.split("/").pop() ?? path;
	return base.replace(/\.md$/i, "");
}

/** The name to open for an entity: its own note when it has one, else its name. */
export function entityLinktext(entity: Pick<Entity, "name" | "note">): string {
	return entity.note ? noteName(entity.note) : entity.name;
}

export function entitiesById(model: AtlasModel): Map<string, Entity> {
	const byId = new Map<string, Entity>();
	for (const entity of model.entities ?? []) byId.set(entity.id, entity);
	return byId;
}

/** "runner-up" → "Runner-up": a series as a label starts with a capital. */
export function seriesLabel(series: string): string {
	return series.charAt(0).toUpperCase() + series.slice(1);
}

/** 15.3 → "15.3%", 3.57 → "3.57%", 2.2500000001 → "2.25%". */
export function formatPercent(value: number, approx = false): string {
	return `${approx ? "~" : ""}${formatNumber(value)}%`;
}

export function formatNumber(value: number): string {
	return String(Number(value.toFixed(2)));
}

/** A class-safe slug of a series or other name: "runner-up" stays, "Top 1" → "top-1". */
export function slug(text: string): string {
	const s = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	return s || "other";
}

/** "Notes/ILSVRC.md", line 12 → "ILSVRC, line 12". */
export function sourceLabel(source: Source): string {
	return `${noteName(source.path)}, line ${source.line}`;
}
