import { byCode, eachReport, flat, type Reported } from './check';
import type { CheckConfig } from './config';
import { parseDocument } from './model';
import { parseOptions } from './parse-options';
import type { Host } from './rule';
import type { SourceText } from './source-text';

/** What a writer reads of a finding (the command line prints no fixes). */
export type Written = Omit<Reported, 'fixes'>;

/** What a finding says: its message, or the way of saying it (`say`) and what it is said of. */
type Said = Partial<Pick<Reported, 'message' | 'say' | 'about'>>;

/** A rule's findings of one severity and one way of saying them: what they share. */
interface Kind {
  code: string;
  severity: Reported['severity'];
  say: Reported['say'];
}

/** Findings are kept in blocks of this many: a block, once made, is never copied as the list grows. */
const BLOCK = 4096;

/**
 * Findings as the command line keeps them until it writes them: each one's offsets, its kind (rule,
 * severity, how it is said) and its message (or what it is said of) in blocks of typed and plain
 * lists, not an object each. 200,000 findings then take about 6 MB instead of 20 (and the garbage
 * collector copies and marks a few lists, not 200,000 objects); blocks instead of one list each
 * that doubles as it fills: the list grows without copying what it holds (each copy fresh memory).
 * Read in the order of `runRules` (by position, then code, then as reported), each as a Written
 * finding without a range, for a writer to place (`source.rangeOf`) and to read (`messageOf`).
 */
export class FindingList {
  /** Per block: each finding's start, end and kind (an index in `kinds`), three numbers a finding. */
  private readonly spans: Int32Array[] = [];
  /** Per block: each finding's message, or, when its kind says it, what it is said of. */
  private readonly words: unknown[][] = [];
  private readonly kinds: Kind[] = [];
  /** The findings' indices in written order, once sorted. */
  private order: Int32Array | undefined;
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Is there a finding of this severity? */
  has(severity: Reported['severity']): boolean {
    return this.kinds.some((kind) => kind.severity === severity);
  }

  /** A finding of rule `code`: what it says is `said.message`, or `said.say(said.about)` when it is written. */
  add(code: string, severity: Reported['severity'], start: number, end: number, said: Said): void {
    const at = this.count % BLOCK;
    if (at === 0) {
      this.spans.push(new Int32Array(3 * BLOCK));
      this.words.push(new Array<unknown>(BLOCK));
    }
    const block = this.spans.length - 1;
    const spans = this.spans[block];
    spans[3 * at] = start;
    spans[3 * at + 1] = end;
    spans[3 * at + 2] = this.kindOf(code, severity, said.say);
    this.words[block][at] = said.say ? said.about : flat(said.message!);
    this.count++;
    this.order = undefined;
  }

  /**
   * Hands each finding to `read`, in order, as one Written object filled again for each: what `read`
   * takes from it holds until it returns, and the object itself is not to be kept (a writer reads a
   * finding and writes it). 200,000 findings then make no object each (e7: some 15 ms of a check).
   */
  eachRead(read: (finding: Readonly<Written>) => void): void {
    const order = (this.order ??= this.sorted());
    const finding: Written = { code: '', severity: 'error', message: undefined, say: undefined, about: undefined, start: 0, end: 0 };
    for (let i = 0; i < order.length; i++) read(this.filled(finding, order[i]));
  }

  /** `finding` filled with the finding at `index`. */
  private filled(finding: Written, index: number): Written {
    const block = (index / BLOCK) | 0;
    const at = index % BLOCK;
    const spans = this.spans[block];
    const { code, severity, say } = this.kinds[spans[3 * at + 2]];
    const words = this.words[block][at];
    finding.code = code;
    finding.severity = severity;
    finding.say = say;
    finding.message = say ? undefined : (words as string);
    finding.about = say ? words : undefined;
    finding.start = spans[3 * at];
    finding.end = spans[3 * at + 1];
    return finding;
  }

  /**
   * The indices by position, then code, then as reported (the order of byPosition's stable sort):
   * a merge of the runs already in that order. A rule reports mostly in document order, so a list
   * is a few long runs (e7: two of 100,000), merged in a few passes without a call per comparison.
   */
  private sorted(): Int32Array {
    const { length } = this;
    // Each finding's start, end and the rank of its code, in flat lists for the comparisons.
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const ranks = new Int32Array(length);
    const codeRanks = this.codeRanks();
    for (let block = 0, i = 0; i < length; block++) {
      const spans = this.spans[block];
      for (let at = 0; at < spans.length && i < length; at += 3, i++) {
        starts[i] = spans[at];
        ends[i] = spans[at + 1];
        ranks[i] = codeRanks[spans[at + 2]];
      }
    }
    return mergedRuns(starts, ends, ranks);
  }

  /** Each kind's rank by code (byCode): kinds of one code share it. */
  private codeRanks(): Int32Array {
    const codes = [...new Set(this.kinds.map((kind) => kind.code))].sort(byCode);
    return Int32Array.from(this.kinds, (kind) => codes.indexOf(kind.code));
  }

  /** The finding's kind: most often the one before's (a rule's findings come together). */
  private kindOf(code: string, severity: Reported['severity'], say: Reported['say']): number {
    const { kinds } = this;
    const last = kinds.length - 1;
    if (last >= 0 && isKind(kinds[last], code, severity, say)) return last;
    for (let k = 0; k < last; k++) if (isKind(kinds[k], code, severity, say)) return k;
    return kinds.push({ code, severity, say }) - 1;
  }
}

function isKind(kind: Kind, code: string, severity: Reported['severity'], say: Reported['say']): boolean {
  return kind.code === code && kind.severity === severity && kind.say === say;
}

/**
 * The indices 0..n-1 ordered by start, end and rank, ties in index order: the runs of indices
 * already in that order, merged two by two (stable: on a tie the earlier run's index comes first).
 * Each merge takes from one run all that comes before the other run's next index, found by a
 * galloping search (steps of 1, 2, 4, ... then halving), and copies it in one go: a few findings
 * reported apart from a long run (e7: five beside 199,999, here and there in it) cost a few
 * searches, not a comparison for each finding of the long run.
 */
function mergedRuns(starts: Int32Array, ends: Int32Array, ranks: Int32Array): Int32Array {
  const n = starts.length;
  const before = (a: number, b: number) => starts[a] - starts[b] || ends[a] - ends[b] || ranks[a] - ranks[b];
  // Where each run starts, and n after the last.
  const runStarts: number[] = [0];
  for (let i = 1; i < n; i++) if (before(i - 1, i) > 0) runStarts.push(i);
  runStarts.push(n);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let into = new Int32Array(runStarts.length > 2 ? n : 0);
  let runs = runStarts;
  while (runs.length > 2) {
    const merged: number[] = [];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const from = runs[r];
      const middle = runs[r + 1];
      const to = r + 2 < runs.length ? runs[r + 2] : middle;
      merged.push(from);
      let a = from;
      let b = middle;
      let out = from;
      while (a < middle && b < to) {
        // The left run's indices up to the first that the right run's next comes before (ties stay left).
        const right = order[b];
        const leftEnd = firstWhere(a, middle, (k) => before(order[k], right) > 0);
        out = copied(order, a, leftEnd, into, out);
        a = leftEnd;
        if (a === middle) break;
        // The right run's indices that come before the left run's next.
        const left = order[a];
        const rightEnd = firstWhere(b, to, (k) => before(order[k], left) >= 0);
        out = copied(order, b, rightEnd, into, out);
        b = rightEnd;
      }
      out = copied(order, a, middle, into, out);
      copied(order, b, to, into, out);
    }
    merged.push(n);
    [order, into] = [into, order];
    runs = merged;
  }
  return order;
}

/** The first index in [from, to) where `test` holds (it holds from there on), else `to`: galloping from `from`. */
function firstWhere(from: number, to: number, test: (index: number) => boolean): number {
  // Probe from + 0, 1, 2, 4, 8, ...: everything before `low` fails the test.
  let low = from;
  let high = to;
  for (let step = 1, probe = from; probe < to; probe = from + step, step *= 2) {
    if (test(probe)) {
      high = probe;
      break;
    }
    low = probe + 1;
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** `from[start..end)` copied into `into` at `out`; returns where the copy ends. */
function copied(from: Int32Array, start: number, end: number, into: Int32Array, out: number): number {
  if (end - start > 16) into.set(from.subarray(start, end), out);
  else for (let i = start; i < end; i++) into[out + i - start] = from[i];
  return out + end - start;
}

/**
 * Parses and checks a document for a printer that places each finding as it writes it (the command
 * line), and reads its message then (`messageOf`): the findings are kept in a FindingList, without
 * ranges, and a message a rule says (Report) is made as its line is written. They come in the
 * order runRules sorts them.
 */
export function checkTextUnplaced(text: string, config: CheckConfig, host: Host, path?: string): { source: SourceText; findings: FindingList } {
  const model = parseDocument(text, parseOptions(config), path);
  const findings = new FindingList();
  eachReport(model, config, host, (code, severity, start, end, report) => findings.add(code, severity, start, end, report));
  return { source: model.source, findings };
}
