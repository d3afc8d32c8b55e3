// Bundles the plugin (src/main.ts -> main.js, CommonJS, as Obsidian loads it) and the command line
// (src/cli.ts -> dist/cli.mjs, for Node). `node esbuild.config.mjs production` builds both once,
// minified; `cli` builds only the command line; without an argument it watches with inline source maps.
// `bench` builds the benchmark (scripts/bench/run.ts -> dist/bench.mjs, for Node), the charts page it
// loads in Chromium (dist/bench-page.js) and a minified plugin to measure (dist/bench-main.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const mode = process.argv[2];
const production = mode === "production";

const pluginOptions = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2021",
	outfile: "main.js",
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	logLevel: "info",
	treeShaking: true,
	// Header words in a dozen scripts (src/model/vocabulary.ts) stay as written, not as \u escapes: Obsidian reads main.js as UTF-8.
	charset: "utf8",
	minify: production,
	sourcemap: production ? false : "inline",
};

const cliOptions = {
	entryPoints: ["src/cli.ts"],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.mjs",
	logLevel: "warning",
	sourcemap: false,
};

const benchOptions = {
	entryPoints: ["scripts/bench/run.ts"],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	outfile: "dist/bench.mjs",
	// The index imports "obsidian": in the benchmark, the stand-in answers.
	alias: { obsidian: "./tests/standin/obsidian.ts" },
	packages: "external",
	logLevel: "warning",
	sourcemap: false,
};

const benchPageOptions = {
	entryPoints: ["scripts/bench/page.ts"],
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2021",
	outfile: "dist/bench-page.js",
	minify: true,
	logLevel: "warning",
};

if (mode === "bench") {
	await Promise.all([
		esbuild.build(benchOptions),
		esbuild.build(benchPageOptions),
		esbuild.build({ ...pluginOptions, outfile: "dist/bench-main.js", minify: true, sourcemap: false, logLevel: "warning" }),
	]);
} else if (mode === "cli") {
	await esbuild.build(cliOptions);
} else if (production) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
} else {
	const plugin = await esbuild.context(pluginOptions);
	const cli = await esbuild.context(cliOptions);
	await Promise.all([plugin.watch(), cli.watch()]);
}
