import { escapeHtml } from '../escape-html';

/**
 * Typographic quotes, as the magazine sets them: "x" becomes “x”, 'x' becomes ‘x’, an apostrophe
 * (don't, patient's, the '90s) becomes ’, and a measurement in feet and inches (5'10", a 3"
 * laceration) gets primes (5′10″). The source keeps what the author typed; only the page changes.
 *
 * The text of one paragraph (or caption, or table cell) is read as one run, because a quotation
 * may open in one text token and close in another (`"**severe**"`). What is not text takes a
 * stand-in character of the same length, so every position maps back to its token.
 */

/** A piece of a paragraph as the quote reader sees it. */
export type QuotePiece =
  /** Text whose quotes are set. */
  | { text: string }
  /** Text kept as written (an autolinked URL) that still reads as a word to its neighbours. */
  | { frozen: string }
  /** Something that is not text: code, an image, a citation, a line break; or nothing at all (a tag). */
  | { atom: 'word' | 'punctuation' | 'space' | 'none' };

/** Stand-ins for what is not text: a word (code, an image) and a mark (a citation). */
const WORD = '\uE000';
const MARK = '\uE001';

const APOSTROPHE = '\u2019';
const OPEN_SINGLE = '\u2018';
const OPEN_DOUBLE = '\u201C';
const CLOSE_DOUBLE = '\u201D';
const PRIME = '\u2032';
const DOUBLE_PRIME = '\u2033';

/** Words that start with an elided letter: 'em, 'til, 'tis, 'twas, 'cause, 'n'. */
const ELISION = /^'(?:em|til|tis|twas|cause|n)(?![\p{L}\p{N}])/iu;
/** A year or decade shortened: '90s, '08. */
const SHORT_YEAR = /^'\d\d(?:s)?(?![\p{L}\p{N}])/u;
/** A URL written out in the text: its quotes are part of the address. */
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;

/**
 * The pieces' texts with their quotes set: one string per piece, the same length as its source
 * (a `frozen` piece and the atoms come back as they were, atoms as '').
 */
export function setQuotes(pieces: QuotePiece[]): string[] {
  let flat = '';
  const starts: number[] = [];
  for (const piece of pieces) {
    starts.push(flat.length);
    if ('text' in piece) flat += piece.text;
    else if ('frozen' in piece) flat += WORD.repeat(piece.frozen.length);
    else if (piece.atom === 'word') flat += WORD;
    else if (piece.atom === 'punctuation') flat += MARK;
    else if (piece.atom === 'space') flat += ' ';
  }
  const set = quoteText(flat);
  return pieces.map((piece, index) => {
    if ('text' in piece) return set.slice(starts[index], starts[index] + piece.text.length);
    return 'frozen' in piece ? piece.frozen : '';
  });
}

/** True when a text may hold something to set (a cheap test before any work). */
export function hasStraightQuotes(text: string): boolean {
  return text.includes('"') || text.includes("'");
}

/** The quotes of one run of text set; every other character as it was. */
export function quoteText(text: string): string {
  if (!hasStraightQuotes(text)) return text;
  const out = text.split('');
  /** Open quotations, innermost last: the double quote that is open decides an ambiguous one. */
  const open: ('"' | "'")[] = [];
  const close = (mark: '"' | "'") => {
    const at = open.lastIndexOf(mark);
    if (at >= 0) open.length = at;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'") continue;
    if (insideUrl(text, i)) continue;
    const before = kind(text[i - 1]);
    const after = kind(text[i + 1]);
    if (c === '"') {
      if (before === 'digit' && (afterFeet(text, i) || !open.includes('"'))) out[i] = DOUBLE_PRIME;
      else if (before === 'space' && after === 'space') continue;
      else if (before === 'space' || before === 'opening') {
        out[i] = OPEN_DOUBLE;
        open.push('"');
      } else if (after === 'space' || after === 'punctuation' || after === 'closing' || open.includes('"')) {
        out[i] = CLOSE_DOUBLE;
        close('"');
      } else {
        out[i] = OPEN_DOUBLE; // `said:"Yes"` or `,"next`
        open.push('"');
      }
      continue;
    }
    // A single quote.
    if (before === 'letter') {
      if (after !== 'letter' && after !== 'digit') close("'");
      out[i] = APOSTROPHE; // don't, O'Brien, patients', or the end of a 'quotation'
    } else if (before === 'digit') {
      if (after === 'letter') out[i] = APOSTROPHE; // 1990's
      else if (after !== 'digit' && open.includes("'")) {
        out[i] = APOSTROPHE; // the end of 'grade 3'
        close("'");
      } else out[i] = PRIME; // 5'10", 6' tall
    } else if (before === 'space' || before === 'opening') {
      if (after === 'space') continue;
      const rest = text.slice(i, i + 8);
      if (ELISION.test(rest) || SHORT_YEAR.test(rest)) out[i] = APOSTROPHE;
      else {
        out[i] = OPEN_SINGLE;
        open.push("'");
      }
    } else {
      // After a mark or a closing quote: the end of a quotation ('Stop.'), or a possessive after a bracket.
      out[i] = APOSTROPHE;
      close("'");
    }
  }
  return out.join('');
}

type Kind = 'space' | 'letter' | 'digit' | 'opening' | 'closing' | 'punctuation';

function kind(c: string | undefined): Kind {
  if (c === undefined || /\s/.test(c)) return 'space';
  if (c === WORD) return 'letter';
  if (c === MARK) return 'punctuation';
  if (/\d/.test(c)) return 'digit';
  if (/\p{L}|\p{M}/u.test(c)) return 'letter';
  // What a quotation opens after: a bracket, a dash, a slash, an opening quote of the other kind.
  if (/[([{\u2014\u2013\-/\u201C\u2018]/.test(c)) return 'opening';
  if (/[)\]}\u201D\u2019]/.test(c)) return 'closing';
  return 'punctuation';
}

/** `5'10"`: the double quote ends a run of digits that follows a foot mark after digits. */
function afterFeet(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\d/.test(text[j])) j--;
  if (j >= 0 && text[j] === ' ') j--; // 5' 10"
  return j >= 1 && (text[j] === "'" || text[j] === PRIME) && /\d/.test(text[j - 1]);
}

/**
 * The quote sits inside a written-out URL: the run of non-space characters it belongs to starts like
 * one after any opening quotes or brackets. A quote that closes one of those (`"https://x.org".`)
 * is not the URL's: it is the last quote of the run, followed by marks only.
 */
function insideUrl(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  let url = start;
  while (url < i && /["'([<\u201C\u2018]/.test(text[url])) url++;
  if (url >= i || !URL_START.test(text.slice(url, i))) return false;
  let end = i + 1;
  while (end < text.length && !/\s/.test(text[end])) end++;
  const opened = text.slice(start, url).includes(text[i]);
  return !(opened && /^[^\p{L}\p{N}"'/=&?#]*$/u.test(text.slice(i + 1, end)));
}

/** Frontmatter text the page prints as it is (a name, a category, a keyword): quotes set, then escaped. */
export function typesetPlain(text: string): string {
  return escapeHtml(quoteText(text));
}
