import { isAsciiDigit, isAsciiLetter } from '../../scan/matches';
import type { Span } from '../../types';

/**
 * The written terms of a text that hold two or more capitals, in order: exactly the matches of
 *
 *     /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’]s?)?/gu
 *
 * (letters and digits joined by hyphens, with a possessive or plural ending) that
 * `/\p{Lu}.*\p{Lu}/u` accepts, found by a walk over the code points instead of one match (and
 * one string) per word of the prose. The walk reads only the words around two capitals (PAIR):
 * prose has few, and a report of 100,000 figures none (its 4 MB were walked code point by code
 * point). Every step of every loop moves forward by at least one code point, so the walk ends on
 * any text (lone surrogates, astral-plane letters and capitals).
 * test/domain/abbreviation-terms.test.ts holds it to the expressions above on random texts.
 */
export function capitalizedTerms(text: string): Span[] {
  const terms: Span[] = [];
  const length = text.length;
  let at = 0;
  // Is the code point before `at` a letter or a digit (the expression's look-behind)?
  let afterWord = false;
  // The first capital of the pair the walk is reading up to (PAIR).
  let pairAt = -1;
  while (at < length) {
    if (at > pairAt) {
      // Where the next two capitals stand in one run of letters, digits and hyphens: every term
      // with two capitals holds such a pair, so the text before it holds no term to keep. The walk
      // goes on from the blank before the pair (after a blank, no term has started and none is
      // read further), or from where it is when no blank lies between.
      PAIR.lastIndex = at;
      const pair = PAIR.exec(text);
      if (pair === null) break;
      pairAt = pair.index;
      let from = pairAt;
      while (from > at && !isBlankAt(text, from - 1)) from--;
      if (from > at) {
        at = from;
        afterWord = false;
      }
    }
    if (isBlankAt(text, at)) {
      // A space between words is stepped over; a longer run of spaces and line breaks (a blanked
      // reference list, code block...) is skipped in one search.
      at++;
      if (at < length && isBlankAt(text, at)) {
        BLANKS.lastIndex = at;
        BLANKS.test(text);
        at = BLANKS.lastIndex;
      }
      afterWord = false;
      continue;
    }
    const size = codePointSize(text, at);
    if (!isWordAt(text, at)) {
      afterWord = false;
      at += size;
      continue;
    }
    if (afterWord) {
      at += size;
      continue;
    }
    // A term starts here: letters and digits, then `-` and more of them, then `'`, `'s`.
    const start = at;
    let capitals = 0;
    let end = at;
    for (;;) {
      while (end < length) {
        // ASCII letters and digits (most of a report) without the expressions.
        const code = text.charCodeAt(end);
        if (code < 0x80) {
          if (!isAsciiWord(code)) break;
          if (code <= 0x5a && code >= 0x41) capitals++;
          end++;
          continue;
        }
        if (!isWordAt(text, end)) break;
        if (isCapitalAt(text, end)) capitals++;
        end += codePointSize(text, end);
      }
      if (end + 1 < length && text.charCodeAt(end) === HYPHEN && isWordAt(text, end + 1)) end += 1;
      else break;
    }
    afterWord = true;
    const quote = end < length ? text.charCodeAt(end) : -1;
    if (quote === APOSTROPHE || quote === RIGHT_QUOTE) {
      end += 1;
      afterWord = false;
      if (end < length && text.charCodeAt(end) === LOWER_S) {
        end += 1;
        afterWord = true;
      }
    }
    if (capitals >= 2) terms.push({ start, end });
    at = end;
  }
  return terms;
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 0x73;
const WORD_AT = /[\p{L}\p{N}]/uy;
/** Spaces and line breaks from `lastIndex` on (sticky: matches at least the one there). */
const BLANKS = /[ \r\n]+/y;
const CAPITAL_AT = /\p{Lu}/uy;
/**
 * Two capitals with only letters, digits and hyphens between them, or what may be (the search for
 * where a term to keep can start). Without the `u` flag, by code unit: a capital is an ASCII one or
 * a code unit from U+00C0 on, not one of Latin-1's lowercase letters (a capital beyond the BMP
 * starts with a surrogate there), and a letter or digit is an ASCII one or a code unit from U+00AA
 * on. Every pair of capitals of a term matches it, so it finds no fewer places than the term
 * expression would; the walk decides. The Unicode classes cost ~15 ns a character of a text with
 * any character beyond Latin-1 (a two-byte string): these ~1 ns.
 */
const PAIR = /[A-Z\u00c0-\u00de\u0100-\uffff][\dA-Za-z\u00aa-\uffff-]*?[A-Z\u00c0-\u00de\u0100-\uffff]/g;

/** Code units of the code point at `at`: 2 for a surrogate pair, else 1. */
function codePointSize(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** A space or line break at `at`: no word, and where the scanners' blanked text has long runs. */
function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x20 || code === 0x0a || code === 0x0d;
}

/** Is the ASCII character `code` a letter or a digit? */
function isAsciiWord(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** A letter or digit at `at` (ASCII answered without the expression). */
function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiWord(code);
  WORD_AT.lastIndex = at;
  return WORD_AT.test(text);
}

function isCapitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  CAPITAL_AT.lastIndex = at;
  return CAPITAL_AT.test(text);
}
