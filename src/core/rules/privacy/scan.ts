import { isMap, isScalar } from 'yaml';
import type { CheckConfig } from '../../config';
import { blankSpans, findCodeSpans, findCodeSpansOutside, findHtmlComments, findHtmlCommentsOutside, SpanSet, type LineRange } from '../../mask';
import type { DocumentModel } from '../../model';
import type { Span } from '../../types';
import { perRun } from '../run-memo';

/**
 * What the privacy rules read: the body only. The frontmatter (publication date, author
 * e-mails), code, HTML comments and the reference list (publication dates, page numbers,
 * DOIs) are blanked, as is every occurrence of an allow-listed term (`casereport.privacy.allow`).
 * Offsets are kept, so a match is a position in the document.
 */
export function privacyText(model: DocumentModel, config: CheckConfig): string {
  if (config.privacy.allow.every((term) => term.trim() === '')) return proseWithoutReferences(model);
  return cached(model, config, 'prose', () => {
    const text = withPublishedFrontmatter(model, model.prose);
    return blankSpans(text, [...referenceSpans(model), ...allowedSpans(text, config.privacy.allow)]);
  });
}

/**
 * The prose with the published frontmatter values put back and the reference list blanked: the
 * privacy text when nothing is allow-listed, and the dose rules' text. One string for both, built
 * once per model.
 */
export function proseWithoutReferences(model: DocumentModel): string {
  let text = proseCache.get(model);
  if (text === undefined) {
    const references = referenceSpans(model);
    // Filling in, then blanking the reference list, is blanking then filling in when the list
    // lies after every published value (it always does: the list is in the body).
    const afterPublished = references.every((span) => span.start >= (publishedSpans(model) ?? []).reduce((end, value) => Math.max(end, value.end), 0));
    text = afterPublished && !model.source.hasLoneCr ? blankWithPublishedFrontmatter(model, model.prose, references) : blankSpans(withPublishedFrontmatter(model, model.prose), references);
    proseCache.set(model, text);
  }
  return text;
}
const proseCache = new WeakMap<DocumentModel, string>();

/** The frontmatter values that are printed as article text, where an identifier is as public as in the body. */
const PUBLISHED_KEYS = ['title', 'runningTitle', 'abstract'];

/**
 * The text with the frontmatter `title` and `abstract` values put back (everything else in the
 * frontmatter stays blank: the publication date, author names and e-mails are not the patient's).
 */
export function withPublishedFrontmatter(model: DocumentModel, text: string): string {
  const spans = publishedSpans(model);
  if (spans === undefined) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start), model.text.slice(span.start, span.end));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Where the published frontmatter values are, in document order; undefined without a frontmatter mapping. */
function publishedSpans(model: DocumentModel): Span[] | undefined {
  const fm = model.frontmatter;
  const contents = fm?.document.contents;
  if (!fm || !isMap(contents)) return undefined;
  return contents.items
    .filter((pair) => isScalar(pair.key) && PUBLISHED_KEYS.includes(String(pair.key.value)) && isScalar(pair.value) && pair.value.range)
    .map((pair) => (pair.value as { range: [number, number, number] }).range)
    .map(([start, end]) => ({ start: fm.contentStart + start, end: fm.contentStart + end }))
    .sort((a, b) => a.start - b.start);
}

/**
 * `withPublishedFrontmatter(model, blankSpans(text, spans))` in one copy of the text: blanking is
 * character by character, so the text up to the last published value is blanked and filled in on
 * its own (a short string) and the rest is blanked after it. The plain path for a span without
 * a start (blankSpans then drops text, and the values are filled in at other offsets).
 */
export function blankWithPublishedFrontmatter(model: DocumentModel, text: string, spans: Span[]): string {
  const published = publishedSpans(model);
  if (published === undefined || published.length === 0) return blankSpans(text, spans);
  // A lone CR (token lines past the source lines, a truncated prose): the plain composition.
  if (model.source.hasLoneCr || spans.some((span) => Number.isNaN(span.start))) return withPublishedFrontmatter(model, blankSpans(text, spans));
  const cut = Math.min(text.length, Math.max(...published.map((span) => span.end)));
  const headSpans = spans.filter((span) => span.start < cut).map((span) => ({ start: span.start, end: Math.min(span.end, cut) }));
  const head = withPublishedFrontmatter(model, blankSpans(text.slice(0, cut), headSpans));
  return blankSpans(text, spans, head);
}

/**
 * Like privacyText, but link destinations and autolinks are kept: an e-mail address in
 * `<someone@example.org>` or `mailto:` is still an e-mail address in the report.
 */
export function contactText(model: DocumentModel, config: CheckConfig): string {
  return cached(model, config, 'contact', () => {
    const { source } = model;
    const lines: LineRange[] = [];
    const list = model.references;
    if (list) lines.push({ first: list.startLine, last: Math.max(list.startLine, list.endLine - 1) });
    if (model.frontmatter) lines.push({ first: 0, last: model.frontmatter.endLine });
    for (const token of model.tokens) {
      if ((token.type === 'fence' || token.type === 'code_block') && token.map) lines.push({ first: token.map[0], last: token.map[1] - 1 });
    }
    const spans: Span[] = lines.map((range) => ({ start: source.lineStarts[range.first], end: source.lineEnd(range.last) }));
    let text: string;
    if (codeAndCommentsOutsideLines(model)) {
      // The code spans and comments of the text with those lines blanked and the published values
      // filled in, found on the text itself: one copy of the text instead of three.
      const masked = [...spans, ...findCodeSpansOutside(model.text, source, lines), ...findHtmlCommentsOutside(model.text, new SpanSet(spans))];
      text = blankWithPublishedFrontmatter(model, model.text, masked);
    } else {
      // The plain composition, as before these shortcuts: with a lone CR a line can lie past the
      // source lines, and blankSpans treats such a span as it always has (a known gap, README).
      text = withPublishedFrontmatter(model, blankSpans(model.text, spans));
      text = blankSpans(text, [...findCodeSpans(text), ...findHtmlComments(text)]);
    }
    return blankSpans(text, allowedSpans(text, config.privacy.allow));
  });
}

/**
 * Can contactText find code spans and comments on the text, as if its blanked lines were blank?
 * Yes unless a published frontmatter value (put back in the blanked frontmatter) holds a backtick
 * or a comment delimiter, or a lone CR makes token lines and source lines differ. The blanked
 * closing fence then separates the frontmatter from the body as a blank line does.
 */
function codeAndCommentsOutsideLines(model: DocumentModel): boolean {
  const text = model.text;
  if (model.source.hasLoneCr) return false;
  for (const span of publishedSpans(model) ?? []) {
    const value = text.slice(span.start, span.end);
    if (value.includes('`') || value.includes('<!--') || value.includes('-->')) return false;
  }
  return true;
}

const NOT_THE_PATIENT = /acknowledg|contribut|funding|conflicts?\b|competing|disclos|correspond|about the author|affiliation|author information/i;

/**
 * Sections that talk about the authors, not the patient (Acknowledgments, Author contributions,
 * Funding, Conflicts of interest): thanking "Dr. Chen" there is not a patient's name.
 */
export function nonPatientSections(model: DocumentModel): Span[] {
  const spans: Span[] = [];
  model.heads.forEach((head, index) => {
    if (!NOT_THE_PATIENT.test(head.text)) return;
    const next = model.heads.slice(index + 1).find((h) => head.kind === 'run-in' || (h.kind === 'heading' && h.level <= head.level));
    spans.push({ start: head.start, end: next ? next.start : model.text.length });
  });
  return spans;
}

function referenceSpans(model: DocumentModel): Span[] {
  const list = model.references;
  if (!list) return [];
  return [{ start: model.source.lineStarts[list.startLine], end: model.source.lineEnd(Math.max(list.startLine, list.endLine - 1)) }];
}

/** Every occurrence of an allow-listed term, case-insensitive, as whole words where the term starts or ends with one. */
function allowedSpans(text: string, allow: string[]): Span[] {
  const spans: Span[] = [];
  for (const term of allow) {
    const trimmed = term.trim();
    if (trimmed === '') continue;
    const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const before = /^[\p{L}\p{N}]/u.test(trimmed) ? '(?<![\\p{L}\\p{N}])' : '';
    const after = /[\p{L}\p{N}]$/u.test(trimmed) ? '(?![\\p{L}\\p{N}])' : '';
    const re = new RegExp(before + escaped + after, 'giu');
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      spans.push({ start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) re.lastIndex++;
    }
  }
  return spans;
}

const caches = new WeakMap<DocumentModel, Map<string, string>>();

function cached(model: DocumentModel, config: CheckConfig, kind: string, make: () => string): string {
  let byKey = caches.get(model);
  if (!byKey) caches.set(model, (byKey = new Map()));
  const key = `${kind}\u0000${config.privacy.allow.join('\u0000')}`;
  let text = byKey.get(key);
  if (text === undefined) byKey.set(key, (text = make()));
  return text;
}

/**
 * Runs a global regular expression over the text, yielding each match. With `starts` (every
 * offset where a match could begin, ascending), the expression is tried there only, anchored:
 * the same matches as a full scan, without running a costly expression at every position. Where
 * the starts are dense (a text of digits), a full scan is cheaper, and gives the same matches.
 */
export function* matches(re: RegExp, text: string, starts?: number[]): Generator<RegExpExecArray> {
  if (starts && starts.length * DENSE <= text.length) {
    yield* matchesAt(re, text, starts);
    return;
  }
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0) re.lastIndex++;
    yield match;
  }
}

/** One anchored attempt costs about as much as a full scan spends on this many characters. */
const DENSE = 16;

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** The matches of `re` that start at one of `starts` (ascending), tried in order as a global scan would. */
export function* matchesAt(re: RegExp, text: string, starts: number[]): Generator<RegExpExecArray> {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    from = match.index + Math.max(1, match[0].length);
    yield match;
  }
}

/**
 * Every offset where `hint` matches, overlapping hits included (the scan moves one character
 * on after each hit), for `matches(re, text, starts)`. A hint must match wherever `re` can start.
 */
export function hintStarts(hint: RegExp, text: string): number[] {
  const starts: number[] = [];
  hint.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = hint.exec(text)) !== null) {
    starts.push(match.index);
    hint.lastIndex = match.index + 1;
  }
  return starts;
}

const DIGITS = /\d+/g;

/**
 * Where each run of ASCII digits starts (the character before is not an ASCII digit). An
 * expression that opens with a digit behind a look-behind that excludes `\p{N}` can start only
 * there, which makes these the starts to try for most of the privacy expressions.
 */
export function digitRunStarts(text: string): number[] {
  const starts: number[] = [];
  DIGITS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DIGITS.exec(text)) !== null) starts.push(match.index);
  return starts;
}

/**
 * digitRunStarts of a text of the model, computed once per run for each distinct text and shared by
 * the rules (the privacy text and the dose text are the same text when nothing is allow-listed).
 */
export function digitRunsOf(model: DocumentModel, text: string): number[] {
  const byText = perRun(model, 'digit-runs', () => new Map<string, number[]>());
  let starts = byText.get(text);
  if (starts === undefined) byText.set(text, (starts = digitRunStarts(text)));
  return starts;
}

/** digitRunStarts of privacyText, shared by the privacy rules of one run. */
export function privacyDigits(model: DocumentModel, config: CheckConfig): number[] {
  return digitRunsOf(model, privacyText(model, config));
}

/** Ascending lists merged into one ascending list without repeats. */
export function mergeStarts(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * hintStarts, but only at offsets in the `before` characters before an anchor (p in
 * [anchor - before, anchor)): for an expression whose first digit always lies within `before`
 * characters of its start, the anchors being the digit runs. `reach` is the longest text the hint
 * can match (it has no look-arounds), so each window is searched with enough text after it.
 */
export function hintStartsBefore(hint: RegExp, text: string, anchors: number[], before: number, reach: number): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < anchors.length) {
    const from = Math.max(0, anchors[i] - before);
    let to = anchors[i];
    // Windows that touch are searched together.
    while (i + 1 < anchors.length && anchors[i + 1] - before <= to) to = anchors[++i];
    i++;
    if (to <= from) continue;
    const window = text.slice(from, Math.min(text.length, to + reach));
    for (const at of hintStarts(hint, window)) {
      if (at >= to - from) break;
      starts.push(from + at);
    }
  }
  return starts;
}

/** Keeps the first of overlapping spans, so two patterns never report the same identifier twice. */
export function withoutOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

export function inside(span: Span, spans: Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
