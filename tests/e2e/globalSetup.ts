// Bundles main.js (esbuild only: type-checking is its own step) when it is missing or older than src/, then starts the preview server on a free port
// for example-vault, the fixture vault and the vault of notes with properties and a .base file; the tests get their URLs with inject().
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error: a plain .mjs script without types
import { startPreview } from "../../scripts/preview.mjs";

const ROOT = resolve(__dirname, "../..");

declare module "vitest" {
	export interface ProvidedContext {
		exampleUrl: string;
		fixtureUrl: string;
		basesUrl: string;
	}
}

function newest(dir: string): number {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return latest;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const bundle = join(ROOT, "main.js");
	const sources = Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "styles.css")).mtimeMs);
	if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) execSync("node esbuild.config.mjs production", { cwd: ROOT, stdio: "inherit" });
	const example = await startPreview({ vault: join(ROOT, "example-vault"), port: 0 });
	const fixture = await startPreview({ vault: join(ROOT, "tests/e2e/vaults/fixture"), port: 0 });
	const bases = await startPreview({ vault: join(ROOT, "tests/e2e/vaults/bases"), port: 0 });
	project.provide("exampleUrl", example.url);
	project.provide("fixtureUrl", fixture.url);
	project.provide("basesUrl", bases.url);
	return async () => {
		await example.close();
		await fixture.close();
		await bases.close();
	};
}
