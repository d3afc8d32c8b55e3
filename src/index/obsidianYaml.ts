// The frontmatter reader the plugin hands to the parser: Obsidian's own YAML parser, so main.js
// carries no YAML reader of its own. It is used only where Obsidian's cache has no properties for a
// note (a block Obsidian could not read, or a note read before the cache caught up).
import { parseYaml } from "obsidian";
import { topLevelKeyLines, type YamlReader } from "../parse/frontmatter";

export const readYamlWithObsidian: YamlReader = (lines, from, to) => {
	const keyLines = topLevelKeyLines(lines, to);
	try {
		const data: unknown = parseYaml(lines.slice(from, to).join("\n"));
		if (data === null || data === undefined) return { data: {}, keyLines, errors: [] };
		if (typeof data === "object" && !Array.isArray(data)) return { data: data as Record<string, unknown>, keyLines, errors: [] };
		return { data: {}, keyLines, errors: [{ line: from + 1, message: "the block holds a single value, not properties" }] };
	} catch (error) {
		const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
		// YAML parsers count the block's lines from 1; the block starts on the file's line `from + 1`.
		const at = /line (\d+)/i.exec(message);
		return { data: {}, keyLines, errors: [{ line: at ? from + Number(at[1]) : from + 1, message }] };
	}
};
