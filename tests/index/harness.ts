// The plugin booted in the stand-in, for the index tests: boot a vault, wait until Obsidian's cache and
// the index have caught up, read the vault back, and unload after each test.
import { afterEach } from "vitest";
import ImageNetAtlasPlugin from "../../src/main";
import manifest from "../../manifest.json";
import { bootApp, unloadPlugin, type App } from "../standin/obsidian";

export interface Booted {
	app: App;
	plugin: ImageNetAtlasPlugin;
}

/** Registers the unload after each test and returns the way to boot. */
export function usePluginVault(): { boot(files: Record<string, string>): Promise<Booted>; unload(): void } {
	let booted: Booted | null = null;
	const unload = () => {
		if (booted) unloadPlugin(booted.app, booted.plugin as never);
		booted = null;
	};
	afterEach(unload);
	return {
		async boot(files) {
			const { app, plugins } = await bootApp({ files, plugins: [{ plugin: ImageNetAtlasPlugin as never, manifest }] });
			booted = { app, plugin: plugins[0] as unknown as ImageNetAtlasPlugin };
			await settled(booted);
			return booted;
		},
		unload,
	};
}

/** Waits until Obsidian's cache and the index have both caught up with every event. */
export async function settled({ app, plugin }: Booted): Promise<void> {
	for (let i = 0; i < 50; i++) {
		await app.metadataCache.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, 5));
		if (plugin.index.status.state === "ready" && !(plugin.index as unknown as { pending: boolean }).pending) return;
	}
}

export async function vaultTexts(app: App): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const file of app.vault.getMarkdownFiles()) files[file.path] = await app.vault.read(file);
	return files;
}
