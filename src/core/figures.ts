import { FLOAT_NUMBER, TABLE_LABEL } from './author-markup';
import type { NumberGroups } from './first-use-order';
import { IntList } from './int-list';
import type { Token } from './markdown';
import { isAsciiDigit, isAsciiLetter } from './scan/matches';
import type { SourceText } from './source-text';
import type { Span } from './types';

export type FloatKind = 'figure' | 'table';

/** How a float of each kind is named in labels and messages. */
export const FLOAT_NAME: Record<FloatKind, string> = { figure: 'Figure', table: 'Table' };

/** A figure (an image) or a table, with its label as written. */
export interface Float extends Span {
  kind: FloatKind;
  /** Undefined when the image or table has no `Figure N.` / `Table N.` label. */
  number?: number;
  /** A panel letter, as in `Figure 2A.` */
  panel?: string;
  /** The label as written (`Figure 2.`), and where it is. */
  label?: string;
  labelStart?: number;
  labelEnd?: number;
  caption: string;
  /** Where the caption text (alt text, or the caption paragraph) is; mentions inside it are its own. */
  captionStart: number;
  captionEnd: number;
  line: number;
  /** The image source, for figures. */
  src?: string;
  srcStart?: number;
  srcEnd?: number;
}

export interface Mention extends Span {
  kind: FloatKind;
  numbers: number[];
}

const KINDS: readonly FloatKind[] = ['figure', 'table'];

/**
 * The mentions of a text in document order, held in columns of integers: mention i is
 * [start(i), end(i)), of kind(i), and names count(i) numbers, number(i, 0) and on. A report that
 * mentions 100,000 figures kept 300,000 objects (a Mention, its list of numbers and the list's
 * store: 112 bytes each) for the whole check; they cost more than finding the mentions. Readers
 * of a few mentions (hover, renumbering) take them as objects: at(i), list().
 */
export class Mentions {
  /** Mention i's numbers are numbers[firsts[i]] up to numbers[firsts[i + 1]]. */
  private constructor(
    private readonly kinds: IntList,
    private readonly starts: IntList,
    private readonly ends: IntList,
    private readonly firsts: IntList,
    private readonly all: IntList,
  ) {}

  static empty(): Mentions {
    const firsts = new IntList(1);
    firsts.push(0);
    return new Mentions(new IntList(1), new IntList(1), new IntList(1), firsts, new IntList(1));
  }

  get length(): number {
    return this.starts.length;
  }

  kind(i: number): FloatKind {
    return KINDS[this.kinds.get(i)];
  }

  start(i: number): number {
    return this.starts.get(i);
  }

  end(i: number): number {
    return this.ends.get(i);
  }

  /** How many numbers mention i names (a range counts each of its numbers). */
  count(i: number): number {
    return this.firsts.get(i + 1) - this.firsts.get(i);
  }

  /** Mention i's `j`th number, in the order written. */
  number(i: number, j: number): number {
    return this.all.get(this.firsts.get(i) + j);
  }

  /** Mention i's numbers, in a list of their own. */
  numbers(i: number): number[] {
    const first = this.firsts.get(i);
    const numbers = new Array<number>(this.firsts.get(i + 1) - first);
    for (let j = 0; j < numbers.length; j++) numbers[j] = this.all.get(first + j);
    return numbers;
  }

  /** Every number of every mention, in the order written, in one list of its own. */
  allNumbers(): Float64Array {
    return Float64Array.from(this.all.view());
  }

  /** The mentions' numbers as groups, one a mention: those numbers (allNumbers), and a view of where each mention's numbers start. */
  groups(): NumberGroups {
    return { numbers: this.allNumbers(), firsts: this.firsts.view() };
  }

  /** Mention i as an object of its own. */
  at(i: number): Mention {
    return { kind: this.kind(i), numbers: this.numbers(i), start: this.start(i), end: this.end(i) };
  }

  /** Every mention as an object of its own, in document order. */
  list(): Mention[] {
    const list = new Array<Mention>(this.length);
    for (let i = 0; i < list.length; i++) list[i] = this.at(i);
    return list;
  }

  /** The mentions of one kind: these when every one is of that kind. */
  ofKind(kind: FloatKind): Mentions {
    const code = KINDS.indexOf(kind);
    let count = 0;
    for (let i = 0; i < this.length; i++) if (this.kinds.get(i) === code) count++;
    if (count === this.length) return this;
    const kept = Mentions.empty();
    if (count === 0) return kept;
    for (let i = 0; i < this.length; i++) {
      if (this.kinds.get(i) !== code) continue;
      for (let j = this.firsts.get(i); j < this.firsts.get(i + 1); j++) kept.all.push(this.all.get(j));
      kept.keep(kind, this.start(i), this.end(i));
    }
    return kept;
  }

  /**
   * Where the numbers of the mention being read are pushed: after those of the mentions kept, to be
   * kept with it (keep) or dropped (drop), not copied from a list of their own.
   */
  get reading(): IntList {
    return this.all;
  }

  /** How many numbers the mention being read has so far. */
  readingCount(): number {
    return this.all.length - this.firsts.get(this.firsts.length - 1);
  }

  /** The mention being read's `j`th number. */
  readingNumber(j: number): number {
    return this.all.get(this.firsts.get(this.firsts.length - 1) + j);
  }

  /** Appends the mention being read: [start, end), of `kind`, with the numbers pushed to `reading`. */
  keep(kind: FloatKind, start: number, end: number): void {
    this.kinds.push(KINDS.indexOf(kind));
    this.starts.push(start);
    this.ends.push(end);
    this.firsts.push(this.all.length);
  }

  /** Drops the numbers pushed to `reading` since the last mention kept. */
  drop(): void {
    this.all.length = this.firsts.get(this.firsts.length - 1);
  }
}

/** Where to report on a float: its label when it has one, else the image or table. */
export function labelSpan(float: Float): Span {
  return float.labelStart !== undefined ? { start: float.labelStart, end: float.labelEnd! } : { start: float.start, end: float.end };
}

/**
 * What readAltLabel read: where the label starts and ends, its number, its panel letter's
 * character code (0: none), and where the caption after it starts.
 */
const altLabel = { start: 0, end: 0, number: 0, panel: 0, after: 0 };

/**
 * Does the text at `at` (an image's alt text) start with a label, as FIGURE_LABEL (author-markup.ts,
 * which the renderer reads) reads it? Read by character code into `altLabel`, without a match, its
 * groups or a string: 100,000 labelled images made 400,000 of them for a few integers each.
 * FIGURE_LABEL backtracks nowhere that could succeed, so each of its parts is taken greedily here;
 * a property test holds the two equal. Never reads past a `]`, as FIGURE_LABEL cannot match one.
 */
function readAltLabel(text: string, at: number): boolean {
  // (\s*(?:\*\*|__|\*|_)?\s*)
  let i = skipWhiteSpace(text, at);
  i = skipEmphasis(text, i);
  i = skipWhiteSpace(text, i);
  const start = i;
  // (?:Figure|Fig\.?)\s+
  if (spells(text, i, 'figure', text.length)) i += 6;
  else if (spells(text, i, 'fig', text.length)) i += text.charCodeAt(i + 3) === 0x2e ? 4 : 3;
  else return false;
  const digits = skipWhiteSpace(text, i);
  if (digits === i) return false;
  // (\d{1,9}(?!\d))
  let number = 0;
  for (i = digits; isAsciiDigit(text.charCodeAt(i)); i++) number = number * 10 + text.charCodeAt(i) - 0x30;
  if (i === digits || i - digits > 9) return false;
  // ([A-Za-z])?(?:\s*[.:])?
  const letter = text.charCodeAt(i);
  const panel = isAsciiLetter(letter) ? letter & ~0x20 : 0;
  if (panel !== 0) i++;
  const mark = skipWhiteSpace(text, i);
  if (text.charCodeAt(mark) === 0x2e || text.charCodeAt(mark) === 0x3a) i = mark + 1;
  const end = i;
  // (?:\s*(?:\*\*|__|\*|_))?\s*
  const emphasis = skipWhiteSpace(text, i);
  const closed = skipEmphasis(text, emphasis);
  altLabel.start = start;
  altLabel.end = end;
  altLabel.number = number;
  altLabel.panel = panel;
  altLabel.after = skipWhiteSpace(text, closed === emphasis ? i : closed);
  return true;
}

function skipWhiteSpace(text: string, at: number): number {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Past `**`, `__`, `*` or `_` at `at`, or `at`. */
function skipEmphasis(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 0x2a && c !== 0x5f) return at;
  return text.charCodeAt(at + 1) === c ? at + 2 : at + 1;
}

/** A figure's integers in FigureTable.ints: at FIELDS * index + field. */
const START = 0;
const END = 1;
const CAPTION_END = 2;
const LINE = 3;
const SRC_START = 4;
const SRC_END = 5;
/** -1 when the figure has no label (nor panel, label end). Its number is the figure's own field. */
const LABEL_START = 6;
const LABEL_END = 7;
/** The panel letter's character code, 0 when none. */
const PANEL = 8;
/** The caption and the source: indices into FigureTable.captions and FigureTable.sources. */
const CAPTION = 9;
const SRC = 10;
const FIELDS = 11;

/**
 * The figures of one text: their integers in one IntList (off the garbage-collected heap), their
 * captions and sources in lists that hold a string once for figures in a row that share it.
 */
class FigureTable {
  readonly ints: IntList;
  readonly captions: string[] = [];
  readonly sources: string[] = [];

  /**
   * `text`: the text the figures were read in (a label is a slice of it); `most`: at most how many
   * figures it holds. The integers are made at that size, not grown (e7: 1.2 million of them).
   */
  constructor(
    readonly text: string,
    most: number,
  ) {
    this.ints = new IntList(FIELDS * most);
  }
}

/** The index of `value` in `list`, pushed there unless it is the last string of the list. */
function indexIn(list: string[], value: string): number {
  const last = list.length - 1;
  if (last >= 0 && list[last] === value) return last;
  return list.push(value) - 1;
}

/**
 * A figure of the model: a Float that holds its table, where its fields start in it (FigureTable)
 * and its number; its other fields are read from the table. Its kind is its class's, its
 * caption start two characters into the image (after `![`), its label a slice of the scanned text
 * made when read. A report of 100,000 images kept 100,000 figures of 13 own fields (128 B each,
 * copied twice by the garbage collector, into fresh pages of the old generation): now 48 B each,
 * and 44 B of integers off the heap. The number is a field of its own: it is read about ten times
 * a figure (for each mention in its caption, by five rules, in messages), a load each instead of
 * three calls into the table.
 */
class Figure implements Float {
  declare readonly kind: 'figure';
  readonly #table: FigureTable;
  readonly #at: number;

  /** Undefined when the image has no `Figure N.` label. */
  readonly number: number | undefined;

  /** `number`: the number its label gives (the table holds the rest). */
  constructor(table: FigureTable, index: number, number: number | undefined) {
    this.#table = table;
    this.#at = FIELDS * index;
    this.number = number;
  }

  #int(field: number): number {
    return this.#table.ints.get(this.#at + field);
  }

  #labelled(field: number): number | undefined {
    return this.#int(LABEL_START) === -1 ? undefined : this.#int(field);
  }

  get start(): number {
    return this.#int(START);
  }

  get end(): number {
    return this.#int(END);
  }

  get captionStart(): number {
    return this.#int(START) + 2;
  }

  get captionEnd(): number {
    return this.#int(CAPTION_END);
  }

  get line(): number {
    return this.#int(LINE);
  }

  get srcStart(): number {
    return this.#int(SRC_START);
  }

  get srcEnd(): number {
    return this.#int(SRC_END);
  }

  get caption(): string {
    return this.#table.captions[this.#int(CAPTION)];
  }

  get src(): string {
    return this.#table.sources[this.#int(SRC)];
  }

  get panel(): string | undefined {
    const panel = this.#int(PANEL);
    return panel === 0 ? undefined : String.fromCharCode(panel);
  }

  get labelStart(): number | undefined {
    return this.#labelled(LABEL_START);
  }

  get labelEnd(): number | undefined {
    return this.#labelled(LABEL_END);
  }

  get label(): string | undefined {
    return this.#int(LABEL_START) === -1 ? undefined : this.#table.text.slice(this.#int(LABEL_START), this.#int(LABEL_END));
  }
}
Object.defineProperty(Figure.prototype, 'kind', { value: 'figure', enumerable: true });

/** Images `![alt](src)` and `![alt][ref]` in blanked text, alt brackets balanced. */
export function findFigures(text: string, source: SourceText, linkTarget: (label: string) => string | undefined): Float[] {
  const brackets = closingBrackets(text);
  // Each figure is an `![` whose bracket closes: the list and the table are made at that size
  // (e7: 100,000 figures; a list grown figure by figure was copied into a new block a dozen times).
  let closed = 0;
  for (let k = 0; k < brackets.closes.length; k++) if (brackets.closes[k] !== -1) closed++;
  const figures: Float[] = new Array(closed);
  let count = 0;
  const table = new FigureTable(text, closed);
  const { ints, captions, sources } = table;
  // Images come in document order: their line is found by walking forward, not searched for each.
  const { lineStarts } = source;
  let line = 0;
  // An image inside the alt text or destination of the one before is no image of its own.
  let after = 0;
  for (let k = 0; k < brackets.opens.length; k++) {
    const at = brackets.opens[k] - 1;
    if (at < after) continue;
    if (!readImage(text, at, linkTarget, altEnd(text, at, brackets.closes[k]))) continue;
    after = imageRead.end;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) line++;
    // The alt text is `text` from at + 2 to altEnd: the label cannot be read past its closing bracket.
    const label = readAltLabel(text, at + 2);
    // A caption or source the figure before also has is that figure's string, not a copy of it.
    const caption = indexIn(captions, trimmedIn(text, label ? altLabel.after : at + 2, imageRead.altEnd, captions[captions.length - 1]));
    const src = indexIn(sources, imageRead.src === '' ? destinationIn(source.text, imageRead.srcStart, imageRead.srcEnd, sources[sources.length - 1]) : imageRead.src);
    ints.push(at);
    ints.push(imageRead.end);
    ints.push(imageRead.altEnd);
    ints.push(line);
    ints.push(imageRead.srcStart);
    ints.push(imageRead.srcEnd);
    if (label) {
      ints.push(altLabel.start);
      ints.push(altLabel.end);
      ints.push(altLabel.panel);
    } else {
      ints.push(-1);
      ints.push(0);
      ints.push(0);
    }
    ints.push(caption);
    ints.push(src);
    figures[count] = new Figure(table, count, label ? altLabel.number : undefined);
    count++;
  }
  figures.length = count;
  return figures;
}

/**
 * `text.slice(from, to)`, read in place: `shared` when the text there is `shared`, without a copy
 * (100,000 figures of one caption or one file: no slice of each).
 */
function sliceOrSame(text: string, from: number, to: number, shared: string | undefined): string {
  return shared !== undefined && shared.length === to - from && text.startsWith(shared, from) ? shared : text.slice(from, to);
}

/** Is `c` white space as `\s` and String.prototype.trim read it (WhiteSpace and LineTerminator)? */
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.slice(from, to).trim()`, read in place (sliceOrSame). */
function trimmedIn(text: string, from: number, to: number, shared: string | undefined): string {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return sliceOrSame(text, from, to, shared);
}

/** The path of the destination `text.slice(from, to)`: `path "title"` or `<path with spaces>`, read in place (sliceOrSame). */
function destinationIn(text: string, from: number, to: number, shared: string | undefined): string {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (text.charCodeAt(from) === 0x3c && from < to) {
    const close = text.indexOf('>', from);
    return sliceOrSame(text, from + 1, close === -1 || close >= to ? to : close, shared);
  }
  let end = from;
  while (end < to && !isWhiteSpace(text.charCodeAt(end))) end++;
  return sliceOrSame(text, from, end, shared);
}

/**
 * What readImage read of the image it found: where its alt text and the image end, its source
 * (empty for an inline destination, read from the source text by the caller) and where that is.
 * One object, filled for each image: not an object per image.
 */
const imageRead = { altEnd: 0, end: 0, src: '', srcStart: 0, srcEnd: 0 };

export const MAX_ALT = 2000;

/** The `[` of each `![` of a text, in order, and the `]` that closes each (-1: none). */
export interface ImageBrackets {
  opens: Int32Array;
  closes: Int32Array;
}

/**
 * For the `[` of each `![` of the text, the `]` that closes it: brackets nested, a backslash
 * escaping the next character, none closed across a blank line. One pass over the text, instead
 * of a scan from every `![` (which made a long run of unclosed `![a ` quadratic); two typed arrays
 * in the order of the images, instead of a map of every bracket (100,000 images: 100,000 entries).
 */
export function closingBrackets(text: string): ImageBrackets {
  let count = 0;
  for (let at = text.indexOf('!['); at !== -1; at = text.indexOf('![', at + 2)) count++;
  const opens = new Int32Array(count);
  const closes = new Int32Array(count).fill(-1);
  if (count === 0) return { opens, closes };
  // The open brackets: an image's index, or -1 for another bracket.
  const open: number[] = [];
  count = 0;
  // The text is read from one character that matters to the next, each found by indexOf: a
  // backslash, a bracket, and a line feed while a bracket is open (a report is mostly other text).
  let backslash = nextOf(text, '\\', 0);
  let opening = nextOf(text, '[', 0);
  let closing = nextOf(text, ']', 0);
  let lineFeed = -1;
  for (let i = Math.min(backslash, opening, closing); i < text.length; ) {
    if (open.length > 0 && lineFeed < i) lineFeed = nextOf(text, '\n', i);
    const at = open.length > 0 ? Math.min(backslash, opening, closing, lineFeed) : Math.min(backslash, opening, closing);
    if (at === text.length) break;
    // A backslash escapes the character after it.
    i = at === backslash ? at + 2 : at + 1;
    if (at === opening) {
      if (text.charCodeAt(at - 1) === 0x21) {
        opens[count] = at;
        open.push(count++);
      } else {
        open.push(-1);
      }
    } else if (at === closing) {
      const image = open.pop();
      if (image !== undefined && image !== -1) closes[image] = at;
    } else if (at === lineFeed && /^\n[ \t\r]*\n/.test(text.slice(at, at + 200))) {
      open.length = 0;
    }
    if (backslash < i) backslash = nextOf(text, '\\', i);
    if (opening < i) opening = nextOf(text, '[', i);
    if (closing < i) closing = nextOf(text, ']', i);
  }
  return { opens, closes };
}

/** Where `character` next is in `text` at or after `from`; the text's length when nowhere. */
function nextOf(text: string, character: string, from: number): number {
  const at = text.indexOf(character, from);
  return at === -1 ? text.length : at;
}

/** Where the alt text of the image at `at` (`![`) ends: its closing `]`, within MAX_ALT characters. */
export function imageAltEnd(text: string, at: number, brackets: ImageBrackets): number | undefined {
  const { opens } = brackets;
  let low = 0;
  let high = opens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (opens[mid] < at + 1) low = mid + 1;
    else high = mid;
  }
  return low < opens.length && opens[low] === at + 1 ? altEnd(text, at, brackets.closes[low]) : undefined;
}

/** The closing bracket `close` of the image at `at`, when it closes the alt text within MAX_ALT characters. */
function altEnd(text: string, at: number, close: number): number | undefined {
  return close !== -1 && close < Math.min(text.length, at + 2 + MAX_ALT) ? close : undefined;
}

/** Is there an image at `at` whose alt text ends at `altEnd`? What it is, in `imageRead`. */
function readImage(text: string, at: number, linkTarget: (label: string) => string | undefined, altEnd: number | undefined): boolean {
  if (altEnd === undefined) return false;
  const i = altEnd + 1;
  if (text[i] === '(') {
    const close = text.indexOf(')', i);
    // Destinations are blanked in `text`; the caller passes source offsets, so read the source.
    if (close === -1) return false;
    return readAs(altEnd, close + 1, '', i + 1, close);
  }
  const ref = /^\[([^\]\n]*)\]/.exec(text.slice(i, i + 1000));
  const label = ref && ref[1].trim() !== '' ? ref[1] : text.slice(at + 2, altEnd);
  const target = linkTarget(label);
  if (target === undefined) return false;
  return readAs(altEnd, ref ? i + ref[0].length : i, target, i, ref ? i + ref[0].length : i);
}

function readAs(altEnd: number, end: number, src: string, srcStart: number, srcEnd: number): true {
  imageRead.altEnd = altEnd;
  imageRead.end = end;
  imageRead.src = src;
  imageRead.srcStart = srcStart;
  imageRead.srcEnd = srcEnd;
  return true;
}

/** Tables: a GFM table, captioned by the paragraph directly above it when that starts with `Table N.` */
export function findTables(tokens: Token[], source: SourceText, inBody: (line: number) => boolean): Float[] {
  const tables: Float[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'table_open' || !token.map || !inBody(token.map[0])) continue;
    const tableStart = source.lineStarts[token.map[0]];
    const table: Float = { kind: 'table', start: tableStart, end: source.lineEnd(token.map[0]), caption: '', captionStart: tableStart, captionEnd: tableStart, line: token.map[0] };
    const paragraphClose = tokens[i - 1];
    const inline = tokens[i - 2];
    // The block right before the table, however many blank lines apart (blank lines are not blocks).
    if (paragraphClose?.type === 'paragraph_close' && inline?.type === 'inline' && inline.map && paragraphClose.level === token.level) {
      const span = source.linesSpan(inline.map[0], inline.map[1]);
      const text = source.text.slice(span.start, span.end);
      const label = TABLE_LABEL.exec(text);
      if (label) {
        table.number = Number(label[3]);
        table.panel = label[4]?.toUpperCase();
        table.label = label[2];
        table.labelStart = span.start + label[1].length;
        table.labelEnd = table.labelStart + label[2].length;
        table.caption = text.slice(label[0].length).replace(/\s+/g, ' ').replace(/[*_]+$/, '').trim();
        table.start = span.start;
        table.end = span.end;
        table.captionStart = span.start;
        table.captionEnd = span.end;
        table.line = inline.map[0];
      }
    }
    tables.push(table);
  }
  return tables;
}

/** A number of a mention, with its panel letter. */
const NUMBER = `${FLOAT_NUMBER}[A-Za-z]?`;
/** A mention's word and the blanks after it (none after the period of "Fig."); the mention's list follows. */
const WORD = String.raw`(?:Figures?|Figs?\.?|Tables?)(?:[ \t\u00a0]+|(?<=\.))`;
/** A mention's list: its numbers and what joins them. */
const LIST = String.raw`${NUMBER}(?:[ \t]*(?:,|&|and|to|-|\u2013|\u2014)[ \t]*(?:and[ \t]+)?${NUMBER}(?![A-Za-z]))*`;
/**
 * Where a mention's list starts: after a word (`Figure`, `Figs.`, `Tables`, any case) and its
 * blanks, where a digit is. Tested, not executed: the word is read back from there (wordStartBack)
 * and the list by sticky expressions (SINGLE or MENTION_LIST), without a match array or a string
 * per mention: a report of 100,000 labelled images mentions 200,000 figures. A word is followed by
 * its list in one way only (the blanks after it all taken, a period only where the word ends in
 * one), so these read what `\b(WORD)(LIST)` matched; where the list's first number has 10 digits
 * or more, they fail as it did.
 */
const MENTION_HEAD = new RegExp(String.raw`\b${WORD}(?=\d)`, 'gi');
const MENTION_LIST = new RegExp(LIST, 'iy');
/** What a singular word names, read where its list starts: one number, or a dashed range. */
const SINGLE = new RegExp(String.raw`${NUMBER}(?:[ \t]*[-\u2013\u2014][ \t]*${NUMBER}(?![A-Za-z]))?`, 'y');
/**
 * The last item of an English list, after its "and" (or "&"), when a comma follows it: the list ends
 * there. In "Figures 1 and 2, 14 days apart" the 14 is not a figure; "Figures 1, 2, and 3" is whole.
 */
const LAST_ITEM = new RegExp(String.raw`(?:&|\band\b)[ \t]*${NUMBER}(?:[ \t]*(?:-|\u2013|\u2014|to)[ \t]*${NUMBER}(?![A-Za-z]))?(?=[ \t]*,)`, 'i');
/**
 * A list's last item after "and" (or "&") when what follows it is a unit of time: the number is a
 * duration, not a float. In "Figures 1-2 and 3 weeks later" the list is "1-2".
 */
const DURATION_ITEM = new RegExp(String.raw`[ \t]*,?[ \t]*(?:&|\band)[ \t]*${NUMBER}$`, 'i');
const TIME_UNIT = /[ \t]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|y)(?![A-Za-z])/iy;
const SUPPLEMENT = /(?:supplementa(?:l|ry)|online|appendix|extended data)[ \t]+$/i;

/**
 * Can SUPPLEMENT match right before `at`? Only after spaces or tabs that follow a letter (each of
 * its words ends in one): in a list "Figure 3, Figure 2" no slice of the 20 characters before each
 * mention is made for the expression to reject.
 */
function mayFollowSupplement(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i !== at - 1 && i >= 0 && isAsciiLetter(text.charCodeAt(i));
}

/** Does the word of a mention that ends at `end` (WORD, before its blanks) end in s, before the period of "Figs."? */
function isPluralWord(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1) === 0x2e ? end - 2 : end - 1;
  return (text.charCodeAt(last) | 0x20) === 0x73;
}

/**
 * Where the word of a mention that ends at `end` starts, read back from there: MENTION_HEAD matched
 * one of WORD's `Figure`, `Figures`, `Fig`, `Figs`, `Fig.`, `Figs.`, `Table`, `Tables` (any case),
 * and its last letters say which.
 */
function wordStartBack(text: string, end: number, plural: boolean): number {
  let i = end;
  if (text.charCodeAt(i - 1) === 0x2e) i--;
  if (plural) i--;
  // Fig, Figure or Table: by the last letter, g or e, and then the first, f or t.
  return (text.charCodeAt(i - 1) | 0x20) === 0x67 ? i - 3 : spells(text, i - 6, 'figure', i) ? i - 6 : i - 5;
}

/**
 * Text mentions of figures and tables: `Figure 2`, `Fig. 2`, `Figures 2 and 3`, `Figures 2-4`, `Table 1`.
 * Given the figures and tables, a mention inside the caption of the float it names (the label
 * itself, "as Figure 2 shows" in Figure 2's caption) is not one: it is dropped as it is found.
 */
export function findMentions(text: string, figures: readonly Float[] = [], tables: readonly Float[] = []): Mentions {
  const mentions = Mentions.empty();
  const ownFigure = new OwnCaptions(figures);
  const ownTable = new OwnCaptions(tables);
  MENTION_HEAD.lastIndex = 0;
  while (MENTION_HEAD.test(text)) {
    const listStart = MENTION_HEAD.lastIndex;
    let wordEnd = listStart;
    while (isBlank(text.charCodeAt(wordEnd - 1)) || text.charCodeAt(wordEnd - 1) === 0xa0) wordEnd--;
    const plural = isPluralWord(text, wordEnd);
    const start = wordStartBack(text, wordEnd, plural);
    // A singular word names one number (or a dashed range): in "Figure 2, 3 days later" the 3 is
    // not a figure. A plural word names its list up to its last item. Either fails where the first
    // number has 10 digits or more: no mention starts here.
    const read = plural ? MENTION_LIST : SINGLE;
    read.lastIndex = listStart;
    if (!read.test(text)) {
      MENTION_HEAD.lastIndex = listStart;
      continue;
    }
    let end = read.lastIndex;
    if (mayFollowSupplement(text, start) && SUPPLEMENT.test(text.slice(Math.max(0, start - 20), start))) {
      // Past the whole list, as a match of the word and its list would end.
      if (!plural) {
        MENTION_LIST.lastIndex = listStart;
        MENTION_LIST.test(text);
      }
      MENTION_HEAD.lastIndex = MENTION_LIST.lastIndex;
      continue;
    }
    if (plural) {
      end = listStart + closedList(text.slice(listStart, end)).length;
      TIME_UNIT.lastIndex = end;
      const duration = TIME_UNIT.test(text) ? DURATION_ITEM.exec(text.slice(listStart, end)) : null;
      if (duration !== null && duration.index > 0) end = listStart + duration.index;
    }
    MENTION_HEAD.lastIndex = end;
    const kind: FloatKind = (text.charCodeAt(start) | 0x20) === 0x74 ? 'table' : 'figure';
    // A singular word's list (SINGLE: a number or a dashed range) holds no separator: one item.
    if (plural) mentionedNumbers(text, listStart, end, mentions.reading);
    else itemNumbers(text, listStart, end, mentions.reading);
    if ((kind === 'figure' ? ownFigure : ownTable).hold(start, end, mentions)) mentions.drop();
    else mentions.keep(kind, start, end);
  }
  return mentions;
}

/** A plural mention's list up to its last item: what follows the item after "and" is not part of it. */
function closedList(list: string): string {
  const last = LAST_ITEM.exec(list);
  return last === null ? list : list.slice(0, last.index + last[0].length);
}

/**
 * The numbers of the list `text.slice(from, to)`, appended to `numbers`: the list split into items
 * at each `[ \t]*(?:,|&|\band\b)[ \t]*(?:and[ \t]+)?` (case-insensitive), as String.split would
 * split the slice, and each item read as a range `^(\d+)[A-Za-z]?[ \t]*(?:-|–|—|to)[ \t]*(\d+)`
 * (its numbers from the first, and at least 1, to the second, at most 100 of them) or else as
 * parseInt reads it (when above 0). Read in place: no slice, array or match per item.
 */
function mentionedNumbers(text: string, from: number, to: number, numbers: IntList): void {
  let item = from;
  for (let at = from; at < to; at++) {
    const next = separatorEnd(text, at, from, to);
    if (next === -1) continue;
    itemNumbers(text, item, at, numbers);
    item = next;
    at = next - 1;
  }
  itemNumbers(text, item, to, numbers);
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isWordCharacter = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f;

/** Does `text` spell `word` (lower-case ASCII) at `at`, in either case, before `to`? */
function spells(text: string, at: number, word: string, to: number): boolean {
  if (at + word.length > to) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** Where the item separator that starts at `at` ends, within the list [from, to); -1 when none starts there. */
function separatorEnd(text: string, at: number, from: number, to: number): number {
  let i = at;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i >= to) return -1;
  const c = text.charCodeAt(i);
  if (c === 0x2c || c === 0x26) i++;
  // "and" as a whole word of the list (its edges count as non-word characters).
  else if (spells(text, i, 'and', to) && !(i > from && isWordCharacter(text.charCodeAt(i - 1))) && !(i + 3 < to && isWordCharacter(text.charCodeAt(i + 3)))) i += 3;
  else return -1;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (spells(text, i, 'and', to) && i + 3 < to && isBlank(text.charCodeAt(i + 3))) {
    i += 4;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The numbers of one item [from, to) of a list: a range, or a number. */
function itemNumbers(text: string, from: number, to: number, numbers: IntList): void {
  if (from >= to) return;
  let i = from;
  let low = 0;
  while (i < to && isAsciiDigit(text.charCodeAt(i))) low = low * 10 + text.charCodeAt(i++) - 0x30;
  if (i === from) {
    // Not a digit first: whatever parseInt makes of it.
    const n = parseInt(text.slice(from, to), 10);
    if (n > 0) numbers.push(n);
    return;
  }
  // A panel letter may follow the first number; "to" may start right after it ("1to3").
  const afterLetter = i < to && isAsciiLetter(text.charCodeAt(i)) ? rangeEnd(text, i + 1, to) : -1;
  const last = afterLetter !== -1 ? afterLetter : rangeEnd(text, i, to);
  if (last === -1) {
    if (low > 0) numbers.push(low);
    return;
  }
  const top = Math.min(last, low + 100);
  for (let n = Math.max(low, 1); n <= top; n++) numbers.push(n);
}

/** The second number of a range whose dash (or "to") may start, after blanks, at `at`; -1 when there is none. */
function rangeEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (i < to && (c === 0x2d || c === 0x2013 || c === 0x2014)) i++;
  else if (spells(text, i, 'to', to)) i += 2;
  else return -1;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  const digits = i;
  let n = 0;
  while (i < to && isAsciiDigit(text.charCodeAt(i))) n = n * 10 + text.charCodeAt(i++) - 0x30;
  return i === digits ? -1 : n;
}

/**
 * The captions of one kind of float, walked alongside a scan of mentions in document order: is a
 * mention inside the caption of the float it names? Captions never overlap and come in document
 * order, so the one caption that can hold a mention is the last that starts at or before it, and
 * it only moves forward (100,000 mentions: no binary search over 100,000 floats for each).
 */
class OwnCaptions {
  private at = 0;

  constructor(private readonly owners: readonly Float[]) {}

  /** Does its own caption hold the mention [start, end) that `mentions` is reading? `start` never decreases from one call to the next. */
  hold(start: number, end: number, mentions: Mentions): boolean {
    const owners = this.owners;
    while (this.at + 1 < owners.length && owners[this.at + 1].captionStart <= start) this.at++;
    const f = owners[this.at];
    if (f === undefined || f.number === undefined || start < f.captionStart || end > f.captionEnd) return false;
    for (let j = 0; j < mentions.readingCount(); j++) if (mentions.readingNumber(j) !== f.number) return false;
    return true;
  }
}
