import * as vscode from 'vscode';
import type { Method, Params, Question, Result, Finding } from '../core';
import { configFor, publishHouseStyle } from './settings';
import { connect, type ServiceConnection } from './worker/connection';

export interface Analysis {
  version: number;
  findings: Finding[];
}

type Query<M extends Method> = Omit<Params<M>, 'uri' | 'version'>;

/**
 * The extension's side of the analysis service, which parses and checks documents in a worker
 * thread so that a long report never blocks the extension host. Each document version is sent
 * once and analysed once, shared by diagnostics, code actions, hovers, completion, CodeLens, the
 * CARE view, the status bar and the preview; every feature asks the service about the version it
 * sees, and gets `undefined` when the document changed meanwhile.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly sent = new Map<string, { version: number; analyzed: Promise<Result<'analyze'> | undefined> }>();
  private readonly subscriptions: vscode.Disposable[];

  /** Told the files besides its text each analysed document depends on (to watch them), and none once it closes. */
  onFiles: ((uri: string, paths: readonly string[]) => void) | undefined;

  constructor(private readonly service: ServiceConnection = connect()) {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((document) => {
        const uri = document.uri.toString();
        this.onFiles?.(uri, []);
        if (!this.sent.delete(uri)) return;
        void this.service.request('close', { uri }).catch(() => undefined);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport')) this.clear();
      }),
    ];
  }

  /** The findings of a case report's current version (undefined for other Markdown files, or if it changed meanwhile). */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isMarkdown(document)) return undefined;
    const version = document.version;
    const analyzed = await this.analyzed(document);
    return analyzed?.caseReport && document.version === version ? { version, findings: analyzed.findings } : undefined;
  }

  /** Whether the document is a case report (frontmatter with a title and authors, or included by a glob). */
  async isCaseReport(document: vscode.TextDocument): Promise<boolean> {
    return isMarkdown(document) && (await this.analyzed(document))?.caseReport === true;
  }

  /**
   * Asks the service about the document's current version (analysing it first if needed).
   * Undefined when the document changed before the answer came.
   */
  async query<M extends Question>(document: vscode.TextDocument, method: M, query: Query<M>): Promise<Result<M> | undefined> {
    if (!isMarkdown(document)) return undefined;
    const version = document.version;
    if (!(await this.analyzed(document))) return undefined;
    const result = await this.service.request(method, { ...query, uri: document.uri.toString(), version } as Params<M>);
    return document.version === version ? result : undefined;
  }

  private analyzed(document: vscode.TextDocument): Promise<Result<'analyze'> | undefined> {
    const uri = document.uri.toString();
    const sent = this.sent.get(uri);
    if (sent && sent.version === document.version) return sent.analyzed;
    publishHouseStyle(document);
    const analyzed: Promise<Result<'analyze'> | undefined> = this.service
      .request('analyze', {
        uri,
        version: document.version,
        text: document.getText(),
        path: documentPath(document),
        config: configFor(document),
        included: isIncluded(document),
      })
      .then((result) => {
        if (result) this.onFiles?.(uri, result.files ?? []);
        return result;
      })
      .catch((error: unknown) => {
        // A failed analysis (the worker stopped) is tried again by the next request.
        if (this.sent.get(uri)?.analyzed === analyzed) this.sent.delete(uri);
        throw error;
      });
    this.sent.set(uri, { version: document.version, analyzed });
    return analyzed;
  }

  /** Settings or the house style changed: every document is analysed again. */
  clear(): void {
    this.sent.clear();
    void this.service.request('clear', {}).catch(() => undefined);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.sent.clear();
    this.service.dispose();
  }
}

/** The file's path for the engine (figure files are resolved against it), when it is on disk. */
function documentPath(document: vscode.TextDocument): string | undefined {
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
