import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { ReferenceCodeLens } from './code-lens';
import { CaseReportCompletion, COMPLETION_TRIGGERS } from './completion';
import { CaseReportHover } from './hover';
import { registerInsertCitation } from './insert-citation';
import { CaseReportDefinition, CaseReportReferences } from './navigation';
import { RenumberActions } from './renumber';
import { registerCiteFromZotero } from '../zotero/cite-from-zotero';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Hover, navigation, CodeLens, completion, the renumber and citation commands and "Fix all" for case reports. */
export function registerLanguageFeatures(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  const lenses = new ReferenceCodeLens(cache);
  const renumber = new RenumberActions(cache);
  context.subscriptions.push(
    lenses,
    vscode.languages.registerHoverProvider(MARKDOWN, new CaseReportHover(cache)),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new CaseReportDefinition(cache)),
    vscode.languages.registerReferenceProvider(MARKDOWN, new CaseReportReferences(cache)),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lenses),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new CaseReportCompletion(cache), ...COMPLETION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, renumber, { providedCodeActionKinds: RenumberActions.kinds }),
    ...renumber.register(),
    registerInsertCitation(cache),
    registerCiteFromZotero(cache),
  );
}
