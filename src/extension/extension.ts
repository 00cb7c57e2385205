import * as vscode from 'vscode';
import { AnalysisCache } from './analysis';
import { log, openLog } from './log';
import { connect } from './worker/connection';
import { registerCareChecklist } from './care/checklist-view';
import { FindingCodeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { registerFrontmatterFeatures } from './frontmatter';
import { watchHouseStyles } from './settings';
import { LibraryWatcher } from './library-watcher';
import { WordCountStatusBar } from './status-bar';
import { registerLanguageFeatures } from './language';
import { extendMarkdownIt, registerPreview } from './preview';
import { registerExportCommands } from './export/commands';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Activated when the first Markdown file opens; nothing is parsed before that. */
export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: typeof extendMarkdownIt } {
  context.subscriptions.push(openLog());
  const cache = new AnalysisCache(connect(log));
  const diagnostics = new DiagnosticsPublisher(cache);
  context.subscriptions.push(
    cache,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new FindingCodeActions(cache), { providedCodeActionKinds: FindingCodeActions.kinds }),
  );
  registerCareChecklist(context, cache);
  context.subscriptions.push(new WordCountStatusBar(cache));
  registerLanguageFeatures(context, cache);
  registerFrontmatterFeatures(context);
  // Edits to .casereport.json/.yaml apply at once: drop cached analyses and re-check open reports.
  context.subscriptions.push(watchHouseStyles(() => {
    cache.clear();
    diagnostics.refreshAll();
  }));
  // A reference library rewritten (Zotero's auto-export): the reports citing from it are checked again.
  const libraries = new LibraryWatcher(() => {
    cache.clear();
    diagnostics.refreshAll();
  });
  cache.onLibraries = (paths) => libraries.watch(paths);
  context.subscriptions.push(libraries);
  registerPreview(context, cache);
  registerExportCommands(context, cache);
  // VS Code's built-in Markdown preview picks this up (`markdown.markdownItPlugins`).
  return { extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
