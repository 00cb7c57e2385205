import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { AnalysisCache } from '../analysis';
import { citationsOf, entriesFor, floatSpan, floatsFor, mentionsOf, targetAt } from './locate';
import { spanLocation, spanRange } from './ranges';

/** Go to definition: from a citation to its reference entry, from a mention to its figure or table. */
export class CaseReportDefinition implements vscode.DefinitionProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] | undefined {
    const analysis = this.cache.get(document);
    if (!analysis) return undefined;
    const model = analysis.model;
    const target = targetAt(model, document.offsetAt(position));
    if (!target) return undefined;
    const origin = spanRange(document, target.span);
    const link = (span: Span, whole: Span): vscode.LocationLink => ({
      originSelectionRange: origin,
      targetUri: document.uri,
      targetRange: spanRange(document, whole),
      targetSelectionRange: spanRange(document, span),
    });
    if (target.type === 'citation') {
      return entriesFor(model, target.numbers).flatMap(({ entry }) => (entry ? [link({ start: entry.numberStart, end: entry.numberEnd }, { start: entry.numberStart, end: entry.end })] : []));
    }
    if (target.type === 'mention') {
      return floatsFor(model, target.mention.kind, target.numbers).flatMap(({ floats }) => floats.map((f) => link(floatSpan(f), f)));
    }
    return undefined;
  }
}

/**
 * Find all references: from a reference entry (or a citation) to every place that cites the same
 * reference; from a figure or table label (or a mention) to every mention of it.
 */
export class CaseReportReferences implements vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] | undefined {
    const analysis = this.cache.get(document);
    if (!analysis) return undefined;
    const model = analysis.model;
    const target = targetAt(model, document.offsetAt(position));
    if (!target) return undefined;
    const spans: Span[] = [];
    if (target.type === 'entry' || target.type === 'citation') {
      const numbers = target.type === 'entry' ? [target.entry.number] : target.numbers;
      for (const n of numbers) {
        if (context.includeDeclaration) for (const { entry } of entriesFor(model, [n])) if (entry) spans.push({ start: entry.numberStart, end: entry.numberEnd });
        spans.push(...citationsOf(model, n));
      }
    } else {
      const kind = target.type === 'float' ? target.float.kind : target.mention.kind;
      const numbers = target.type === 'float' ? [target.float.number] : target.numbers;
      for (const n of numbers) {
        if (context.includeDeclaration) for (const { floats } of floatsFor(model, kind, [n])) spans.push(...floats.map(floatSpan));
        spans.push(...mentionsOf(model, kind, n));
      }
    }
    return unique(spans).map((span) => spanLocation(document, span));
  }
}

function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

