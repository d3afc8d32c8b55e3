// Which model the note you are on is about: its own note, or a note whose name or alias names it.
import { nameKey } from "./names";
import type { AtlasModel, Entity } from "./types";

export function entityForNote(model: AtlasModel, path: string, aliases: string[] = []): Entity | null {
	const own = model.entities.find((e) => e.note === path);
	if (own) return own;
	const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const keys = new Set([base, ...aliases].map(nameKey).filter((k) => k !== ""));
	const models = model.entities.filter((e) => e.kind === "model");
	return models.find((e) => keys.has(nameKey(e.name)) || e.aliases.some((a) => keys.has(nameKey(a)))) ?? null;
}
