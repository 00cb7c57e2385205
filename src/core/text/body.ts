import { isMap, isScalar } from 'yaml';
import { blankSpans, lineRangeSpans, type LineRange } from '../mask';
import type { DocumentModel } from '../model';
import { digitRuns, digitRunsBlanked, type DigitRuns } from '../scan/matches';
import type { Span } from '../types';
import { derived } from './derived';

/**
 * The body text: the prose (frontmatter, code, HTML comments and URLs blanked) with the published
 * frontmatter values put back and the reference list blanked. What the dose rules read (a dose in
 * the abstract is read like one in the body), and the privacy text when nothing is allow-listed. Offsets are kept, so a match is a position in the
 * document.
 */
export function bodyText(model: DocumentModel): string {
  // Filling in, then blanking the reference list, is blanking then filling in: the list is in the
  // body, after every published value.
  return derived(model, 'body', () => blankWithPublishedFrontmatter(model, model.prose, referenceSpans(model)));
}

/** The runs of digits of the body text (see digitRuns), from the document's (textDigits). */
export function bodyDigits(model: DocumentModel): DigitRuns {
  return derived(model, 'body digits', () => blankedDigits(model, bodyText(model)));
}

/** The runs of digits of `blanked`, the document's text blanked (bodyText, privacyText, contactText), read from the document's. */
export function blankedDigits(model: DocumentModel, blanked: string): DigitRuns {
  return digitRunsBlanked(blanked, model.text, textDigits(model));
}

/**
 * The runs of digits of the document's text, once per model: every text the rules read is the
 * document's text blanked, and its runs are found from these (digitRunsBlanked), not searched for again.
 */
export function textDigits(model: DocumentModel): DigitRuns {
  return derived(model, 'text digits', () => digitRuns(model.text));
}

/** The frontmatter values that are printed as article text, where an identifier is as public as in the body. */
const PUBLISHED_KEYS = ['title', 'runningTitle', 'abstract'];

/**
 * The text with the frontmatter `title` and `abstract` values put back (everything else in the
 * frontmatter stays blank: the publication date, author names and e-mails are not the patient's).
 */
export function withPublishedFrontmatter(model: DocumentModel, text: string): string {
  return putBack(model, text, publishedSpans(model) ?? []);
}

/** The text with the document's own characters put back in the spans (in document order; a span overlapping an earlier one is skipped). */
export function putBack(model: DocumentModel, text: string, spans: Span[]): string {
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

/**
 * Where the published frontmatter values are, in document order; undefined without a frontmatter
 * mapping. A structured abstract (a mapping of labelled parts) publishes the text of each part.
 */
export function publishedSpans(model: DocumentModel): Span[] | undefined {
  const fm = model.frontmatter;
  const contents = fm?.document.contents;
  if (!fm || !isMap(contents)) return undefined;
  return contents.items
    .filter((pair) => isScalar(pair.key) && PUBLISHED_KEYS.includes(String(pair.key.value)))
    .flatMap((pair) => (isMap(pair.value) ? pair.value.items.map((part) => part.value) : [pair.value]))
    .flatMap((value) => (isScalar(value) && value.range ? [value.range] : []))
    .map(([start, end]) => ({ start: fm.contentStart + start, end: fm.contentStart + end }))
    .sort((a, b) => a.start - b.start);
}

/** `withPublishedFrontmatter(model, blankSpans(text, spans))` in one copy of the text (see blankPuttingBack). */
export function blankWithPublishedFrontmatter(model: DocumentModel, text: string, spans: Span[]): string {
  return blankPuttingBack(model, text, spans, publishedSpans(model) ?? []);
}

/**
 * `putBack(model, blankSpans(text, spans), values)` in one copy of the text: blanking is character
 * by character, so the text up to the last value is blanked and filled in on its own (a short
 * string when the values are in the frontmatter) and the rest is blanked after it.
 */
export function blankPuttingBack(model: DocumentModel, text: string, spans: Span[], values: Span[]): string {
  if (values.length === 0) return blankSpans(text, spans);
  const cut = Math.min(text.length, values.reduce((end, span) => Math.max(end, span.end), -Infinity));
  const headSpans = spans.filter((span) => span.start < cut).map((span) => ({ start: span.start, end: Math.min(span.end, cut) }));
  const head = putBack(model, blankSpans(text.slice(0, cut), headSpans), values);
  return blankSpans(text, spans, head);
}

/** The reference list, whole lines, as a range of lines (none without a list). */
export function referenceLines(model: DocumentModel): LineRange[] {
  const list = model.references;
  return list ? [{ first: list.startLine, last: Math.max(list.startLine, list.endLine - 1) }] : [];
}

/** The reference list, whole lines, as the span of the text they cover. */
export function referenceSpans(model: DocumentModel): Span[] {
  return lineRangeSpans(model.source, referenceLines(model));
}
