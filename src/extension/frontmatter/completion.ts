import * as vscode from 'vscode';
import type { FrontmatterCompletion } from '../../core';
import type { AnalysisCache } from '../analysis';

/**
 * Completion inside the frontmatter: keys with their schema descriptions, the house style's
 * categories and article types, common degrees, today's date; answered by the analysis worker.
 * Works before the block is closed, so a new report can be started from an empty file with `---`.
 */
export class FrontmatterCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '[', ',', '-'];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    if (position.line > 400 || !/^---[ \t]*$/.test(document.lineAt(0).text)) return undefined;
    const proposals = await this.cache.query(document, 'frontmatterCompletion', { offset: document.offsetAt(position) });
    return proposals && proposals.length > 0 ? proposals.map((p) => toItem(document, p)) : undefined;
  }
}

function toItem(document: vscode.TextDocument, proposal: FrontmatterCompletion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(proposal.label, proposal.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.EnumMember);
  item.insertText = proposal.snippet ? new vscode.SnippetString(proposal.insertText) : proposal.insertText;
  item.range = new vscode.Range(document.positionAt(proposal.replaceStart), document.positionAt(proposal.replaceEnd));
  if (proposal.detail) item.detail = proposal.detail;
  if (proposal.documentation) item.documentation = new vscode.MarkdownString(proposal.documentation);
  if (proposal.sortText) item.sortText = proposal.sortText;
  // Values with spaces ("Systemic Lupus Erythematosus") are found by any of their words.
  item.filterText = proposal.label;
  return item;
}
