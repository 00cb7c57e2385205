import { blankSpans, codeBlockLines, findCodeSpans, findHtmlComments, lineRangeSpans, SpanSet } from '../mask';
import type { DocumentModel } from '../model';
import type { DigitRuns } from '../scan/matches';
import type { Span } from '../types';
import { blankedDigits, blankWithPublishedFrontmatter, bodyDigits, bodyText, publishedSpans, referenceLines, referenceSpans, withPublishedFrontmatter } from './body';
import { derived } from './derived';

/**
 * What the privacy rules read: the body text (bodyText) with every occurrence of an allow-listed
 * term blanked (the house style's `privacyAllow` and the `casereport.privacy.allow` setting).
 * Offsets are kept, so a match is a position in the document.
 */
export function privacyText(model: DocumentModel, allow: readonly string[]): string {
  if (nothingAllowed(allow)) return bodyText(model);
  return derived(model, `privacy\u0000${allow.join('\u0000')}`, () => {
    const text = withPublishedFrontmatter(model, model.prose);
    return blankSpans(text, [...referenceSpans(model), ...allowedSpans(text, allow)]);
  });
}

/** The runs of digits of the privacy text (see digitRuns). */
export function privacyDigits(model: DocumentModel, allow: readonly string[]): DigitRuns {
  if (nothingAllowed(allow)) return bodyDigits(model);
  return derived(model, `privacy digits\u0000${allow.join('\u0000')}`, () => blankedDigits(model, privacyText(model, allow)));
}

/**
 * Like privacyText, but link destinations and autolinks are kept: an e-mail address in
 * `<someone@example.org>` or `mailto:` is still an e-mail address in the report.
 */
export function contactText(model: DocumentModel, allow: readonly string[]): string {
  return derived(model, `contact\u0000${allow.join('\u0000')}`, () => {
    const { source } = model;
    const lines = referenceLines(model);
    if (model.frontmatter) lines.push({ first: 0, last: model.frontmatter.endLine });
    codeBlockLines(model.tokens, lines);
    const spans = lineRangeSpans(source, lines);
    let text: string;
    if (codeAndCommentsOutsideLines(model)) {
      // The code spans and comments of the text with those lines blanked and the published values
      // filled in, found on the text itself: one copy of the text instead of three.
      const masked = [...spans, ...findCodeSpans(model.text, { lines: source, ranges: lines }), ...findHtmlComments(model.text, new SpanSet(spans))];
      text = blankWithPublishedFrontmatter(model, model.text, masked);
    } else {
      // A published value holds a backtick or a comment delimiter: blank the lines, fill the
      // values in, then find the code spans and comments on that text.
      text = withPublishedFrontmatter(model, blankSpans(model.text, spans));
      text = blankSpans(text, [...findCodeSpans(text), ...findHtmlComments(text)]);
    }
    return blankSpans(text, allowedSpans(text, allow));
  });
}

/** The runs of digits of the contact text (see digitRuns). */
export function contactDigits(model: DocumentModel, allow: readonly string[]): DigitRuns {
  return derived(model, `contact digits\u0000${allow.join('\u0000')}`, () => blankedDigits(model, contactText(model, allow)));
}

function nothingAllowed(allow: readonly string[]): boolean {
  return allow.every((term) => term.trim() === '');
}

/**
 * Can contactText find code spans and comments on the text, as if its blanked lines were blank?
 * Yes unless a published frontmatter value (put back in the blanked frontmatter) holds a backtick
 * or a comment delimiter. The blanked closing fence then separates the frontmatter from the body as a blank line does.
 */
function codeAndCommentsOutsideLines(model: DocumentModel): boolean {
  const text = model.text;
  for (const span of publishedSpans(model) ?? []) {
    const value = text.slice(span.start, span.end);
    if (value.includes('`') || value.includes('<!--') || value.includes('-->')) return false;
  }
  return true;
}

/** Every occurrence of an allow-listed term, case-insensitive, as whole words where the term starts or ends with one. */
function allowedSpans(text: string, allow: readonly string[]): Span[] {
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
