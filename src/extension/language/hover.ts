import * as vscode from 'vscode';
import type { DocumentModel } from '../../core/model';
import type { AnalysisCache } from '../analysis';
import { entriesFor, floatsFor, targetAt } from './locate';
import { spanRange } from './ranges';

/** Hover on a citation: the cited references' text; on a figure or table mention: its caption. */
export class CaseReportHover implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.get(document);
    if (!analysis) return undefined;
    const model = analysis.model;
    const target = targetAt(model, document.offsetAt(position));
    if (!target) return undefined;
    if (target.type === 'citation') return new vscode.Hover(citationHover(model, target.numbers), spanRange(document, target.span));
    if (target.type === 'mention') return new vscode.Hover(mentionHover(model, target.mention.kind, target.numbers), spanRange(document, target.span));
    return undefined;
  }
}

function citationHover(model: DocumentModel, numbers: number[]): vscode.MarkdownString {
  const lines = entriesFor(model, numbers).map(({ number, entry }) =>
    entry ? `**${number}.** ${inline(entry.text)}` : `**${number}.** *No entry numbered ${number} in the reference list.*`,
  );
  return markdown(lines.join('\n\n'));
}

function mentionHover(model: DocumentModel, kind: 'figure' | 'table', numbers: number[]): vscode.MarkdownString {
  const name = kind === 'figure' ? 'Figure' : 'Table';
  const lines: string[] = [];
  for (const { number, floats } of floatsFor(model, kind, numbers)) {
    if (floats.length === 0) lines.push(`**${name} ${number}.** *No ${kind} is labelled ${name} ${number}.*`);
    for (const float of floats) {
      const src = float.src ? `  \n\`${escapeCode(float.src)}\`` : '';
      lines.push(`**${name} ${number}${float.panel ?? ''}.** ${float.caption ? inline(float.caption) : '*No caption.*'}${src}`);
    }
  }
  return markdown(lines.join('\n\n'));
}

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.supportHtml = false;
  md.isTrusted = false;
  return md;
}

/**
 * Reference and caption text is Markdown (an italic journal name, a DOI link): it renders as in the
 * preview. It follows the bold number on one line, so nothing in it can start a heading or a list;
 * HTML stays off and links are not trusted to run commands.
 */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
