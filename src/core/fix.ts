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

/** Applies whole fixes: a fix whose edits would collide with an earlier fix is skipped entirely. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const fix of fixes) {
    const overlaps = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken).text, applied };
}
