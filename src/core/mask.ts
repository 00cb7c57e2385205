import type { Token } from './markdown';
import { byStart } from './scan/spans';
import { SpanList } from './span-list';
import type { Span } from './types';

/**
 * Returns the text with every character inside the spans replaced by a space, line breaks kept,
 * so that offsets and columns stay exact while scanners no longer see code, comments or URLs.
 *
 * A few spans in a long text (a reference list, a frontmatter) are blanked by slices and a join:
 * one copy of the text. Many spans in an ASCII text (as most reports and every crafted input are)
 * are blanked as bytes: 100,000 link targets blanked by slices and a join made 200,000 strings
 * that lived until the join (a fifth of the parse of such a report, most of it garbage
 * collection); the bytes are one copy of the text, decoded into a one-byte string like the joined
 * one, but the array of bytes is a second copy, and a new block of memory that size costs about
 * as much as the copying (page faults).
 */
export function blankSpans(text: string, spans: Span[] | SpanList, head?: string): string {
  // A list of objects is put by start as objects (a sort that merges the runs in order, when out of order).
  const list = spans instanceof SpanList ? spans : SpanList.of(byStart(spans));
  if (list.length === 0 && head === undefined) return text;
  const sorted = list.byStart();
  if (sorted.length * SPARSE <= text.length) return blankJoined(text, sorted, head);
  return isAscii(text) && (head === undefined || isAscii(head)) ? blankAscii(text, sorted, head) : blankJoined(text, sorted, head);
}

/** Spans at most one per this many characters are blanked by a join (see blankSpans). */
export const SPARSE = 1000;

const NON_ASCII = /[^\x00-\x7f]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder();
const LF = 10;
const CR = 13;
const SPACE = 32;

/** blankSpans of an ASCII text (and head), spans sorted by start: written into one array of bytes. */
function blankAscii(text: string, sorted: SpanList, head: string | undefined): string {
  const bytes = new Uint8Array(Math.max(text.length, head?.length ?? 0));
  UTF8_ENCODER.encodeInto(text, bytes);
  if (head !== undefined) UTF8_ENCODER.encodeInto(head, bytes);
  let at = head === undefined ? 0 : head.length;
  for (let s = 0; s < sorted.length; s++) {
    const start = Math.max(sorted.start(s), at);
    const spanEnd = sorted.end(s);
    if (spanEnd <= start) continue;
    const end = Math.min(spanEnd, text.length);
    for (let i = start; i < end; i++) {
      const c = bytes[i];
      if (c !== LF && c !== CR) bytes[i] = SPACE;
    }
    at = spanEnd;
  }
  return UTF8_DECODER.decode(bytes);
}

/** blankSpans of any text, spans sorted by start: the kept slices and the blanked runs joined. */
function blankJoined(text: string, sorted: SpanList, head: string | undefined): string {
  // `head` stands for the text's first head.length characters, already blanked by the caller:
  // one copy of the text where blanking the rest and joining would make two.
  const parts: string[] = head === undefined ? [] : [head];
  let at = head === undefined ? 0 : head.length;
  for (let s = 0; s < sorted.length; s++) {
    const start = Math.max(sorted.start(s), at);
    const end = Math.min(sorted.end(s), text.length);
    if (end <= start) continue;
    parts.push(text.slice(at, start), blankRun(text, start, end));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const SPACES = ' '.repeat(256);

/**
 * text[start, end) blanked: spaces, and its line breaks where they are. A short run without a line
 * break is a slice of spaces; a longer one is written as bytes (blanked text is ASCII whatever the
 * text was), not as a string per line: a reference list of 20,000 lines is one span.
 */
function blankRun(text: string, start: number, end: number): string {
  const length = end - start;
  if (length <= SPACES.length) {
    let breaks = false;
    for (let i = start; i < end && !breaks; i++) breaks = isLineBreak(text.charCodeAt(i));
    if (!breaks) return SPACES.slice(0, length);
  }
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(start + i);
    bytes[i] = isLineBreak(c) ? c : SPACE;
  }
  return UTF8_DECODER.decode(bytes);
}

function isLineBreak(c: number): boolean {
  return c === LF || c === CR;
}

/**
 * The first match of `sticky` (a sticky copy of a global expression whose every match starts
 * with `anchor`) at or after `from`: what the global expression's `exec` finds from `lastIndex`
 * `from`, but the text between anchors is skipped by `indexOf` instead of the regex engine.
 */
export function execAnchored(text: string, anchor: string, sticky: RegExp, from: number): RegExpExecArray | null {
  for (let at = text.indexOf(anchor, from); at !== -1; at = text.indexOf(anchor, at + 1)) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/** Whole lines [first, last] (inclusive) that a caller blanks, as a code block or the frontmatter. */
export interface LineRange {
  first: number;
  last: number;
}

/** Line starts of a text, as in SourceText. */
interface Lines {
  readonly lineStarts: ArrayLike<number>;
  lineEnd(line: number): number;
}

/**
 * The whole lines of the code blocks (fenced and indented) among `tokens`, appended to `into`.
 * Indexed, each type read once: code that runs once iterates a list unoptimized (an iterator
 * result per element: 300,000 tokens), and a one-line paragraph makes its map when it is read.
 */
export function codeBlockLines(tokens: readonly Token[], into: LineRange[] = []): LineRange[] {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const type = token.type;
    if ((type === 'fence' || type === 'code_block') && token.map) into.push({ first: token.map[0], last: token.map[1] - 1 });
  }
  return into;
}

/** Each range of whole lines as the span of the text it covers, from its first line's start to its last line's end. */
export function lineRangeSpans(lines: Lines, ranges: readonly LineRange[]): Span[] {
  return ranges.map((range) => ({ start: lines.lineStarts[range.first], end: lines.lineEnd(range.last) }));
}

interface BacktickRun {
  at: number;
  length: number;
  paragraph: number;
}

const BACKTICK = 96;

/** Whole lines of a text that a scan reads as blanked (see findCodeSpans). */
export interface BlankedLines {
  /** The text's lines, split as SourceText splits them. */
  lines: Lines;
  ranges: LineRange[];
}

/**
 * Inline code spans (CommonMark backtick runs), never crossing a blank line. Linear time: each
 * paragraph's backtick runs are grouped by length and each group is walked once. With `blanked`,
 * the spans of the text with those whole lines blanked (`blankSpans` over
 * [lineStart(first), lineEnd(last)) for each range), found without building that text: runs on
 * blanked lines are dropped, and a blanked line is a blank line between paragraphs.
 */
export function findCodeSpans(text: string, blanked?: BlankedLines): Span[] {
  const ranges = (blanked?.ranges ?? []).filter((r) => r.last >= r.first).sort((a, b) => a.first - b.first);
  const lineStarts = blanked?.lines.lineStarts ?? [0];
  const lastLine = lineStarts.length - 1;
  const blank = /\n[ \t\r]*\n/g;
  let range = 0;
  // nextBlank(from): the first LF at or after `from` that ends a line followed by a blank line
  // ending in LF, a blanked line counting as blank. `natural`, the first blank line of the text
  // itself, is remembered while `from` grows: a text with no blank line but many code blocks is
  // then searched once, not to its end for every backtick run.
  let natural = -1;
  const nextBlank = (from: number): number => {
    if (natural !== Infinity && natural < from) {
      blank.lastIndex = from;
      const next = blank.exec(text);
      natural = next ? next.index : Infinity;
    }
    if (range >= ranges.length) return natural;
    // The first line M >= 1 with lineStarts[M] - 1 >= from, i.e. its preceding LF is at or after `from`.
    let low = 1;
    let high = lastLine + 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid] - 1 >= from) high = mid;
      else low = mid + 1;
    }
    let blankedLine = Infinity;
    // A blanked line M with an LF before it (M >= 1) and after it (M < lastLine).
    while (range < ranges.length && ranges[range].last < low) range++;
    for (let r = range; r < ranges.length; r++) {
      const line = Math.max(ranges[r].first, low);
      if (line <= Math.min(ranges[r].last, lastLine - 1)) {
        blankedLine = lineStarts[line] - 1;
        break;
      }
      if (ranges[r].first > lastLine) break;
    }
    return Math.min(natural, blankedLine);
  };
  const spans = blanked === undefined ? [] : lineRangeSpans(blanked.lines, ranges);
  return pairRuns(text, backtickRuns(text, spans, nextBlank));
}

/** Backtick runs, each with its paragraph number; runs inside `skip` (sorted, whole lines) are left out. */
function backtickRuns(text: string, skip: Span[], nextBlank: (from: number) => number): BacktickRun[] {
  const runs: BacktickRun[] = [];
  let paragraph = 0;
  let paragraphEnd = -1;
  let s = 0;
  let at = text.indexOf('`');
  while (at !== -1) {
    while (s < skip.length && skip[s].end <= at) s++;
    if (s < skip.length && skip[s].start <= at) {
      at = text.indexOf('`', skip[s].end);
      continue;
    }
    let end = at + 1;
    while (text.charCodeAt(end) === BACKTICK) end++;
    // A run past the current paragraph's end opens the paragraph that ends at the first blank
    // line after it (the paragraphs in between hold no run, so they need no number).
    if (at > paragraphEnd && paragraphEnd !== Infinity) {
      paragraph++;
      paragraphEnd = nextBlank(at);
    }
    runs.push({ at, length: end - at, paragraph });
    at = text.indexOf('`', end);
  }
  return runs;
}

/** Pairs each paragraph's runs: an opener with the next unused run of the same length. */
function pairRuns(text: string, runs: BacktickRun[]): Span[] {
  const spans: Span[] = [];
  let first = 0;
  while (first < runs.length) {
    let last = first;
    while (last < runs.length && runs[last].paragraph === runs[first].paragraph) last++;
    const byLength = new Map<number, number[]>();
    for (let i = first; i < last; i++) {
      const list = byLength.get(runs[i].length);
      if (list) list.push(i);
      else byLength.set(runs[i].length, [i]);
    }
    const cursor = new Map<number, number>();
    for (let i = first; i < last; i++) {
      const opener = runs[i];
      if (isEscaped(text, opener.at)) continue;
      const list = byLength.get(opener.length)!;
      let k = cursor.get(opener.length) ?? 0;
      while (k < list.length && list[k] <= i) k++;
      cursor.set(opener.length, k);
      if (k === list.length) continue;
      const closer = runs[list[k]];
      spans.push({ start: opener.at, end: closer.at + closer.length });
      i = list[k];
    }
    first = last;
  }
  return spans;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Spans sorted and merged, for asking whether a range of the text touches any of them: what
 * `blankSpans` would turn into spaces.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Span[]) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const span of sorted) {
      const n = this.ends.length;
      if (n > 0 && span.start <= this.ends[n - 1]) this.ends[n - 1] = Math.max(this.ends[n - 1], span.end);
      else {
        this.starts.push(span.start);
        this.ends.push(span.end);
      }
    }
  }

  get size(): number {
    return this.starts.length;
  }

  /** Does [start, end) share a character with a span? */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && this.starts[i] < end;
  }

  /** text[start, end) as blankSpans would leave it. */
  view(text: string, start: number, end: number): string {
    const local: Span[] = [];
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i] < end; i++) {
      local.push({ start: Math.max(this.starts[i], start) - start, end: Math.min(this.ends[i], end) - start });
    }
    return blankSpans(text.slice(start, end), local);
  }

  /** Index of the first span whose end is after `offset`. */
  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid] > offset) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

const NO_SPANS = new SpanSet([]);

/**
 * HTML comments, `<!-- ... -->`; an unclosed comment runs to the end of the text. With `masked`,
 * the comments of the text with those spans blanked, without building it: blanking only removes
 * `<!--` and `-->` (it writes spaces), so the delimiters are those of the text that no masked
 * span touches.
 */
export function findHtmlComments(text: string, masked: SpanSet = NO_SPANS): Span[] {
  const spans: Span[] = [];
  const next = (what: string, from: number): number => {
    let at = text.indexOf(what, from);
    while (at !== -1 && masked.size > 0 && masked.overlaps(at, at + what.length)) at = text.indexOf(what, at + 1);
    return at;
  };
  let at = next('<!--', 0);
  while (at !== -1) {
    const close = next('-->', at + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push({ start: at, end });
    at = next('<!--', end);
  }
  return spans;
}

const DESTINATION = /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)/y;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s@]+>/y;

/**
 * Link and image destinations `](url "title")` and autolinks `<https://...>`: URLs are not prose.
 * With `masked`, those of the text with the spans blanked, without building it. Both expressions
 * start at a fixed anchor (`](`, `<`) and never match a line break, so a candidate is tested on
 * the text itself, or, when a masked span touches its line, on that line as blanked. The spans
 * are appended to `into` (destinations, then autolinks), which is returned.
 */
export function findLinkTargets(text: string, masked: SpanSet = NO_SPANS, into = new SpanList()): SpanList {
  const lines = new LineViews(text, masked);
  for (let at = matchOutside(text, masked, '](', DESTINATION, 0, lines); at !== -1; at = matchOutside(text, masked, '](', DESTINATION, DESTINATION.lastIndex, lines)) {
    into.push(at + 2, DESTINATION.lastIndex - 1);
  }
  lines.reset();
  for (let at = matchOutside(text, masked, '<', AUTOLINK, 0, lines); at !== -1; at = matchOutside(text, masked, '<', AUTOLINK, AUTOLINK.lastIndex, lines)) {
    into.push(at, AUTOLINK.lastIndex);
  }
  return into;
}

/**
 * The end of the line around an offset and, where masked spans touch that line, the line as
 * blanked: each computed once per line, so that a 2 MB line with many anchors stays linear.
 */
class LineViews {
  private lineEnd = -1;
  private viewFrom = 0;
  private view: string | undefined;
  private touched = false;

  constructor(
    private readonly text: string,
    private readonly masked: SpanSet,
  ) {}

  reset(): void {
    this.lineEnd = -1;
    this.view = undefined;
  }

  /** Moves to the line holding `at` (offsets only increase); says whether masked spans touch the rest of it. */
  enter(at: number): boolean {
    if (at > this.lineEnd) {
      const end = this.text.indexOf('\n', at);
      this.lineEnd = end === -1 ? this.text.length : end;
      this.view = undefined;
      this.viewFrom = at;
      this.touched = this.masked.overlaps(at, this.lineEnd);
    }
    return this.touched;
  }

  /** The blanked text from the first offset entered on this line to the line's end, and where it starts. */
  blanked(): { view: string; from: number } {
    this.view ??= this.masked.view(this.text, this.viewFrom, this.lineEnd);
    return { view: this.view, from: this.viewFrom };
  }
}

/**
 * Where the first match of `sticky` (every match starting with `anchor`, never holding a line
 * feed) on the text with `masked` blanked starts, at or after `from`, or -1; `sticky.lastIndex`
 * is then where it ends. Tested, not executed: no match object per link.
 */
function matchOutside(text: string, masked: SpanSet, anchor: string, sticky: RegExp, from: number, lines: LineViews): number {
  for (let at = text.indexOf(anchor, from); at !== -1; at = text.indexOf(anchor, at + 1)) {
    if (masked.size === 0 || !lines.enter(at)) {
      sticky.lastIndex = at;
      if (sticky.test(text)) return at;
      continue;
    }
    if (masked.overlaps(at, at + anchor.length)) continue;
    // The expression reads no further than the line feed, so the blanked line decides.
    const { view, from: viewFrom } = lines.blanked();
    sticky.lastIndex = at - viewFrom;
    if (sticky.test(view)) {
      sticky.lastIndex += viewFrom;
      return at;
    }
  }
  return -1;
}

const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'*_]/iy;
/** Where a bare URL can be: its `://` or `www.` (any case). A URL starts at most 5 characters before. */
const URL_ANCHOR = /:\/\/|www\./gi;

/**
 * Bare URLs in running text (`https://example.org/report.3`, `www.example.org`): not prose for the
 * citation and mention scanners. Trailing sentence punctuation stays outside the URL.
 */
export function findBareUrls(text: string): Span[] {
  const spans: Span[] = [];
  // What the global expression finds, tested only at the few offsets a URL can start: every URL
  // has its `://` or `www.` 0 to 5 characters after its start, and offsets are tried in order.
  let from = 0;
  let tested = -1;
  URL_ANCHOR.lastIndex = 0;
  let anchor: RegExpExecArray | null;
  while ((anchor = URL_ANCHOR.exec(text)) !== null) {
    URL_ANCHOR.lastIndex = anchor.index + 1;
    for (let at = Math.max(from, tested + 1, anchor.index - 5); at <= anchor.index; at++) {
      tested = at;
      BARE_URL.lastIndex = at;
      const match = BARE_URL.exec(text);
      if (match === null) continue;
      const end = at + match[0].length;
      spans.push({ start: at, end });
      from = end;
      URL_ANCHOR.lastIndex = Math.max(URL_ANCHOR.lastIndex, end);
      break;
    }
  }
  return spans;
}
