import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { runRules } from '../core/check';
import { hasCaseReportFrontmatter, parseDocument, type DocumentModel } from '../core/model';
import type { Host } from '../core/rule';
import type { Finding } from '../core/types';
import { configFor } from './settings';

export interface Analysis {
  version: number;
  model: DocumentModel;
  findings: Finding[];
}

/** The engine's view of the disk in the extension host (figure files). */
export const diskHost: Host = { fileExists: (path) => existsSync(path) };

/**
 * One parse per document version, shared by diagnostics, code actions, hovers, completion and the
 * preview. Entries are dropped when documents close or settings change.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Analysis>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.entries.clear();
      }),
    ];
  }

  /** The analysis of a case report, or undefined for other Markdown files. */
  get(document: vscode.TextDocument): Analysis | undefined {
    if (!isMarkdown(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached;
    const config = configFor(document);
    const model = parseDocument(document.getText(), config, document.uri.scheme === 'file' ? document.uri.fsPath : undefined);
    if (!hasCaseReportFrontmatter(model) && !isIncluded(document)) {
      this.entries.delete(key);
      return undefined;
    }
    const analysis = { version: document.version, model, findings: runRules(model, config, diskHost) };
    this.entries.set(key, analysis);
    return analysis;
  }

  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.entries.clear();
  }
}

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

/** Files matched by the `casereport.include` globs are case reports whatever their frontmatter. */
function isIncluded(document: vscode.TextDocument): boolean {
  const globs = vscode.workspace.getConfiguration('casereport', document.uri).get<string[]>('include', []);
  return globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

export function toRange(finding: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): vscode.Range {
  return new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
}
