import { findKeyCitations, type BareKey, type KeyCitation } from './bibliography/pandoc';
import { findCitations, findUnformattedCitations, type CitationMarker, type UnformattedCitation } from './citations';
import { findFigures, findMentions, findTables, type Float, type Mentions } from './figures';
import { scanFrontmatter, type Frontmatter } from './frontmatter/scan';
import { blankSpans, codeBlockLines, findBareUrls, findCodeSpans, findHtmlComments, findLinkTargets, lineRangeSpans, SpanSet } from './mask';
import { parseMarkdownBody, sharedMarkdownIt, type Token } from './markdown';
import type { ParseOptions } from './parse-options';
import { findReferenceList, highestReferenceNumber, type ReferenceList } from './references';
import { findSectionHeads, type SectionHead } from './sections';
import { SourceText } from './source-text';
import { SpanList } from './span-list';
import type { Span } from './types';

interface LinkReference {
  href: string;
  title: string;
}

/** What markdown-it collected while parsing: link reference definitions, keyed by upper-cased label. */
export interface MarkdownEnv {
  references?: Record<string, LinkReference>;
  [key: string | symbol]: unknown;
}

/** A case report parsed once; every rule, hover and the preview read this. A function of the text and the parse options only. */
export interface DocumentModel {
  source: SourceText;
  /** The text without BOM. Offsets everywhere refer to it. */
  text: string;
  /** Absolute path of the file, when it has one (figure files are resolved against it). */
  path?: string;
  frontmatter?: Frontmatter;
  frontmatterUnclosed: boolean;
  /** The first line after the frontmatter. */
  bodyStartLine: number;
  tokens: Token[];
  env: MarkdownEnv;
  /** The text with frontmatter, code, HTML comments and URLs blanked: what scanners read. */
  prose: string;
  /** The prose with the reference list and bare URLs blanked: what the citation, float and abbreviation scans read. */
  scanned: string;
  references?: ReferenceList;
  citations: CitationMarker[];
  unformattedCitations: UnformattedCitation[];
  /** Pandoc citations by key (`[@smith2020; @doe2019, p. 3]`), in document order. */
  keyCitations: KeyCitation[];
  /** `@key` written without brackets: a citation only if the library has the key. */
  bareKeys: BareKey[];
  figures: Float[];
  tables: Float[];
  mentions: Mentions;
  heads: SectionHead[];
}

export function parseDocument(raw: string, options: ParseOptions, path?: string): DocumentModel {
  const source = new SourceText(raw);
  const { frontmatter, unclosed } = scanFrontmatter(source);
  const bodyStartLine = frontmatter ? frontmatter.endLine + 1 : 0;

  const env: MarkdownEnv = {};
  const tokens = parseMarkdownBody(source.text, bodyStartLine, env);
  const prose = proseOf(source, frontmatter?.endLine, tokens, env);

  const references = findReferenceList(tokens, source, options.referenceHeadings);
  const referenceSpan: Span[] = references
    ? [{ start: source.lineStarts[references.startLine], end: source.lineEnd(references.endLine - 1) }]
    : [];
  const scanned = blankSpans(prose, [...referenceSpan, ...findBareUrls(prose)]);
  const inBody = (line: number) => !references || line < references.startLine || line >= references.endLine;

  const isLinkLabel = (label: string) => env.references?.[normalizeLabel(label)] !== undefined;
  const linkTarget = (label: string) => env.references?.[normalizeLabel(label)]?.href;
  const highestReference = highestReferenceNumber(references);
  const citations = findCitations(scanned, { brackets: options.bracketCitations, isLinkLabel, highestReference });
  // Keys are read on the prose before bare URLs are blanked: `[@{https://doi.org/...}]` is one key.
  const keys = findKeyCitations(prose, referenceSpan[0]);
  const figures = findFigures(scanned, source, linkTarget);
  const tables = findTables(tokens, source, inBody);
  const mentions = findMentions(scanned, figures, tables);

  return {
    source,
    text: source.text,
    path,
    frontmatter,
    frontmatterUnclosed: unclosed,
    bodyStartLine,
    tokens,
    env,
    prose,
    scanned,
    references,
    citations,
    unformattedCitations: findUnformattedCitations(scanned, highestReference),
    keyCitations: keys.citations,
    bareKeys: keys.bare,
    figures,
    tables,
    mentions,
    heads: findSectionHeads(tokens, source),
  };
}

/**
 * The text with frontmatter, code blocks, code spans, HTML comments, link targets and link
 * definitions blanked, in one copy of the text instead of one per kind of span: code spans,
 * comments and link targets are found as they would be in the text blanked so far, and
 * everything is blanked at once.
 */
function proseOf(source: SourceText, frontmatterEnd: number | undefined, tokens: Token[], env: MarkdownEnv): string {
  const text = source.text;
  const lines = codeBlockLines(tokens, frontmatterEnd === undefined ? [] : [{ first: 0, last: frontmatterEnd }]);
  // Concat, not spreads into push's arguments, over lists as long as the document: 130,000 link
  // targets overflowed the stack.
  const blocks = lineRangeSpans(source, lines);
  const code = blocks.concat(findCodeSpans(text, { lines: source, ranges: lines }));
  const masked = code.concat(findHtmlComments(text, new SpanSet(code)));
  if (env.references) {
    // Link definitions are found by a line-anchored expression: on the blanked text itself.
    const blanked = blankSpans(text, masked);
    return blankSpans(blanked, linkDefinitions(blanked, env, findLinkTargets(blanked)));
  }
  return blankSpans(text, findLinkTargets(text, new SpanSet(masked), SpanList.of(masked)));
}

/** Link reference definitions markdown-it took (`[label]: url`), whole lines, appended to `into`. */
function linkDefinitions(text: string, env: MarkdownEnv, into: SpanList): SpanList {
  if (env.references) {
    const definition = /^ {0,3}\[([^\]\n]+)\]:.*$/gm;
    let match: RegExpExecArray | null;
    while ((match = definition.exec(text)) !== null) {
      if (env.references[normalizeLabel(match[1])]) into.push(match.index, match.index + match[0].length);
    }
  }
  return into;
}

/** The key markdown-it files a link reference definition under (its own normalisation). */
function normalizeLabel(label: string): string {
  return sharedMarkdownIt().utils.normalizeReference(label);
}

/** Case reports are files whose frontmatter has `title` and `authors`. */
export function hasCaseReportFrontmatter(model: DocumentModel): boolean {
  const fm = model.frontmatter;
  if (!fm) return false;
  if (fm.data) return 'title' in fm.data && 'authors' in fm.data;
  return /^title\s*:/m.test(fm.yaml) && /^authors\s*:/m.test(fm.yaml);
}
