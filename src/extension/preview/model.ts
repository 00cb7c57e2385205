import * as vscode from 'vscode';
import { parseDocument, type DocumentModel } from '../../core/model';
import type { CheckConfig } from '../../core/config';
import type { AnalysisCache } from '../analysis';
import { configFor } from '../settings';

/**
 * The model of a document for the preview: the shared analysis (one parse per version) for case
 * reports; other Markdown files, which the cache does not keep, are parsed for the preview alone.
 */
export class PreviewModels {
  private last: { uri: string; version: number; model: DocumentModel; config: CheckConfig } | undefined;

  constructor(private readonly cache: AnalysisCache) {}

  get(document: vscode.TextDocument): { model: DocumentModel; config: CheckConfig } {
    const config = configFor(document);
    const analysis = this.cache.get(document);
    if (analysis) return { model: analysis.model, config };
    const uri = document.uri.toString();
    if (this.last && this.last.uri === uri && this.last.version === document.version) return this.last;
    const model = parseDocument(document.getText(), config, document.uri.scheme === 'file' ? document.uri.fsPath : undefined);
    this.last = { uri, version: document.version, model, config };
    return this.last;
  }
}
