// Screenshots for README.md: the preview on example-vault, the timeline and the lineage graph, light and
// dark, taken with Debian's chromium through playwright-core, into docs/screenshots/.
//   npm run screenshots            (builds main.js first when it is missing)
import { chromium } from "playwright-core";
import { execSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startPreview } from "./preview.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs/screenshots");
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

if (!existsSync(join(ROOT, "main.js")) || process.argv.includes("--build")) execSync("npm run --silent build", { cwd: ROOT, stdio: "inherit" });
mkdirSync(OUT, { recursive: true });

const preview = await startPreview({ vault: join(ROOT, "example-vault"), port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
	for (const theme of ["light", "dark"]) {
		for (const view of ["timeline", "lineage"]) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
			page.on("pageerror", (error) => console.error(`page error (${view}, ${theme}): ${error.message}`));
			page.on("console", (msg) => {
				if (msg.type() === "error") console.error(`console error (${view}, ${theme}): ${msg.text()}`);
			});
			await page.goto(`${preview.url}?open=${view}&theme=${theme}&note=AlexNet`);
			await page.waitForSelector('body[data-preview-ready="true"]');
			const selector = view === "timeline" ? ".imagenet-timeline .imagenet-point" : ".imagenet-lineage .imagenet-node";
			await page.waitForSelector(selector);
			// The chart's own pane, with the Obsidian chrome around it.
			const file = join(OUT, `${view}-${theme}.png`);
			await page.screenshot({ path: file });
			console.log(`wrote ${file.slice(ROOT.length + 1)}`);
			await page.close();
		}
	}
} finally {
	await browser.close();
	await preview.close();
}
