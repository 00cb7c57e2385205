import * as vscode from 'vscode';
import { ruleDocsUrl } from '../core/rule';
import type { Finding, Severity } from '../core/types';
import { toRange, type AnalysisCache } from './analysis';
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
 * Publishes findings as the author types: at once when a document opens, debounced while it
 * changes, never for a version that has since changed, and cleared when it closes.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('casereport');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.refreshAll();
      }),
    ];
    this.refreshAll();
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A newer keystroke has its own timer; results for an older version are never published.
        if (!document.isClosed && document.version === version) this.refresh(document);
      }, debounceMs()),
    );
  }

  refresh(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const analysis = this.cache.get(document);
    if (!analysis) {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(document.uri, analysis.findings.map(toDiagnostic));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
