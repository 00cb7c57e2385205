import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { spanRange } from '../language/ranges';

/** Hover on a frontmatter key: what the key means (the schema's description), with an example; answered by the analysis worker. */
export class FrontmatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (position.line > 2000 || !/^---[ \t]*$/.test(document.lineAt(0).text)) return undefined;
    const hover = await this.cache.query(document, 'frontmatterHover', { offset: document.offsetAt(position) });
    if (!hover) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(hover.markdown), spanRange(document, hover.span));
  }
}
