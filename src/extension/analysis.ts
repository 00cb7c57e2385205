import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { runRules } from '../core/check';
import type { CheckConfig } from '../core/config';
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

/** One document version parsed: every Markdown file has one; only case reports get findings. */
export interface Parsed {
  version: number;
  model: DocumentModel;
  config: CheckConfig;
  caseReport: boolean;
  analysis?: Analysis;
}

/**
 * One parse per document version, shared by diagnostics, code actions, hovers, completion and the
 * preview (which also shows Markdown files that are not case reports). Rules run once per version,
 * for case reports only. Entries are dropped when documents close or settings change.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Parsed>();
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
    const parsed = this.parsed(document);
    if (!parsed.caseReport) return undefined;
    return (parsed.analysis ??= { version: parsed.version, model: parsed.model, findings: runRules(parsed.model, parsed.config, diskHost) });
  }

  /** The parsed document, case report or not. */
  parsed(document: vscode.TextDocument): Parsed {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached;
    const config = configFor(document);
    const model = parseDocument(document.getText(), config, documentPath(document));
    const parsed: Parsed = { version: document.version, model, config, caseReport: hasCaseReportFrontmatter(model) || isIncluded(document) };
    this.entries.set(key, parsed);
    return parsed;
  }

  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.entries.clear();
  }
}

/** The file's path for the engine (figure files are resolved against it), when it is on disk. */
export function documentPath(document: vscode.TextDocument): string | undefined {
  return document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
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
