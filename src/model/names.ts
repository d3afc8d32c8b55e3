// How a name written in a note becomes a key that other spellings of the same thing share.

/** `AlexNet (SuperVision)` -> `alexnet`; `GoogleNet` and `GoogLeNet` share a key. */
export function nameKey(name: string): string {
	return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A looser key for a second try: an acronym with or without "Net" (`VGG` and `VGGNet`, `ZF` and
 * `ZFNet`) shares it. Only acronyms: `Google` must not find `GoogLeNet`.
 */
export function looseNameKey(name: string): string | null {
	const acronym = /^([A-Z][A-Z0-9]*)(?:-?[Nn]et)?$/.exec(plainText(name));
	return acronym ? acronym[1].toLowerCase() : null;
}

/** Removes markdown emphasis, wiki-link brackets and code ticks: `**[[AlexNet|Alex]]**` -> `AlexNet`. */
export function plainText(text: string): string {
	return text
		.replace(/!?\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g, "$1")
		.replace(/[*_`]+/g, "")
		.trim();
}

/** Splits `ZFNet (Clarifai)` / `ZFNet（Zeiler & Fergus）` into the name and what the brackets add. */
export function splitParenthetical(text: string): { name: string; extra: string | null } {
	const plain = plainText(text);
	const open = plain.search(/[(（]/);
	if (open <= 0) return { name: plain, extra: null };
	const closeAt = plain.slice(open).search(/[)）]/);
	const extra = closeAt === -1 ? plain.slice(open + 1) : plain.slice(open + 1, open + closeAt);
	const rest = closeAt === -1 ? "" : plain.slice(open + closeAt + 1).trim();
	const name = (plain.slice(0, open) + (rest ? " " + rest : "")).trim();
	return { name, extra: extra.trim() || null };
}

const NAME_SEPARATOR = /\s*(?:,|;|\/|&|、|和|\band\b|\bva\b)\s*/g;

/** `GPT, BERT, etc.` -> [`GPT`, `BERT`]: a cell that names several models. Brackets are not split. */
export function splitNameList(text: string): string[] {
	const plain = plainText(text);
	// Hide what is inside brackets, keeping positions, so "SENet (Squeeze and Excitation)" stays whole.
	let depth = 0;
	let masked = "";
	for (const ch of plain) {
		if (ch === "(" || ch === "（") depth++;
		masked += depth > 0 ? "\u0001".repeat(ch.length) : ch;
		if ((ch === ")" || ch === "）") && depth > 0) depth--;
	}
	const parts: string[] = [];
	let start = 0;
	for (const match of masked.matchAll(NAME_SEPARATOR)) {
		parts.push(plain.slice(start, match.index));
		start = (match.index ?? 0) + match[0].length;
	}
	parts.push(plain.slice(start));
	return parts.map((part) => part.trim()).filter((part) => part !== "" && !/^(?:etc\.?|and others|others|\.\.\.|…)$/i.test(part));
}

/**
 * The names the wiki-links of a cell or field point at, in order. A note's name loses its brackets
 * as the note's own model does: [[ZF Net (Zeiler and Fergus)]] points at ZF Net.
 */
export function linkTargets(text: string): string[] {
	const targets: string[] = [];
	const pattern = /\[\[([^\]|#\\]+)/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text)) !== null) {
		const target = match[1].trim();
		targets.push(splitParenthetical(target).name || target);
	}
	return targets;
}

/** A stable id for an entity: its key, so the same vault gives the same ids. */
export function entityId(name: string): string {
	return nameKey(name) || name.trim().toLowerCase();
}
