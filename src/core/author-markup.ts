import type { Token } from './markdown';

/**
 * The markup authors write beyond plain Markdown so that the checker, the preview and the exports
 * understand a report (docs/conventions.md): float labels, pull quotes and page breaks. Each
 * pattern is defined here once; the model (figures.ts), the word count and the renderer use it.
 */

/**
 * A figure's or table's number as written, in labels and in mentions: the whole run of digits,
 * never the first digits of a longer one ("Figure 12345" is Figure 12345, not Figure 1234). At
 * most nine digits, so that it reads as an exact integer; a longer run is not a float number.
 */
export const FLOAT_NUMBER = String.raw`\d{1,9}(?!\d)`;

/**
 * `Figure 2A.` at the start of an image's alt text, optionally in emphasis (`**Figure 2.**`).
 * Groups: 1 what precedes the label, 2 the label as written, 3 its number, 4 a panel letter.
 */
export const FIGURE_LABEL = new RegExp(String.raw`^(\s*(?:\*\*|__|\*|_)?\s*)((?:Figure|Fig\.?)\s+(${FLOAT_NUMBER})([A-Za-z])?(?:\s*[.:])?)(?:\s*(?:\*\*|__|\*|_))?\s*`, 'i');

/** `Table 1.` at the start of the paragraph right above a table; groups as in FIGURE_LABEL. */
export const TABLE_LABEL = new RegExp(String.raw`^(\s*(?:\*\*|__|\*|_)?\s*)(Table\s+(${FLOAT_NUMBER})([A-Za-z])?(?:\s*[.:])?)(?:\s*(?:\*\*|__|\*|_))?\s*`, 'i');

/** A float's number as set: the digits and the panel letter in capitals (`2A`). */
export function labelNumber(label: RegExpExecArray): string {
  return `${label[3]}${label[4]?.toUpperCase() ?? ''}`;
}

/** The marker opening a pull quote's first paragraph: `> [!PULLQUOTE]`. */
export const PULLQUOTE = /^\s*\[!PULLQUOTE\]\s*/i;

/** A blockquote (tokens[index] opens it) whose first paragraph starts with the pull-quote marker. */
export function isPullQuote(tokens: Token[], index: number): boolean {
  return tokens[index]?.type === 'blockquote_open' && tokens[index + 1]?.type === 'paragraph_open' && PULLQUOTE.test(tokens[index + 2]?.content ?? '');
}

/** `<!-- pagebreak -->` (or `page-break`) alone as an HTML block. */
const PAGEBREAK = /^\s*<!--\s*page-?break\s*-->\s*$/i;

export function isPagebreak(token: Token): boolean {
  return token.type === 'html_block' && PAGEBREAK.test(token.content);
}
