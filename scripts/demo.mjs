// The demo: lays out example-vault/ so that opening it in Obsidian shows the plugin at once (the
// built plugin under .obsidian/plugins, enabled), then prints what the plugin reads in that vault.
// Run by `npm run demo`, which builds first.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vault = join(root, "example-vault");
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const pluginDir = join(vault, ".obsidian", "plugins", manifest.id);

mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build first.`);
	copyFileSync(join(root, file), join(pluginDir, file));
}
const enabled = join(vault, ".obsidian", "community-plugins.json");
const list = existsSync(enabled) ? JSON.parse(readFileSync(enabled, "utf8")) : [];
if (!list.includes(manifest.id)) writeFileSync(enabled, JSON.stringify([...list, manifest.id], null, 2) + "\n");

console.log(`The example vault is ready: open ${vault} as a vault in Obsidian (${manifest.name} ${manifest.version} is enabled there).\n`);
const summary = execFileSync(process.execPath, [join(root, "dist", "cli.mjs"), vault], { encoding: "utf8" });
process.stdout.write(summary.replace(vault, "example-vault"));
