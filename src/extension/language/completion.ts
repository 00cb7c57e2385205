import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { configFor } from '../settings';
import { completionContext, shorten } from './locate';

export const COMPLETION_TRIGGERS = ['^', '>', '[', ',', '-', ' '];

/**
 * Inside `^`, `<sup>` or `[`: reference numbers with the start of their text. After "Figure " or
 * "Table ": the existing numbers with their captions.
 */
export class CaseReportCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    const context = completionContext(prefix, configFor(document).citations.brackets);
    if (!context) return undefined;
    const analysis = this.cache.get(document);
    if (!analysis) return undefined;
    const model = analysis.model;
    if (isInCode(model.prose, model.text, document.offsetAt(position))) return undefined;
    const range = new vscode.Range(position.translate(0, -context.typed.length), position);
    if (context.type === 'citation') {
      return (model.references?.entries ?? []).map((entry, index) => {
        const item = new vscode.CompletionItem({ label: String(entry.number), description: shorten(entry.text, 60) }, vscode.CompletionItemKind.Reference);
        item.detail = `Reference ${entry.number}`;
        item.documentation = new vscode.MarkdownString().appendText(entry.text);
        item.range = range;
        item.sortText = String(index).padStart(5, '0');
        item.filterText = String(entry.number);
        return item;
      });
    }
    const name = context.kind === 'figure' ? 'Figure' : 'Table';
    const floats = (context.kind === 'figure' ? model.figures : model.tables).filter((f) => f.number !== undefined);
    const seen = new Set<string>();
    const items: vscode.CompletionItem[] = [];
    for (const float of floats) {
      const label = `${float.number}${float.panel ?? ''}`;
      if (seen.has(label)) continue;
      seen.add(label);
      const item = new vscode.CompletionItem({ label, description: shorten(float.caption || 'No caption', 60) }, vscode.CompletionItemKind.Reference);
      item.detail = `${name} ${label}`;
      item.documentation = new vscode.MarkdownString().appendText(float.caption || 'No caption');
      item.range = range;
      item.sortText = String(float.number).padStart(5, '0') + (float.panel ?? '');
      item.filterText = label;
      items.push(item);
    }
    return items;
  }
}

/** Code spans, fenced code, comments and the frontmatter are blanked in `prose`: no suggestions there. */
function isInCode(prose: string, text: string, offset: number): boolean {
  let at = Math.min(offset, text.length) - 1;
  while (at > 0 && /\s/.test(text[at])) at--;
  return at >= 0 && prose[at] !== text[at];
}
