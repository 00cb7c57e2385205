import * as vscode from 'vscode';
import { findingsAt, FLOATS_TITLE, REFERENCES_TITLE, type Planned } from '../../core';
import type { AnalysisCache } from '../analysis';
import { toWorkspaceEdit } from '../code-actions';
import { spanRange } from './ranges';

export const RENUMBER_REFERENCES_COMMAND = 'casereport.renumberReferences';
export const RENUMBER_FLOATS_COMMAND = 'casereport.renumberFigures';
export const ABBREVIATIONS_LIST_COMMAND = 'casereport.abbreviationsList';
export const NUMBER_CITATIONS_COMMAND = 'casereport.numberCitations';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('casereport');

/** The start of the enabled action's title that says why renumbering cannot run. */
export const CANNOT_RENUMBER = 'Cannot renumber: ';
const REFERENCE_CODES = new Set(['citation-order', 'reference-numbering']);
const FLOAT_CODES = new Set(['figure-order', 'table-order', 'figure-numbering', 'table-numbering']);
type What = 'references' | 'floats' | 'abbreviations' | 'keys';

/**
 * The two renumber commands, the Abbreviations list command and the conversion of citation keys
 * to numbered references (each one planned edit of the whole document, the conversion bib-core's
 * numberCitations answered by the worker), the renumber quick fix on the findings it repairs, and "Fix all"
 * (`source.fixAll.casereport`, usable in `editor.codeActionsOnSave`). Each applies one
 * WorkspaceEdit, so one undo reverts it.
 */
export class RenumberActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly cache: AnalysisCache) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(RENUMBER_REFERENCES_COMMAND, (uri?: vscode.Uri) => this.run(uri, 'references')),
      vscode.commands.registerCommand(RENUMBER_FLOATS_COMMAND, (uri?: vscode.Uri) => this.run(uri, 'floats')),
      vscode.commands.registerCommand(ABBREVIATIONS_LIST_COMMAND, (uri?: vscode.Uri) => this.run(uri, 'abbreviations')),
      vscode.commands.registerCommand(NUMBER_CITATIONS_COMMAND, (uri?: vscode.Uri) => this.run(uri, 'keys')),
    ];
  }

  /** Runs a renumbering (or writes the Abbreviations list) on the given document (or the active editor's) and says what happened. */
  private async run(uri: vscode.Uri | undefined, what: What): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) {
      void vscode.window.showWarningMessage(what === 'abbreviations' ? 'Open a case report to list its abbreviations.' : what === 'keys' ? 'Open a case report to convert its citation keys.' : 'Open a case report to renumber it.');
      return false;
    }
    if (!(await this.cache.isCaseReport(document))) {
      void vscode.window.showWarningMessage('This file is not a case report (its frontmatter needs a title and authors, or add it to casereport.include).');
      return false;
    }
    const planned =
      what === 'abbreviations'
        ? await this.cache.query(document, 'abbreviationList', {})
        : what === 'keys'
          ? await this.cache.query(document, 'numberCitations', {})
          : await this.cache.query(document, 'renumber', { what });
    if (!planned) {
      void vscode.window.showWarningMessage('The document changed while the command ran: run it again.');
      return false;
    }
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

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const analysis = await this.cache.get(document);
    if (!analysis) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only?.intersects(FIX_ALL_KIND)) {
      const action = await this.fixAllAction(document);
      if (action) actions.push(action);
    }
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return actions;
    const touched = findingsAt(analysis.findings, range);
    for (const [what, codes, title] of [['references', REFERENCE_CODES, REFERENCES_TITLE], ['floats', FLOAT_CODES, FLOATS_TITLE]] as const) {
      if (!touched.some((f) => codes.has(f.code))) continue;
      const planned = await this.cache.query(document, 'renumber', { what });
      if (planned) actions.push(...this.quickFixes(document, what, title, planned));
    }
    return actions;
  }

  /**
   * The renumber quick fix; when renumbering cannot run (a citation with no entry, two entries with
   * one number), disabled with the reason. VS Code's Ctrl+. menu leaves disabled actions out (1.139
   * lists them only when a code action of a named kind is asked for), so a second, enabled action
   * says the reason in its title; choosing it runs the renumber command, which selects what blocks
   * the renumbering and says why (or renumbers, if the author has fixed it meanwhile).
   */
  private quickFixes(document: vscode.TextDocument, what: 'references' | 'floats', title: string, planned: Planned): vscode.CodeAction[] {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    if ('fix' in planned) {
      action.edit = toWorkspaceEdit(document, planned.fix);
      action.isPreferred = true;
      return [action];
    }
    if ('unchanged' in planned) {
      action.disabled = { reason: planned.unchanged };
      return [action];
    }
    action.disabled = { reason: planned.reason };
    const why = new vscode.CodeAction(`${CANNOT_RENUMBER}${planned.reason}`, vscode.CodeActionKind.QuickFix);
    why.command = { title: why.title, command: what === 'references' ? RENUMBER_REFERENCES_COMMAND : RENUMBER_FLOATS_COMMAND, arguments: [document.uri] };
    return [action, why];
  }

  /** Every safe fix plus renumbering, as one edit over the part of the text that changes. */
  private async fixAllAction(document: vscode.TextDocument): Promise<vscode.CodeAction | undefined> {
    const edit = await this.cache.query(document, 'fixAll', {});
    if (!edit) return undefined;
    const action = new vscode.CodeAction('Fix all case report problems that can be fixed safely', FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document, { edits: [edit] });
    return action;
  }
}
