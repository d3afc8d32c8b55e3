// Reading the vault, opening the views and running every read-only command leaves every note byte for
// byte as it was, in the page's vault and on disk.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runFromPalette, usePreview } from "./helpers";

const EXAMPLE_VAULT = resolve(__dirname, "../../example-vault");

/** A digest of every note under a folder on disk. */
function diskDigest(folder: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else out[full.slice(folder.length + 1)] = createHash("sha256").update(readFileSync(full)).digest("hex");
		}
	};
	walk(folder);
	return out;
}

const preview = usePreview();

describe("the vault's safety", () => {
	it("is unchanged, byte for byte, after reading, browsing the views and every read-only command", async () => {
		const onDiskBefore = diskDigest(EXAMPLE_VAULT);
		const session = await preview.open(inject("exampleUrl"), "?note=AlexNet", { clipboard: true });
		const { page } = session;
		const snapshot = () =>
			page.evaluate(async () => {
				const files: Record<string, string> = {};
				for (const file of window.app.vault.getFiles()) files[file.path] = await window.app.vault.read(file);
				return files;
			});
		const before = await snapshot();
		expect(Object.keys(before).length).toBeGreaterThan(5);

		await runFromPalette(page, "open-timeline", "error-rate timeline");
		await page.waitForSelector(".imagenet-timeline .imagenet-point");
		for (const point of await page.locator(".imagenet-timeline .imagenet-point").all()) await point.hover({ force: true });
		await runFromPalette(page, "open-lineage", "open lineage");
		await page.waitForSelector(".imagenet-lineage .imagenet-node");
		await page.locator(".imagenet-lineage .imagenet-node").first().click({ force: true });
		await page.click('.preview-file[data-path="Models/ZFNet.md"]');
		await runFromPalette(page, "reveal-current-note", "reveal current");
		await runFromPalette(page, "open-card", "imagenet card");
		await runFromPalette(page, "show-issues", "conflicts");
		await page.keyboard.press("Escape");
		await runFromPalette(page, "copy-model-json", "copy the model");
		await runFromPalette(page, "rebuild-index", "rebuild");
		await page.waitForFunction(() => window.atlasPreview.plugin !== null);

		expect(await snapshot()).toEqual(before);
		expect(diskDigest(EXAMPLE_VAULT)).toEqual(onDiskBefore);
	});
});
