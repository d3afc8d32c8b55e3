// A synthetic vault for the benchmark, deterministic from a seed: ordinary notes of realistic size and
// shape (frontmatter, prose paragraphs, lists, [[links]], #tags, fenced code, callouts, tables of other
// things) and a few percent of ImageNet notes in the shapes the parser reads (per-model notes with
// aliases and `parent: "[[X]]"`, results tables, lineage tables, tables pasted without their pipes,
// fact tables, and notes that disagree with each other).
// Pure: no I/O, no Date, no Math.random. Same seed and size, same texts.

/** A small, fast, seeded PRNG (mulberry32): 32-bit state, good enough for shapes and sizes. */
export class Rng {
	private state: number;
	constructor(seed: number) {
		this.state = seed >>> 0;
	}
	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}
}

export interface VaultOptions {
	/** Number of notes. */
	notes: number;
	seed?: number;
	/** Share of ImageNet notes, 0..1 (default 0.03). */
	imagenetShare?: number;
	/** Number of synthetic models (`Net-1` ...); default scales with the vault, at most 1,000. */
	models?: number;
}

export type NoteKind = "ordinary" | "model" | "results" | "lineage" | "pasted" | "conflict" | "facts";

export interface GeneratedVault {
	/** path -> text, in a stable order. */
	files: Record<string, string>;
	/** path -> the shape of the note. */
	kinds: Record<string, NoteKind>;
	/** Total size of the texts in UTF-8 bytes. */
	bytes: number;
}

export const DEFAULT_SEED = 20120930;

const WORDS = (
	"the of and to in is that it for as with was on be by this are from or at an which have not had but were all " +
	"one can their there been has more will would when so what about into than them only other some time could " +
	"these two may then first any like now such new also after made many most over where much through back years " +
	"way well even because good each those people how too little state world very still own see men work long " +
	"get here between both life being under never day same another know while last might great old year off come " +
	"since against go came right used take three himself few house use during without again place around however " +
	"home small found thought went say part once general high upon school every does got united left number course " +
	"war until always away something fact though water less public put think almost hand enough far took head yet " +
	"government system better set told nothing night end why called didn eyes find going look asked later knew " +
	"point next program city business give group toward young days let room president side social given present " +
	"several order national possible rather second face per among form important often things looking early white " +
	"case john become large big need four within felt along children saw best church ever least power development " +
	"light thing seemed family interest want members mind country area others done turned although open god service " +
	"certain kind problem began different door thus help sense means whole matter perhaps itself york times law " +
	"human line above name example action company hands local show five history whether gave either today act feet " +
	"across taken past quite anything seen having death experience body half really week words field car already " +
	"information tell together college shall money period held keep sure probably free real seems behind cannot " +
	"garden recipe budget meeting draft review idea project notes reading chapter argument evidence method model " +
	"training network data paper result experiment baseline layer weights gradient error schedule tomorrow plan"
).split(" ");

const TOPICS = ["Gardening", "Recipes", "Budget", "Meetings", "Reading", "Travel", "Writing", "Health", "Music", "Projects", "Ideas", "Journal", "Research", "Work", "Home"];
const FOLDERS = ["Journal", "Projects", "Reading", "Areas/Home", "Areas/Health", "Work/Meetings", "Work/Clients", "Ideas", "Archive/2019", "Archive/2020", "Inbox"];
const TAGS = ["todo", "idea", "project/active", "project/someday", "reading", "book", "meeting", "health", "recipe", "garden", "travel", "work/client", "journal", "review", "draft"];
const LANGS = ["ts", "python", "bash", "json", "sql", ""];
const CALLOUTS = ["note", "tip", "warning", "quote", "info"];

/** The ILSVRC classification winners as the user's notes give them (top-5 error, percent). */
export const ILSVRC_WINNERS: ReadonlyArray<{ year: number; winner: string; team: string; value: string }> = [
	{ year: 2010, winner: "SVM with hand-crafted features", team: "NEC-UIUC", value: "~28.2%" },
	{ year: 2011, winner: "Xerox (SVM, improved features)", team: "XRCE", value: "~25.8%" },
	{ year: 2012, winner: "AlexNet (SuperVision)", team: "SuperVision", value: "15.3%" },
	{ year: 2013, winner: "ZFNet (Clarifai)", team: "Clarifai", value: "~11.2%" },
	{ year: 2014, winner: "GoogLeNet (Google)", team: "GoogLeNet", value: "6.7%" },
	{ year: 2015, winner: "ResNet (Microsoft)", team: "MSRA", value: "3.57%" },
	{ year: 2016, winner: "Trimps-Soushen", team: "Trimps-Soushen", value: "2.99%" },
	{ year: 2017, winner: "SENet", team: "WMW", value: "2.25%" },
];

const INNOVATIONS = ["Deeper layers", "Skip connections", "Inception modules", "Channel attention", "Dense blocks", "Depthwise convolutions", "Batch normalisation", "Grouped convolutions", "Squeeze and excitation", "Wider layers", "Dropout", "Better augmentation", "Label smoothing", "Neural architecture search"];

/** Name of synthetic model k (1-based). */
export function modelName(k: number): string {
	return `Net-${k}`;
}

/** Year of synthetic model k: older models have smaller numbers, from 2010 on. */
export function modelYear(k: number, models: number): number {
	return 2010 + Math.floor(((k - 1) * 16) / Math.max(1, models));
}

/** The parent of model k (k > 1): an older model, deterministic. */
export function modelParent(k: number, rng: Rng): number {
	return Math.max(1, k - rng.int(1, Math.min(k - 1, 12)));
}

function sentence(rng: Rng, links: () => string | null): string {
	const n = rng.int(6, 22);
	const words: string[] = [];
	for (let i = 0; i < n; i++) {
		const r = rng.next();
		if (r < 0.02) {
			const link = links();
			if (link) {
				words.push(link);
				continue;
			}
		}
		if (r < 0.03) words.push(`#${rng.pick(TAGS)}`);
		else if (r < 0.045) words.push(`\`${rng.pick(WORDS)}()\``);
		else if (r < 0.06) words.push(`**${rng.pick(WORDS)}**`);
		else if (r < 0.08) words.push(String(rng.int(1, 2024)));
		else if (r < 0.085) words.push(`${rng.int(1, 99)}.${rng.int(0, 9)}%`);
		else words.push(rng.pick(WORDS));
	}
	const s = words.join(" ");
	return s.charAt(0).toUpperCase() + s.slice(1) + rng.pick([".", ".", ".", "?", "!", ":"]);
}

function paragraph(rng: Rng, links: () => string | null, minChars: number, maxChars: number): string {
	const target = rng.int(minChars, maxChars);
	const parts: string[] = [];
	let length = 0;
	while (length < target) {
		const s = sentence(rng, links);
		parts.push(s);
		length += s.length + 1;
	}
	return parts.join(" ");
}

function list(rng: Rng, links: () => string | null): string {
	const n = rng.int(3, 9);
	const style = rng.int(0, 2);
	const lines: string[] = [];
	for (let i = 0; i < n; i++) {
		const marker = style === 0 ? "-" : style === 1 ? `${i + 1}.` : rng.chance(0.5) ? "- [x]" : "- [ ]";
		const indent = i > 0 && rng.chance(0.2) ? "\t" : "";
		lines.push(`${indent}${marker} ${sentence(rng, links)}`);
	}
	return lines.join("\n");
}

function codeBlock(rng: Rng): string {
	const lang = rng.pick(LANGS);
	const n = rng.int(3, 18);
	const lines: string[] = [];
	for (let i = 0; i < n; i++) {
		const r = rng.int(0, 5);
		if (r === 0) lines.push(`const ${rng.pick(WORDS)} = ${rng.int(0, 999)}; // #not-a-tag [[not a link]]`);
		else if (r === 1) lines.push(`| not | a | table | ${rng.int(1, 99)}% |`);
		else if (r === 2) lines.push(`\tif (${rng.pick(WORDS)} > ${rng.int(0, 9)}) return ${rng.pick(WORDS)}(${rng.pick(WORDS)});`);
		else if (r === 3) lines.push(`# ${rng.pick(WORDS)} ${rng.pick(WORDS)}`);
		else lines.push(`${rng.pick(WORDS)}_${rng.pick(WORDS)}(${rng.int(0, 100)}, "${rng.pick(WORDS)}")`);
	}
	return "```" + lang + "\n" + lines.join("\n") + "\n```";
}

/** A table about something other than ImageNet: books, a budget, a meeting's action items. */
function otherTable(rng: Rng, links: () => string | null): string {
	const kind = rng.int(0, 3);
	const rows = rng.int(3, 14);
	const out: string[] = [];
	if (kind === 0) {
		out.push("| Book | Author | Year | Rating |", "|------|--------|-----:|:------:|");
		for (let i = 0; i < rows; i++) out.push(`| ${cap(rng.pick(WORDS))} ${cap(rng.pick(WORDS))} | ${cap(rng.pick(WORDS))} | ${rng.int(1950, 2024)} | ${rng.int(1, 5)}/5 |`);
	} else if (kind === 1) {
		out.push("| Item | Budget | Spent | Share |", "| --- | ---: | ---: | ---: |");
		for (let i = 0; i < rows; i++) out.push(`| ${cap(rng.pick(WORDS))} | ${rng.int(10, 5000)} | ${rng.int(0, 5000)} | ${rng.int(0, 100)}.${rng.int(0, 9)}% |`);
	} else if (kind === 2) {
		out.push("Owner | Action | Due", "--- | --- | ---");
		for (let i = 0; i < rows; i++) out.push(`${links() ?? cap(rng.pick(WORDS))} | ${sentence(rng, () => null)} | ${rng.int(2019, 2025)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`);
	} else {
		out.push("| Year | Place | Temperature |", "|------|-------|-------------|");
		for (let i = 0; i < rows; i++) out.push(`| ${rng.int(1990, 2024)} | ${cap(rng.pick(WORDS))} | ${rng.int(-10, 35)}.${rng.int(0, 9)} °C |`);
	}
	return out.join("\n");
}

function cap(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function pad(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

interface Ctx {
	rng: Rng;
	/** Names of ordinary notes, by index. */
	names: string[];
	models: number;
	/** Names of the ImageNet notes that are not model notes (a target for ordinary notes' links). */
	imagenetNames: string[];
}

/** Links of an ordinary note: mostly to other ordinary notes, rarely to an ImageNet note; or, for an ImageNet note, mostly to models and ImageNet notes. */
function linkMaker(ctx: Ctx, imagenet = false): () => string | null {
	const { rng, names } = ctx;
	return () => {
		const r = rng.next();
		let target: string;
		if (imagenet) {
			// An ImageNet note links to models, other ImageNet notes and a few of the same people and concepts.
			if (r < 0.6) target = modelName(rng.int(1, ctx.models));
			else if (r < 0.9 && ctx.imagenetNames.length > 0) target = rng.pick(ctx.imagenetNames);
			else target = names[rng.int(0, Math.min(names.length, 40) - 1)];
		} else if (r < 0.0003 && ctx.imagenetNames.length > 0) target = rng.pick(ctx.imagenetNames);
		else if (r < 0.003) target = modelName(rng.int(1, ctx.models));
		else if (r < 0.03) target = `Missing note ${rng.int(1, 500)}`;
		else target = rng.pick(names);
		const form = rng.next();
		if (form < 0.7) return `[[${target}]]`;
		if (form < 0.85) return `[[${target}|${rng.pick(WORDS)} ${rng.pick(WORDS)}]]`;
		if (form < 0.95) return `[[${target}#${cap(rng.pick(WORDS))}]]`;
		return `![[${target}]]`;
	};
}

function ordinaryNote(ctx: Ctx, name: string): string {
	const { rng } = ctx;
	const links = linkMaker(ctx);
	const out: string[] = [];
	if (rng.chance(0.35)) {
		const fm = ["---"];
		fm.push(`created: ${rng.int(2018, 2025)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`);
		if (rng.chance(0.7)) fm.push(`tags: [${rng.pick(TAGS)}, ${rng.pick(TAGS)}]`);
		if (rng.chance(0.2)) fm.push(`aliases: [${cap(rng.pick(WORDS))} ${rng.pick(WORDS)}]`);
		if (rng.chance(0.3)) fm.push(`status: ${rng.pick(["draft", "done", "active"])}`);
		if (rng.chance(0.15)) fm.push(`related: "${links() ?? ""}"`);
		fm.push("---");
		out.push(fm.join("\n"));
	}
	out.push(`# ${name}`);
	// Size: most notes are a few kilobytes, a few are long.
	const long = rng.chance(0.05);
	const blocks = long ? rng.int(10, 30) : rng.int(2, 7);
	for (let b = 0; b < blocks; b++) {
		const r = rng.next();
		if (b > 0 && rng.chance(0.3)) out.push(`${"#".repeat(rng.int(2, 3))} ${cap(rng.pick(WORDS))} ${rng.pick(WORDS)}`);
		if (r < 0.55) out.push(paragraph(rng, links, 150, rng.chance(0.1) ? 2500 : 900));
		else if (r < 0.75) out.push(list(rng, links));
		else if (r < 0.83) out.push(codeBlock(rng));
		else if (r < 0.9) out.push(otherTable(rng, links));
		else if (r < 0.95) out.push(`> [!${rng.pick(CALLOUTS)}] ${cap(rng.pick(WORDS))}\n> ${sentence(rng, links)}\n> ${sentence(rng, links)}`);
		else if (r < 0.97) out.push(`%% ${sentence(rng, () => null)} %%`);
		else if (r < 0.98) out.push(`$$\n\\sum_{i=1}^{${rng.int(2, 9)}} x_i = ${rng.int(1, 99)}\n$$`);
		else out.push(`${rng.pick(WORDS)}:: ${sentence(rng, links)}`);
	}
	return out.join("\n\n") + "\n";
}

function modelNote(ctx: Ctx, k: number): string {
	const { rng, models } = ctx;
	const name = modelName(k);
	const year = modelYear(k, models);
	const fm = ["---", `aliases: [${name.replace("-", "")}, "${name} (Team ${k})"]`, `year: ${year}`, `innovation: ${rng.pick(INNOVATIONS)}`];
	if (k > 1) fm.push(`parent: "[[${modelName(modelParent(k, rng))}]]"`);
	fm.push(`tags: [model, imagenet]`, "---");
	const out = [fm.join("\n"), `# ${name}`];
	out.push(`${name} was entered in the ILSVRC ${year} classification task and trained on ImageNet-1k. ${paragraph(rng, linkMaker(ctx, true), 200, 900)}`);
	if (k > 2 && rng.chance(0.2)) out.push(`based on:: [[${modelName(rng.int(1, k - 1))}]]`);
	if (rng.chance(0.5)) out.push(`## Results\n\n- Top-5 error: ${rng.int(2, 30)}.${rng.int(0, 9)}%\n- Parameters: ${rng.int(1, 200)}M`);
	out.push(paragraph(rng, linkMaker(ctx, true), 200, 1500));
	return out.join("\n\n") + "\n";
}

function formatValue(rng: Rng, value: string, style: number): string {
	if (style === 1) {
		// As a fraction, as in the papers.
		const plain = Number(value.replace(/[~%]/g, ""));
		return (plain / 100).toFixed(value.split(".")[1]?.replace("%", "").length === 2 ? 4 : 3);
	}
	if (style === 2 && rng.chance(0.3)) return `**${value}**`;
	return value;
}

function resultsNote(ctx: Ctx, i: number, conflict: boolean): string {
	const { rng } = ctx;
	const style = rng.int(0, 2);
	const out: string[] = [];
	if (rng.chance(0.5)) out.push(`---\ntags: [imagenet, results]\n---`);
	out.push(`# ILSVRC results ${i}`);
	out.push(`The winners of the [[ImageNet]] challenge (ILSVRC), top-5 error. ${paragraph(rng, linkMaker(ctx, true), 200, 800)}`);
	out.push(`## Classification`);
	const rows = [style === 1 ? "| Year | Winner | Top-5 error |\n|------|--------|------------:|" : "| Year | Winner | Top-5 error |\n|------|--------|-------------|"];
	for (const w of ILSVRC_WINNERS) {
		if (rng.chance(0.1)) continue;
		let value = w.value;
		if (conflict && w.year === 2013) value = "11.7%";
		if (conflict && w.year === 2015 && rng.chance(0.5)) value = "3.6%";
		const entrant = rng.chance(0.3) ? `[[${w.winner.replace(/ \(.*$/, "")}]]` : w.winner;
		rows.push(`| ${w.year} | ${entrant} | ${formatValue(rng, value, style)} |`);
	}
	out.push(rows.join("\n"));
	if (rng.chance(0.5)) {
		out.push("## Runners-up");
		out.push(`| Year | Runner-up | Top-5 error |\n|---|---|---|\n| 2012 | ISI | 26.2% |\n| 2013 | NUS | 12.9% |\n| 2014 | VGG | 7.3% |\n| 2015 | CUImage | — |`);
	}
	if (rng.chance(0.4)) out.push(`Humans, for comparison: Karpathy measured a human top-5 error of 5.1% on the same images.`);
	out.push(paragraph(rng, linkMaker(ctx, true), 300, 1500));
	return out.join("\n\n") + "\n";
}

function lineageNote(ctx: Ctx, i: number): string {
	const { rng, models } = ctx;
	const out = [`# Lineage ${i}`, `How the ImageNet models descend from each other. ${paragraph(rng, linkMaker(ctx, true), 200, 600)}`];
	const start = rng.int(1, Math.max(1, models - 12));
	const rows = ["| Year | Model | Innovation |", "|------|-------|------------|"];
	for (let k = start; k < Math.min(models + 1, start + rng.int(4, 12)); k++) {
		const cell = rng.chance(0.5) ? `[[${modelName(k)}]]` : modelName(k);
		const innovation = k > start && rng.chance(0.2) ? `Improved ${modelName(k - 1)}` : rng.pick(INNOVATIONS);
		rows.push(`| ${modelYear(k, models)} | ${cell} | ${innovation} |`);
	}
	out.push(rows.join("\n"));
	out.push(paragraph(rng, linkMaker(ctx, true), 200, 900));
	return out.join("\n\n") + "\n";
}

function pastedNote(ctx: Ctx, i: number): string {
	const { rng } = ctx;
	const out = [`Pasted page ${i}`, `The ImageNet Large Scale Visual Recognition Challenge (ILSVRC) ran from 2010 to 2017. ${paragraph(rng, () => null, 400, 1500)}`];
	const rows = ["YearWinner (or approach)Top-5 error"];
	for (const w of ILSVRC_WINNERS) rows.push(`${w.year}${w.winner}${w.value}`);
	out.push(rows.join("\n"));
	out.push(paragraph(rng, () => null, 400, 2000));
	return out.join("\n\n") + "\n";
}

function factsNote(ctx: Ctx, i: number): string {
	const { rng } = ctx;
	const out = [`---\naliases: [ImageNet facts ${i}]\n---`, `#concept #imagenet`, `**ImageNet** — the dataset. ${paragraph(rng, linkMaker(ctx, true), 200, 800)}`];
	out.push(`| Metric | Value |\n|--------|-------|\n| Images | **14M+** hand-labeled |\n| Categories | ~22,000 |\n| Training images | 1.2M |\n| Classes | 1000 |`);
	out.push(paragraph(rng, linkMaker(ctx, true), 300, 1200));
	return out.join("\n\n") + "\n";
}

/** Generates a vault. About `imagenetShare` of the notes are ImageNet notes; the rest are ordinary. */
export function generateVault(options: VaultOptions): GeneratedVault {
	const total = Math.max(1, Math.floor(options.notes));
	const rng = new Rng(options.seed ?? DEFAULT_SEED);
	const share = options.imagenetShare ?? 0.03;
	const imagenet = Math.max(share > 0 ? 6 : 0, Math.round(total * share));
	// Half of the ImageNet notes are model notes, up to 1,000 of them.
	const models = options.models ?? Math.max(1, Math.min(1000, Math.floor(imagenet / 2)));
	const ordinary = Math.max(0, total - imagenet);

	const names: string[] = [];
	for (let i = 0; i < ordinary; i++) names.push(`${cap(rng.pick(WORDS))} ${rng.pick(WORDS)} ${i + 1}`);
	const ctx: Ctx = { rng, names, models, imagenetNames: [] };

	// The ImageNet notes first (their names are link targets for the ordinary ones).
	const imagenetNotes: Array<{ path: string; kind: NoteKind; make: () => string }> = [];
	let k = 0;
	let other = 0;
	for (let i = 0; i < imagenet; i++) {
		if (k < models && (i % 2 === 0 || imagenet - i <= models - k)) {
			const model = ++k;
			imagenetNotes.push({ path: `ImageNet/Models/${modelName(model)}.md`, kind: "model", make: () => modelNote(ctx, model) });
			continue;
		}
		// The others in turn: results, lineage, pasted, facts, and now and then a note that disagrees.
		const n = other++;
		const r = n % 10;
		if (r <= 2 || (r === 3 && n % 20 !== 3)) {
			ctx.imagenetNames.push(`ILSVRC results ${n}`);
			imagenetNotes.push({ path: `ImageNet/ILSVRC results ${n}.md`, kind: "results", make: () => resultsNote(ctx, n, false) });
		} else if (r === 3) {
			imagenetNotes.push({ path: `ImageNet/Disputed results ${n}.md`, kind: "conflict", make: () => resultsNote(ctx, n, true) });
		} else if (r <= 6) {
			ctx.imagenetNames.push(`Lineage ${n}`);
			imagenetNotes.push({ path: `ImageNet/Lineage ${n}.md`, kind: "lineage", make: () => lineageNote(ctx, n) });
		} else if (r === 7) {
			imagenetNotes.push({ path: `Clippings/Pasted page ${n}.md`, kind: "pasted", make: () => pastedNote(ctx, n) });
		} else {
			ctx.imagenetNames.push(`ImageNet facts ${n}`);
			imagenetNotes.push({ path: `ImageNet/ImageNet facts ${n}.md`, kind: "facts", make: () => factsNote(ctx, n) });
		}
	}
	// Always at least one of each shape, even in a tiny vault.
	const shapes = new Set(imagenetNotes.map((n) => n.kind));
	if (imagenet > 0 && !shapes.has("conflict")) imagenetNotes.push({ path: `ImageNet/Disputed results.md`, kind: "conflict", make: () => resultsNote(ctx, 0, true) });

	const files: Record<string, string> = {};
	const kinds: Record<string, NoteKind> = {};
	let bytes = 0;
	const add = (path: string, kind: NoteKind, text: string) => {
		files[path] = text;
		kinds[path] = kind;
		bytes += Buffer.byteLength(text, "utf8");
	};
	// Interleave: an ImageNet note every so often among the ordinary ones.
	const every = imagenetNotes.length > 0 ? Math.max(1, Math.floor(total / imagenetNotes.length)) : Infinity;
	let next = 0;
	for (let i = 0; i < ordinary; i++) {
		if (i % every === 0 && next < imagenetNotes.length) {
			const note = imagenetNotes[next++];
			add(note.path, note.kind, note.make());
		}
		const folder = FOLDERS[i % FOLDERS.length];
		add(`${folder}/${names[i]}.md`, "ordinary", ordinaryNote(ctx, names[i]));
	}
	for (; next < imagenetNotes.length; next++) {
		const note = imagenetNotes[next];
		add(note.path, note.kind, note.make());
	}
	return { files, kinds, bytes };
}

/** Models only: `count` per-model notes (with parents) and one lineage table, for the lineage graph. */
export function generateModelNotes(count: number, seed = DEFAULT_SEED): Record<string, string> {
	const rng = new Rng(seed);
	const ctx: Ctx = { rng, names: ["Scratch"], models: count, imagenetNames: [] };
	const files: Record<string, string> = {};
	for (let k = 1; k <= count; k++) files[`Models/${modelName(k)}.md`] = modelNote(ctx, k);
	return files;
}
