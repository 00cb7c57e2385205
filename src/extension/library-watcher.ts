import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';

/**
 * Watches the reference-library files open reports name (`bibliography:`), inside the workspace or
 * not: Zotero's auto-export rewrites a .bib behind the editor's back, and the reports that cite
 * from it must be checked again. A burst of events (a rewrite is often delete + create + change)
 * triggers one re-check.
 */
export class LibraryWatcher implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.Disposable>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChange: () => void,
    private readonly delayMs = 200,
  ) {}

  /** Starts watching the files not watched yet. */
  watch(paths: string[]): void {
    for (const path of paths) {
      if (this.watchers.has(path)) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dirname(path)), basename(path)));
      const changed = () => this.changed();
      this.watchers.set(path, vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
    }
  }

  private changed(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
  }
}
