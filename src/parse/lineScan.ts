// The line scan of LineHints, run as WebAssembly (lineScan.wat): one pass over the text's UTF-8,
// sixteen bytes at a time, finds the line breaks, the markers and the mentions of ImageNet together.
// In script the same costs a string search per line and per marker, and a regex for the mentions.
// Where WebAssembly or its vector instructions are missing, LineHints scans by script.
import { LINE_SCAN_WASM } from "./lineScanWasm";

/** Where the text's bytes go in the module's memory (below: the scan's masks, and the bits of all lines at 0). */
const TEXT_AT = 1024;
/** Bytes after the text that the scan sets to zero, as it reads up to 22 bytes past a position in the text. */
const PADDING = 32;
/** A longer text is scanned by script: the memory this takes (up to seven bytes per character) is never given back. */
const MAX_SCANNED_LENGTH = 1 << 20;

interface Scanner {
	memory: WebAssembly.Memory;
	scan: (textAt: number, bytes: number, units: number, outAt: number) => number;
	/** The memory from TEXT_AT on, where the text is written. */
	textBytes: Uint8Array;
	words: Int32Array;
}

export interface ScannedLines {
	/** Per line: its start shifted left by 7, with its bits below (as in hints.ts); then (length + 1) << 7. */
	lineInfo: number[];
	/** The bits of all lines together. */
	allBits: number;
}

/** Undefined until first asked for; null where the module cannot run. */
let scanner: Scanner | null | undefined;
const encoder = new TextEncoder();

function load(): Scanner | null {
	try {
		const binary = atob(LINE_SCAN_WASM);
		const code = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) code[i] = binary.charCodeAt(i);
		const instance = new WebAssembly.Instance(new WebAssembly.Module(code));
		const memory = instance.exports.memory as WebAssembly.Memory;
		const scan = instance.exports.scan as Scanner["scan"];
		return { memory, scan, textBytes: new Uint8Array(memory.buffer, TEXT_AT), words: new Int32Array(memory.buffer) };
	} catch {
		return null;
	}
}

/** Makes the memory at least `bytes` long; false when it cannot grow. */
function reserve(s: Scanner, bytes: number): boolean {
	const have = s.memory.buffer.byteLength;
	if (have < bytes) {
		try {
			s.memory.grow(Math.ceil((bytes - have) / 65536));
		} catch {
			return false;
		}
	}
	if (s.words.buffer !== s.memory.buffer) {
		s.textBytes = new Uint8Array(s.memory.buffer, TEXT_AT);
		s.words = new Int32Array(s.memory.buffer);
	}
	return true;
}

/** The lines of `text` and what each may hold, or null when the text is to be scanned by script. */
export function scanLines(text: string): ScannedLines | null {
	const length = text.length;
	if (length > MAX_SCANNED_LENGTH) return null;
	if (scanner === undefined) scanner = load();
	const s = scanner;
	if (s === null) return null;
	// UTF-8 takes at most three bytes for each UTF-16 unit; then one entry per line, and a line per
	// character at most, and the last entry.
	const room = 3 * length;
	if (!reserve(s, TEXT_AT + room + PADDING + 4 * (length + 3))) return null;
	const { read, written } = encoder.encodeInto(text, s.textBytes.subarray(0, room));
	if (read !== length) return null;
	const outAt = (TEXT_AT + written + PADDING + 3) & ~3;
	const lines = s.scan(TEXT_AT, written, length, outAt);
	// Copied out by hand: slice() of a typed array on WebAssembly memory takes a slow path (about
	// 1.7 µs for 30 entries, against 40 ns for this loop), and a plain array is what LineHints reads.
	const { words } = s;
	const lineInfo: number[] = [];
	for (let at = outAt >> 2, last = at + lines; at <= last; at++) lineInfo.push(words[at]);
	return { lineInfo, allBits: words[0] };
}
