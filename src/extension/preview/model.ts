import type * as vscode from 'vscode';
import type { CheckConfig } from '../../core/config';
import type { DocumentModel } from '../../core/model';
import type { AnalysisCache } from '../analysis';

/**
 * The model of a document for the preview: the shared parse of the AnalysisCache (one per
 * version), for case reports and other Markdown files alike.
 */
export class PreviewModels {
  constructor(private readonly cache: AnalysisCache) {}

  get(document: vscode.TextDocument): { model: DocumentModel; config: CheckConfig } {
    return this.cache.parsed(document);
  }
}
