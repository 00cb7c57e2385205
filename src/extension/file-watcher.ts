import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';

/**
 * Watches files the findings and the preview depend on besides the text, and calls back once per
 * burst of events (a rewrite is often delete + create + change): the house-style files anywhere in
 * the workspace (a pattern), and for each open report the files it names (its reference library,
 * which Zotero's auto-export rewrites; its figures' images, which appear, change and go), inside
 * the workspace or not. A file is watched while some report still names it.
 */
export class FileWatcher implements vscode.Disposable {
  /** One watcher per file, and the reports naming each. */
  private readonly files = new Map<string, { watcher: vscode.Disposable; owners: Set<string> }>();
  private readonly patterns: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChange: () => void,
    private readonly delayMs = 200,
  ) {}

  /** Watches what a glob matches, for as long as this watcher lives. */
  watchPattern(pattern: vscode.GlobPattern): void {
    this.patterns.push(this.listen(vscode.workspace.createFileSystemWatcher(pattern)));
  }

  /** The files one report names now (absolute paths): those it no longer names are let go. */
  watchFor(owner: string, paths: readonly string[]): void {
    const wanted = new Set(paths);
    for (const [path, file] of this.files) {
      if (wanted.has(path) || !file.owners.delete(owner) || file.owners.size > 0) continue;
      file.watcher.dispose();
      this.files.delete(path);
    }
    for (const path of wanted) {
      const file = this.files.get(path);
      if (file) file.owners.add(owner);
      else this.files.set(path, { watcher: this.listen(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dirname(path)), basename(path)))), owners: new Set([owner]) });
    }
  }

  private listen(watcher: vscode.FileSystemWatcher): vscode.Disposable {
    const changed = () => this.changed();
    return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
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
    for (const file of this.files.values()) file.watcher.dispose();
    for (const pattern of this.patterns) pattern.dispose();
    this.files.clear();
    this.patterns.length = 0;
  }
}
