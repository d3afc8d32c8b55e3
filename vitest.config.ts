import { defineConfig } from "vitest/config";

export default defineConfig({
	// `obsidian` is types only: at run time, tests get the stand-in in tests/standin/.
	resolve: { alias: [{ find: /^obsidian$/, replacement: new URL("./tests/standin/obsidian.ts", import.meta.url).pathname }] },
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/e2e/**", "node_modules/**"],
	},
});
