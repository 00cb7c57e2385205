import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { exportHtml } from './export';
import { PreviewManager } from './manager';

/** The preview's commands and panels. */
export function registerPreview(context: vscode.ExtensionContext, cache: AnalysisCache): PreviewManager {
  const manager = new PreviewManager(context.extensionUri, cache);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('casereport.preview.openToSide', (uri?: vscode.Uri) => manager.openToSide(uri)),
    vscode.commands.registerCommand('casereport.preview.exportHtml', (uri?: vscode.Uri) => exportHtml(context.extensionUri, cache, uri)),
  );
  return manager;
}

export { extendMarkdownIt } from './markdown-it';
