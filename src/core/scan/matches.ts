/**
 * Scanning a text with a costly regular expression: tried only where a match can start (hints,
 * digit runs), with the same matches as a full scan. Shared by the privacy and dose rules.
 */
import { IntList } from '../int-list';
import { lowerBound } from '../sorted-numbers';

/**
 * Runs a global regular expression over the text, yielding each match. With `starts` (every
 * offset where a match could begin, ascending), the expression is tried there only, anchored:
 * the same matches as a full scan, without running a costly expression at every position. Where
 * the starts are dense (a text of digits), a full scan is cheaper, and gives the same matches.
 */
export function* matches(re: RegExp, text: string, starts?: ArrayLike<number>): Generator<RegExpExecArray> {
  if (starts && starts.length * DENSE <= text.length) {
    yield* matchesAt(re, text, starts);
    return;
  }
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0) re.lastIndex++;
    yield match;
  }
}

/** One anchored attempt costs about as much as a full scan spends on this many characters. */
const DENSE = 16;

const stickyCopies = new WeakMap<RegExp, RegExp>();

/** The matches of `re` that start at one of `starts` (ascending), tried in order as a global scan would. */
export function* matchesAt(re: RegExp, text: string, starts: ArrayLike<number>): Generator<RegExpExecArray> {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) continue;
    from = match.index + Math.max(1, match[0].length);
    yield match;
  }
}

/**
 * Every offset where `hint` matches, overlapping hits included (the scan moves one character
 * on after each hit), for `matches(re, text, starts)`. A hint must match wherever `re` can start.
 */
export function hintStarts(hint: RegExp, text: string): number[] {
  const starts: number[] = [];
  hint.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = hint.exec(text)) !== null) {
    starts.push(match.index);
    hint.lastIndex = match.index + 1;
  }
  return starts;
}

/**
 * The runs of ASCII digits of a text, ascending: where each starts (the character before is not an
 * ASCII digit) and where it ends (the character there is not one either). An expression that opens
 * with a digit behind a look-behind that excludes `\p{N}` can start only at a run's start, which
 * makes these the starts to try for most of the privacy expressions.
 */
export interface DigitRuns {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Which runs (indices into starts and ends) have at most SHORT_RUN digits, ascending. */
  readonly short: Int32Array;
}

/**
 * The longest run of digits most of the rules' questions can accept (a day, a year, an area code, an
 * age); the runs up to this length are listed apart (DigitRuns.short), so that such a question reads
 * those only (see digitRunsWhere).
 */
export const SHORT_RUN = 4;

/**
 * The digit runs of `text`, into typed lists: a text of numbers (233,000 runs in 4 MB of
 * citations) makes no match array and no string per run, and its lists are not arrays of the
 * garbage-collected heap. The expression engine finds each run's first digit (it skips the text
 * between runs faster than a loop by character code: 4 MB with 200,000 runs in about two thirds of
 * the time), the run's end is read by character code. Their ends are kept, so that the rules that
 * ask what each run is (digitRunsWhere: three to seven questions a text) do not read its digits again.
 */
export function digitRuns(text: string): DigitRuns {
  const capacity = Math.max(256, text.length >> RUN_EVERY);
  const runs: GrowingRuns = { starts: new IntList(capacity), ends: new IntList(capacity), short: new IntList(capacity) };
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const start = DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
    pushRun(runs, start, end);
    DIGIT.lastIndex = end;
  }
  return viewOf(runs);
}

const DIGIT = /[0-9]/g;

/**
 * digitRuns of `blanked`, a text made from `text` by replacing characters with spaces or line
 * breaks (never with a digit: what blankSpans and putBack make), found from `runs`, the digit runs
 * of `text`: a digit of `blanked` is one of `text` left as it was, so its runs are the parts of
 * text's runs left as they were. The rules' texts (the body, the contact text) are each the
 * document's text blanked, so the document's runs are found once (200,000 in e7, by the expression
 * engine) and each text reads only the digits of them (a loop by character code, no search), or
 * not even those where the two texts are the same (compared RUNS_COMPARED runs at a time). When
 * every run is left whole (the blanked spans hold no digit), the answer is `runs` itself.
 */
export function digitRunsBlanked(blanked: string, text: string, runs: DigitRuns): DigitRuns {
  const { starts, ends } = runs;
  // The runs so far, made at the first run not left whole.
  let kept: GrowingRuns | undefined;
  for (let first = 0; first < starts.length; first += RUNS_COMPARED) {
    const last = Math.min(first + RUNS_COMPARED, starts.length) - 1;
    // The stretch from the first run to the last, as it was: each of its runs is whole.
    const unchanged = blanked.slice(starts[first], ends[last]) === text.slice(starts[first], ends[last]);
    if (unchanged && kept === undefined) continue;
    for (let i = first; i <= last; i++) {
      const runEnd = ends[i];
      let at = starts[i];
      if (unchanged || allDigits(blanked, at, runEnd)) {
        if (kept !== undefined) pushRun(kept, at, runEnd);
        continue;
      }
      kept ??= firstRuns(runs, i);
      // The parts left as they were.
      while (at < runEnd) {
        while (at < runEnd && !isAsciiDigit(blanked.charCodeAt(at))) at++;
        if (at === runEnd) break;
        let end = at + 1;
        while (end < runEnd && isAsciiDigit(blanked.charCodeAt(end))) end++;
        pushRun(kept, at, end);
        at = end;
      }
    }
  }
  return kept === undefined ? runs : viewOf(kept);
}

/**
 * How many runs digitRunsBlanked compares at once: a few hundred characters of text, compared
 * faster than its digits are read one by one (e3's 1.6 million digits, left as they were but for
 * the reference list), and spoiled only where a blanked span lies among them.
 */
const RUNS_COMPARED = 64;

/** Is text[start, end) all ASCII digits? */
function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The first `count` runs of `runs`, as lists that grow to as many runs as `runs` holds: copied list
 * by list, not run by run (a reference list blanked after 200,000 runs left whole, e3).
 */
function firstRuns(runs: DigitRuns, count: number): GrowingRuns {
  const { starts, ends, short } = runs;
  const shortCount = lowerBound(short, count);
  return {
    starts: IntList.of(starts.subarray(0, count), starts.length),
    ends: IntList.of(ends.subarray(0, count), ends.length),
    short: IntList.of(short.subarray(0, shortCount), short.length),
  };
}

/** DigitRuns as they are found: lists that grow. */
interface GrowingRuns {
  starts: IntList;
  ends: IntList;
  short: IntList;
}

/** The run [start, end) added to `runs`, and to its short runs when it is one. */
function pushRun(runs: GrowingRuns, start: number, end: number): void {
  if (end - start <= SHORT_RUN) runs.short.push(runs.starts.length);
  runs.starts.push(start);
  runs.ends.push(end);
}

/** The lists of `runs` as DigitRuns (views of what they hold). */
function viewOf(runs: GrowingRuns): DigitRuns {
  return { starts: runs.starts.view(), ends: runs.ends.view(), short: runs.short.view() };
}

/**
 * The lists of runs are made for one run per 2^4 characters: a text of numbers (e7's figures, one
 * run per 21 characters; e6's citations, one per 18) fills them without growing them through a
 * dozen sizes (each a copy, and fresh memory: cold, two 4 MB texts took ~8 ms more), and a
 * report's text, with far fewer numbers, leaves most of a few kilobytes unused.
 */
const RUN_EVERY = 4;

/**
 * The starts of the runs (digitRuns of `text`) that `keep` accepts, given each run's length in
 * ASCII digits, its first digit's character code and the codes of the two characters after it (NaN
 * past the end of the text): the starts of an expression whose number is only a few digits long (an
 * age, a day), or must be followed by a separator, are a few of a text's many runs (a report of
 * 233,000 citations `^1^` has as many runs, none of which opens a date or a telephone number).
 *
 * `keep` is asked about the runs of at most `most` digits only (SHORT_RUN at most); `longer` is its
 * answer for every longer run: false for a question such a run never passes (a day, a year, an
 * age, an area code), true for one it always passes (the first digits of an identifier, of a grouped
 * number). The 200,000 runs of 100,000 figures mentioned by number (e7) make 20,000 questions, not
 * 200,000 for each rule, and a question about runs of one or two digits (a day) only a few hundred
 * of them: the length of the others is read, not their characters, and `keep` is not called.
 *
 * When every run is kept (`longer`, and `keep` accepts every run it is asked about), the answer is
 * `runs.starts` itself, not a copy (200,000 ranges `^2-1001^`: each of their runs may open an
 * identifier); otherwise a typed list, not an array of the heap.
 */
export function digitRunsWhere(
  text: string,
  runs: DigitRuns,
  keep: (length: number, first: number, next: number, after: number) => boolean,
  longer: boolean,
  most = SHORT_RUN,
): ArrayLike<number> {
  // Only the short runs are listed: a question about longer ones could not be asked of each.
  if (most > SHORT_RUN) throw new RangeError(`digitRunsWhere asks about runs of at most ${SHORT_RUN} digits, not ${most}`);
  const { starts, ends, short } = runs;
  if (!longer) {
    const kept = new IntList(16);
    for (let k = 0; k < short.length; k++) {
      const i = short[k];
      const length = ends[i] - starts[i];
      if (length <= most && keep(length, text.charCodeAt(starts[i]), text.charCodeAt(ends[i]), text.charCodeAt(ends[i] + 1))) kept.push(starts[i]);
    }
    return kept.view();
  }
  // Every run but the short ones left out, copied in stretches between them; made at the first
  // run left out.
  let kept: Int32Array | undefined;
  let length = 0;
  let copied = 0;
  for (let k = 0; k < short.length; k++) {
    const i = short[k];
    const digits = ends[i] - starts[i];
    if (digits > most || keep(digits, text.charCodeAt(starts[i]), text.charCodeAt(ends[i]), text.charCodeAt(ends[i] + 1))) continue;
    kept ??= new Int32Array(starts.length);
    kept.set(starts.subarray(copied, i), length);
    length += i - copied;
    copied = i + 1;
  }
  if (kept === undefined) return starts;
  kept.set(starts.subarray(copied), length);
  return kept.subarray(0, length + starts.length - copied);
}

/** Is `code` a space, a tab or a no-break space (what the expressions write `[ \t\u00a0]`)? */
export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Is `code` an ASCII digit? */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Is `code` an ASCII letter, in either case? */
export function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/**
 * Ascending lists without repeats merged into one ascending list without repeats. When one is
 * empty, the other is the answer as it is (not a copy: lists of starts are never changed).
 */
export function mergeStarts(a: ArrayLike<number>, b: ArrayLike<number>): ArrayLike<number> {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * hintStarts, but only at offsets in the `before` characters before an anchor (p in
 * [anchor - before, anchor)): for an expression whose first digit always lies within `before`
 * characters of its start, the anchors being the digit runs. `reach` is the longest text the hint
 * can match (it has no look-arounds), so each window is searched with enough text after it.
 */
export function hintStartsBefore(hint: RegExp, text: string, anchors: ArrayLike<number>, before: number, reach: number): number[] {
  const starts: number[] = [];
  let i = 0;
  while (i < anchors.length) {
    const from = Math.max(0, anchors[i] - before);
    let to = anchors[i];
    // Windows that touch are searched together.
    while (i + 1 < anchors.length && anchors[i + 1] - before <= to) to = anchors[++i];
    i++;
    if (to <= from) continue;
    const window = text.slice(from, Math.min(text.length, to + reach));
    for (const at of hintStarts(hint, window)) {
      if (at >= to - from) break;
      starts.push(from + at);
    }
  }
  return starts;
}
