import * as vscode from 'vscode';
import { AnalysisCache } from './analysis';
import { FindingCodeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Activated when the first Markdown file opens; nothing is parsed before that. */
export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  const diagnostics = new DiagnosticsPublisher(cache);
  context.subscriptions.push(
    cache,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new FindingCodeActions(cache), { providedCodeActionKinds: FindingCodeActions.kinds }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
