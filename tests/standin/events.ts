// Events and Component: Obsidian's event bus and the load/unload lifecycle with registered cleanups.

export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: any[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private _events: Record<string, EventRef[]> = {};

	on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		(this._events[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._events[name];
		if (!list) return;
		this._events[name] = list.filter((ref) => ref.fn !== callback);
		if (this._events[name].length === 0) delete this._events[name];
	}

	offref(ref: EventRef): void {
		const list = this._events[ref.name];
		if (!list) return;
		this._events[ref.name] = list.filter((r) => r !== ref);
		if (this._events[ref.name].length === 0) delete this._events[ref.name];
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this._events[name];
		if (!list) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (e) {
			// Obsidian logs a failing handler and carries on with the others.
			setTimeout(() => {
				throw e;
			}, 0);
		}
	}

	/** Stand-in only: how many handlers are registered for `name` (or for every name). */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._events[name]?.length ?? 0;
		return Object.values(this._events).reduce((n, list) => n + list.length, 0);
	}
}

export class Component {
	_loaded = false;
	_events: Array<() => unknown> = [];
	_children: Component[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		const children = this._children;
		this._children = [];
		while (children.length) children.pop()!.unload();
		const cleanups = this._events;
		this._events = [];
		while (cleanups.length) {
			const cb = cleanups.pop()!;
			try {
				cb();
			} catch (e) {
				console.error(e);
			}
		}
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => any): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
