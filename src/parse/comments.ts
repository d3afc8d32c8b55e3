// `%%...%%` (Obsidian) and `<!-- ... -->` (HTML) comments: never read as data.

/**
 * The mark the plugin writes on the line above a table of its own (*Insert merged results table*): the
 * parser skips that table whole (its cells, links and mentions), so the plugin never reads its own output.
 */
export const GENERATED_MARK = "%% imagenet-atlas: merged results, written by the plugin and not read back %%";
export const GENERATED = /%%\s*imagenet-atlas\b/i;

export interface CommentState {
	text: string;
	inObsidian: boolean;
	inHtml: boolean;
}

/** Removes `%%...%%` and `<!-- ... -->` from a line, carrying open comments to the next line. */
export function stripComments(line: string, inObsidian: boolean, inHtml: boolean): CommentState {
	if (!inObsidian && !inHtml && !line.includes("%%") && !line.includes("<!--")) return { text: line, inObsidian, inHtml };
	let out = "";
	let i = 0;
	while (i < line.length) {
		if (inObsidian) {
			const close = line.indexOf("%%", i);
			if (close === -1) return { text: out, inObsidian, inHtml };
			inObsidian = false;
			i = close + 2;
		} else if (inHtml) {
			const close = line.indexOf("-->", i);
			if (close === -1) return { text: out, inObsidian, inHtml };
			inHtml = false;
			i = close + 3;
		} else {
			const percent = line.indexOf("%%", i);
			const html = line.indexOf("<!--", i);
			if (percent === -1 && html === -1) {
				out += line.slice(i);
				break;
			}
			if (html === -1 || (percent !== -1 && percent < html)) {
				out += line.slice(i, percent);
				inObsidian = true;
				i = percent + 2;
			} else {
				out += line.slice(i, html);
				inHtml = true;
				i = html + 4;
			}
		}
	}
	return { text: out, inObsidian, inHtml };
}
