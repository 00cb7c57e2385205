import { spliceText } from './splice';
import type { Fix, TextEdit } from './types';

/**
 * Applies edits (offsets into `text`) in one pass. Overlapping edits are dropped after the
 * first, so a batch of fixes never corrupts the text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  return applySorted(text, [...edits].sort((a, b) => a.start - b.start || a.end - b.end));
}

/** applyEdits of edits already sorted by start, then end. */
function applySorted(text: string, sorted: TextEdit[]): { text: string; applied: TextEdit[] } {
  const applied: TextEdit[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) continue;
    at = edit.end;
    applied.push(edit);
  }
  return { text: spliceText(text, applied), applied };
}

/**
 * Applies whole fixes: a fix whose edits would collide with an edit already taken is skipped
 * entirely. Fixes are taken in the order of their first edit (findings come sorted by position;
 * ties keep the given order), swept once with the taken edits kept sorted, so a report with a
 * hundred thousand fixes costs a binary search per edit (and a sort, when the fixes come out of
 * order) instead of comparing every fix with every fix taken before it.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const order = takingOrder(fixes);
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (let k = 0; k < fixes.length; k++) {
    const fix = fixes[order ? order[k] : k];
    if (collidesAny(taken, fix.edits)) continue;
    for (const edit of fix.edits) {
      const at = insertionPoint(taken, edit);
      if (at === taken.length) taken.push(edit);
      else taken.splice(at, 0, edit);
    }
    applied.push(fix);
  }
  return { text: applySorted(text, taken).text, applied };
}

/** The fixes' indices by first edit, ties in the given order; undefined when that is the given order. */
function takingOrder(fixes: Fix[]): number[] | undefined {
  const firsts = fixes.map(firstStart);
  let inOrder = true;
  for (let i = 1; i < firsts.length && inOrder; i++) inOrder = firsts[i - 1] <= firsts[i];
  if (inOrder) return undefined;
  return firsts.map((_, i) => i).sort((a, b) => firsts[a] - firsts[b] || a - b);
}

function collidesAny(taken: TextEdit[], edits: TextEdit[]): boolean {
  for (const edit of edits) if (collides(taken, edit)) return true;
  return false;
}

/** Where a fix's first edit starts (Infinity for a fix without edits). */
export function firstStart(fix: Fix): number {
  let first = Infinity;
  for (const edit of fix.edits) if (edit.start < first) first = edit.start;
  return first;
}

/**
 * Does `edit` overlap a taken edit (or insert at the very offset where one starts)? `taken` is
 * sorted and its edits do not overlap, so their ends are sorted too: only the first taken edit
 * ending after `edit.start` can overlap it.
 */
function collides(taken: TextEdit[], edit: TextEdit): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (taken[mid].end > edit.start) high = mid;
    else low = mid + 1;
  }
  if (low < taken.length && taken[low].start < edit.end) return true;
  if (edit.start !== edit.end) return false;
  const at = insertionPoint(taken, { start: edit.start, end: -1, newText: '' });
  return at < taken.length && taken[at].start === edit.start;
}

/** Where `edit` goes in `taken`, sorted by start, then end. */
function insertionPoint(taken: TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const t = taken[mid];
    if (t.start < edit.start || (t.start === edit.start && t.end <= edit.end)) low = mid + 1;
    else high = mid;
  }
  return low;
}
