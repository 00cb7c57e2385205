import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { citationsOf } from './locate';
import { spanLocation, spanRange } from './ranges';

/** On each reference entry: "cited 3 times" (click to see where) or "not cited". */
export class ReferenceCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('casereport')) this.changed.fire();
  });

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const analysis = this.cache.get(document);
    if (!analysis) return [];
    const model = analysis.model;
    return (model.references?.entries ?? []).map((entry) => {
      const places = citationsOf(model, entry.number);
      const range = spanRange(document, { start: entry.numberStart, end: entry.numberEnd });
      const title = places.length === 0 ? 'not cited' : `cited ${places.length === 1 ? 'once' : `${places.length} times`}`;
      const command: vscode.Command =
        places.length === 0
          ? { title, command: '' }
          : {
              title,
              command: 'editor.action.showReferences',
              arguments: [document.uri, range.start, places.map((span) => spanLocation(document, span))],
              tooltip: `Show where reference ${entry.number} is cited`,
            };
      return new vscode.CodeLens(range, command);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
