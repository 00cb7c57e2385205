import * as vscode from 'vscode';
import { completionContext, keyCompletionContext } from '../../core';
import type { AnalysisCache } from '../analysis';
import { configFor } from '../settings';

export const COMPLETION_TRIGGERS = ['^', '>', '[', ',', '-', ' ', '@'];

/**
 * Inside `^`, `<sup>` or `[`: reference numbers with the start of their text. After "Figure " or
 * "Table ": the existing numbers with their captions. After `[@` or `; @`: the library's keys
 * (matched by key, author, year or title word in the worker) with their AMA entries.
 */
export class CaseReportCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    // Most keystrokes (a space after any word) are not in a marker or after "Figure ": answered here.
    if (!keyCompletionContext(linePrefix) && !completionContext(linePrefix, configFor(document).citations.brackets)) return undefined;
    const completions = await this.cache.query(document, 'completion', { offset: document.offsetAt(position), linePrefix });
    if (!completions) return undefined;
    const range = new vscode.Range(position.translate(0, -completions.typed.length), position);
    const items = completions.items.map((proposal) => {
      const item = new vscode.CompletionItem({ label: proposal.label, description: proposal.description }, vscode.CompletionItemKind.Reference);
      item.detail = proposal.detail;
      item.documentation = new vscode.MarkdownString().appendText(proposal.documentation);
      item.range = range;
      item.sortText = proposal.sortText;
      item.filterText = proposal.filterText ?? proposal.label;
      // An open marker is closed too, as a snippet so the cursor lands after the delimiter.
      if (completions.close) item.insertText = new vscode.SnippetString().appendText(proposal.label + completions.close).appendTabstop(0);
      return item;
    });
    return new vscode.CompletionList(items, completions.incomplete ?? false);
  }
}
