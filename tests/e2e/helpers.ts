// Shared by the end-to-end tests: Debian's chromium through playwright-core, the preview page, and a
// record of everything that must not happen (console errors, page errors, requests leaving 127.0.0.1).
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface Session {
	page: Page;
	context: BrowserContext;
	consoleErrors: string[];
	pageErrors: string[];
	/** Every request whose host is not 127.0.0.1 (data: and blob: never leave the page). */
	external: string[];
	requests: string[];
	close(): Promise<void>;
}

export interface OpenOptions {
	clipboard?: boolean;
	viewport?: { width: number; height: number };
	/** Runs in the page before any of its scripts. */
	initScript?: () => void;
}

/** Opens the preview at `base` + `query` in a fresh context and waits until the page says it is ready. */
export async function openPreview(browser: Browser, base: string, query = "", options: OpenOptions = {}): Promise<Session> {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
	if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
	const page = await context.newPage();
	page.setDefaultTimeout(8000);
	const session: Session = {
		page,
		context,
		consoleErrors: [],
		pageErrors: [],
		external: [],
		requests: [],
		close: () => context.close(),
	};
	page.on("console", (msg) => {
		if (msg.type() === "error") session.consoleErrors.push(msg.text());
	});
	page.on("pageerror", (error) => session.pageErrors.push(error.message));
	context.on("request", (request) => {
		const url = request.url();
		session.requests.push(url);
		const { protocol, hostname } = new URL(url);
		if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return;
		if (hostname !== "127.0.0.1") session.external.push(url);
	});
	if (options.initScript) await page.addInitScript(options.initScript);
	await page.goto(base + query);
	await page.waitForSelector('body[data-preview-ready="true"]', { timeout: 15_000 });
	return session;
}

/** No console error, no page error, no request that left 127.0.0.1. */
export function expectClean(session: Session): void {
	expect(session.pageErrors, "page errors").toEqual([]);
	expect(session.consoleErrors, "console errors").toEqual([]);
	expect(session.external, "requests leaving 127.0.0.1").toEqual([]);
	expect(session.requests.length).toBeGreaterThan(0);
}

/** Runs a command the way a person does: Ctrl+P, type, Enter. Checks the chosen suggestion first. */
export async function runFromPalette(page: Page, id: string, typed: string): Promise<void> {
	await page.keyboard.press("Control+P");
	const input = page.locator(".preview-palette .prompt-input");
	await input.waitFor();
	await input.fill(typed);
	await page.waitForSelector(`.preview-palette .suggestion-item.is-selected[data-command="imagenet-atlas:${id}"]`, { timeout: 5000 });
	await input.press("Enter");
	await page.waitForSelector(".preview-palette", { state: "detached" });
}

export async function activePath(page: Page): Promise<string | null> {
	return page.evaluate(() => window.app.workspace.getActiveFile()?.path ?? null);
}

export async function waitForActivePath(page: Page, path: string): Promise<void> {
	await page.waitForFunction((p) => window.app.workspace.getActiveFile()?.path === p, path, { timeout: 5000 });
}

export async function rootLeafCount(page: Page): Promise<number> {
	return page.evaluate(() => {
		let n = 0;
		window.app.workspace.iterateRootLeaves(() => n++);
		return n;
	});
}

/** The cursor line (0-based) of the active note's editor. */
export async function cursorLine(page: Page): Promise<number | null> {
	return page.evaluate(() => {
		const view = window.app.workspace.activeLeaf?.view as unknown as { editor?: { getCursor(): { line: number } } };
		return view?.editor ? view.editor.getCursor().line : null;
	});
}

/**
 * One Chromium for the test file and fresh pages for each test: `open` starts the preview in a new
 * context; after each test every page it opened is checked clean (no console or page error, no
 * request leaving 127.0.0.1) and closed.
 */
export function usePreview(): { open: (base: string, query?: string, options?: OpenOptions) => Promise<Session> } {
	let browser: Browser | null = null;
	let opened: Session[] = [];
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async () => {
		const sessions = opened;
		opened = [];
		try {
			for (const session of sessions) expectClean(session);
		} finally {
			for (const session of sessions) await session.close();
		}
	});
	return {
		async open(base, query = "", options = {}) {
			if (!browser) throw new Error("usePreview() must be called at the top of a test file");
			const session = await openPreview(browser, base, query, options);
			opened.push(session);
			return session;
		},
	};
}
