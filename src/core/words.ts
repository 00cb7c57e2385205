import type { Span } from './types';

/**
 * A word: letters or digits, joined by an apostrophe, hyphen, period or slash inside it
 * ("follow-up", "patient's", "10.5", "mg/dL" each count once). Linear: every repetition of the
 * group must consume a joiner, so the engine never has two ways to split the same text.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.\-–/][\p{L}\p{N}]+)*/gu;

/**
 * The number of WORD matches, counted by a hand-written scanner: the Unicode classes of the regular
 * expression cost ~40 ns a character, and a 230,000-word report is counted on every check. With
 * `skip` (by start, as byStart or mergeByStart put them: 100,000 figures are not read again to
 * check it), the words of `blankSpans(text, skip)` without building the blanked text: a blanked
 * character is a space (or the line break it was), which neither is nor joins a word, so the
 * words are those of the stretches between the spans, counted each on its own.
 */
export function countWords(text: string, skip: Span[] = []): number {
  if (skip.length === 0) return countWordsIn(text, 0, text.length);
  let count = 0;
  eachStretchOutside(text, skip, (start, end) => {
    count += countWordsIn(text, start, end);
    return false;
  });
  return count;
}

/**
 * 1 for the ASCII letters and digits, 2 for the ASCII joiners of WORD (' . - /), 0 for the rest.
 * For ASCII text, a word starts at a letter or digit unless the character before is one, or is a
 * joiner with a letter or digit before it: the greedy expression would have taken it.
 */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : c === 39 || c === 46 || c === 45 || c === 47 ? 2 : 0;

/**
 * countWords of text.slice(from, to), without the slice; with `most`, the count stops once it is
 * past `most` (any count above `most` means more than `most`: the words of a stretch before the
 * one sought are counted, not the million after it).
 */
function countWordsIn(text: string, from: number, to: number, most = Infinity): number {
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
    if (kind === 1 && before !== 1 && !(before === 2 && beforeThat === 1)) {
      if (++count > most) return count;
    } else if (kind === 0) {
      restart = i + 1;
      countAtRestart = count;
    }
    beforeThat = before;
    before = kind;
  }
  if (i >= to) return count;
  return countAtRestart + countWordsScan(text, restart, to, most - countAtRestart);
}

/** countWords of text.slice(from, to) by the general scan (any Unicode letter or digit). */
function countWordsScan(text: string, from: number, to: number, most: number): number {
  let count = 0;
  let i = from;
  while (i < to) {
    let width = wordCharWidth(text, i, to);
    if (width === 0) {
      i++;
      continue;
    }
    if (++count > most) return count;
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
 * Visits the stretches of the text that blankSpans(text, spans) leaves as they are (the spans by
 * start), in order, until `visit` returns true. No object per stretch: the body of a report can
 * have 200,000 citation markers between its words.
 */
function eachStretchOutside(text: string, spans: Span[], visit: (start: number, end: number) => boolean): void {
  let at = 0;
  // Indexed: code that runs once iterates a list unoptimized, an iterator result per element.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at && visit(at, Math.min(start, text.length))) return;
    at = span.end;
  }
  if (at < text.length) visit(at, text.length);
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

/**
 * The offset span of the n-th word (0-based) of the text, if it has that many. With `skip` (by
 * start), of `blankSpans(text, skip)` without building it (see countWords).
 */
export function nthWord(text: string, n: number, skip: Span[] = []): Span | undefined {
  if (skip.length === 0) return nthWordIn(text, n);
  let left = n;
  let found: Span | undefined;
  eachStretchOutside(text, skip, (start, end) => {
    const count = countWordsIn(text, start, end, left);
    if (left >= count) {
      left -= count;
      return false;
    }
    const word = nthWordIn(text.slice(start, end), left)!;
    found = { start: start + word.start, end: start + word.end };
    return true;
  });
  return found;
}

function nthWordIn(text: string, n: number): Span | undefined {
  WORD.lastIndex = 0;
  let count = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    if (count++ === n) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
