import * as vscode from 'vscode';
import { citationInsertion } from '../../core';
import type { AnalysisCache } from '../analysis';

export const INSERT_CITATION_COMMAND = 'casereport.insertCitation';

/**
 * "Case Report: Insert Citation…": a quick pick over the report's library (key; authors, year;
 * title), then `[@key]` at the cursor (` [@key]` after a word, as Pandoc writes it), or `; @key` added
 * inside the key citation the cursor is in.
 */
export function registerInsertCitation(cache: AnalysisCache): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_CITATION_COMMAND, async () => {
    const editor = await caseReportEditor(cache, 'insert a citation');
    if (!editor) return false;
    const document = editor.document;
    const version = document.version;
    const offset = document.offsetAt(editor.selection.active);
    const pick = await cache.query(document, 'citationPick', { offset });
    if (!pick) return false;
    if (pick.items.length === 0) {
      void vscode.window.showWarningMessage('The report has no reference library with entries: name one in the frontmatter (bibliography: references.bib).');
      return false;
    }
    const chosen = await vscode.window.showQuickPick(
      pick.items.map((item) => ({ label: item.key, description: [item.authors, item.year].filter(Boolean).join(', '), detail: item.title })),
      { placeHolder: 'Cite a reference from the library (type a key, an author, a year or a title word)', matchOnDescription: true, matchOnDetail: true },
    );
    if (!chosen) return false;
    if (document.version !== version) {
      void vscode.window.showWarningMessage('The document changed while the list was open: run the command again.');
      return false;
    }
    const edit = citationInsertion(chosen.label, offset, pick.bracketEnd, document.getText());
    return editor.edit((builder) => builder.insert(document.positionAt(edit.start), edit.newText));
  });
}

/** The active editor when it holds a case report; otherwise undefined, after a warning saying what to open. */
export async function caseReportEditor(cache: AnalysisCache, toDo: string): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor && (await cache.isCaseReport(editor.document))) return editor;
  void vscode.window.showWarningMessage(`Open a case report to ${toDo}.`);
  return undefined;
}
