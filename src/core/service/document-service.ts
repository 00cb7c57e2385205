// The analysis service: keeps the latest parse of each open document and answers the extension's
// requests from it. It runs in a worker thread so that parsing and checking a long report never
// blocks the extension host; it has no `vscode` import and no Node API except through `Host`.
import { evaluateCare } from '../care';
import { runRules } from '../check';
import type { CheckConfig } from '../config';
import { fixAll } from '../fix-all';
import { hasCaseReportFrontmatter, parseDocument, type DocumentModel } from '../model';
import { renderArticle } from '../render/article';
import { renumberFiguresAndTables, renumberReferences } from '../renumber';
import type { Host } from '../rule';
import type { Finding, TextEdit } from '../types';
import { documentCounts } from '../words';
import { completionsAt, definitionsAt, hoverAt, referenceLenses, referencesAt } from './language';
import type { At, DocumentInput, Method, Params, Planned, Rendered, Request, Response, Result } from './protocol';

interface Entry {
  input: DocumentInput;
  model: DocumentModel;
  caseReport: boolean;
  findings?: Finding[];
}

class Stale extends Error {}

export class DocumentService {
  private readonly documents = new Map<string, Entry>();

  constructor(private readonly host: Host) {}

  /** Answers one request; never throws (errors and stale versions are responses too). */
  handle(request: Request): Response {
    try {
      return { id: request.id, result: this.dispatch(request.method, request.params) };
    } catch (error) {
      if (error instanceof Stale) return { id: request.id, stale: true };
      return { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }

  private dispatch<M extends Method>(method: M, params: Params<M>): Result<M> {
    const handlers: { [K in Method]: (params: Params<K>) => Result<K> } = {
      analyze: (p) => this.analyze(p),
      counts: (p) => (this.caseReport(p) ? documentCounts(this.entry(p).model, this.entry(p).input.config.houseStyle) : []),
      care: (p) => (this.caseReport(p) ? evaluateCare(this.entry(p).model, this.entry(p).input.config.houseStyle) : []),
      lenses: (p) => (this.caseReport(p) ? referenceLenses(this.entry(p).model) : []),
      hover: (p) => (this.caseReport(p) ? hoverAt(this.entry(p).model, p.offset) : undefined),
      definition: (p) => (this.caseReport(p) ? definitionsAt(this.entry(p).model, p.offset) : undefined),
      references: (p) => (this.caseReport(p) ? referencesAt(this.entry(p).model, p.offset, p.includeDeclaration) : undefined),
      completion: (p) => (this.caseReport(p) ? completionsAt(this.entry(p).model, p.offset, p.linePrefix, this.entry(p).input.config.citations.brackets) : undefined),
      renumber: (p) => plan(this.entry(p).model, p.what),
      fixAll: (p) => this.fixAll(p),
      render: (p) => this.render(p),
      close: (p) => (this.documents.delete(p.uri), true),
      clear: () => (this.documents.clear(), true),
    };
    return (handlers[method] as (params: Params<M>) => Result<M>)(params);
  }

  /** Parses a new version (once) and checks it when it is a case report. */
  private analyze(input: DocumentInput): Result<'analyze'> {
    let entry = this.documents.get(input.uri);
    if (entry && entry.input.version > input.version) throw new Stale();
    if (!entry || entry.input.version !== input.version || !sameConfig(entry.input.config, input.config) || entry.input.included !== input.included) {
      const model = parseDocument(input.text, input.config, input.path);
      entry = { input, model, caseReport: input.included || hasCaseReportFrontmatter(model) };
      this.documents.set(input.uri, entry);
    }
    if (entry.caseReport) entry.findings ??= runRules(entry.model, input.config, this.host);
    return { caseReport: entry.caseReport, findings: entry.findings ?? [] };
  }

  private entry(at: At): Entry {
    const entry = this.documents.get(at.uri);
    if (!entry || entry.input.version !== at.version) throw new Stale();
    return entry;
  }

  private caseReport(at: At): boolean {
    return this.entry(at).caseReport;
  }

  private fixAll(at: At): TextEdit | undefined {
    const { input } = this.entry(at);
    const text = input.text;
    const fixed = fixAll(text, input.config, this.host, input.path).text;
    if (fixed === text) return undefined;
    let start = 0;
    while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
    let end = 0;
    while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
    return { start, end: text.length - end, newText: fixed.slice(start, fixed.length - end) };
  }

  private render(params: Params<'render'>): Rendered {
    const { model, input } = this.entry(params);
    const unresolved = new Set<string>();
    const article = renderArticle(model, {
      config: input.config,
      sourceLines: params.sourceLines,
      resolveImage: (src) => {
        const resolved = params.images[src];
        if (resolved === undefined) unresolved.add(src);
        return resolved;
      },
    });
    const { title, titlePrefix } = article.meta;
    return { html: article.html, title: title ? `${titlePrefix ? `${titlePrefix}: ` : ''}${title}` : undefined, unresolved: [...unresolved] };
  }
}

function plan(model: DocumentModel, what: 'references' | 'floats'): Planned {
  if (what === 'references') {
    const outcome = renumberReferences(model);
    if (outcome.status === 'changed') return { fix: outcome.fix };
    if (outcome.status === 'blocked') return { reason: outcome.reason, span: outcome.span };
    return { unchanged: 'References are already numbered in order of first citation.' };
  }
  const { fix, blocked } = renumberFiguresAndTables(model);
  if (fix) return { fix };
  if (blocked.length > 0) return { reason: blocked.join(' ') };
  return { unchanged: 'Figures and tables are already numbered in order of first mention.' };
}

function sameConfig(a: CheckConfig, b: CheckConfig): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Requests in arrival order, one per turn of the event loop so that newer requests can arrive
 * meanwhile; an `analyze` is skipped (answered `stale`) when a newer one for the same document is
 * already waiting, and so is every request about a version older than a waiting `analyze`.
 */
export class RequestQueue {
  private readonly waiting: Request[] = [];
  private scheduled = false;

  constructor(
    private readonly service: DocumentService,
    private readonly reply: (response: Response) => void,
    private readonly schedule: (run: () => void) => void,
  ) {}

  push(request: Request): void {
    this.waiting.push(request);
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.next());
    }
  }

  private next(): void {
    this.scheduled = false;
    const request = this.waiting.shift();
    if (!request) return;
    this.reply(this.superseded(request) ? { id: request.id, stale: true } : this.service.handle(request));
    if (this.waiting.length > 0) {
      this.scheduled = true;
      this.schedule(() => this.next());
    }
  }

  private superseded(request: Request): boolean {
    const at = request.params as Partial<At>;
    if (at.uri === undefined || at.version === undefined) return false;
    return this.waiting.some((later) => later.method === 'analyze' && (later.params as At).uri === at.uri && (later.params as At).version > at.version!);
  }
}
