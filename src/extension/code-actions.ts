import * as vscode from 'vscode';
import { findingsAt, type Fix } from '../core';
import { type AnalysisCache } from './analysis';
import { toDiagnostic } from './diagnostics';

/** Turns a fix (plain data: offset edits) into a workspace edit on the document; a snippet fix as snippet edits. */
export function toWorkspaceEdit(document: vscode.TextDocument, fix: Pick<Fix, 'edits' | 'snippet'>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const range = (e: Fix['edits'][number]) => new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
  if (fix.snippet) {
    edit.set(
      document.uri,
      fix.edits.map((e) => new vscode.SnippetTextEdit(range(e), new vscode.SnippetString(e.newText))),
    );
    return edit;
  }
  for (const e of fix.edits) edit.replace(document.uri, range(e), e.newText);
  return edit;
}

/** A quick fix whose edits the worker builds when it is chosen (a deferred fix), for the version it was offered on. */
class DeferredAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    readonly version: number,
    readonly fix: Fix,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

/** Offers each finding's fixes as quick fixes on the diagnostic they repair. */
export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const analysis = await this.cache.get(document);
    if (!analysis) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of findingsAt(analysis.findings, range)) {
      if (finding.fixes.length === 0) continue;
      for (const fix of finding.fixes) {
        const action = fix.deferred ? new DeferredAction(fix.title, document, analysis.version, fix) : new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        if (!fix.deferred) action.edit = toWorkspaceEdit(document, fix);
        action.diagnostics = [toDiagnostic(finding)];
        action.isPreferred = finding.fixes.length === 1 && actions.length === 0;
        actions.push(action);
      }
    }
    return actions;
  }

  /**
   * A deferred fix is built by the worker now that it was chosen; nothing when the document changed
   * since it was offered (its offsets are the offered version's) or while it was built.
   */
  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof DeferredAction) || action.document.version !== action.version) return action;
    const edits = await this.cache.query(action.document, 'resolveFix', { fix: action.fix });
    if (edits) action.edit = toWorkspaceEdit(action.document, { edits });
    return action;
  }
}
