import * as vscode from 'vscode';
import { AnalysisCache } from './analysis';
import { log, openLog } from './log';
import { connect } from './worker/connection';
import { registerCareChecklist } from './care/checklist-view';
import { FindingCodeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { registerFrontmatterFeatures } from './frontmatter';
import { watchHouseStyles } from './settings';
import { FileWatcher } from './file-watcher';
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
  registerFrontmatterFeatures(context, cache);
  const previews = registerPreview(context, cache);
  // A file the reports depend on changed on disk: drop cached analyses, re-check open reports, render the previews again.
  const recheck = () => {
    cache.clear();
    diagnostics.refreshAll();
    previews.filesChanged();
  };
  // Edits to .casereport.json/.yaml apply at once.
  context.subscriptions.push(watchHouseStyles(recheck));
  // A reference library rewritten (Zotero's auto-export), a figure's image added, replaced or deleted.
  const files = new FileWatcher(recheck);
  cache.onFiles = (uri, paths) => files.watchFor(uri, paths);
  context.subscriptions.push(files);
  registerExportCommands(context, cache);
  // VS Code's built-in Markdown preview picks this up (`markdown.markdownItPlugins`).
  return { extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
