import { blankSpans } from './mask';
import type { DocumentModel } from './model';
import type { HouseStyle, HouseStyleLimits } from './house-style';
import type { Span } from './types';

/**
 * A word: letters or digits, joined by an apostrophe, hyphen, period or slash inside it
 * ("follow-up", "patient's", "10.5", "mg/dL" each count once). Linear: every repetition of the
 * group must consume a joiner, so the engine never has two ways to split the same text.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.\-–/][\p{L}\p{N}]+)*/gu;

export interface WordAt extends Span {
  index: number;
}

/**
 * The number of WORD matches, counted by a hand-written scanner: the Unicode classes of the regular
 * expression cost ~40 ns a character, and a 230,000-word report is counted on every check.
 */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/**
 * 1 for the ASCII letters and digits, 2 for the ASCII joiners of WORD (' . - /), 0 for the rest.
 * For ASCII text, a word starts at a letter or digit unless the character before is one, or is a
 * joiner with a letter or digit before it: the greedy expression would have taken it.
 */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : c === 39 || c === 46 || c === 45 || c === 47 ? 2 : 0;

/** countWords of text.slice(from, to), without the slice. */
function countWordsIn(text: string, from: number, to: number): number {
  // ASCII by the table; at the first other character, the general scan below takes over from
  // just after the last character that is neither a word character nor a joiner (no word
  // crosses it), with the words that started before it.
  let count = 0;
  let before = 0;
  let beforeThat = 0;
  let restart = from;
  let countAtRestart = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    const kind = ASCII_CLASS[c];
    if (kind === 1 && before !== 1 && !(before === 2 && beforeThat === 1)) count++;
    else if (kind === 0) {
      restart = i + 1;
      countAtRestart = count;
    }
    beforeThat = before;
    before = kind;
  }
  if (i >= to) return count;
  return countAtRestart + countWordsScan(text, restart, to);
}

/** countWords of text.slice(from, to) by the general scan (any Unicode letter or digit). */
function countWordsScan(text: string, from: number, to: number): number {
  let count = 0;
  let i = from;
  while (i < to) {
    let width = wordCharWidth(text, i, to);
    if (width === 0) {
      i++;
      continue;
    }
    count++;
    // [\p{L}\p{N}]+ then any number of (joiner, [\p{L}\p{N}]+)
    for (;;) {
      while (width > 0) {
        i += width;
        width = i < to ? wordCharWidth(text, i, to) : 0;
      }
      if (i + 1 < to && isJoiner(text.charCodeAt(i)) && (width = wordCharWidth(text, i + 1, to)) > 0) {
        i++;
        continue;
      }
      break;
    }
  }
  return count;
}

/**
 * `countWords(blankSpans(text, spans))` without building the blanked text: a blanked character
 * is a space (or the line break it was), which neither is nor joins a word, so the words are
 * those of the stretches between the spans, counted each on its own. Spans without a start or
 * end (blankSpans then drops or repeats text) take the plain path.
 */
export function countWordsOutside(text: string, spans: Span[]): number {
  const gaps = stretchesOutside(text, spans);
  if (gaps === undefined) return countWords(blankSpans(text, spans));
  let count = 0;
  for (const gap of gaps) count += countWordsIn(text, gap.start, gap.end);
  return count;
}

/** `nthWord(blankSpans(text, spans), n)` without building the blanked text (see countWordsOutside). */
export function nthWordOutside(text: string, spans: Span[], n: number): Span | undefined {
  const gaps = stretchesOutside(text, spans);
  if (gaps === undefined) return nthWord(blankSpans(text, spans), n);
  let left = n;
  for (const gap of gaps) {
    const count = countWordsIn(text, gap.start, gap.end);
    if (left < count) {
      const word = nthWord(text.slice(gap.start, gap.end), left)!;
      return { start: gap.start + word.start, end: gap.start + word.end };
    }
    left -= count;
  }
  return undefined;
}

/**
 * The stretches of the text that blankSpans(text, spans) leaves as they are, in order; undefined
 * for a span without a start or end (blankSpans then drops or repeats text).
 */
function stretchesOutside(text: string, spans: Span[]): Span[] | undefined {
  if (spans.some((span) => Number.isNaN(span.start) || Number.isNaN(span.end))) return undefined;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) gaps.push({ start: at, end: Math.min(start, text.length) });
    at = span.end;
  }
  if (at < text.length) gaps.push({ start: at, end: text.length });
  return gaps;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** 1 or 2 (a surrogate pair) when a letter or digit starts at `i`, else 0; the text ends at `end`. */
function wordCharWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const code = text.codePointAt(i)!;
  // A pair cut at `end` is a lone surrogate there, as in the sliced text.
  const width = code > 0xffff && i + 1 < end ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/** The joiners of WORD: ' ’ . - – / */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0x2013 || c === 47;
}

/** The offset span of the n-th word (0-based) of the text, if it has that many. */
export function nthWord(text: string, n: number): Span | undefined {
  WORD.lastIndex = 0;
  let count = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    if (count++ === n) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

const ABSTRACT_HEADING = /^abstract$/i;
const PULLQUOTE = /^\s*>\s*\[!PULLQUOTE\]/i;

/**
 * The body as counted against the word limit: prose (frontmatter, code, comments and URLs
 * already blanked) without headings, an Abstract section, figures with their captions, tables
 * with their caption paragraphs, pull quotes (they repeat the text), citation markers and the
 * reference list. Offsets are kept, so a position in it is a position in the document.
 */
export function bodyWordText(model: DocumentModel): string {
  const cached = bodyCache.get(model);
  if (cached !== undefined) return cached;
  const text = blankSpans(model.prose, notBodyWords(model));
  bodyCache.set(model, text);
  return text;
}
const bodyCache = new WeakMap<DocumentModel, string>();

/** The n-th word (0-based) of bodyWordText, found without building it. */
export function bodyNthWord(model: DocumentModel, n: number): Span | undefined {
  const cached = bodyCache.get(model);
  return cached !== undefined ? nthWord(cached, n) : nthWordOutside(model.prose, notBodyWords(model), n);
}

/** What bodyWordText blanks in the prose. */
function notBodyWords(model: DocumentModel): Span[] {
  const { source } = model;
  const spans: Span[] = [];
  const lines = (from: number, to: number) => spans.push({ start: source.lineStarts[from], end: source.lineEnd(Math.max(from, to - 1)) });
  if (model.references) lines(model.references.startLine, model.references.endLine);
  for (let i = 0; i < model.tokens.length; i++) {
    const token = model.tokens[i];
    if (!token.map) continue;
    if (token.type === 'heading_open' || token.type === 'table_open') lines(token.map[0], token.map[1]);
    if (token.type === 'blockquote_open' && PULLQUOTE.test(source.lineText(token.map[0]))) lines(token.map[0], token.map[1]);
  }
  for (const section of abstractSections(model)) spans.push(section);
  for (const float of [...model.figures, ...model.tables]) spans.push({ start: float.start, end: float.end }, { start: float.captionStart, end: float.captionEnd });
  for (const citation of model.citations) spans.push({ start: citation.start, end: citation.end });
  return spans;
}

/** An `Abstract` heading in the body and everything up to the next heading of the same or a higher level. */
export function abstractSections(model: DocumentModel): Span[] {
  const spans: Span[] = [];
  const headings = model.heads.filter((h) => h.kind === 'heading');
  headings.forEach((head, index) => {
    if (!ABSTRACT_HEADING.test(head.text)) return;
    const next = headings.slice(index + 1).find((h) => h.level <= head.level);
    spans.push({ start: head.start, end: next ? next.start : model.text.length });
  });
  return spans;
}

/** Words of the body (see bodyWordText). */
export function bodyWordCount(model: DocumentModel): number {
  const cached = bodyCache.get(model);
  return cached !== undefined ? countWords(cached) : countWordsOutside(model.prose, notBodyWords(model));
}

/** The abstract: the frontmatter `abstract` (a string, or a structured mapping of strings), else an Abstract section. */
export function abstractText(model: DocumentModel): string | undefined {
  const value = model.frontmatter?.data?.abstract;
  if (value !== undefined && value !== null) return flattenStrings(value);
  const sections = abstractSections(model);
  if (sections.length === 0) return undefined;
  return sections.map((s) => model.prose.slice(s.start, s.end).replace(/^[^\n]*\n?/, '')).join('\n');
}

function flattenStrings(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(flattenStrings).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(flattenStrings).join(' ');
  return '';
}

export function abstractWordCount(model: DocumentModel): number | undefined {
  const text = abstractText(model);
  return text === undefined ? undefined : countWords(text);
}

/** How many figures and tables: panels of one figure (`Figure 2A`, `Figure 2B`) count once. */
export function floatCount(model: DocumentModel): number {
  const { figures, tables } = floatCounts(model);
  return figures + tables;
}

/** How many figures, and how many tables, each counted as floatCount counts them. */
export function floatCounts(model: DocumentModel): { figures: number; tables: number } {
  const distinct = (floats: DocumentModel['figures']) => {
    let count = 0;
    const numbers = new Set<number>();
    for (const float of floats) {
      if (float.number === undefined) count++;
      else if (!numbers.has(float.number)) {
        numbers.add(float.number);
        count++;
      }
    }
    return count;
  };
  return { figures: distinct(model.figures), tables: distinct(model.tables) };
}

export function authorCount(model: DocumentModel): number | undefined {
  const authors = model.frontmatter?.data?.authors;
  return Array.isArray(authors) ? authors.length : undefined;
}

export function titleText(model: DocumentModel): string | undefined {
  const title = model.frontmatter?.data?.title;
  return typeof title === 'string' ? title.trim() : undefined;
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export type CountName = 'words' | 'abstractWords' | 'references' | 'figuresAndTables' | 'authors' | 'titleCharacters';

export interface Count {
  name: CountName;
  label: string;
  /** Undefined when the document has no such thing (no abstract, no frontmatter title). */
  value: number | undefined;
  limit: number;
}

/** Every count the house style limits, in the order the status bar tooltip shows them. */
export function documentCounts(model: DocumentModel, houseStyle: HouseStyle): Count[] {
  const limits: HouseStyleLimits = houseStyle.limits;
  const title = titleText(model);
  return [
    { name: 'words', label: 'Body words', value: bodyWordCount(model), limit: limits.words },
    { name: 'abstractWords', label: 'Abstract words', value: abstractWordCount(model), limit: limits.abstractWords },
    { name: 'references', label: 'References', value: model.references?.entries.length ?? 0, limit: limits.references },
    { name: 'figuresAndTables', label: 'Figures and tables', value: floatCount(model), limit: limits.figuresAndTables },
    { name: 'authors', label: 'Authors', value: authorCount(model), limit: limits.authors },
    { name: 'titleCharacters', label: 'Title characters', value: title === undefined ? undefined : characterCount(title), limit: limits.titleCharacters },
  ];
}
