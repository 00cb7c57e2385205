import type { Span } from '../types';

/**
 * Pandoc's citation syntax (the Pandoc manual, "Citation syntax"), the one definition the
 * checker's scan and the preview's markdown-it rule share:
 * `[@key]`, `[@a; @b]`, `[see @key, p. 33]`, `[-@key]`, `@{key with odd characters}`.
 */

/** One cited work inside a bracketed citation. */
export interface KeyItem extends Span {
  key: string;
  /** The `@key` (or `@{key}`) itself. */
  keyStart: number;
  keyEnd: number;
  /** Text before the key (`see`), trimmed. */
  prefix: string;
  /** Text after the key, its leading comma removed and trimmed (`p. 33`). */
  suffix: string;
  /** The locator the suffix starts with, when it has one. */
  locator?: Locator;
}

/**
 * The words of an item the reader is given around its number: Pandoc's prefix (`see`, `cf.`) and
 * the suffix after the locator (`and passim`), Markdown emphasis marks dropped; '' for none.
 */
export function itemAffixes(item: KeyItem): { prefix: string; suffix: string } {
  const rest = item.locator ? item.suffix.slice(item.locator.length).replace(/^[\s,]+/, '') : item.suffix;
  return { prefix: plainWords(item.prefix), suffix: plainWords(rest) };
}

function plainWords(text: string): string {
  return text.replace(/(\*{1,3}|_{1,3})(\S(?:[^]*?\S)?)\1/g, '$2').replace(/\s+/g, ' ').trim();
}

export interface Locator {
  /** `page` for `p.`, `pp.`, `page(s)` and a bare number; otherwise the label as written (`chap.`). */
  label: string;
  /** `33`, `33-35`, `iv`. */
  value: string;
  /** How many characters of the suffix the locator takes (`p. 33` of `p. 33 and passim`). */
  length: number;
}

/** A bracketed citation `[...]` whose every `;`-separated part cites a key. */
export interface KeyCitation extends Span {
  items: KeyItem[];
}

/** A key written without brackets (`as @smith2020 showed`): Pandoc's in-text form. */
export interface BareKey extends Span {
  key: string;
}

/** A citation must close within this many characters (Pandoc has no limit; real ones are short). */
const MAX_CITATION = 2000;
const BRACE_KEY_LIMIT = 500;

/** Pandoc's internal punctuation: allowed inside a key when a letter, digit or `_` follows. */
const INTERNAL = new Set([':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/']);

function isKeyChar(c: string | undefined): boolean {
  return c !== undefined && (c === '_' || /[\p{L}\p{N}]/u.test(c));
}

/** The end of the key that starts at `at` (just after `@`), or -1 when none starts there. */
export function keyEnd(text: string, at: number): { key: string; end: number } | undefined {
  if (text[at] === '{') {
    // `@{...}`: anything but unbalanced braces, on one line.
    let depth = 0;
    for (let i = at; i < text.length && i < at + BRACE_KEY_LIMIT; i++) {
      const c = text[i];
      if (c === '\n' || c === '\r') return undefined;
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        const key = text.slice(at + 1, i).trim();
        return key === '' ? undefined : { key, end: i + 1 };
      }
    }
    return undefined;
  }
  if (!isKeyChar(text[at])) return undefined;
  let i = at + 1;
  for (;;) {
    if (isKeyChar(text[i])) i++;
    else if (INTERNAL.has(text[i]) && isKeyChar(text[i + 1])) i += 2;
    else break;
  }
  return { key: text.slice(at, i), end: i };
}

/** Can an `@` at this offset open a key (not the middle of an e-mail address or a word)? */
function opensKey(text: string, at: number): boolean {
  return !isKeyChar(text[at - 1]) && text[at - 1] !== '@';
}

const PAGE_LABEL = /^(?:p|pp|pg|pgs|page|pages)\.?$/i;
const LOCATOR_LABEL =
  /^(?:p|pp|pg|pgs|page|pages|bk|book|books|ch|chap|chaps|chapter|chapters|col|column|columns|fig|figs|figure|figures|f|ff|fol|folio|folios|l|ll|line|lines|n|nn|no|nos|note|notes|op|opus|opera|para|paras|paragraph|paragraphs|pt|part|parts|sec|secs|section|sections|s\.v|sv|sub verbo|sub verbis|v|vv|verse|verses|vol|vols|volume|volumes|tab|table|tables|app|appendix)\.?$/i;
/** A locator value: numbers (an e-locator's `e12` too), roman numerals or letters with digits, joined by dashes and commas. */
const LOCATOR_VALUE = /^(?:[A-Za-z]?[0-9]+[A-Za-z]?|[ivxlcdm]+|[IVXLCDM]+)(?:\s*[-\u2013\u2014,]\s*(?:[A-Za-z]?[0-9]+[A-Za-z]?|[ivxlcdm]+|[IVXLCDM]+))*/;

/** The locator a suffix starts with: `p. 33`, `pp. 33-35`, `chap. 2`, or a bare `33` (a page). */
export function parseLocator(suffix: string): Locator | undefined {
  const braced = /^\{([^{}]*)\}/.exec(suffix);
  if (braced) return braced[1].trim() ? { label: 'page', value: braced[1].trim(), length: braced[0].length } : undefined;
  const labelled = /^([A-Za-z][A-Za-z.]*(?: verb(?:o|is))?)(\s*)(.*)$/s.exec(suffix);
  if (labelled && LOCATOR_LABEL.test(labelled[1])) {
    const value = LOCATOR_VALUE.exec(labelled[3]);
    if (value) return { label: PAGE_LABEL.test(labelled[1]) ? 'page' : labelled[1], value: value[0].replace(/\s+/g, ''), length: labelled[1].length + labelled[2].length + value[0].length };
  }
  const bare = /^[0-9]+[A-Za-z]?(?:\s*[-\u2013\u2014,]\s*[0-9]+[A-Za-z]?)*/.exec(suffix);
  return bare ? { label: 'page', value: bare[0].replace(/\s+/g, ''), length: bare[0].length } : undefined;
}

/**
 * The bracketed citation that opens at `open` (a `[`), or undefined when the brackets do not hold
 * one: every part between `;` must cite one key, the bracket must close before a blank line and
 * hold no other bracket, and `[...](` or `[...][` is a link. `limit` bounds the scan (the end of
 * the inline content). Stopping at the next `[` keeps a scan from every bracket linear.
 */
export function parseKeyCitation(text: string, open: number, limit = text.length): KeyCitation | undefined {
  if (text[open] !== '[' || text[open - 1] === '\\' || text[open - 1] === '!') return undefined;
  let close = -1;
  let at = -1;
  const end = Math.min(limit, open + MAX_CITATION);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5d) {
      close = i;
      break;
    }
    if (c === 0x5b) return undefined;
    if (c === 0x40 && at === -1) at = i;
    else if (c === 0x0a && BLANK_LINE_AHEAD.test(text.slice(i + 1, i + 200))) return undefined;
  }
  if (close === -1 || at === -1) return undefined;
  const next = text[close + 1];
  if (next === '(' || next === '[') return undefined;
  const items: KeyItem[] = [];
  let partStart = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i < close && text[i] !== ';') continue;
    const item = parseItem(text, partStart, i);
    if (!item) return undefined;
    items.push(item);
    partStart = i + 1;
  }
  return { start: open, end: close + 1, items };
}

const BLANK_LINE_AHEAD = /^[ \t]*\r?(?:\n|$)/;

/** One `;`-separated part `[start, end)`: prefix, `-`?, `@key`, suffix. */
function parseItem(text: string, start: number, end: number): KeyItem | undefined {
  for (let at = text.indexOf('@', start); at !== -1 && at < end; at = text.indexOf('@', at + 1)) {
    const dash = text[at - 1] === '-' && (at - 1 === start || !isKeyChar(text[at - 2]));
    if (!dash && !opensKey(text, at)) continue;
    const found = keyEnd(text, at + 1);
    if (!found || found.end > end) continue;
    const keyStart = dash ? at - 1 : at;
    const prefix = text.slice(start, keyStart).replace(/\s+/g, ' ').trim();
    const suffix = text.slice(found.end, end).replace(/\s+/g, ' ').trim().replace(/^,\s*/, '');
    const item: KeyItem = { start, end, key: found.key, keyStart: at, keyEnd: found.end, prefix, suffix };
    const locator = parseLocator(suffix);
    if (locator) item.locator = locator;
    return item;
  }
  return undefined;
}

/**
 * Every bracketed key citation and every bare `@key` in text whose code, comments, frontmatter
 * and URLs are already blanked. A bare key is only a candidate: whether it names a library entry
 * is the rules' business. One pass over the brackets and at-signs; each `[` is parsed at most once.
 */
export function findKeyCitations(text: string, skip?: Span): { citations: KeyCitation[]; bare: BareKey[] } {
  const citations: KeyCitation[] = [];
  const bare: BareKey[] = [];
  if (skip) {
    // A hand-written reference list holds no citations: read around it (a part without an `@`
    // cites nothing, and is not copied).
    const first = text.indexOf('@');
    const before = first !== -1 && first < skip.start ? findKeyCitations(text.slice(0, skip.start)) : { citations, bare };
    const after = text.indexOf('@', skip.end) !== -1 ? findKeyCitations(' '.repeat(skip.end) + text.slice(skip.end)) : { citations, bare };
    return { citations: [...before.citations, ...after.citations], bare: [...before.bare, ...after.bare] };
  }
  // From at-sign to at-sign (indexOf): a text without any, as most are, is not scanned further.
  let open = -1;
  let tried = -1;
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', from)) {
    open = openBracket(text, from, at, open);
    from = at + 1;
    if (open !== -1 && tried !== open) {
      tried = open;
      const citation = parseKeyCitation(text, open);
      if (citation) {
        citations.push(citation);
        from = citation.end;
        open = -1;
        continue;
      }
    }
    bareAt(text, at, bare);
  }
  return { citations, bare };
}

/**
 * The `[` still open at `at`, reading text[from, at) back from `at`: the last `[` there when no
 * `]` or blank line follows it, -1 when a `]` or a blank line (`\n[ \t\r]*\n`, from `from` on)
 * comes last, and `open` (what was open at `from`) when the stretch holds none of them.
 */
function openBracket(text: string, from: number, at: number, open: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) return i;
    if (c === 0x5d || (c === 0x0a && blankLineEndsAt(text, from, i))) return -1;
  }
  return open;
}

/** Does a blank line that starts at or after `from` end with the line feed at `end`? */
function blankLineEndsAt(text: string, from: number, end: number): boolean {
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return false;
}

/** What may stand before an in-text `@key`: a space or an opening mark, not a word, a slash or another `@`. */
const BARE_BEFORE = /[\s([{"'\u2018\u201c*_]/;

/** A bare `@key` (or `-@key`) at `at`, when the `@` is not inside a word or an e-mail address. */
function bareAt(text: string, at: number, bare: BareKey[]): void {
  const before = text[at - 1] === '-' ? text[at - 2] : text[at - 1];
  if (before !== undefined && !BARE_BEFORE.test(before)) return;
  const found = keyEnd(text, at + 1);
  if (found) bare.push({ start: at, end: found.end, key: found.key });
}
