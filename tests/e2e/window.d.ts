// The stand-in's App is window.app in the preview page, as in Obsidian.
import type { App } from "../standin/obsidian";

declare global {
	interface Window {
		app: App;
	}
}
export {};
