// The command palette actions. Names in sentence case; no default hotkeys.
import { Notice, type App, type Editor, type Plugin, type WorkspaceLeaf } from "obsidian";
import { standaloneSvg } from "./charts/export";
import type { VaultIndex } from "./index/VaultIndex";
import { insertionLine, resultsMarkdownTable } from "./report";
import { entityForNote } from "./model/activeEntity";
import { CARD_VIEW } from "./views/CardView";
import { IssuesModal } from "./views/IssuesModal";
import { OfficialCheckModal } from "./views/OfficialCheckModal";
import { ChartView } from "./views/ChartView";
import { TIMELINE_VIEW } from "./views/TimelineView";
import { saveChart } from "./views/exportFiles";
import { LINEAGE_VIEW, LineageView } from "./views/LineageView";
import type { AtlasSettings } from "./settings";

export interface CommandHost extends Plugin {
	index: VaultIndex;
	settings: AtlasSettings;
	openView(type: string): Promise<WorkspaceLeaf>;
}

export function registerCommands(host: CommandHost): void {
	const { app } = host;
	host.addCommand({ id: "open-timeline", name: "Open error-rate timeline", callback: () => void host.openView(TIMELINE_VIEW) });
	host.addCommand({ id: "open-lineage", name: "Open lineage graph", callback: () => void host.openView(LINEAGE_VIEW) });
	host.addCommand({ id: "open-card", name: "Open ImageNet card", callback: () => void host.openView(CARD_VIEW) });
	host.addCommand({
		id: "reveal-current-note",
		name: "Reveal current note in the lineage graph",
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file) return false;
			if (checking) return true;
			const aliases = app.metadataCache.getFileCache(file)?.frontmatter?.aliases as unknown;
			const entity = entityForNote(host.index.model, file.path, Array.isArray(aliases) ? aliases.map(String) : []);
			if (!entity || entity.kind !== "model") {
				new Notice(`"${file.basename}" is not about a model in the lineage graph.`);
				return true;
			}
			void host.openView(LINEAGE_VIEW).then((leaf) => {
				if (leaf.view instanceof ChartView) leaf.view.reveal(entity.id);
			});
			return true;
		},
	});
	host.addCommand({ id: "check-official", name: "Check the notes against the official results", callback: () => new OfficialCheckModal(app, host.index.model).open() });
	host.addCommand({ id: "show-issues", name: "Show conflicts and data issues", callback: () => new IssuesModal(app, host.index.model, host.settings.explainConflicts).open() });
	host.addCommand({
		id: "insert-results-table",
		name: "Insert merged results table",
		editorCallback: (editor: Editor) => {
			// Never inside or above the frontmatter: a table there would break the note's properties.
			const cursor = editor.getCursor("from");
			const line = insertionLine(editor.getValue(), cursor.line);
			const table = resultsMarkdownTable(host.index.model);
			if (line === cursor.line) editor.replaceSelection(table);
			else if (line < editor.lineCount()) editor.replaceRange(`${table}\n`, { line, ch: 0 });
			else editor.replaceRange(`\n${table}`, { line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length });
		},
	});
	host.addCommand({
		id: "export-svg",
		name: "Export the active chart as SVG",
		checkCallback: (checking) => {
			const view = app.workspace.getActiveViewOfType(ChartView);
			const svg = view?.svg();
			if (!view || !svg) return false;
			if (checking) return true;
			void exportSvg(app, view, view.getDisplayText());
			return true;
		},
	});
	host.addCommand({
		id: "copy-model-json",
		name: "Copy the model as JSON",
		callback: async () => {
			await navigator.clipboard.writeText(JSON.stringify(host.index.model, null, 2));
			new Notice("The ImageNet model is on the clipboard as JSON.");
		},
	});
	host.addCommand({
		id: "rebuild-index",
		name: "Rebuild the index",
		callback: async () => {
			await host.index.rebuild();
			new Notice(`ImageNet Atlas read ${host.index.status.total} notes; ${host.index.notesInScope().size} are about ImageNet.`);
		},
	});
}

async function exportSvg(app: App, view: ChartView, title: string): Promise<void> {
	// The lineage graph whole, at 1:1, whatever the pane shows; the timeline as drawn.
	const full = view instanceof LineageView ? view.fullSizeSvg() : null;
	const svg = view.svg();
	if (full) await saveChart(app, title, full.svg);
	else if (svg) await saveChart(app, title, standaloneSvg(svg));
}

