import type { Fix, TextEdit } from './types';

/**
 * Applies edits (offsets into `text`) in one pass. Overlapping edits are dropped after the
 * first, so a batch of fixes never corrupts the text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) continue;
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
    applied.push(edit);
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

/**
 * Applies whole fixes: a fix whose edits would collide with an edit already taken is skipped
 * entirely. Fixes are taken in the order of their first edit (findings come sorted by position;
 * ties keep the given order), swept once with the taken edits kept sorted, so a report with a
 * hundred thousand fixes costs a sort and a binary search per edit instead of comparing every
 * fix with every fix taken before it.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const order = fixes.map((fix, index) => ({ fix, index, first: firstStart(fix) }));
  order.sort((a, b) => a.first - b.first || a.index - b.index);
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const { fix } of order) {
    if (fix.edits.some((edit) => collides(taken, edit))) continue;
    for (const edit of fix.edits) {
      const at = insertionPoint(taken, edit);
      if (at === taken.length) taken.push(edit);
      else taken.splice(at, 0, edit);
    }
    applied.push(fix);
  }
  return { text: applyEdits(text, taken).text, applied };
}

function firstStart(fix: Fix): number {
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
