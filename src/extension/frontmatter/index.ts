import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { FrontmatterCompletionProvider } from './completion';
import { FrontmatterHoverProvider } from './hover';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Editor help inside the frontmatter: completion and hovers. */
export function registerFrontmatterFeatures(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletionProvider(cache), ...FrontmatterCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHoverProvider(cache)),
  );
}
