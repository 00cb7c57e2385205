import * as vscode from 'vscode';
import type { Fix } from '../core/types';
import { toRange, type AnalysisCache } from './analysis';
import { toDiagnostic } from './diagnostics';

/** Turns a fix (plain data: offset edits) into a workspace edit on the document. */
export function toWorkspaceEdit(document: vscode.TextDocument, fix: Pick<Fix, 'edits'>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  }
  return edit;
}

/** Offers each finding's fixes as quick fixes on the diagnostic they repair. */
export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const analysis = await this.cache.get(document);
    if (!analysis) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of analysis.findings) {
      if (finding.fixes.length === 0 || !toRange(finding).intersection(range)) continue;
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix);
        action.diagnostics = [toDiagnostic(finding)];
        action.isPreferred = finding.fixes.length === 1;
        actions.push(action);
      }
    }
    return actions;
  }
}
