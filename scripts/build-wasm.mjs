// Assembles src/parse/lineScan.wat into src/parse/lineScanWasm.ts (its bytes as base64), so that the
// plugin needs no WebAssembly tooling at build time: `npm run build:wasm`. A test compares the
// committed file with what `assemble` gives.
import { readFileSync, writeFileSync } from "node:fs";
import wabtInit from "wabt";

const watPath = new URL("../src/parse/lineScan.wat", import.meta.url);
const tsPath = new URL("../src/parse/lineScanWasm.ts", import.meta.url);

export async function assemble() {
	const wabt = await wabtInit();
	const module = wabt.parseWat("lineScan.wat", readFileSync(watPath, "utf8"), { simd: true });
	module.validate();
	const { buffer } = module.toBinary({});
	module.destroy();
	const base64 = Buffer.from(buffer).toString("base64");
	return `// Generated from lineScan.wat by \`npm run build:wasm\`; do not edit.\nexport const LINE_SCAN_WASM = "${base64}";\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(tsPath, await assemble());
