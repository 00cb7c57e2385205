import { join } from 'node:path';
import * as vscode from 'vscode';
import { isMarkdown, type AnalysisCache } from '../analysis';
import type { ExportFormatName } from './run';

type ExportModule = typeof import('./run');
let loaded: ExportModule | undefined;

/**
 * The export module (dist/export.js), required when an export runs: kept out of extension.js so
 * that the docx library and the PDF printer add nothing to activation. From the sources (tests,
 * the benchmark) it is the module itself.
 */
function exportModule(): ExportModule {
  if (!loaded) {
    const bundled = __filename.endsWith('extension.js');
    // A computed path, so that the bundler leaves this require alone.
    loaded = require(bundled ? join(__dirname, 'export.js') : join(__dirname, 'run')) as ExportModule;
  }
  return loaded;
}

/** "Case Report: Export Word Manuscript (.docx)" and "Case Report: Export PDF". */
export function registerExportCommands(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  const register = (command: string, format: ExportFormatName) =>
    vscode.commands.registerCommand(command, async (uri?: vscode.Uri, options?: { target?: vscode.Uri }) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document || !isMarkdown(document)) {
        void vscode.window.showInformationMessage('Open a Markdown case report to export it.');
        return undefined;
      }
      const analysis = await cache.get(document).catch(() => undefined);
      return exportModule().runExport({
        format,
        document,
        findings: analysis?.findings ?? [],
        extensionUri: context.extensionUri,
        target: options?.target instanceof vscode.Uri ? options.target : undefined,
      });
    });
  context.subscriptions.push(register('casereport.export.docx', 'docx'), register('casereport.export.pdf', 'pdf'));
}
