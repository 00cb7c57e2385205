import * as vscode from 'vscode';
import { citedParts, partsInsertion, type CitedPart } from '../../core';
import type { AnalysisCache } from '../analysis';
import { caseReportEditor } from '../language/insert-citation';
import { log } from '../log';
import { CaywError, citeAsYouWrite, ZOTERO_PORT, type CaywAnswer } from './cayw';

export const CITE_FROM_ZOTERO_COMMAND = 'casereport.citeFromZotero';

/**
 * "Case Report: Cite from Zotero": Zotero's citation picker through Better BibTeX's
 * cite-as-you-write endpoint on 127.0.0.1; the picked works are inserted at the cursor as
 * "Case Report: Insert Citation…" inserts one (`[@a; @b]`, or `; @a; @b` inside the key citation
 * the cursor is in), prefixes and locators kept. Picked keys the report's library lacks are named.
 */
export function registerCiteFromZotero(cache: AnalysisCache): vscode.Disposable {
  return vscode.commands.registerCommand(CITE_FROM_ZOTERO_COMMAND, async () => {
    const editor = await caseReportEditor(cache, 'cite from Zotero');
    if (!editor) return false;
    const document = editor.document;
    const answer = await askZotero();
    if (answer?.kind !== 'picked') return false;
    const parts = citedParts(answer.citation);
    if (!parts) {
      void vscode.window.showErrorMessage(`Zotero answered with something that is not a Pandoc citation: ${answer.citation.slice(0, 160)}`);
      return false;
    }
    if (parts.length === 0) return false;
    // The picker may have been open a while: insert where the cursor is now, in the same report.
    const target = vscode.window.activeTextEditor;
    if (target?.document !== document) {
      await vscode.env.clipboard.writeText(answer.citation);
      void vscode.window.showInformationMessage(`The report is no longer the active editor: the citation ${answer.citation} is on the clipboard.`);
      return false;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const offset = document.offsetAt(target.selection.active);
      const pick = await cache.query(document, 'citationPick', { offset });
      if (!pick) continue; // the document changed meanwhile: ask again about the new version
      const edit = partsInsertion(
        parts.map((p) => p.written),
        offset,
        pick.bracketEnd,
        document.getText(),
      );
      const inserted = await target.edit((builder) => builder.insert(document.positionAt(edit.start), edit.newText));
      if (inserted) void tellMissing(parts, pick.items.map((item) => item.key), pick.files);
      return inserted;
    }
    void vscode.window.showWarningMessage('The report kept changing: the citation was not inserted. Run Cite from Zotero again.');
    return false;
  });
}

/** The picker's answer, with a progress notification whose Cancel stops waiting; undefined after an error shown to the author. */
async function askZotero(): Promise<CaywAnswer | undefined> {
  const port = vscode.workspace.getConfiguration('casereport').get<number>('zotero.port', ZOTERO_PORT);
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Cite from Zotero: pick the works in Zotero\'s citation picker…', cancellable: true },
      (_progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return citeAsYouWrite({ port, signal: abort.signal });
      },
    );
  } catch (error) {
    if (!(error instanceof CaywError)) throw error;
    log.info(`Cite from Zotero: ${error.problem}: ${error.message}`);
    // In a remote window the extension runs on the remote machine, and 127.0.0.1 is that machine.
    const remote = error.problem === 'not-running' && vscode.env.remoteName
      ? ` This window runs on a remote machine (${vscode.env.remoteName}), where 127.0.0.1 is not your computer: forward Zotero's port to it (ssh -R ${port}:127.0.0.1:23119).`
      : '';
    void vscode.window.showErrorMessage(error.message + remote);
    return undefined;
  }
}

/** Picked keys the report's library lacks: said once, with the way to the library file. */
async function tellMissing(parts: CitedPart[], keys: string[], files: { written: string; path?: string }[]): Promise<void> {
  const known = new Set(keys);
  const missing = [...new Set(parts.map((p) => p.key).filter((key) => !known.has(key)))];
  if (missing.length === 0) return;
  const named = missing.map((key) => `@${key}`).join(', ');
  if (files.length === 0) {
    void vscode.window.showWarningMessage(
      `${named}: the report names no reference library. Add bibliography: references.bib to the frontmatter, naming the file Better BibTeX keeps exported (in Zotero: Export Collection…, format Better BibTeX, Keep updated).`,
    );
    return;
  }
  const open = 'Open Library';
  const readable = files.find((file) => file.path);
  const chosen = await vscode.window.showWarningMessage(
    `${named} ${missing.length === 1 ? 'is' : 'are'} not in the report's library (${files.map((f) => f.written).join(', ')}). ` +
      'Better BibTeX\'s automatic export must include ' + (missing.length === 1 ? 'it' : 'them') + ': add the item to the exported collection in Zotero; the report is checked again when the file is rewritten.',
    ...(readable ? [open] : []),
  );
  if (chosen === open && readable?.path) await vscode.window.showTextDocument(vscode.Uri.file(readable.path), { preview: false });
}
