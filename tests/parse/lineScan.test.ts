// The WebAssembly line scan ships as bytes (lineScanWasm.ts); they must be what its source assembles to.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
// @ts-expect-error: a plain script without types
import { assemble } from "../../scripts/build-wasm.mjs";

it("ships the bytes that lineScan.wat assembles to", async () => {
	const committed = readFileSync(new URL("../../src/parse/lineScanWasm.ts", import.meta.url), "utf8");
	expect(committed).toBe(await assemble());
});
