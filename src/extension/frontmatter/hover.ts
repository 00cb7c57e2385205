import * as vscode from 'vscode';
import { scanFrontmatter, hoverFrontmatterKey, SourceText } from '../../core';
import { houseStyleFor } from '../settings';

/** Hover on a frontmatter key: what the key means (the schema's description), with an example. */
export class FrontmatterHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (position.line > 2000 || !/^---[ \t]*$/.test(document.lineAt(0).text)) return undefined;
    const frontmatter = scanFrontmatter(new SourceText(document.getText())).frontmatter;
    if (!frontmatter || position.line >= frontmatter.endLine) return undefined;
    const offset = document.offsetAt(position) - frontmatter.contentStart;
    const hover = hoverFrontmatterKey(frontmatter.document, offset, houseStyleFor(document));
    if (!hover) return undefined;
    const range = new vscode.Range(document.positionAt(frontmatter.contentStart + hover.start), document.positionAt(frontmatter.contentStart + hover.end));
    return new vscode.Hover(new vscode.MarkdownString(hover.markdown), range);
  }
}
