// The export commands' work, in its own bundle (dist/export.js) that the extension loads only when an
// export runs: the docx library and the PDF printer never weigh on activation.
import * as vscode from 'vscode';
import { parseDocument, parseOptions, type Finding } from '../../core';
import { createNodeHost } from '../../node/host';
import { NoBrowserError } from '../../node/pdf/browser';
import { buildManuscript, type ManuscriptFormat } from '../../node/manuscript';
import { imageRoots } from '../preview/local-image';
import { configFor } from '../settings';
import { confirmExport } from './confirm';
import { offerOpen, writeThroughRename } from './deliver';
import { besideReport } from './where';

export type ExportFormatName = ManuscriptFormat;

const FORMATS: Record<ExportFormatName, { extension: string; label: string; filters: Record<string, string[]> }> = {
  docx: { extension: '.docx', label: 'Word manuscript', filters: { 'Word document': ['docx'] } },
  pdf: { extension: '.pdf', label: 'PDF', filters: { PDF: ['pdf'] } },
};

export interface ExportRequest {
  format: ExportFormatName;
  document: vscode.TextDocument;
  /** The report's current findings (the Problems panel's), for the question before exporting. */
  findings: readonly Finding[];
  extensionUri: vscode.Uri;
  /** Where to write without asking (tests, other extensions); the save dialog otherwise. */
  target?: vscode.Uri;
}

/**
 * Exports a report: asks once if it has error-severity or patient-privacy findings (confirmExport,
 * as Export HTML does), proposes a file
 * beside the report, builds it under a progress notification, writes it through a temporary file and
 * a rename, then offers Open and Reveal. Every failure is a notification saying why. Resolves to the
 * written file, or undefined when nothing was written.
 */
export async function runExport(request: ExportRequest): Promise<vscode.Uri | undefined> {
  const { document, format: name } = request;
  const format = FORMATS[name];
  if (!(await confirmExport(request.findings))) return undefined;
  const target = request.target ?? (await vscode.window.showSaveDialog({
    defaultUri: document.isUntitled ? undefined : document.uri.with({ path: besideReport(document.uri.path, format.extension) }),
    filters: format.filters,
    saveLabel: 'Export',
    title: `Export ${format.label}`,
  }));
  if (!target) return undefined;
  const fileName = target.path.split('/').pop() ?? target.path;

  let warnings: string[];
  try {
    warnings = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Exporting ${fileName}…` }, async () => {
      const { bytes, warnings } = await build(request);
      await writeThroughRename(target, bytes);
      return warnings;
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`${fileName} was not exported: ${reason(error)}`);
    return undefined;
  }
  void offerOpen(target, warnings);
  return target;
}

async function build({ format, document, extensionUri }: ExportRequest): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const config = configFor(document);
  const path = document.uri.scheme === 'file' && !document.isUntitled ? document.uri.fsPath : undefined;
  const model = parseDocument(document.getText(), parseOptions(config), path);
  return buildManuscript(format, model, {
    config,
    host: createNodeHost(),
    imageRoots: imageRoots(document),
    css: async () => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.css'))).toString('utf8'),
  });
}

/** Why an export failed, in one sentence: the browser to install, the file system's reason. */
function reason(error: unknown): string {
  if (error instanceof NoBrowserError) return error.message;
  if (error instanceof vscode.FileSystemError) return `${error.code || 'the file could not be written'}: ${error.message.split('\n')[0]}`;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
