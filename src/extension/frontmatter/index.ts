import * as vscode from 'vscode';
import { FrontmatterCompletionProvider } from './completion';
import { FrontmatterHoverProvider } from './hover';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Editor help inside the frontmatter: completion and hovers. */
export function registerFrontmatterFeatures(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new FrontmatterCompletionProvider(), ...FrontmatterCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(MARKDOWN, new FrontmatterHoverProvider()),
  );
}
