import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { spanRange } from './ranges';

/** Hover on a citation: the cited references' text; on a figure or table mention: its caption. */
export class CaseReportHover implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const hover = await this.cache.query(document, 'hover', { offset: document.offsetAt(position) });
    if (!hover) return undefined;
    // Reference and caption text renders as Markdown, as in the preview; HTML stays off and links
    // are not trusted to run commands.
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.supportHtml = false;
    markdown.isTrusted = false;
    return new vscode.Hover(markdown, spanRange(document, hover.span));
  }
}
