import { isPullQuote } from '../author-markup';
import { blankSpans, lineRangeSpans, type LineRange } from '../mask';
import type { DocumentModel } from '../model';
import { abstractSections } from '../sections';
import type { Span } from '../types';
import { countWords, nthWord } from '../words';
import { referenceSpans } from './body';
import { mergeByStart } from '../scan/spans';
import { derived } from './derived';

/**
 * The body as counted against the word limit: prose (frontmatter, code, comments and URLs
 * already blanked) without headings, an Abstract section, figures with their captions, tables
 * with their caption paragraphs, pull quotes (they repeat the text), citation markers and the
 * reference list. Offsets are kept, so a position in it is a position in the document.
 */
export function bodyWordText(model: DocumentModel): string {
  return derived(model, 'body words', () => blankSpans(model.prose, notBodyWords(model)));
}

/** Words of the body (see bodyWordText), counted without building it. */
export function bodyWordCount(model: DocumentModel): number {
  return derived(model, 'body word count', () => countWords(model.prose, notBodyWords(model)));
}

/** The n-th word (0-based) of bodyWordText, found without building it. */
export function bodyNthWord(model: DocumentModel, n: number): Span | undefined {
  return nthWord(model.prose, n, notBodyWords(model));
}

/**
 * What bodyWordText blanks in the prose, by start, once per model (the count and the limit's word
 * both read it). A citation marker is its own span: no copy of 200,000 offsets.
 */
function notBodyWords(model: DocumentModel): Span[] {
  return derived(model, 'not body words', () => {
    // The headings, tables and pull quotes, whole lines.
    const blocks: LineRange[] = [];
    for (let i = 0; i < model.tokens.length; i++) {
      const token = model.tokens[i];
      // The type first, read once: a paragraph of one line has no map until read (markdown.ts).
      const type = token.type;
      const skipped = type === 'heading_open' || type === 'table_open' || (type === 'blockquote_open' && isPullQuote(model.tokens, i));
      if (skipped && token.map) blocks.push({ first: token.map[0], last: Math.max(token.map[0], token.map[1] - 1) });
    }
    // A float is its own span (no copy), and its caption lies inside it: a figure's alt text is
    // inside the image, a labelled table's span is its caption paragraph, an unlabelled one has none.
    // Each list is in document order already: merged, not sorted, and a list alone (e7's 100,000
    // figures) is not read at all.
    return mergeByStart([referenceSpans(model), lineRangeSpans(model.source, blocks), abstractSections(model.heads, model.text.length), model.figures, model.tables, model.citations]);
  });
}
