// The analysis service: keeps the latest parse of each open document and answers the extension's
// requests from it. It runs in a worker thread so that parsing and checking a long report never
// blocks the extension host; it has no `vscode` import and no Node API except through `Host`.
import { evaluateCare } from '../care';
import { runRules } from '../check';
import type { CheckConfig } from '../config';
import { fixAll } from '../fix-all';
import { hasCaseReportFrontmatter, parseDocument, type DocumentModel } from '../model';
import { parseOptions, sameParseOptions, type ParseOptions } from '../parse-options';
import { renderArticle } from '../render/article';
import { fullTitle } from '../render/meta';
import { ABBREVIATIONS_LIST_TITLE, abbreviationListEdit } from '../rules/abbreviations/list';
import { resolveFix } from '../deferred-fix';
import { renumberFiguresAndTables, renumberReferences } from '../renumber';
import type { RenumberOutcome } from '../renumber/outcome';
import { numberCitations } from '../bibliography/convert';
import { NO_LIBRARY, type Library } from '../bibliography/library';
import type { Host } from '../rule';
import type { Finding, TextEdit } from '../types';
import { documentCounts } from '../counts';
import { figureFilePaths } from '../figure-files';
import { completionsAt, definitionsAt, hoverAt, referenceLenses, referencesAt } from './language';
import { frontmatterCompletionsAt, frontmatterHoverAt } from './frontmatter-help';
import { citationPick } from './library-keys';
import type { At, DocumentInput, Method, Params, Planned, Question, Rendered, Request, Response, Result } from './protocol';

interface Entry {
  input: DocumentInput;
  /** What the model was parsed with: the model depends on the text and these only. */
  options: ParseOptions;
  model: DocumentModel;
  caseReport: boolean;
  findings?: Finding[];
  /** The last article rendered from this entry and what it was asked with: a preview opened again gets it without a render. */
  rendered?: { key: string; article: Rendered };
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
    if (method === 'analyze') return this.analyze(params as DocumentInput) as Result<M>;
    if (method === 'close') return (this.documents.delete((params as Params<'close'>).uri), true) as Result<M>;
    if (method === 'clear') return (this.documents.clear(), true) as Result<M>;
    const answer = QUESTIONS[method as Question] as (entry: Entry, params: Params<M>, host: Host) => Result<M>;
    return answer(this.entry(params as At), params, this.host);
  }

  /**
   * Parses a new version (once) and checks it when it is a case report. The same version sent
   * again (after a clear, or with other settings) keeps its model when the parse options are the
   * same, and is checked again with the configuration it came with.
   */
  private analyze(input: DocumentInput): Result<'analyze'> {
    const previous = this.documents.get(input.uri);
    if (previous && previous.input.version > input.version) throw new Stale();
    const options = parseOptions(input.config);
    const model =
      previous && previous.input.version === input.version && previous.input.path === input.path && sameParseOptions(previous.options, options)
        ? previous.model
        : parseDocument(input.text, options, input.path);
    const entry: Entry = { input, options, model, caseReport: input.included || hasCaseReportFrontmatter(model) };
    this.documents.set(input.uri, entry);
    if (entry.caseReport) entry.findings ??= runRules(entry.model, input.config, this.host);
    const libraries = entry.caseReport && this.host.library ? libraryPaths(this.host.library(entry.model)) : [];
    const files = [...libraries, ...figureFilePaths(entry.model)];
    return { caseReport: entry.caseReport, findings: entry.findings ?? [], ...(files.length > 0 ? { files } : {}) };
  }

  private entry(at: At): Entry {
    const entry = this.documents.get(at.uri);
    if (!entry || entry.input.version !== at.version) throw new Stale();
    return entry;
  }
}

/** The answer to each question about a version the service has; for files that are not case reports, the editor features answer nothing. */
const QUESTIONS: { [K in Question]: (entry: Entry, params: Params<K>, host: Host) => Result<K> } = {
  counts: ({ caseReport, model, input }) => (caseReport ? documentCounts(model, input.config.houseStyle) : []),
  care: ({ caseReport, model, input }) => (caseReport ? evaluateCare(model, input.config.houseStyle) : []),
  lenses: ({ caseReport, model }) => (caseReport ? referenceLenses(model) : []),
  hover: ({ caseReport, model, input }, p, host) => (caseReport ? hoverAt(model, p.offset, input.config.houseStyle.knownAbbreviations, libraryOf(model, host)) : undefined),
  abbreviationList: ({ model, input }) => planAbbreviationList(model, input.config),
  definition: ({ caseReport, model }, p, host) => (caseReport ? definitionsAt(model, p.offset, libraryOf(model, host)) : undefined),
  references: ({ caseReport, model }, p) => (caseReport ? referencesAt(model, p.offset, p.includeDeclaration) : undefined),
  completion: ({ caseReport, model, input }, p, host) => (caseReport ? completionsAt(model, p.offset, p.linePrefix, input.config.citations.brackets, libraryOf(model, host)) : undefined),
  renumber: ({ model }, p) => plan(model, p.what),
  citationPick: ({ model }, p, host) => citationPick(model, libraryOf(model, host), p.offset),
  numberCitations: ({ model, input }, _p, host) => planned(numberCitations(model, libraryOf(model, host), input.config.houseStyle.referenceHeadings[0]), 'The report cites no key: nothing to convert.'),
  fixAll: ({ input }, _p, host) => fixAllEdit(input, host),
  resolveFix: ({ model }, p) => resolveFix(model, p.fix).edits,
  render: (entry, p, host) => renderOnce(entry, p, host),
  frontmatterHover: ({ model, input }, p) => frontmatterHoverAt(model, p.offset, input.config.houseStyle),
  frontmatterCompletion: ({ model, input }, p) => frontmatterCompletionsAt(model, p.offset, input.config.houseStyle),
};

/** The document's reference library as the host read it (empty when the host reads none). */
function libraryOf(model: DocumentModel, host: Host): Library {
  return host.library?.(model) ?? NO_LIBRARY;
}

/** Every safe fix and the renumbering, as one edit over the part of the text that changes. */
function fixAllEdit(input: DocumentInput, host: Host): TextEdit | undefined {
  const text = input.text;
  // Only the text is read: the findings of the fixed text are made by the check that follows the edit.
  const fixed = fixAll(text, input.config, host, input.path, { findings: 'none' }).text;
  if (fixed === text) return undefined;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  return { start, end: text.length - end, newText: fixed.slice(start, fixed.length - end) };
}

/**
 * The article, rendered once for the same question: the entry lives as long as its version, its
 * configuration and the files it read (a change of any is a new entry), so the answer cannot be stale.
 */
function renderOnce(entry: Entry, params: Params<'render'>, host: Host): Rendered {
  const key = JSON.stringify([params.images, params.sourceLines, params.remoteImages === true, params.lazyImages === true]);
  if (entry.rendered?.key !== key) entry.rendered = { key, article: render(entry.model, entry.input.config, params, host) };
  return entry.rendered.article;
}

/** The article, with local images mapped as given; the ones the map lacks are named for the caller to resolve. */
function render(model: DocumentModel, config: CheckConfig, params: Params<'render'>, host: Host): Rendered {
  const unresolved = new Set<string>();
  const article = renderArticle(model, {
    config,
    library: host.library?.(model),
    sourceLines: params.sourceLines,
    remoteImages: params.remoteImages,
    lazyImages: params.lazyImages,
    fileExists: (path) => host.fileExists(path),
    resolveImage: (src) => {
      const resolved = params.images[src];
      if (resolved === undefined) unresolved.add(src);
      return resolved || undefined;
    },
  });
  return { html: article.html, title: fullTitle(article.meta), unresolved: [...unresolved] };
}

/** The files a library was read from (or looked for): changes to them change the findings. */
function libraryPaths(library: Library): string[] {
  return library.sources.flatMap((source) => (source.path !== undefined ? [source.path] : []));
}

/** An outcome as the answer the extension reads. */
function planned(outcome: RenumberOutcome, unchanged: string): Planned {
  if (outcome.status === 'changed') return { fix: outcome.fix };
  if (outcome.status === 'blocked') return { reason: outcome.reason, span: outcome.span };
  return { unchanged };
}

/** The Abbreviations list written or brought up to date, as one edit. */
function planAbbreviationList(model: DocumentModel, config: CheckConfig): Planned {
  const { edit, count } = abbreviationListEdit(model, config.houseStyle.knownAbbreviations);
  if (edit) return { fix: { title: ABBREVIATIONS_LIST_TITLE, edits: [edit] } };
  return { unchanged: count === 0 ? 'The report defines no abbreviations to list.' : `The Abbreviations list is up to date (${count} ${count === 1 ? 'abbreviation' : 'abbreviations'}).` };
}

function plan(model: DocumentModel, what: 'references' | 'floats'): Planned {
  if (what === 'references') {
    return planned(renumberReferences(model), 'References are already numbered in order of first citation.');
  }
  const { fix, blocked } = renumberFiguresAndTables(model);
  if (fix) return { fix };
  if (blocked.length > 0) return { reason: blocked.join(' ') };
  return { unchanged: 'Figures and tables are already numbered in order of first mention.' };
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
