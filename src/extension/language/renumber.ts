import * as vscode from 'vscode';
import { fixAll } from '../../core/fix-all';
import type { DocumentModel } from '../../core/model';
import { FLOATS_TITLE, REFERENCES_TITLE, renumberFiguresAndTables, renumberReferences } from '../../core/renumber';
import type { Fix } from '../../core/types';
import { diskHost, documentPath, type AnalysisCache } from '../analysis';
import { toWorkspaceEdit } from '../code-actions';
import { configFor } from '../settings';
import { spanRange } from './ranges';

export const RENUMBER_REFERENCES_COMMAND = 'casereport.renumberReferences';
export const RENUMBER_FLOATS_COMMAND = 'casereport.renumberFigures';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('casereport');

const REFERENCE_CODES = new Set(['citation-order', 'reference-numbering']);
const FLOAT_CODES = new Set(['figure-order', 'table-order', 'figure-numbering', 'table-numbering']);

type Planned = { fix: Fix } | { reason: string; span?: { start: number; end: number } } | { unchanged: string };

function planReferences(model: DocumentModel): Planned {
  const outcome = renumberReferences(model);
  if (outcome.status === 'changed') return { fix: outcome.fix };
  if (outcome.status === 'blocked') return { reason: outcome.reason, span: outcome.span };
  return { unchanged: 'References are already numbered in order of first citation.' };
}

function planFloats(model: DocumentModel): Planned {
  const { fix, blocked } = renumberFiguresAndTables(model);
  if (fix) return { fix };
  if (blocked.length > 0) return { reason: blocked.join(' ') };
  return { unchanged: 'Figures and tables are already numbered in order of first mention.' };
}

/**
 * The two renumber commands, the renumber quick fix on the findings it repairs, and "Fix all"
 * (`source.fixAll.casereport`, usable in `editor.codeActionsOnSave`). Each applies one
 * WorkspaceEdit, so one undo reverts it.
 */
export class RenumberActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly cache: AnalysisCache) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(RENUMBER_REFERENCES_COMMAND, (uri?: vscode.Uri) => this.run(uri, planReferences)),
      vscode.commands.registerCommand(RENUMBER_FLOATS_COMMAND, (uri?: vscode.Uri) => this.run(uri, planFloats)),
    ];
  }

  /** Runs a renumbering on the given document (or the active editor's) and says what happened. */
  private async run(uri: vscode.Uri | undefined, plan: (model: DocumentModel) => Planned): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) {
      void vscode.window.showWarningMessage('Open a case report to renumber it.');
      return false;
    }
    const analysis = this.cache.get(document);
    if (!analysis) {
      void vscode.window.showWarningMessage('This file is not a case report (its frontmatter needs a title and authors, or add it to casereport.include).');
      return false;
    }
    const planned = plan(analysis.model);
    if ('unchanged' in planned) {
      void vscode.window.showInformationMessage(planned.unchanged);
      return false;
    }
    if ('reason' in planned) {
      if (planned.span && editor?.document === document) {
        const range = spanRange(document, planned.span);
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      void vscode.window.showWarningMessage(planned.reason);
      return false;
    }
    return vscode.workspace.applyEdit(toWorkspaceEdit(document, planned.fix));
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.cache.get(document);
    if (!analysis) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only?.intersects(FIX_ALL_KIND)) {
      const action = this.fixAllAction(document);
      if (action) actions.push(action);
    }
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return actions;
    const touched = analysis.findings.filter((f) => new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character).intersection(range));
    const references = touched.filter((f) => REFERENCE_CODES.has(f.code));
    if (references.length > 0) actions.push(this.quickFix(document, REFERENCES_TITLE, planReferences(analysis.model)));
    if (touched.some((f) => FLOAT_CODES.has(f.code))) actions.push(this.quickFix(document, FLOATS_TITLE, planFloats(analysis.model)));
    return actions;
  }

  private quickFix(document: vscode.TextDocument, title: string, planned: Planned): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    if ('fix' in planned) {
      action.edit = toWorkspaceEdit(document, planned.fix);
      action.isPreferred = true;
    } else {
      action.disabled = { reason: 'reason' in planned ? planned.reason : planned.unchanged };
    }
    return action;
  }

  /** Every safe fix plus renumbering, as one edit over the part of the text that changes. */
  private fixAllAction(document: vscode.TextDocument): vscode.CodeAction | undefined {
    const text = document.getText();
    const fixed = fixAll(text, configFor(document), diskHost, documentPath(document)).text;
    if (fixed === text) return undefined;
    let start = 0;
    while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
    let end = 0;
    while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
    const action = new vscode.CodeAction('Fix all case report problems that can be fixed safely', FIX_ALL_KIND);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(text.length - end)), fixed.slice(start, fixed.length - end));
    action.edit = edit;
    return action;
  }
}
