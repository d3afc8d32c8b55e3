// Saving a chart into the vault as new files, never over an existing one: the SVG as drawn, and for the
// lineage graph a PNG of the same picture at 1:1.
import { Notice, type App } from "obsidian";

/** A free name in the vault root: `Error-rate timeline.svg`, then `Error-rate timeline 1.svg`, ... */
export function freePath(exists: (path: string) => boolean, base: string, extension: string): string {
	let path = `${base}.${extension}`;
	for (let n = 1; exists(path); n++) path = `${base} ${n}.${extension}`;
	return path;
}

/** The SVG drawn onto a canvas of its own size, as PNG bytes. */
async function pngOf(svg: string, width: number, height: number): Promise<ArrayBuffer> {
	const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = createEl("canvas");
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext("2d");
		if (!context) throw new Error("no canvas to draw on");
		context.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
		if (!blob) throw new Error("the picture could not be made");
		return await blob.arrayBuffer();
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves the chart as `<title>.svg` (and `.png` with a size), each under a free name; says what it saved. */
export async function saveChart(app: App, title: string, svg: string, png?: { width: number; height: number }): Promise<string[]> {
	const exists = (path: string) => app.vault.getAbstractFileByPath(path) !== null;
	const saved: string[] = [];
	try {
		const svgPath = freePath(exists, title, "svg");
		await app.vault.create(svgPath, svg);
		saved.push(svgPath);
		if (png) {
			const pngPath = freePath(exists, title, "png");
			await app.vault.createBinary(pngPath, await pngOf(svg, png.width, png.height));
			saved.push(pngPath);
		}
		new Notice(`Saved ${saved.join(" and ")}.`);
	} catch (error) {
		new Notice(`The chart could not be saved${saved.length ? ` in full (saved ${saved.join(", ")})` : ""}: ${error instanceof Error ? error.message : String(error)}`);
	}
	return saved;
}
