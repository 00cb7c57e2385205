import { execAnchored } from './mask';
import type { Span } from './types';
import { isUnitToken } from './units';

export type CitationForm = 'superscript' | 'html' | 'bracket';

/** One comma-separated part of a marker: `3`, `2-5`, or something malformed. */
export interface CitationItem extends Span {
  text: string;
  kind: 'single' | 'range' | 'invalid';
  /**
   * Why an item is invalid, for `citation-range`. `punctuation`: a period, comma, colon or
   * semicolon at the edge of a superscript (`<sup>3.</sup>`, `^3,^`), the sentence's own mark.
   */
  problem?: 'descending' | 'equal' | 'zero' | 'non-numeric' | 'punctuation' | 'too-long';
  from?: number;
  to?: number;
  /** The reference numbers this item cites, in written order. */
  numbers: number[];
  /** AMA's locator closed up inside the superscript: `p21` in `^3(p21)^`. */
  locator?: string;
}

/**
 * A citation marker as the model keeps it: where it is, what it says, and the numbers it cites.
 * Its items are read from its content when asked for (`markerItems`), not kept: a report can
 * hold 100,000 markers, and most rules read only the numbers. The rules read the markers (and
 * their numbers, and the reference entries) by index, not with for..of: a check runs once, mostly
 * before the engine has optimised its loops, and there an iterator per marker costs about ten
 * times the loop itself (tens of milliseconds a rule on 100,000 markers).
 */
export interface CitationMarker extends Span {
  form: CitationForm;
  /** Offsets of the numbers between the delimiters (`^`, `<sup>`, `[`). */
  contentStart: number;
  contentEnd: number;
  content: string;
  /** Every number cited, in written order, repeats kept. */
  numbers: number[];
}

/** A citation that lost its superscript when pasted: `calciphylaxis.1 It`. */
export interface UnformattedCitation extends Span {
  /** The punctuation before the digits. */
  punctuation: string;
  /** A superscript opened and never closed (`lungs.^2 It`): the caret is at `digitsStart - 1`. */
  opened?: true;
  digitsStart: number;
  numbers: number[];
}

const HTML_SUP = /<sup(?:\s[^<>]{0,200})?>([^<]{1,200})<\/sup>/iy;
/**
 * A bracket whose content may be a citation list (BRACKET_LIST: a digit first, after white space):
 * a bracket of anything else is passed over by the expression, which makes neither a match nor a
 * slice of it (100,000 images `![Figure 2. ...]` made 100,000 of each, for no citation).
 */
const BRACKET = /\[(?=\s*\d)([^[\]\n]{1,200})\]/y;
const BRACKET_LIST = /^\s*\d[\d\s,\-\u2013\u2014]*$/;
/** Four or more digits: `[2019]` is a year, unless the reference list really goes that far. */
const LONG_NUMBER = /\d{4,}/g;
/** Spaces in a superscript are only tolerated around commas and dashes of a numeric list. */
const SPACED_LIST = /^\d+(?:\s*[,\-\u2013\u2014]\s*\d+)*$/;
/** Units whose superscript is an exponent, as in `mg/m^2^` or `10 mm^3^`. */
const EXPONENT_UNITS = new Set(['m', 'cm', 'mm', 'km', 'dm', 'µm', 'μm', 'um', 'nm', 'ft', 'in', 'x', 'X', '×', 's', 'h', 'min', 'L', 'l', 'mL', 'ml']);

export interface CitationScanOptions {
  brackets: boolean;
  /** Link reference labels defined in the document (normalised, upper case). */
  isLinkLabel: (label: string) => boolean;
  /** The highest number of the reference list; a bracketed number of 4+ digits above it is a year. */
  highestReference?: number;
}

/** Finds citation markers in text whose code, comments and URLs are already blanked. */
export function findCitations(text: string, options: CitationScanOptions): CitationMarker[] {
  const markers: CitationMarker[] = [];
  // `^...^`, read by character code from caret to caret: no match array per marker.
  for (let open = text.indexOf('^'); open !== -1; ) {
    const close = text.indexOf('^', open + 1);
    if (close === -1) break;
    if (isSuperscriptSpan(text, open + 1, close)) {
      const content = text.slice(open + 1, close);
      const offset = citationListOffset(text, open, close + 1, content);
      if (offset !== -1) {
        markers.push(makeMarker('superscript', open, close + 1, open + 1 + offset, listContent(content, offset)));
        open = text.indexOf('^', close + 1);
        continue;
      }
    }
    // The closing caret opens the next candidate: `10^3^ cells^1^`.
    open = close;
  }
  let match: RegExpExecArray | null;
  // Each expression starts at its anchor (`<`, `[`): the text between anchors is skipped by indexOf.
  let from = 0;
  while ((match = execAnchored(text, '<', HTML_SUP, from)) !== null) {
    from = match.index + match[0].length;
    const offset = citationListOffset(text, match.index, from, match[1]);
    if (offset === -1) continue;
    markers.push(makeMarker('html', match.index, from, match.index + match[0].indexOf('>') + 1 + offset, listContent(match[1], offset)));
  }
  // A bracket list printed as a superscript (`<sup>[1,2]</sup>`) is that superscript citation, not a
  // second one: those superscripts are listed when a bracket list is first found.
  let bracketed: CitationMarker[] | undefined;
  if (options.brackets) {
    from = 0;
    while ((match = execAnchored(text, '[', BRACKET, from)) !== null) {
      const content = match[1];
      const end = match.index + match[0].length;
      from = end;
      if (!isBracketCitationContent(content, options.highestReference ?? 0)) continue;
      const before = text[match.index - 1];
      const after = text[end];
      if (before === '!' || before === '\\' || after === '(') continue; // image, escaped, or an inline link's text
      if (after === ':' && /(?:^|\n) {0,3}$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue; // a link definition
      bracketed ??= markers.filter((marker) => text[marker.contentStart - 1] === '[');
      if (bracketed.length > 0 && bracketed.some((marker) => match!.index > marker.start && end < marker.end)) continue;
      if (options.isLinkLabel(content)) continue; // shortcut or collapsed reference link `[1]`, `[1][]`
      // `[1][ref]` is a link when `ref` is defined; `[x][1]` likewise. Undefined, both are plain text.
      if (after === '[' && isLinkLabelAt(text, end, options)) continue;
      markers.push(makeMarker('bracket', match.index, match.index + match[0].length, match.index + 1, content));
    }
  }
  // Each form is found in text order: sorted only when two forms are found.
  return inTextOrder(markers) ? markers : markers.sort((a, b) => a.start - b.start);
}

function inTextOrder(markers: CitationMarker[]): boolean {
  for (let i = 1; i < markers.length; i++) if (markers[i - 1].start > markers[i].start) return false;
  return true;
}

/**
 * Is the superscript `^content^` or `<sup>content</sup>` at [start, end) of `text` a citation?
 * The one definition of a superscript citation (docs/conventions.md, Citations), shared by the checker and the preview.
 */
export function isSuperscriptCitation(text: string, start: number, end: number, content: string): boolean {
  return citationListOffset(text, start, end, content) !== -1;
}

/**
 * Is text[from, to), between two carets, the content of a `^...^` superscript? One line of 1 to
 * 200 characters with no space at either end (spaces only inside a list, `^1, 3^`): what
 * /\^([^^\s](?:[^^\n]{0,198}[^^\s])?)\^/ matches when `to` is the first caret after `from - 1`.
 */
function isSuperscriptSpan(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 200) return false;
  if (isSpaceCode(text.charCodeAt(from)) || isSpaceCode(text.charCodeAt(to - 1))) return false;
  for (let i = from + 1; i < to - 1; i++) if (text.charCodeAt(i) === 0x0a) return false;
  return true;
}

/** Where the citation list starts in the content of the superscript at [start, end) of `text` (see `superscriptListOffset`), or -1 when it is no citation. */
function citationListOffset(text: string, start: number, end: number, content: string): number {
  const offset = superscriptListOffset(content);
  return offset !== -1 && !isExponent(text, start, end, listContent(content, offset)) && !isIsotope(text, start, end) ? offset : -1;
}

/**
 * Where the citation list of a superscript's content starts: 0, the content itself, or 1, the list
 * inside brackets when the superscript holds a bracket citation (`<sup>[1,2]</sup>`, as some
 * journals print). -1 when the content is no list.
 */
export function superscriptListOffset(content: string): number {
  if (content.length > 2 && content[0] === '[' && content[content.length - 1] === ']') return isSuperscriptList(content.slice(1, -1)) ? 1 : -1;
  return isSuperscriptList(content) ? 0 : -1;
}

/** The list of a superscript's content whose list starts at `offset` (superscriptListOffset). */
export function listContent(content: string, offset: number): string {
  return offset === 0 ? content : content.slice(1, -1);
}

/** Is `[content]` a Vancouver citation by its content (not a year beyond the reference list, not a scale)? */
export function isBracketCitationContent(content: string, highestReference: number): boolean {
  return BRACKET_LIST.test(content) && !isYearLike(content, highestReference) && !ZERO_PART.test(content);
}

/** A bracketed list with a 0 is a scale (`[0-10]`, `[0, 1]`), never a Vancouver citation. */
const ZERO_PART = /(?:^|[^\d])0+(?!\d)/;

/**
 * A mass number written before an element symbol, as in `^18^F-FDG` or `<sup>99m</sup>Tc`: the
 * superscript opens a word (nothing but space or a bracket before it) and a capital follows at once.
 */
function isIsotope(text: string, markerStart: number, markerEnd: number): boolean {
  const before = text[markerStart - 1];
  const capital = text.charCodeAt(markerEnd);
  return capital >= 65 && capital <= 90 && (before === undefined || /[\s([\-/]/.test(before));
}

function isYearLike(content: string, highestReference: number): boolean {
  const long = content.match(LONG_NUMBER);
  return long !== null && long.some((n) => Number(n) > highestReference);
}

/** Is the `[label]` at `at` (as in `[1][label]`) a defined link reference label? */
function isLinkLabelAt(text: string, at: number, options: CitationScanOptions): boolean {
  const label = /^\[([^[\]\n]{1,999})\]/.exec(text.slice(at, at + 1001));
  return label !== null && options.isLinkLabel(label[1]);
}

/** A sentence's punctuation at the edges of a superscript list: `3.`, `1,2,`, `.4`, `5;`. */
const EDGE_PUNCTUATION = /^([.,;:]*)(\d[\s\S]*?\d|\d)([.,;:]*)$/;

/** AMA's locator after a number inside a superscript: `3(p21)`, `4(pp21-23)`, `2(chap. 3)`. */
const LOCATOR_GROUP = /(\d)\(([A-Za-z][^()\n]{0,39})\)/g;
const LOCATOR_ITEM = /^(\d+)\(([A-Za-z][^()\n]{0,39})\)$/;

function isSuperscriptList(content: string): boolean {
  // What the content is made of, in one pass by character code.
  let digits = 0;
  let letters = 0;
  let separators = 0;
  let spaces = 0;
  let others = 0;
  let parenthesis = false;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x2014) separators++;
    else if (isSpaceCode(c)) spaces++;
    else {
      others++;
      if (c === 0x28) parenthesis = true;
    }
  }
  // The usual marker, digits only: a list without spaces and letters.
  if (digits > 0 && digits === content.length) return true;
  if (parenthesis) {
    const bare = content.replace(LOCATOR_GROUP, '$1');
    return bare !== content && !bare.includes('(') && isSuperscriptList(bare);
  }
  // Punctuation at an edge (a list between digits has none: no expression to run).
  const edges = isDigitAt(content, 0) && isDigitAt(content, content.length - 1) ? null : EDGE_PUNCTUATION.exec(content);
  if (edges !== null && (edges[1] !== '' || edges[3] !== '') && edges[1].length + edges[3].length <= 2) return isSuperscriptList(edges[2]);
  if (spaces > 0) return SPACED_LIST.test(content);
  // A digit, then only digits, letters, commas and dashes.
  if (others > 0 || !isDigitAt(content, 0)) return false;
  // Letters are only tolerated as a malformed part of a list (`^1-a^`), never alone (`^2nd^`).
  return letters === 0 || separators > 0;
}

/** Is `code` a character /\s/ matches (white space or a line terminator)? */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A superscript right after a digit is an exponent (`10^9^`); right after a unit it is one when it
 * squares or cubes it (`375 mg/m^2^`, `4 cm^2^`): `2.1 mmol/L^7^` still cites reference 7.
 */
function isExponent(text: string, markerStart: number, markerEnd: number, content: string): boolean {
  const before = text[markerStart - 1];
  if (before === undefined) return false;
  if (before >= '0' && before <= '9') return true;
  if (isPowerOfTen(text, markerStart, markerEnd)) return true;
  if (content !== '2' && content !== '3') return false;
  const word = /[A-Za-zµμ×]+$/.exec(text.slice(Math.max(0, markerStart - 4), markerStart));
  if (!word || !EXPONENT_UNITS.has(word[0])) return false;
  // A unit stands after a number or a slash: `375 mg/m^2^`, `4 cm^2^`, not the word "in".
  const lead = text.slice(Math.max(0, markerStart - word[0].length - 2), markerStart - word[0].length);
  return /[\d/]\s?$|\d$/.test(lead);
}

/**
 * `2.4 × 10 ^9^/L`, `10 <sup>3</sup>/µL`: a power of ten written with a space before its exponent
 * (without the space, a digit before the marker already makes it an exponent). A `10` after a
 * multiplication sign, or a `10` whose superscript is followed by a unit, never cites.
 */
function isPowerOfTen(text: string, markerStart: number, markerEnd: number): boolean {
  // `10` and a space right before the marker, or no power of ten (no slice, no expression).
  const space = text[markerStart - 1];
  if ((space !== ' ' && space !== '\t' && space !== '\u00a0') || text[markerStart - 2] !== '0' || text[markerStart - 3] !== '1') return false;
  const lead = text.slice(Math.max(0, markerStart - 16), markerStart);
  const ten = /(?:^|[^\p{L}\p{N}.,])10[ \t\u00a0]$/u.exec(lead);
  if (ten === null) return false;
  if (/[x×X*·][ \t\u00a0]*10[ \t\u00a0]$/.test(lead)) return true;
  const after = /^[ \t\u00a0]?(\S+)/.exec(text.slice(markerEnd, markerEnd + 24));
  return after !== null && (after[1].startsWith('/') || isUnitToken(after[1]));
}

export function makeMarker(form: CitationForm, start: number, end: number, contentStart: number, content: string): CitationMarker {
  const numbers = contentNumbers(form, content, contentStart);
  if (form === 'superscript' && contentStart === start + 1 && contentStart + content.length === end - 1) return new CaretMarker(start, end, content, numbers);
  return { form, start, end, contentStart, contentEnd: contentStart + content.length, content, numbers };
}

/**
 * The usual marker, `^content^`: its content is between its two carets, so it keeps four fields,
 * not seven (56 bytes, not 80). A report can hold 233,000 of them, read again in each pass of
 * `fix`: each one is copied by the garbage collector into the old generation, whose fresh pages
 * cost a page fault each. (A marker of any other form, `<sup>`, brackets, `^[1,2]^`, is an object
 * with every field.)
 */
class CaretMarker implements CitationMarker {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly content: string,
    readonly numbers: number[],
  ) {}

  get form(): CitationForm {
    return 'superscript';
  }

  get contentStart(): number {
    return this.start + 1;
  }

  get contentEnd(): number {
    return this.end - 1;
  }
}

/**
 * The numbers of a marker's content. A list of one part between digits (the usual marker: `3`,
 * `2-5`) is read without an item, nor a list of items around it: a number cites itself (one
 * shared array, `oneNumber`), a range its span (`rangeNumbers`), anything else none.
 */
function contentNumbers(form: CitationForm, content: string, contentStart: number): number[] {
  if (isDigits(content)) return oneNumber(digitsValue(content, 0, content.length));
  // One range between digits (`2-5`): its numbers, without an item around them.
  if (isDigitAt(content, 0) && isDigitAt(content, content.length - 1) && !content.includes(',')) return readRange(content) ? rangeNumbers(rangeFrom, rangeTo) : NO_NUMBERS;
  return itemNumbers(contentItems(form, content, contentStart));
}

/**
 * Is a marker's content a plain list of reference numbers, digits and single commas (`3`, `1,4`),
 * each number written from a digit 1 to 9? Such a marker (the usual one) has only single items:
 * no malformed part, no range, no locator, so the rules that look for those skip it without
 * reading its items. Any other content (`03`, `2-5`, `1, 4`) is read item by item.
 */
export function isPlainList(content: string): boolean {
  let partStart = true;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x2c) {
      if (partStart) return false;
      partStart = true;
    } else if (c >= 49 && c <= 57) partStart = false;
    else if (c !== 48 || partStart) return false;
  }
  return !partStart;
}

/**
 * The items of a marker (`3`, `2-5`, a malformed part), read from its content at each call: the
 * marker does not keep them, so read them once where they are used.
 */
export function markerItems(marker: Pick<CitationMarker, 'form' | 'content' | 'contentStart'>): CitationItem[] {
  return contentItems(marker.form, marker.content, marker.contentStart);
}

/** Every number the items cite, in written order, repeats kept. One item (the usual marker) lends its own array; no one changes either. */
export function itemNumbers(items: CitationItem[]): number[] {
  if (items.length === 1) return items[0].numbers;
  const numbers: number[] = [];
  for (const item of items) for (const n of item.numbers) numbers.push(n);
  return numbers;
}

/** The items of a marker's content starting at `contentStart` (a bracket list has no sentence marks at its edges). */
function contentItems(form: CitationForm, content: string, contentStart: number): CitationItem[] {
  return form === 'bracket' ? parseItems(content, contentStart) : parseEdges(content, contentStart);
}

/**
 * The numbers of an item that cites none (`^0^`, `^1-5000^`, punctuation), and of a marker made of
 * such items: one shared, frozen array, as no one changes an item's numbers (a report can hold
 * 100,000 of these markers).
 */
const NO_NUMBERS: number[] = Object.freeze([]) as unknown as number[];

/**
 * The numbers of a single item (`3`): one shared, frozen array per number up to 1,023, as a report
 * cites the same few references again and again (233,000 markers `^1^` made 233,000 arrays).
 */
const ONE_NUMBER: number[][] = [];
const SHARED_ONE_NUMBER = 1024;

function oneNumber(n: number): number[] {
  if (n === 0) return NO_NUMBERS;
  if (n >= SHARED_ONE_NUMBER) return [n];
  return (ONE_NUMBER[n] ??= Object.freeze([n]) as unknown as number[]);
}

/** The most numbers one range may cite: a longer one (`^1-5000^`) is a slip, and is not expanded. */
export const RANGE_LIMIT = 200;

/**
 * The items of a marker's content; a period, comma, colon or semicolon at either edge of a list
 * (`3.`, `1,2,`) is an item of its own (`punctuation`), so the numbers around it are still read.
 */
function parseEdges(content: string, offset: number): CitationItem[] {
  const edges = isDigitAt(content, 0) && isDigitAt(content, content.length - 1) ? null : EDGE_PUNCTUATION.exec(content);
  if (edges === null || (edges[1] === '' && edges[3] === '')) return parseItems(content, offset);
  const items: CitationItem[] = [];
  const lead = edges[1];
  const trail = edges[3];
  if (lead !== '') items.push({ start: offset, end: offset + lead.length, text: lead, kind: 'invalid', problem: 'punctuation', numbers: NO_NUMBERS });
  items.push(...parseItems(edges[2], offset + lead.length));
  const trailStart = offset + content.length - trail.length;
  if (trail !== '') items.push({ start: trailStart, end: trailStart + trail.length, text: trail, kind: 'invalid', problem: 'punctuation', numbers: NO_NUMBERS });
  return items;
}

function parseItems(content: string, offset: number): CitationItem[] {
  const items: CitationItem[] = [];
  // The parts between commas, each trimmed: `content.split(',')` without the array of parts.
  let at = 0;
  const paren = content.includes('(');
  for (;;) {
    const comma = paren ? commaOutsideParentheses(content, at) : content.indexOf(',', at);
    const partEnd = comma === -1 ? content.length : comma;
    let start = at;
    let end = partEnd;
    if (start < end && !isPrintableAscii(content.charCodeAt(start)) || end > start && !isPrintableAscii(content.charCodeAt(end - 1))) {
      const part = content.slice(at, partEnd);
      const text = part.trim();
      start = at + part.length - part.trimStart().length;
      end = start + text.length;
    }
    const item = parseItem(start === at && end === partEnd && comma === -1 && at === 0 ? content : content.slice(start, end), offset + start);
    // A one-part list (the usual marker) is an array of exactly one, not one grown by push.
    if (comma === -1 && at === 0) return [item];
    items.push(item);
    if (comma === -1) return items;
    at = comma + 1;
  }
}

/** The next comma at or after `from` that is not inside a locator's parentheses, or -1. */
function commaOutsideParentheses(content: string, from: number): number {
  let depth = 0;
  for (let i = from; i < content.length; i++) {
    const c = content[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

/** A character trim() never removes: printable ASCII, space excluded. */
function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** Is the character at `index` an ASCII digit? */
function isDigitAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 48 && c <= 57;
}

/** /^\d+$/ (ASCII digits, at least one). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The index after the ASCII digits that start at `from`. */
function digitsEnd(text: string, from: number): number {
  while (isDigitAt(text, from)) from++;
  return from;
}

/** The index after the /\s/ characters that start at `from`. */
function spacesEnd(text: string, from: number): number {
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** The number the digits text[from, to) write (as Number() reads them). */
function digitsValue(text: string, from: number, to: number): number {
  // Up to 15 digits, the sum is exact; longer, Number() rounds as it must.
  if (to - from > 15) return Number(text.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

function parseItem(text: string, start: number): CitationItem {
  const end = start + text.length;
  if (isDigits(text)) {
    const n = digitsValue(text, 0, text.length);
    return n === 0 ? { start, end, text, kind: 'invalid', problem: 'zero', numbers: NO_NUMBERS } : { start, end, text, kind: 'single', from: n, to: n, numbers: oneNumber(n) };
  }
  const located = text.charCodeAt(text.length - 1) === 0x29 ? LOCATOR_ITEM.exec(text) : null;
  if (located && Number(located[1]) > 0) {
    const n = Number(located[1]);
    return { start, end, text, kind: 'single', from: n, to: n, numbers: oneNumber(n), locator: located[2] };
  }
  if (!readRange(text)) return { start, end, text, kind: 'invalid', problem: 'non-numeric', numbers: NO_NUMBERS };
  const from = rangeFrom;
  const to = rangeTo;
  const numbers = rangeNumbers(from, to);
  if (from === 0 || to === 0) return { start, end, text, kind: 'invalid', problem: 'zero', from, to, numbers };
  if (from === to) return { start, end, text, kind: 'invalid', problem: 'equal', from, to, numbers };
  if (numbers === NO_NUMBERS) return { start, end, text, kind: 'invalid', problem: 'too-long', from, to, numbers };
  return from > to ? { start, end, text, kind: 'invalid', problem: 'descending', from, to, numbers } : { start, end, text, kind: 'range', from, to, numbers };
}

/** The ends of the range `readRange` read last (two numbers, without an object to hold them). */
let rangeFrom = 0;
let rangeTo = 0;

/**
 * Is `text` a range, /^(\d+)\s*[-\u2013\u2014]\s*(\d+)$/? Read by character code; its ends are
 * left in `rangeFrom` and `rangeTo`.
 */
function readRange(text: string): boolean {
  const firstEnd = digitsEnd(text, 0);
  const dashAt = spacesEnd(text, firstEnd);
  const dash = text.charCodeAt(dashAt);
  const secondStart = spacesEnd(text, dashAt + 1);
  if (firstEnd === 0 || (dash !== 0x2d && dash !== 0x2013 && dash !== 0x2014) || secondStart === text.length || digitsEnd(text, secondStart) !== text.length) return false;
  rangeFrom = digitsValue(text, 0, firstEnd);
  rangeTo = digitsValue(text, secondStart, text.length);
  return true;
}

/**
 * The numbers a range from `from` to `to` cites, low to high: none with a 0 or beyond RANGE_LIMIT
 * numbers, one when both ends are equal.
 */
function rangeNumbers(from: number, to: number): number[] {
  if (from === 0 || to === 0) return NO_NUMBERS;
  if (from === to) return oneNumber(from);
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  if (high - low + 1 > RANGE_LIMIT) return NO_NUMBERS;
  const numbers: number[] = [];
  for (let n = low; n <= high; n++) numbers.push(n);
  return numbers;
}

const UNFORMATTED = /([A-Za-z\u00C0-\u024F)])([.,])(\^?)(\d{1,3}(?:[,\-\u2013]\d{1,3})*)(?=[ \t]+(\S)|[ \t]*(?:\r?\n|$))/g;
/** Abbreviations followed by a number that is not a citation: `Fig.2`, `No.3`, `vs.2`. */
const NUMBERED_ABBREVIATION = /(?:^|[^A-Za-z])(?:fig|figs|no|nos|vol|vols|pp|p|ref|refs|eq|ch|sect|sec|tab|table|figure|step|grade|stage|type|class|level|version|ver|v|op|art|para|vs)$/i;

/**
 * Finds citations that lost their superscript (`word.1 Next`, `word,2,3 and`), or its closing caret
 * (`word.^2 Next`, `word.^2` at the end of a line). Digits followed by
 * a unit (`(AST,74 IU/L)`) are a value, and so are numbers beyond `highestReference`, the last
 * number of the reference list (when there is one).
 */
export function findUnformattedCitations(text: string, highestReference = 0): UnformattedCitation[] {
  const found: UnformattedCitation[] = [];
  UNFORMATTED.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = UNFORMATTED.exec(text)) !== null) {
    const punctuation = match[2];
    const opened = match[3] === '^';
    const next = match[5];
    const wordStart = match.index + 1;
    const word = /[A-Za-z\u00C0-\u024F]*$/.exec(text.slice(Math.max(0, wordStart - 12), wordStart))![0];
    // After a period the next sentence starts with a capital, except after "et al." (`Smith et al.3 showed`);
    // after a comma any word may follow.
    const abbreviation = punctuation === '.' && /^al$/i.test(word) && /\bet[ \t]+$/i.test(text.slice(Math.max(0, wordStart - word.length - 4), wordStart - word.length));
    if (next !== undefined && punctuation === '.' && !abbreviation && !/[A-Z(\u00C0-\u00DE]/.test(next)) continue;
    if (next !== undefined && !/[A-Za-z(\u00C0-\u024F]/.test(next)) continue;
    if (NUMBERED_ABBREVIATION.test(word)) continue;
    const digitsStart = match.index + 2 + match[3].length;
    const digits = match[4];
    const numbers = makeMarker('superscript', 0, 0, 0, digits).numbers;
    if (numbers.length === 0) continue;
    if (highestReference > 0 && numbers.some((n) => n > highestReference)) continue;
    if (next !== undefined && isUnitToken(/^[ \t]*(\S*)/.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40))![1])) continue;
    found.push({ start: match.index + 1, end: digitsStart + digits.length, punctuation, ...(opened ? { opened: true as const } : {}), digitsStart, numbers });
  }
  return found;
}

/**
 * Writes numbers the AMA way: ascending, repeats dropped, three or more consecutive numbers as a
 * range (`1,3-5,9`). `dash` and `separator` keep the author's style.
 */
export function formatNumbers(numbers: number[], dash = '-', separator = ','): string {
  if (numbers.length === 1) return String(numbers[0]);
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}${dash}${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(separator);
}

/**
 * A marker's content with its numbers mapped (renumbering): `formatNumbers` of the plain numbers,
 * with each located number (`3(p21)`) kept whole and merged in ascending order, in the author's
 * dash and separator (`markerStyle`, read only when there is more than one number to write).
 */
export function formatMarkerNumbers(marker: CitationMarker, map: (n: number) => number): string {
  if (marker.numbers.length === 1 && isPlainList(marker.content)) return String(map(marker.numbers[0]));
  const items = markerItems(marker);
  if (items.length === 1 && marker.numbers.length === 1 && items[0].locator === undefined) return String(map(marker.numbers[0]));
  const { dash, separator } = markerStyle(marker);
  const plain: number[] = [];
  for (const item of items) if (item.locator === undefined) for (const n of item.numbers) plain.push(map(n));
  const located = items.filter((item) => item.locator !== undefined);
  if (located.length === 0) return formatNumbers(plain, dash, separator);
  const parts = formatNumbers(plain, dash, separator)
    .split(separator)
    .filter((part) => part !== '')
    .map((text) => ({ n: parseInt(text, 10), text }));
  for (const item of located) parts.push({ n: map(item.from!), text: `${map(item.from!)}(${item.locator})` });
  return parts
    .sort((a, b) => a.n - b.n)
    .map((part) => part.text)
    .join(separator);
}

/** The dash and separator the author used in a marker, to keep them when rewriting it. */
export function markerStyle(marker: CitationMarker): { dash: string; separator: string } {
  const dash = /[\u2013\u2014]/.exec(marker.content)?.[0] ?? '-';
  const separator = /,\s/.test(marker.content) || (marker.form === 'bracket' && !/,/.test(marker.content)) ? ', ' : ',';
  return { dash, separator };
}

/** A message names at most this many numbers or ranges, then how many more there are. */
const LISTED = 5;

/**
 * Joins numbers for messages: "2", "2 and 3", "2, 3 and 5". A longer list is bounded: runs of
 * three or more consecutive numbers as ranges ("2-999"), then at most five parts and how many
 * numbers more ("1, 3, 5, 7, 9 and 995 more"), so a message stays short whatever the document.
 */
export function listNumbers(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  if (numbers.length <= LISTED) return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  const parts: string[] = [];
  let listed = 0;
  let i = 0;
  for (; i < numbers.length && parts.length < LISTED; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) {
      parts.push(`${numbers[i]}-${numbers[j]}`);
      listed += j - i + 1;
      i = j + 1;
    } else {
      parts.push(String(numbers[i]));
      listed += 1;
      i += 1;
    }
  }
  const more = numbers.length - listed;
  if (more > 0) return `${parts.join(', ')} and ${more} more`;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
