// Bases (Obsidian 1.10 and later), as much of it as a plugin's Bases view uses: a `.base` file opened in
// a leaf, with a toolbar to pick one of its views and to add a filter; the query over the vault's notes
// (the base's and the view's filters, sort, limit, formulas); entries and their values; the view's
// config and options; and the views plugins register with `registerBasesView`, beside a plain table.
//
// Filters and formulas are a small subset of Obsidian's language: `file.inFolder("Models")`,
// `file.hasTag("cnn")`, `file.hasProperty("year")`, `year >= 2013`, `note.series == "winner"`,
// `file.name != "Draft.md"`, `x.contains("y")`, `!`, `&&`, `||`, `+ - * /`, brackets; and the
// `and` / `or` / `not` lists of a `.base` file. Anything else is an error the toolbar shows.
import type { App } from "./app";
import { Component, Events } from "./events";
import type { WorkspaceLeaf } from "./layout";
import { Keymap } from "./util";
import { TFile } from "./vault";
import { FileView, type ViewStateResult } from "./views";
import { parseYaml } from "./yaml";

// ---- Values ----

export abstract class Value {
	static type = "value";
	abstract toString(): string;
	abstract isTruthy(): boolean;
	static equals(a: Value | null, b: Value | null): boolean {
		return (a ?? NullValue.value).toString() === (b ?? NullValue.value).toString() && a?.constructor === b?.constructor;
	}
	static looseEquals(a: Value | null, b: Value | null): boolean {
		return (a ?? NullValue.value).toString() === (b ?? NullValue.value).toString();
	}
	equals(other: this): boolean {
		return Value.equals(this, other);
	}
	looseEquals(other: Value): boolean {
		return Value.looseEquals(this, other);
	}
	renderTo(el: HTMLElement, _ctx?: unknown): void {
		el.setText(this.toString());
	}
}

export class NullValue extends Value {
	static value: NullValue = new NullValue();
	toString(): string {
		return "";
	}
	isTruthy(): boolean {
		return false;
	}
}

export abstract class NotNullValue extends Value {}

export abstract class PrimitiveValue<T> extends NotNullValue {
	constructor(protected readonly value: T) {
		super();
	}
	toString(): string {
		return String(this.value);
	}
	isTruthy(): boolean {
		return !!this.value;
	}
}

export class StringValue extends PrimitiveValue<string> {
	static type = "string";
}
export class NumberValue extends PrimitiveValue<number> {
	static type = "number";
}
export class BooleanValue extends PrimitiveValue<boolean> {
	static type = "boolean";
}
/** A `[[link]]` written in a property. */
export class LinkValue extends StringValue {
	static type = "link";
}

export class ListValue extends NotNullValue {
	static type = "list";
	private readonly items: Value[];
	constructor(value: unknown[]) {
		super();
		this.items = value.map(toValue);
	}
	toString(): string {
		return this.items.map((v) => v.toString()).join(", ");
	}
	isTruthy(): boolean {
		return this.items.length > 0;
	}
	includes(value: Value): boolean {
		return this.items.some((v) => v.looseEquals(value));
	}
	length(): number {
		return this.items.length;
	}
	get(index: number): Value {
		return this.items[index] ?? NullValue.value;
	}
	concat(other: ListValue): ListValue {
		return new ListValue([...this.items, ...other.items]);
	}
}

/** Stand-in only: a plain value (from frontmatter or a formula) as a Value. */
export function toValue(x: unknown): Value {
	if (x instanceof Value) return x;
	if (x === null || x === undefined) return NullValue.value;
	if (typeof x === "number") return new NumberValue(x);
	if (typeof x === "boolean") return new BooleanValue(x);
	if (Array.isArray(x)) return new ListValue(x);
	if (typeof x === "string") return /^\s*!?\[\[[^\]]+\]\]\s*$/.test(x) ? new LinkValue(x) : new StringValue(x);
	if (x instanceof TFile) return new StringValue(x.path);
	return new StringValue(JSON.stringify(x));
}

// ---- Property ids ----

export type BasesPropertyType = "note" | "formula" | "file";
export type BasesPropertyId = `${BasesPropertyType}.${string}`;

export function parsePropertyId(propertyId: BasesPropertyId): { type: BasesPropertyType; name: string } {
	const dot = propertyId.indexOf(".");
	return { type: propertyId.slice(0, dot) as BasesPropertyType, name: propertyId.slice(dot + 1) };
}

/** `year` → `note.year`; `file.name` and `formula.x` stay. */
export function toPropertyId(text: string): BasesPropertyId | null {
	const t = text.trim();
	if (t === "") return null;
	return (/^(?:note|file|formula)\./.test(t) ? t : `note.${t}`) as BasesPropertyId;
}

// ---- Filters and formulas: a small expression language ----

export class BasesExpressionError extends Error {}

type Node =
	| { t: "lit"; v: unknown }
	| { t: "id"; name: string }
	| { t: "member"; of: Node; name: string }
	| { t: "call"; of: Node; name: string; args: Node[] }
	| { t: "not"; x: Node }
	| { t: "neg"; x: Node }
	| { t: "bin"; op: string; a: Node; b: Node };

function tokenize(text: string): string[] {
	const tokens: string[] = [];
	const pattern = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|([A-Za-z_][\w]*)|(==|!=|>=|<=|&&|\|\||[<>!+\-*/().,]))/y;
	let at = 0;
	while (at < text.length) {
		if (/^\s*$/.test(text.slice(at))) break;
		pattern.lastIndex = at;
		const m = pattern.exec(text);
		if (!m) throw new BasesExpressionError(`cannot read "${text.slice(at).trim()}"`);
		tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
		at = pattern.lastIndex;
	}
	return tokens;
}

/** Parses a filter or formula into a tree. */
export function parseExpression(text: string): Node {
	const tokens = tokenize(text);
	let i = 0;
	const peek = () => tokens[i];
	const take = (expected?: string) => {
		const token = tokens[i++];
		if (expected !== undefined && token !== expected) throw new BasesExpressionError(`expected "${expected}" in ${text}`);
		if (token === undefined) throw new BasesExpressionError(`unexpected end of ${text}`);
		return token;
	};
	const binary = (next: () => Node, ops: string[]) => (): Node => {
		let a = next();
		while (ops.includes(peek())) {
			const op = take();
			a = { t: "bin", op, a, b: next() };
		}
		return a;
	};
	const primary = (): Node => {
		const token = take();
		if (token === "(") {
			const inner = or();
			take(")");
			return inner;
		}
		if (/^\d/.test(token)) return { t: "lit", v: Number(token) };
		if (/^["']/.test(token)) return { t: "lit", v: token.slice(1, -1).replace(/\\(.)/g, "$1") };
		if (token === "true" || token === "false") return { t: "lit", v: token === "true" };
		if (token === "null") return { t: "lit", v: null };
		if (/^[A-Za-z_]/.test(token)) return { t: "id", name: token };
		throw new BasesExpressionError(`unexpected "${token}" in ${text}`);
	};
	const postfix = (): Node => {
		let node = primary();
		while (peek() === ".") {
			take(".");
			const name = take();
			if (!/^[A-Za-z_]/.test(name)) throw new BasesExpressionError(`expected a name after "." in ${text}`);
			if (peek() === "(") {
				take("(");
				const args: Node[] = [];
				while (peek() !== ")") {
					args.push(or());
					if (peek() === ",") take(",");
					else break;
				}
				take(")");
				node = { t: "call", of: node, name, args };
			} else node = { t: "member", of: node, name };
		}
		return node;
	};
	const unary = (): Node => {
		if (peek() === "!") {
			take();
			return { t: "not", x: unary() };
		}
		if (peek() === "-") {
			take();
			return { t: "neg", x: unary() };
		}
		return postfix();
	};
	const mul = binary(unary, ["*", "/"]);
	const add = binary(mul, ["+", "-"]);
	const cmp = binary(add, ["==", "!=", ">=", "<=", ">", "<"]);
	const and = binary(cmp, ["&&"]);
	const or = binary(and, ["||"]);
	const tree = or();
	if (i < tokens.length) throw new BasesExpressionError(`unexpected "${tokens[i]}" in ${text}`);
	return tree;
}

/** What an expression reads: a note's file, its properties and the base's formulas. */
export interface EntryContext {
	app: App;
	file: TFile;
	formulas: Record<string, string>;
	/** Formulas being evaluated, against a formula that uses itself. */
	evaluating?: Set<string>;
}

const FILE = Symbol("file");
const NOTE = Symbol("note");
const FORMULA = Symbol("formula");

function frontmatterOf(ctx: EntryContext): Record<string, unknown> {
	return (ctx.app.metadataCache.getFileCache(ctx.file)?.frontmatter as Record<string, unknown> | undefined) ?? {};
}

function tagsOf(ctx: EntryContext): string[] {
	const cache = ctx.app.metadataCache.getFileCache(ctx.file);
	const fm = frontmatterOf(ctx).tags;
	const own = Array.isArray(fm) ? fm.map(String) : typeof fm === "string" ? fm.split(/[,\s]+/) : [];
	return [...own, ...(cache?.tags ?? []).map((t) => t.tag)].map((t) => t.replace(/^#/, "")).filter((t) => t !== "");
}

function fileProperty(ctx: EntryContext, name: string): unknown {
	const f = ctx.file;
	switch (name) {
		case "name":
			return f.name;
		case "basename":
			return f.basename;
		case "path":
			return f.path;
		case "folder":
			return f.parent && !f.parent.isRoot() ? f.parent.path : "/";
		case "ext":
			return f.extension;
		case "size":
			return f.stat.size;
		case "ctime":
			return f.stat.ctime;
		case "mtime":
			return f.stat.mtime;
		case "tags":
			return tagsOf(ctx);
		case "file":
			return f;
	}
	throw new BasesExpressionError(`unknown file property "file.${name}"`);
}

function formulaValue(ctx: EntryContext, name: string): unknown {
	const text = ctx.formulas[name];
	if (text === undefined) throw new BasesExpressionError(`unknown formula "formula.${name}"`);
	const evaluating = ctx.evaluating ?? new Set<string>();
	if (evaluating.has(name)) throw new BasesExpressionError(`formula "${name}" uses itself`);
	evaluating.add(name);
	try {
		return evaluate(parseExpression(text), { ...ctx, evaluating });
	} finally {
		evaluating.delete(name);
	}
}

function asNumber(x: unknown): number | null {
	if (typeof x === "number") return Number.isFinite(x) ? x : null;
	if (typeof x === "string" && x.trim() !== "" && Number.isFinite(Number(x))) return Number(x);
	return null;
}

function looseEquals(a: unknown, b: unknown): boolean {
	if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
	const x = asNumber(a);
	const y = asNumber(b);
	if (x !== null && y !== null) return x === y;
	if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
	return String(a) === String(b);
}

function truthy(x: unknown): boolean {
	if (Array.isArray(x)) return x.length > 0;
	return !!x;
}

function evaluate(node: Node, ctx: EntryContext): unknown {
	switch (node.t) {
		case "lit":
			return node.v;
		case "id":
			if (node.name === "file") return FILE;
			if (node.name === "note") return NOTE;
			if (node.name === "formula") return FORMULA;
			if (node.name === "this") throw new BasesExpressionError(`"this" is not in the stand-in`);
			return frontmatterOf(ctx)[node.name] ?? null;
		case "member": {
			const of = evaluate(node.of, ctx);
			if (of === FILE) return fileProperty(ctx, node.name);
			if (of === NOTE) return frontmatterOf(ctx)[node.name] ?? null;
			if (of === FORMULA) return formulaValue(ctx, node.name);
			if (node.name === "length" && (typeof of === "string" || Array.isArray(of))) return of.length;
			throw new BasesExpressionError(`unknown property ".${node.name}"`);
		}
		case "call": {
			const of = evaluate(node.of, ctx);
			const args = node.args.map((a) => evaluate(a, ctx));
			if (of === FILE) {
				if (node.name === "inFolder") {
					const folder = String(args[0] ?? "").replace(/^\/+|\/+$/g, "");
					return folder === "" || ctx.file.path.startsWith(`${folder}/`);
				}
				if (node.name === "hasTag") {
					const tags = tagsOf(ctx).map((t) => t.toLowerCase());
					return args.some((a) => {
						const want = String(a).replace(/^#/, "").toLowerCase();
						return tags.some((t) => t === want || t.startsWith(`${want}/`));
					});
				}
				if (node.name === "hasProperty") return Object.prototype.hasOwnProperty.call(frontmatterOf(ctx), String(args[0]));
			} else if (node.name === "contains") {
				if (Array.isArray(of)) return of.some((x) => looseEquals(x, args[0]));
				if (typeof of === "string") return of.includes(String(args[0]));
				return false;
			} else if (node.name === "isEmpty") {
				return of === null || of === undefined || of === "" || (Array.isArray(of) && of.length === 0);
			}
			throw new BasesExpressionError(`unknown function "${node.name}()"`);
		}
		case "not":
			return !truthy(evaluate(node.x, ctx));
		case "neg": {
			const x = asNumber(evaluate(node.x, ctx));
			return x === null ? null : -x;
		}
		case "bin": {
			if (node.op === "&&") return truthy(evaluate(node.a, ctx)) && truthy(evaluate(node.b, ctx));
			if (node.op === "||") return truthy(evaluate(node.a, ctx)) || truthy(evaluate(node.b, ctx));
			const a = evaluate(node.a, ctx);
			const b = evaluate(node.b, ctx);
			if (node.op === "==") return looseEquals(a, b);
			if (node.op === "!=") return !looseEquals(a, b);
			const x = asNumber(a);
			const y = asNumber(b);
			if (node.op === "+" && (x === null || y === null)) return a === null || b === null ? null : `${String(a)}${String(b)}`;
			if (x === null || y === null) {
				if (typeof a === "string" && typeof b === "string" && [">", "<", ">=", "<="].includes(node.op)) {
					const c = a.localeCompare(b);
					return node.op === ">" ? c > 0 : node.op === "<" ? c < 0 : node.op === ">=" ? c >= 0 : c <= 0;
				}
				return node.op === "+" || node.op === "-" || node.op === "*" || node.op === "/" ? null : false;
			}
			switch (node.op) {
				case ">":
					return x > y;
				case "<":
					return x < y;
				case ">=":
					return x >= y;
				case "<=":
					return x <= y;
				case "+":
					return x + y;
				case "-":
					return x - y;
				case "*":
					return x * y;
				case "/":
					return y === 0 ? null : x / y;
			}
		}
	}
	throw new BasesExpressionError("cannot evaluate");
}

export type BasesConfigFileFilter = string | { and: BasesConfigFileFilter[] } | { or: BasesConfigFileFilter[] } | { not: BasesConfigFileFilter[] };

/** A filter of a `.base` file (a string, or `and` / `or` / `not` lists) as a test of one entry. Throws on what it cannot read. */
export function compileFilter(filter: unknown): (ctx: EntryContext) => boolean {
	if (filter === null || filter === undefined || filter === "") return () => true;
	if (typeof filter === "string") {
		const tree = parseExpression(filter);
		return (ctx) => truthy(evaluate(tree, ctx));
	}
	if (typeof filter === "object" && !Array.isArray(filter)) {
		const keys = Object.keys(filter);
		const key = keys[0];
		const list = (filter as Record<string, unknown>)[key];
		if (keys.length === 1 && Array.isArray(list) && (key === "and" || key === "or" || key === "not")) {
			const parts = list.map(compileFilter);
			if (key === "and") return (ctx) => parts.every((p) => p(ctx));
			if (key === "or") return (ctx) => parts.some((p) => p(ctx));
			return (ctx) => !parts.some((p) => p(ctx));
		}
	}
	throw new BasesExpressionError(`a filter is a string or one of and / or / not with a list: ${JSON.stringify(filter)}`);
}

// ---- Entries, results, the view's config ----

export class BasesEntry {
	constructor(
		private readonly ctx: EntryContext,
		public file: TFile,
	) {}
	getValue(propertyId: BasesPropertyId): Value | null {
		const { type, name } = parsePropertyId(propertyId);
		try {
			if (type === "note") return toValue(frontmatterOf(this.ctx)[name]);
			if (type === "file") return toValue(fileProperty(this.ctx, name));
			return toValue(formulaValue(this.ctx, name));
		} catch {
			return NullValue.value;
		}
	}
}

export class BasesEntryGroup {
	key?: Value;
	constructor(public entries: BasesEntry[]) {}
	hasKey(): boolean {
		return this.key !== undefined && !(this.key instanceof NullValue);
	}
}

export class BasesQueryResult {
	constructor(
		public data: BasesEntry[],
		private readonly config: BasesViewConfig,
	) {}
	get groupedData(): BasesEntryGroup[] {
		return [new BasesEntryGroup(this.data)];
	}
	get properties(): BasesPropertyId[] {
		return this.config.getOrder();
	}
	getSummaryValue(): Value {
		throw new Error("getSummaryValue is not in the stand-in");
	}
}

export interface BasesSortConfig {
	property: BasesPropertyId;
	direction: "ASC" | "DESC";
}

/** One entry of a `.base` file's `views`, as the view reads it. Options the plugin declares are keys of that entry. */
export class BasesViewConfig {
	name: string;
	constructor(
		/** Stand-in only: the view's entry in the file, changed in place by set(). */
		readonly raw: Record<string, unknown>,
		private readonly file: BasesConfigFile,
		private readonly changed: () => void = () => {},
	) {
		this.name = typeof raw.name === "string" ? raw.name : "View";
	}
	get(key: string): unknown {
		return this.raw[key];
	}
	getAsPropertyId(key: string): BasesPropertyId | null {
		const value = this.raw[key];
		return typeof value === "string" ? toPropertyId(value) : null;
	}
	getEvaluatedFormula(): Value {
		return NullValue.value;
	}
	/** Kept in the page (the stand-in does not write the `.base` file back). */
	set(key: string, value: unknown): void {
		if (value === null || value === undefined) delete this.raw[key];
		else this.raw[key] = value;
		this.changed();
	}
	getOrder(): BasesPropertyId[] {
		const order = this.raw.order;
		return Array.isArray(order) ? order.map((o) => toPropertyId(String(o))).filter((o): o is BasesPropertyId => o !== null) : [];
	}
	getSort(): BasesSortConfig[] {
		const sort = this.raw.sort;
		if (!Array.isArray(sort)) return [];
		const out: BasesSortConfig[] = [];
		for (const s of sort) {
			const property = s && typeof s === "object" ? toPropertyId(String((s as Record<string, unknown>).property ?? "")) : null;
			if (!property) continue;
			out.push({ property, direction: String((s as Record<string, unknown>).direction).toUpperCase() === "DESC" ? "DESC" : "ASC" });
		}
		return out;
	}
	getDisplayName(propertyId: BasesPropertyId): string {
		const shown = this.file.properties?.[propertyId]?.displayName;
		if (typeof shown === "string") return shown;
		return parsePropertyId(propertyId).name;
	}
}

export interface BasesConfigFile {
	filters?: BasesConfigFileFilter;
	properties?: Record<string, Record<string, unknown>>;
	formulas?: Record<string, string>;
	summaries?: Record<string, string>;
	views?: Array<Record<string, unknown>>;
}

export interface BasesOption {
	key: string;
	type: string;
	displayName: string;
	default?: unknown;
	placeholder?: string;
	options?: Record<string, string>;
	shouldHide?: () => boolean;
}
export interface BasesOptionGroup {
	type: "group";
	displayName: string;
	items: BasesOption[];
	shouldHide?: () => boolean;
}
export type BasesAllOptions = BasesOption | BasesOptionGroup;
export type BasesViewFactory = (controller: QueryController, containerEl: HTMLElement) => BasesView;
export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: BasesViewFactory;
	options?: (config: BasesViewConfig) => BasesAllOptions[];
}

/** Runs one view's query: the vault's notes through the base's filters, the view's filters and the toolbar's, sorted and limited. */
export class QueryController extends Component {
	result: BasesQueryResult;
	allProperties: BasesPropertyId[] = [];

	constructor(
		readonly app: App,
		readonly base: BasesConfigFile,
		readonly config: BasesViewConfig,
		/** Stand-in only: the toolbar's filter, on top of the file's. */
		readonly extraFilter: string = "",
	) {
		super();
		this.result = new BasesQueryResult([], config);
	}

	/** Runs the query; throws a BasesExpressionError on a filter it cannot read. */
	run(): BasesQueryResult {
		const formulas = this.base.formulas ?? {};
		const tests = [compileFilter(this.base.filters), compileFilter(this.config.raw.filters), compileFilter(this.extraFilter.trim())];
		const files = this.app.vault.getMarkdownFiles().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const entries: BasesEntry[] = [];
		const properties = new Set<string>(["file.name", "file.path", "file.folder", ...Object.keys(formulas).map((f) => `formula.${f}`)]);
		for (const file of files) {
			const ctx: EntryContext = { app: this.app, file, formulas };
			if (!tests.every((test) => test(ctx))) continue;
			entries.push(new BasesEntry(ctx, file));
			for (const key of Object.keys(frontmatterOf(ctx))) properties.add(`note.${key}`);
		}
		for (const { property, direction } of [...this.config.getSort()].reverse()) {
			const sign = direction === "DESC" ? -1 : 1;
			const key = (e: BasesEntry) => {
				const v = e.getValue(property);
				return v === null || v instanceof NullValue ? null : v instanceof NumberValue ? Number(v.toString()) : v.toString();
			};
			entries.sort((a, b) => {
				const x = key(a);
				const y = key(b);
				if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
				return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
			});
		}
		const limit = Number(this.config.raw.limit);
		this.allProperties = [...properties] as BasesPropertyId[];
		this.result = new BasesQueryResult(Number.isInteger(limit) && limit > 0 ? entries.slice(0, limit) : entries, this.config);
		return this.result;
	}
}

export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config: BasesViewConfig;
	allProperties: BasesPropertyId[];
	data: BasesQueryResult;

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
		this.config = controller.config;
		this.allProperties = controller.allProperties;
		this.data = controller.result;
	}

	abstract onDataUpdated(): void;

	async createFileForView(): Promise<void> {
		throw new Error("createFileForView is not in the stand-in");
	}
}

/** Obsidian's own table view, reduced: the file name (a link) and the view's properties. */
class TableView extends BasesView {
	type = "table";
	constructor(
		controller: QueryController,
		private readonly containerEl: HTMLElement,
	) {
		super(controller);
	}
	onDataUpdated(): void {
		this.containerEl.empty();
		const order = this.config.getOrder();
		const columns = order.length > 0 ? order : (["file.name"] as BasesPropertyId[]);
		const table = this.containerEl.createEl("table", { cls: "bases-table" });
		const head = table.createEl("thead").createEl("tr");
		for (const c of columns) head.createEl("th", { text: this.config.getDisplayName(c) });
		const body = table.createEl("tbody");
		for (const entry of this.data.data) {
			const tr = body.createEl("tr", { attr: { "data-path": entry.file.path } });
			for (const c of columns) {
				const td = tr.createEl("td");
				if (c === "file.name") {
					const a = td.createEl("a", { cls: "internal-link", text: entry.file.basename, href: "#" });
					a.addEventListener("click", (event) => {
						event.preventDefault();
						void this.app.workspace.openLinkText(entry.file.path, "", Keymap.isModEvent(event));
					});
				} else td.setText(entry.getValue(c)?.toString() ?? "");
			}
		}
	}
}

/** The view types a base can show: the stand-in's table and what plugins register. */
export class BasesRegistry extends Events {
	/** Stand-in only: false is a vault with the Bases core plugin turned off (registerBasesView answers false). */
	enabled = true;
	readonly views = new Map<string, BasesViewRegistration>();

	register(id: string, registration: BasesViewRegistration): void {
		if (this.views.has(id) || id === "table") throw new Error(`A Bases view "${id}" is already registered`);
		this.views.set(id, registration);
		this.trigger("changed", id);
	}
	unregister(id: string): void {
		if (this.views.delete(id)) this.trigger("changed", id);
	}
	/** The registration for a view type, the built-in table included. */
	get(id: string): BasesViewRegistration | undefined {
		if (id === "table") return { name: "Table", icon: "table", factory: (controller, el) => new TableView(controller, el) };
		return this.views.get(id);
	}
}

export const BASES_VIEW_TYPE = "bases";

/**
 * A `.base` file in a leaf: a toolbar (the view picker, a filter box, the count of results) above the
 * current view. The query runs again when a note's metadata changes and when the `.base` file changes.
 * Open a given view with the link's subpath (`Atlas.base#Lineage graph`) or the state `{ view: name }`.
 */
export class BasesFileView extends FileView {
	base: BasesConfigFile = {};
	/** Stand-in only: the view shown and its query. */
	current: { config: BasesViewConfig; controller: QueryController; view: BasesView | null } | null = null;
	readonly toolbarEl: HTMLElement;
	readonly viewSelectEl: HTMLSelectElement;
	readonly filterEl: HTMLInputElement;
	readonly countEl: HTMLElement;
	readonly errorEl: HTMLElement;
	readonly viewEl: HTMLElement;
	private viewName: string | null = null;
	private extraFilter = "";

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl.addClass("bases-view-content");
		this.toolbarEl = this.contentEl.createDiv({ cls: "bases-toolbar" });
		this.viewSelectEl = this.toolbarEl.createEl("select", { cls: "bases-view-select dropdown", attr: { "aria-label": "View" } });
		this.filterEl = this.toolbarEl.createEl("input", { cls: "bases-filter-input", type: "text", attr: { placeholder: 'Filter, e.g. year >= 2013 or file.inFolder("Models")', "aria-label": "Filter" } });
		this.countEl = this.toolbarEl.createSpan({ cls: "bases-count" });
		this.errorEl = this.contentEl.createDiv({ cls: "bases-error" });
		this.viewEl = this.contentEl.createDiv({ cls: "bases-view" });
		this.viewSelectEl.addEventListener("change", () => this.showView(this.viewSelectEl.value));
		this.filterEl.addEventListener("change", () => this.setFilter(this.filterEl.value));
		this.filterEl.addEventListener("keydown", (event) => {
			if (event.key === "Enter") this.setFilter(this.filterEl.value);
		});
	}

	getViewType(): string {
		return BASES_VIEW_TYPE;
	}
	getIcon(): string {
		return "layout-list";
	}

	onload(): void {
		this.registerEvent(this.app.metadataCache.on("resolved", () => this.rerun()));
		this.registerEvent(
			this.app.vault.on("modify", (file: unknown) => {
				if (file === this.file) void this.reload();
			}),
		);
		this.registerEvent(this.app.bases.on("changed", () => this.viewName !== null && this.showView(this.viewName)));
	}

	async onLoadFile(file: TFile): Promise<void> {
		await this.reload(file);
	}

	async onUnloadFile(_file: TFile): Promise<void> {
		this.closeView();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), ...(this.viewName !== null ? { view: this.viewName } : {}) };
	}

	async setState(state: any, result: ViewStateResult): Promise<void> {
		if (typeof state?.view === "string") this.viewName = state.view;
		await super.setState(state, result);
		if (typeof state?.view === "string" && this.file) this.showView(state.view);
	}

	setEphemeralState(state: any): void {
		const subpath = typeof state?.subpath === "string" ? state.subpath.replace(/^#/, "") : "";
		if (subpath && this.file) this.showView(subpath);
	}

	/** Stand-in only: what the filter box does (an extra filter on top of the file's), and what tests call. */
	setFilter(text: string): void {
		this.extraFilter = text;
		if (this.filterEl.value !== text) this.filterEl.value = text;
		if (this.viewName !== null) this.showView(this.viewName);
	}

	/** Reads the `.base` file again and shows the view of that name (or the first). */
	private async reload(file: TFile | null = this.file): Promise<void> {
		if (!file) return;
		try {
			const parsed: unknown = parseYaml(await this.app.vault.read(file));
			this.base = parsed && typeof parsed === "object" ? (parsed as BasesConfigFile) : {};
		} catch (error) {
			this.base = {};
			this.errorEl.setText(`This base could not be read: ${error instanceof Error ? error.message : String(error)}`);
		}
		const views = (this.base.views ?? []).filter((v) => v && typeof v === "object");
		this.base.views = views.length > 0 ? views : [{ type: "table", name: "Table" }];
		this.viewSelectEl.empty();
		for (const v of this.base.views) this.viewSelectEl.createEl("option", { text: String(v.name ?? v.type), value: String(v.name ?? v.type) });
		this.showView(this.viewName ?? String(this.base.views[0].name ?? this.base.views[0].type));
	}

	private closeView(): void {
		if (this.current?.view) this.removeChild(this.current.view);
		this.current = null;
		this.viewEl.empty();
	}

	/** Shows the view of that name: a new view from its registration, its query run, onDataUpdated. */
	showView(name: string): void {
		const views = this.base.views ?? [];
		const raw = views.find((v) => String(v.name ?? v.type) === name) ?? views[0];
		if (!raw) return;
		this.closeView();
		this.errorEl.empty();
		this.viewName = String(raw.name ?? raw.type);
		this.viewSelectEl.value = this.viewName;
		const config = new BasesViewConfig(raw, this.base, () => this.rerun());
		const controller = new QueryController(this.app, this.base, config, this.extraFilter);
		try {
			controller.run();
		} catch (error) {
			this.errorEl.setText(`Filter: ${error instanceof Error ? error.message : String(error)}`);
			this.countEl.setText("");
			this.current = { config, controller, view: null };
			return;
		}
		const registration = this.app.bases.get(String(raw.type));
		const containerEl = this.viewEl.createDiv({ cls: "bases-view-container", attr: { "data-view-type": String(raw.type) } });
		if (!registration) {
			containerEl.createDiv({ cls: "bases-unknown-view", text: `No view of type "${String(raw.type)}": its plugin is not enabled.` });
			this.current = { config, controller, view: null };
			return;
		}
		const view = registration.factory(controller, containerEl);
		this.current = { config, controller, view };
		this.addChild(view);
		this.updated();
	}

	/** Runs the current view's query again and gives the view its new data. */
	rerun(): void {
		const current = this.current;
		if (!current) return;
		try {
			current.controller.run();
		} catch (error) {
			this.errorEl.setText(`Filter: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		this.updated();
	}

	private updated(): void {
		const current = this.current;
		if (!current) return;
		const { controller, view } = current;
		this.countEl.setText(`${controller.result.data.length} results`);
		if (!view) return;
		view.data = controller.result;
		view.allProperties = controller.allProperties;
		view.onDataUpdated();
	}
}
