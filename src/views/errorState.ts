// When a chart fails, its own pane or block says so and offers a way to report it; the rest of the
// plugin and of Obsidian goes on.
import { Notice } from "obsidian";

export function describeError(error: unknown): string {
	if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`;
	return String(error);
}

/** Replaces the container's content with the error, a button to copy its details and one to try again. */
export function showErrorState(container: HTMLElement, what: string, error: unknown, retry?: () => void): void {
	container.empty();
	const box = container.createDiv({ cls: "imagenet-error", attr: { role: "alert" } });
	box.createDiv({ cls: "imagenet-error-title", text: `${what} could not be drawn. The rest of your vault is fine.` });
	box.createEl("code", { cls: "imagenet-error-message", text: error instanceof Error ? error.message : String(error) });
	const actions = box.createDiv({ cls: "imagenet-error-actions" });
	const copy = actions.createEl("button", { text: "Copy error details" });
	copy.addEventListener("click", () => {
		void navigator.clipboard.writeText(`ImageNet Atlas: ${what} could not be drawn.\n${describeError(error)}`).then(() => new Notice("Error details copied. Paste them into a bug report."));
	});
	if (retry) {
		const again = actions.createEl("button", { cls: "mod-cta", text: "Try again" });
		again.addEventListener("click", retry);
	}
}
