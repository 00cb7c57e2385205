import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { spanLocation, spanRange } from './ranges';

/**
 * Go to definition: from a citation to its reference entry, from a mention to its figure or table,
 * from a citation key to its entry in the library file.
 */
export class CaseReportDefinition implements vscode.DefinitionProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const found = await this.cache.query(document, 'definition', { offset: document.offsetAt(position) });
    if (!found) return undefined;
    const origin = spanRange(document, found.origin);
    const links: vscode.LocationLink[] = found.targets.map(({ span, whole }) => ({
      originSelectionRange: origin,
      targetUri: document.uri,
      targetRange: spanRange(document, whole),
      targetSelectionRange: spanRange(document, span),
    }));
    for (const { path, line } of found.files ?? []) {
      const range = new vscode.Range(line, 0, line, 0);
      links.push({ originSelectionRange: origin, targetUri: vscode.Uri.file(path), targetRange: range, targetSelectionRange: range });
    }
    return links;
  }
}

/**
 * Find all references: from a reference entry (or a citation) to every place that cites the same
 * reference; from a figure or table label (or a mention) to every mention of it.
 */
export class CaseReportReferences implements vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const spans = await this.cache.query(document, 'references', { offset: document.offsetAt(position), includeDeclaration: context.includeDeclaration });
    return spans?.map((span) => spanLocation(document, span));
  }
}
