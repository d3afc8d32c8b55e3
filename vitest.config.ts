import { defineConfig } from "vitest/config";

// `obsidian` is types only: at run time, unit tests get the stand-in in tests/standin/.
const obsidianAlias = { find: /^obsidian$/, replacement: new URL("./tests/standin/obsidian.ts", import.meta.url).pathname };

export default defineConfig({
	test: {
		projects: [
			{
				resolve: { alias: [obsidianAlias] },
				test: {
					name: "unit",
					include: ["tests/**/*.test.ts"],
					exclude: ["tests/e2e/**", "node_modules/**"],
				},
			},
			{
				// The end-to-end tests: Debian's chromium through playwright-core, against the preview server.
				test: {
					name: "e2e",
					include: ["tests/e2e/**/*.test.ts"],
					environment: "node",
					globalSetup: ["tests/e2e/globalSetup.ts"],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// One browser at a time: the machine has two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
