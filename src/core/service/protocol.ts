// The typed requests between the extension and the analysis service, which runs in the analysis
// worker thread (src/extension/worker). Everything is plain data.
import type { CareItemResult } from '../care';
import type { CheckConfig } from '../config';
import type { Finding, Fix, TextEdit } from '../types';
import type { Count } from '../counts';
import type { Completions, Definitions, HoverInfo, ReferenceLens } from './language';
import type { CitationPick } from './library-keys';
import type { FrontmatterCompletion } from '../frontmatter/complete';
import type { FrontmatterHoverInfo } from './frontmatter-help';
import type { Span } from '../types';

/** A document version sent once; later requests name it by uri and version. */
export interface DocumentInput {
  uri: string;
  version: number;
  text: string;
  /** The file's path on disk, when it has one (figure files are resolved against it). */
  path?: string;
  config: CheckConfig;
  /** Matched by the `casereport.include` globs: a case report whatever its frontmatter. */
  included: boolean;
}

/** A request about a version the service already has. */
export interface At {
  uri: string;
  version: number;
}

export interface Analyzed {
  caseReport: boolean;
  /** Case reports only; empty for other Markdown files. */
  findings: Finding[];
  /**
   * The files besides the text that the findings and the article depend on (the reference library
   * a case report names, the figures' image files; absolute paths), for the extension to watch.
   */
  files?: string[];
}

/** A renumbering: its one edit, why it cannot be done, or that nothing would change. */
export type Planned = { fix: { title: string; edits: TextEdit[] } } | { reason: string; span?: Span } | { unchanged: string };

export interface Rendered {
  html: string;
  /** The title as the journal sets it ("Case Report: ..."), for an exported page's <title>. */
  title?: string;
  /** Local image sources the given map did not resolve: resolve them and render again. */
  unresolved: string[];
}

export interface Methods {
  analyze: { params: DocumentInput; result: Analyzed };
  counts: { params: At; result: Count[] };
  care: { params: At; result: CareItemResult[] };
  lenses: { params: At; result: ReferenceLens[] };
  hover: { params: At & { offset: number }; result: HoverInfo | undefined };
  definition: { params: At & { offset: number }; result: Definitions | undefined };
  references: { params: At & { offset: number; includeDeclaration: boolean }; result: Span[] | undefined };
  completion: { params: At & { offset: number; linePrefix: string }; result: Completions | undefined };
  renumber: { params: At & { what: 'references' | 'floats' }; result: Planned };
  /** The library to pick a citation from, and the key citation at the offset (Insert Citation). */
  citationPick: { params: At & { offset: number }; result: CitationPick };
  /** A report that cites by key, converted: `^N^` markers and the AMA list written (one edit). */
  numberCitations: { params: At; result: Planned };
  /** The Abbreviations list section written or brought up to date. */
  abbreviationList: { params: At; result: Planned };
  /** Every safe fix and the renumbering, as one edit over the part of the text that changes. */
  fixAll: { params: At; result: TextEdit | undefined };
  /** The edits of a deferred fix of one of the version's findings (built when the quick fix is chosen). */
  resolveFix: { params: At & { fix: Fix }; result: TextEdit[] };
  /** The article; `images` maps local sources to what the page can load (empty: left unloaded); remote images are placeholders unless allowed; lazy images load after the page. */
  render: { params: At & { images: Record<string, string>; sourceLines: boolean; remoteImages?: boolean; lazyImages?: boolean }; result: Rendered };
  /** The meaning of the frontmatter key at the offset (any Markdown file with a frontmatter). */
  frontmatterHover: { params: At & { offset: number }; result: FrontmatterHoverInfo | undefined };
  /** Keys and values to complete at the offset inside the frontmatter (any Markdown file: a new report starts with `---`). */
  frontmatterCompletion: { params: At & { offset: number }; result: FrontmatterCompletion[] };
  /** Forget a document (closed). */
  close: { params: { uri: string }; result: true };
  /** Forget every document (settings or house style changed). */
  clear: { params: Record<string, never>; result: true };
}

export type Method = keyof Methods;
/** The requests about a version the service already has (all but analyze, close and clear). */
export type Question = Exclude<Method, 'analyze' | 'close' | 'clear'>;
export type Params<M extends Method> = Methods[M]['params'];
export type Result<M extends Method> = Methods[M]['result'];

export interface Request<M extends Method = Method> {
  id: number;
  method: M;
  params: Params<M>;
}

/**
 * `stale`: the service has a newer version of the document than the request names (or none),
 * or a newer `analyze` of it was waiting, so the work was skipped.
 */
export type Response = { id: number; result: unknown } | { id: number; stale: true } | { id: number; error: string };
