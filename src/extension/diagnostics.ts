import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type Severity } from '../core';
import { isMarkdown, toRange, type Analysis, type AnalysisCache } from './analysis';
import { debounceMs } from './settings';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'casereport';
  diagnostic.code = { value: finding.code, target: vscode.Uri.parse(ruleDocsUrl(finding.code)) };
  return diagnostic;
}

/**
 * Publishes findings as the author types. Activation only registers listeners: the documents
 * already open are checked in a task of their own right after it. A document is re-checked only
 * when its text changed (a new version; saves and dirty-state events are ignored), debounced while
 * the author types; each new keystroke cancels the check still waiting for the previous one, and
 * results are never published for a version that has since changed. Cleared when it closes.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('casereport');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The document version whose findings are published, per document. */
  private readonly published = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];
  private initial: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, debounceMs());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.refreshAll();
      }),
    ];
    this.initial = setTimeout(() => {
      this.initial = undefined;
      this.refreshAll();
    }, 0);
  }

  /** Re-checks every open document, whatever was published before (settings or house style changed). */
  refreshAll(): void {
    this.published.clear();
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isMarkdown(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer keystroke has its own timer; results for an older version are never published.
        if (!document.isClosed && document.version === version) this.refresh(document);
      }, delay),
    );
  }

  /** Checks the document's current version (in the analysis worker) and publishes the result if it is still current. */
  refresh(document: vscode.TextDocument): void {
    if (document.isClosed || !isMarkdown(document)) return;
    const key = document.uri.toString();
    const version = document.version;
    if (this.published.get(key) === version) return; // unchanged since the last check
    this.cache.get(document).then(
      (analysis) => this.publish(document, version, analysis),
      (error: unknown) => console.error('casereport: check failed', error),
    );
  }

  private publish(document: vscode.TextDocument, version: number, analysis: Analysis | undefined): void {
    // Results for a version that has since changed (or a closed document) are never published.
    if (this.disposed || document.isClosed || document.version !== version) return;
    const key = document.uri.toString();
    if (!analysis) {
      this.published.delete(key);
      this.collection.delete(document.uri);
      return;
    }
    this.published.set(key, version);
    this.collection.set(document.uri, analysis.findings.map(toDiagnostic));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.published.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.initial);
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
