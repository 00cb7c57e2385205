import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';

/**
 * When to look at a newly watched file again, in ms after its watcher was made: VS Code starts a
 * watcher asynchronously, and a file rewritten in that moment gave no event (code-server 1.139: a
 * library rewritten right after the report opened stayed stale). Compared with what it was when
 * watching began, a change is caught without an event.
 */
const SETTLE_CHECKS_MS = [500, 2_000, 8_000];

/**
 * Watches files the findings and the preview depend on besides the text, and calls back once per
 * burst of events (a rewrite is often delete + create + change): the house-style files anywhere in
 * the workspace (a pattern), and for each open report the files it names (its reference library,
 * which Zotero's auto-export rewrites; its figures' images, which appear, change and go), inside
 * the workspace or not. A file is watched while some report still names it. Events can be missed
 * (while a watcher starts, or by the platform's watcher), so each named file's size and time are
 * also compared shortly after watching begins and whenever the window gains focus (an author back
 * from Zotero).
 */
export class FileWatcher implements vscode.Disposable {
  /** One watcher per file, the reports naming each, and its size and time as last seen. */
  private readonly files = new Map<string, { watcher: vscode.Disposable; owners: Set<string>; stamp: string }>();
  private readonly patterns: vscode.Disposable[] = [];
  private readonly focus: vscode.Disposable;
  private readonly settleTimers = new Set<ReturnType<typeof setTimeout>>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onChange: () => void,
    private readonly delayMs = 200,
  ) {
    this.focus = vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) this.compareStamps();
    });
  }

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
    let added = false;
    for (const path of wanted) {
      const file = this.files.get(path);
      if (file) file.owners.add(owner);
      else {
        const watcher = this.listen(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dirname(path)), basename(path))));
        this.files.set(path, { watcher, owners: new Set([owner]), stamp: stampOf(path) });
        added = true;
      }
    }
    if (added) this.scheduleSettleChecks();
  }

  private scheduleSettleChecks(): void {
    for (const delay of SETTLE_CHECKS_MS) {
      const timer = setTimeout(() => {
        this.settleTimers.delete(timer);
        this.compareStamps();
      }, delay);
      this.settleTimers.add(timer);
    }
  }

  /** Calls back (once) if any named file's size or time differs from when it was last seen. */
  private compareStamps(): void {
    let differs = false;
    for (const [path, file] of this.files) {
      const stamp = stampOf(path);
      if (stamp === file.stamp) continue;
      file.stamp = stamp;
      differs = true;
    }
    if (differs) this.changed();
  }

  private listen(watcher: vscode.FileSystemWatcher): vscode.Disposable {
    const changed = () => this.changed();
    return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  }

  private changed(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // What the re-check will read: a later comparison should not report this change again.
      for (const [path, file] of this.files) file.stamp = stampOf(path);
      this.onChange();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const timer of this.settleTimers) clearTimeout(timer);
    this.settleTimers.clear();
    this.focus.dispose();
    for (const file of this.files.values()) file.watcher.dispose();
    for (const pattern of this.patterns) pattern.dispose();
    this.files.clear();
    this.patterns.length = 0;
  }
}

/** A file's size and modification time, or that it is missing: what tells a rewrite without reading it. */
function stampOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
