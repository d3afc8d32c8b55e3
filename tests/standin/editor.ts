// An Editor stand-in over plain text, with Obsidian's Editor method names and positions ({line, ch}, 0-based).

export interface EditorPosition {
	line: number;
	ch: number;
}
export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}
export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

function cmp(a: EditorPosition, b: EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

export class Editor {
	private text = "";
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };
	private focused = false;
	/** Stand-in only: called after every change the editor makes (not after setValue with silent=true). */
	onChange: ((editor: Editor) => void) | null = null;
	/** Stand-in only: the line last scrolled into view. */
	scrolledTo: EditorRange | null = null;

	constructor(text = "") {
		this.text = text;
	}

	getValue(): string {
		return this.text;
	}
	setValue(content: string, silent = false): void {
		this.text = content;
		this.anchor = this.clip(this.anchor);
		this.head = this.clip(this.head);
		if (!silent) this.onChange?.(this);
	}
	getDoc(): this {
		return this;
	}
	refresh(): void {}
	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	lineCount(): number {
		return this.lines().length;
	}
	lastLine(): number {
		return this.lineCount() - 1;
	}
	private lines(): string[] {
		return this.text.split("\n");
	}
	private clip(pos: EditorPosition): EditorPosition {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		return { line, ch: Math.max(0, Math.min(pos.ch, lines[line].length)) };
	}
	posToOffset(pos: EditorPosition): number {
		const p = this.clip(pos);
		const lines = this.lines();
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += lines[i].length + 1;
		return offset + p.ch;
	}
	offsetToPos(offset: number): EditorPosition {
		const lines = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let line = 0; line < lines.length; line++) {
			if (rest <= lines[line].length) return { line, ch: rest };
			rest -= lines[line].length + 1;
		}
		return { line: lines.length - 1, ch: lines[lines.length - 1].length };
	}
	getCursor(string: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const [from, to] = cmp(this.anchor, this.head) <= 0 ? [this.anchor, this.head] : [this.head, this.anchor];
		const pos = { from, to, head: this.head, anchor: this.anchor }[string];
		return { ...pos };
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.head = this.clip(p);
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
	}
	setSelections(ranges: EditorSelection[], main?: number): void {
		const r = ranges[main ?? 0] ?? ranges[0];
		if (r) this.setSelection(r.anchor, r.head);
	}
	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}
	somethingSelected(): boolean {
		return cmp(this.anchor, this.head) !== 0;
	}
	getSelection(): string {
		return this.getRange(this.getCursor("from"), this.getCursor("to"));
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string, _origin?: string): void {
		const from = this.getCursor("from");
		this.replaceRange(replacement, from, this.getCursor("to"));
		this.setCursor(this.offsetToPos(this.posToOffset(from) + replacement.length));
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const headOffset = this.posToOffset(this.head);
		const anchorOffset = this.posToOffset(this.anchor);
		this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
		const shift = (o: number) => (o >= b ? o + replacement.length - (b - a) : o > a ? a : o);
		this.head = this.offsetToPos(shift(headOffset));
		this.anchor = this.offsetToPos(shift(anchorOffset));
		this.onChange?.(this);
	}
	transaction(tx: { changes?: Array<{ text: string; from: EditorPosition; to?: EditorPosition }>; selection?: { from: EditorPosition; to?: EditorPosition } }): void {
		const changes = (tx.changes ?? []).slice().sort((x, y) => cmp(y.from, x.from));
		for (const c of changes) this.replaceRange(c.text, c.from, c.to);
		if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let a = pos.ch;
		let b = pos.ch;
		while (a > 0 && /\w/.test(line[a - 1])) a--;
		while (b < line.length && /\w/.test(line[b])) b++;
		return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
	}
	scrollIntoView(range: EditorRange, _center?: boolean): void {
		this.scrolledTo = range;
	}
	scrollTo(_x?: number | null, _y?: number | null): void {}
	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}
	focus(): void {
		this.focused = true;
	}
	blur(): void {
		this.focused = false;
	}
	hasFocus(): boolean {
		return this.focused;
	}
	undo(): void {}
	redo(): void {}
	exec(_command: string): void {}
	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => { from: EditorPosition; to?: EditorPosition; text: string } | void, _ignoreEmpty = true): void {
		const changes: Array<{ from: EditorPosition; to?: EditorPosition; text: string }> = [];
		for (let i = 0; i < this.lineCount(); i++) {
			const change = write(i, this.getLine(i), read(i, this.getLine(i)));
			if (change) changes.push(change);
		}
		this.transaction({ changes });
	}
}
