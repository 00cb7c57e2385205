import { IntList } from './int-list';
import { spliceText, type Edits } from './splice';
import type { Fix, TextEdit } from './types';

/**
 * Applies edits (offsets into `text`) in one pass. Overlapping edits are dropped after the
 * first, so a batch of fixes never corrupts the text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const kept = { starts: [] as number[], ends: [] as number[], newTexts: [] as string[] };
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
  return { text: next, applied: Array.from(applied, (k) => fixes[k]) };
}

/** The first edit of a fix without edits: after every offset of a text. */
const NO_EDIT = 0x7fffffff;

/**
 * Fixes kept as lists of numbers and strings instead of objects: fix k's edits are those from
 * `from[k]` to `from[k + 1]`. `fix` keeps the safe fixes of a pass so while the rules run: the
 * rules' fix objects then die young, where 233,000 kept fixes of four objects each were copied by
 * the garbage collector (4 MB of misplaced markers: about 120 ms of CPU), and the edits of fixes
 * taken in order of position are spliced from these lists as they are (100 ms less than sorting
 * and copying 233,000 edit objects). The numbers are typed lists (IntList), not arrays.
 */
export class FixList {
  private readonly starts = new IntList();
  private readonly ends = new IntList();
  private readonly newTexts: string[] = [];
  private readonly from = new IntList();
  /** Where each fix's first edit starts (NO_EDIT for a fix without edits). */
  private readonly firsts = new IntList();

  get size(): number {
    return this.from.length;
  }

  add(fix: Fix): void {
    this.from.push(this.starts.length);
    let first = NO_EDIT;
    const edits = fix.edits;
    const newTexts = this.newTexts;
    for (let i = 0; i < edits.length; i++) {
      const edit = edits[i];
      this.starts.push(edit.start);
      this.ends.push(edit.end);
      // A new text equal to the last one kept is kept once: 233,000 fixes writing `.^1^` keep one
      // string, and each rule's copy dies young instead of being copied by the garbage collector.
      const last = newTexts.length > 0 ? newTexts[newTexts.length - 1] : undefined;
      newTexts.push(last === edit.newText ? last : edit.newText);
      if (edit.start < first) first = edit.start;
    }
    this.firsts.push(first);
  }

  /** Where fix k's first edit starts (after every offset when it has none). */
  first(k: number): number {
    return this.firsts.get(k);
  }

  /** The fixes' indices by first edit, ties in the order added; undefined when that is the order added. */
  byFirstEdit(): number[] | undefined {
    const firsts = this.firsts.view();
    let inOrder = true;
    for (let i = 1; i < firsts.length && inOrder; i++) inOrder = firsts[i - 1] <= firsts[i];
    if (inOrder) return undefined;
    return Array.from(firsts, (_, i) => i).sort((a, b) => firsts[a] - firsts[b] || a - b);
  }

  /**
   * `text` with the fixes applied, taken in `order` (their indices; the order added when
   * undefined), and the indices of those applied. A fix whose edits would collide with an edit
   * already taken is skipped entirely. One sweep with the taken edits kept sorted: a binary search
   * per edit at most (none for fixes in order of position), not a comparison with every fix taken.
   */
  apply(text: string, order?: readonly number[]): { text: string; applied: Int32Array } {
    const starts = this.starts.view();
    const ends = this.ends.view();
    const from = this.from.view();
    const taken = new IntList(from.length);
    const applied = new IntList(from.length);
    for (let k = 0; k < from.length; k++) {
      const fix = order ? order[k] : k;
      const to = fix + 1 < from.length ? from[fix + 1] : starts.length;
      let free = true;
      for (let e = from[fix]; e < to && free; e++) free = !collides(starts, ends, taken, e);
      if (!free) continue;
      for (let e = from[fix]; e < to; e++) {
        const at = insertionPoint(starts, ends, taken, starts[e], ends[e]);
        if (at === taken.length) taken.push(e);
        else taken.insert(at, e);
      }
      applied.push(fix);
    }
    return { text: spliceText(text, this.usable(text, taken.view())), applied: applied.view() };
  }

  /**
   * The taken edits (indices, sorted) as applyEdits keeps them: an edit that ends before it
   * starts or beyond the text is left out. Every edit, in the order added (fixes in order of
   * position, as usual), is these lists themselves.
   */
  private usable(text: string, taken: Int32Array): Edits {
    const starts = this.starts.view();
    const ends = this.ends.view();
    let at = 0;
    let all = taken.length === starts.length;
    for (let i = 0; i < taken.length && all; i++) {
      const e = taken[i];
      all = e === i && starts[e] >= at && ends[e] >= starts[e] && ends[e] <= text.length;
      at = ends[e];
    }
    if (all) return { starts, ends, newTexts: this.newTexts };
    const kept = { starts: [] as number[], ends: [] as number[], newTexts: [] as string[] };
    at = 0;
    for (const e of taken) {
      const start = starts[e];
      const end = ends[e];
      if (start < at || end < start || end > text.length) continue;
      at = end;
      kept.starts.push(start);
      kept.ends.push(end);
      kept.newTexts.push(this.newTexts[e]);
    }
    return kept;
  }
}

/**
 * Does edit `e` overlap a taken edit (or insert at the very offset where one starts)? `taken` is
 * sorted and its edits do not overlap, so their ends are sorted too: only the first taken edit
 * ending after the edit's start can overlap it.
 */
function collides(starts: Int32Array, ends: Int32Array, taken: IntList, e: number): boolean {
  const start = starts[e];
  const end = ends[e];
  // Fixes in order of position (the usual case) start after every edit taken: no search.
  if (taken.length === 0) return false;
  const last = taken.get(taken.length - 1);
  if (ends[last] <= start && starts[last] < start) return false;
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[taken.get(mid)] > start) high = mid;
    else low = mid + 1;
  }
  if (low < taken.length && starts[taken.get(low)] < end) return true;
  if (start !== end) return false;
  const at = insertionPoint(starts, ends, taken, start, -1);
  return at < taken.length && starts[taken.get(at)] === start;
}

/** Where an edit from `start` to `end` goes in `taken`, sorted by start, then end. */
function insertionPoint(starts: Int32Array, ends: Int32Array, taken: IntList, start: number, end: number): number {
  if (taken.length === 0) return 0;
  const last = taken.get(taken.length - 1);
  if (starts[last] < start || (starts[last] === start && ends[last] <= end)) return taken.length;
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const t = taken.get(mid);
    if (starts[t] < start || (starts[t] === start && ends[t] <= end)) low = mid + 1;
    else high = mid;
  }
  return low;
}
