import { spliceText, type Edits } from './splice';
import type { Fix, TextEdit } from './types';

/**
 * Applies edits (offsets into `text`) in one pass. Overlapping edits are dropped after the
 * first, so a batch of fixes never corrupts the text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const kept: Edits = { starts: [], ends: [], newTexts: [] };
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) continue;
    at = edit.end;
    applied.push(edit);
    kept.starts.push(edit.start);
    kept.ends.push(edit.end);
    kept.newTexts.push(edit.newText);
  }
  return { text: spliceText(text, kept), applied };
}

/**
 * Applies whole fixes: a fix whose edits would collide with an edit already taken is skipped
 * entirely. Fixes are taken in the order of their first edit (findings come sorted by position;
 * ties keep the given order).
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const list = new FixList();
  for (const fix of fixes) list.add(fix);
  const { text: next, applied } = list.apply(text, list.byFirstEdit());
  return { text: next, applied: applied.map((k) => fixes[k]) };
}

/**
 * Fixes kept as lists of numbers and strings instead of objects: fix k's edits are those from
 * `from[k]` to `from[k + 1]`. `fix` keeps the safe fixes of a pass so while the rules run: the
 * rules' fix objects then die young, where 233,000 kept fixes of four objects each were copied by
 * the garbage collector (4 MB of misplaced markers: about 120 ms of CPU), and the edits of fixes
 * taken in order of position are spliced from these lists as they are (100 ms less than sorting
 * and copying 233,000 edit objects).
 */
export class FixList implements Edits {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly newTexts: string[] = [];
  private readonly from: number[] = [];
  /** Where each fix's first edit starts (Infinity for a fix without edits). */
  readonly firsts: number[] = [];

  get size(): number {
    return this.from.length;
  }

  add(fix: Fix): void {
    this.from.push(this.starts.length);
    let first = Infinity;
    for (const edit of fix.edits) {
      this.starts.push(edit.start);
      this.ends.push(edit.end);
      this.newTexts.push(edit.newText);
      if (edit.start < first) first = edit.start;
    }
    this.firsts.push(first);
  }

  /** The fixes' indices by first edit, ties in the order added; undefined when that is the order added. */
  byFirstEdit(): number[] | undefined {
    const { firsts } = this;
    let inOrder = true;
    for (let i = 1; i < firsts.length && inOrder; i++) inOrder = firsts[i - 1] <= firsts[i];
    if (inOrder) return undefined;
    return firsts.map((_, i) => i).sort((a, b) => firsts[a] - firsts[b] || a - b);
  }

  /**
   * `text` with the fixes applied, taken in `order` (their indices; the order added when
   * undefined), and the indices of those applied. A fix whose edits would collide with an edit
   * already taken is skipped entirely. One sweep with the taken edits kept sorted: a binary search
   * per edit at most (none for fixes in order of position), not a comparison with every fix taken.
   */
  apply(text: string, order?: readonly number[]): { text: string; applied: number[] } {
    const taken: number[] = [];
    const applied: number[] = [];
    for (let k = 0; k < this.from.length; k++) {
      const fix = order ? order[k] : k;
      const to = this.editsEnd(fix);
      let free = true;
      for (let e = this.from[fix]; e < to && free; e++) free = !this.collides(taken, e);
      if (!free) continue;
      for (let e = this.from[fix]; e < to; e++) {
        const at = this.insertionPoint(taken, this.starts[e], this.ends[e]);
        if (at === taken.length) taken.push(e);
        else taken.splice(at, 0, e);
      }
      applied.push(fix);
    }
    return { text: spliceText(text, this.usable(text, taken)), applied };
  }

  /**
   * The taken edits (indices, sorted) as applyEdits keeps them: an edit that ends before it
   * starts or beyond the text is left out. Every edit, in the order added (fixes in order of
   * position, as usual), is these lists themselves.
   */
  private usable(text: string, taken: readonly number[]): Edits {
    let at = 0;
    let all = taken.length === this.starts.length;
    for (let i = 0; i < taken.length && all; i++) {
      const e = taken[i];
      all = e === i && this.starts[e] >= at && this.ends[e] >= this.starts[e] && this.ends[e] <= text.length;
      at = this.ends[e];
    }
    if (all) return this;
    const kept: Edits = { starts: [], ends: [], newTexts: [] };
    at = 0;
    for (const e of taken) {
      const start = this.starts[e];
      const end = this.ends[e];
      if (start < at || end < start || end > text.length) continue;
      at = end;
      kept.starts.push(start);
      kept.ends.push(end);
      kept.newTexts.push(this.newTexts[e]);
    }
    return kept;
  }

  private editsEnd(fix: number): number {
    return fix + 1 < this.from.length ? this.from[fix + 1] : this.starts.length;
  }

  /**
   * Does edit `e` overlap a taken edit (or insert at the very offset where one starts)? `taken` is
   * sorted and its edits do not overlap, so their ends are sorted too: only the first taken edit
   * ending after the edit's start can overlap it.
   */
  private collides(taken: number[], e: number): boolean {
    const { starts, ends } = this;
    const start = starts[e];
    const end = ends[e];
    const last = taken[taken.length - 1];
    // Fixes in order of position (the usual case) start after every edit taken: no search.
    if (last === undefined || (ends[last] <= start && starts[last] < start)) return false;
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[taken[mid]] > start) high = mid;
      else low = mid + 1;
    }
    if (low < taken.length && starts[taken[low]] < end) return true;
    if (start !== end) return false;
    const at = this.insertionPoint(taken, start, -1);
    return at < taken.length && starts[taken[at]] === start;
  }

  /** Where an edit from `start` to `end` goes in `taken`, sorted by start, then end. */
  private insertionPoint(taken: number[], start: number, end: number): number {
    const { starts, ends } = this;
    const last = taken[taken.length - 1];
    if (last === undefined || starts[last] < start || (starts[last] === start && ends[last] <= end)) return taken.length;
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const t = taken[mid];
      if (starts[t] < start || (starts[t] === start && ends[t] <= end)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
