// The preview: serves the Obsidian stand-in (tests/standin/) with a vault folder on 127.0.0.1, so the plugin
// can be used in a browser without Obsidian. The page loads the very main.js that ships, styles.css and
// the stand-in's theme. Edits made in the page stay in the page: the vault folder on disk is only read.
//
//   npm run preview -- <vault-folder> [--port N]      (default port 8765)
//
// Also used by the end-to-end tests and scripts/screenshots.mjs: `startPreview({ vault, port: 0 })`.
import esbuild from "esbuild";
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PAGE_ENTRY = join(ROOT, "tests/e2e/page/page.ts");
const HOST = "127.0.0.1";

/** Every .md and .base file under `folder` (dot folders such as .obsidian skipped), path relative with "/" → text. */
export async function readVault(folder) {
	const files = {};
	async function walk(dir) {
		const entries = await readdir(dir, { withFileTypes: true });
		entries.sort((a, b) => a.name.localeCompare(b.name));
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) await walk(full);
			else if (entry.isFile() && /\.(?:md|base)$/i.test(entry.name)) files[relative(folder, full).split(sep).join("/")] = await readFile(full, "utf8");
		}
	}
	await walk(folder);
	return files;
}

/** Bundles the page (the stand-in and the shell around it) into one browser script. */
export async function bundlePage() {
	const result = await esbuild.build({
		entryPoints: [PAGE_ENTRY],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		write: false,
		sourcemap: "inline",
		logLevel: "silent",
	});
	return result.outputFiles[0].text;
}

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ImageNet Atlas preview</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/theme.css">
<link rel="stylesheet" href="/page.css">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="theme-light">
<script src="/page.js"></script>
</body>
</html>
`;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#8a5cf5"/><path d="M3 12 L6 7 L9 9 L13 3" stroke="#fff" stroke-width="1.6" fill="none"/></svg>`;

const TYPES = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8" };

/**
 * Starts the server. `vault` is a folder; `port` 0 picks a free one. Resolves to { url, port, close }.
 * main.js, styles.css and the vault are read at each request, so a rebuild shows on reload; the page
 * bundle is built once (pass `rebundle: true` to build it on each request while working on the page).
 */
export async function startPreview({ vault, port = 8765, rebundle = false } = {}) {
	const folder = resolve(vault ?? join(ROOT, "example-vault"));
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`preview: "${folder}" is not a folder`);
	let page = await bundlePage();

	const assets = {
		"/main.js": join(ROOT, "main.js"),
		"/styles.css": join(ROOT, "styles.css"),
		"/manifest.json": join(ROOT, "manifest.json"),
		"/theme.css": join(ROOT, "tests/standin/theme.css"),
		"/page.css": join(ROOT, "tests/e2e/page/page.css"),
	};

	const server = createServer(async (req, res) => {
		const send = (status, type, body) => {
			res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" });
			res.end(body);
		};
		try {
			const url = new URL(req.url ?? "/", `http://${HOST}`);
			if (req.method !== "GET" && req.method !== "HEAD") return send(405, "text/plain", "GET only\n");
			if (url.pathname === "/" || url.pathname === "/index.html") return send(200, TYPES[".html"], HTML);
			if (url.pathname === "/page.js") {
				if (rebundle) page = await bundlePage();
				return send(200, TYPES[".js"], page);
			}
			if (url.pathname === "/favicon.svg" || url.pathname === "/favicon.ico") return send(200, TYPES[".svg"], FAVICON);
			if (url.pathname === "/api/vault") {
				const files = await readVault(folder);
				return send(200, TYPES[".json"], JSON.stringify({ name: folder.split(sep).pop(), files }));
			}
			const asset = assets[url.pathname];
			if (asset) {
				if (!existsSync(asset)) return send(404, "text/plain", `${url.pathname} is missing: run npm run build\n`);
				return send(200, TYPES[asset.slice(asset.lastIndexOf("."))] ?? "application/octet-stream", await readFile(asset));
			}
			return send(404, "text/plain", "not found\n");
		} catch (error) {
			send(500, "text/plain", `${error instanceof Error ? error.message : String(error)}\n`);
		}
	});
	await new Promise((ok, fail) => {
		server.once("error", fail);
		server.listen(port, HOST, () => ok(undefined));
	});
	const actual = server.address().port;
	return {
		url: `http://${HOST}:${actual}/`,
		port: actual,
		folder,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections?.();
				server.close(() => ok(undefined));
			}),
	};
}

function usage() {
	console.error("usage: npm run preview -- <vault-folder> [--port N]");
	process.exit(2);
}

async function main(argv) {
	let vault;
	let port = 8765;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--port") port = Number(argv[++i]);
		else if (arg.startsWith("--port=")) port = Number(arg.slice(7));
		else if (arg === "-h" || arg === "--help") usage();
		else if (!vault) vault = arg;
		else usage();
	}
	if (!Number.isInteger(port) || port < 0 || port > 65535) usage();
	if (!vault) {
		vault = join(ROOT, "example-vault");
		console.log("No vault folder given: using example-vault/.");
	}
	const preview = await startPreview({ vault, port, rebundle: true });
	console.log(`ImageNet Atlas preview of ${relative(process.cwd(), preview.folder) || "."} at ${preview.url}`);
	console.log(`  ${preview.url}?open=timeline   ${preview.url}?open=lineage&theme=dark   ${preview.url}?note=AlexNet`);
	console.log("Edits made in the page stay in the page; the folder is only read. Ctrl+C stops.");
	const stop = () => void preview.close().then(() => process.exit(0));
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main(process.argv.slice(2)).catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
