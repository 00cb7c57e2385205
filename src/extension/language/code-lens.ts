import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis';
import { spanLocation, spanRange } from './ranges';

/** On each reference entry: "cited 3 times" (click to see where) or "not cited". */
export class ReferenceCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('casereport')) this.changed.fire();
  });

  constructor(private readonly cache: AnalysisCache) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const lenses = await this.cache.query(document, 'lenses', {});
    return (lenses ?? []).map(({ number, span, places }) => {
      const range = spanRange(document, span);
      const title = places.length === 0 ? 'not cited' : `cited ${places.length === 1 ? 'once' : `${places.length} times`}`;
      const command: vscode.Command =
        places.length === 0
          ? { title, command: '' }
          : {
              title,
              command: 'editor.action.showReferences',
              arguments: [document.uri, range.start, places.map((place) => spanLocation(document, place))],
              tooltip: `Show where reference ${number} is cited`,
            };
      return new vscode.CodeLens(range, command);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
