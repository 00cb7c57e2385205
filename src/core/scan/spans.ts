import type { Span } from '../types';

/** Keeps the first of overlapping spans, so two patterns never report the same identifier twice. */
export function withoutOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * The spans by start: the list itself when it is in that order already (one pass, where sorting
 * 100,000 spans in order made as many calls of the comparison), else a sorted copy.
 */
export function byStart<T extends Span>(spans: T[]): T[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * Lists each by start merged into one list by start (of spans with one start, the earlier list's
 * first, as a stable sort of the lists joined would put them). Each list is merged into the merge
 * of those before it; a list that is the only one not empty is the answer itself, its spans not
 * read: the answer is to be read, never changed.
 */
export function mergeByStart<T extends Span>(lists: T[][]): T[] {
  let merged: T[] = [];
  for (const list of lists) merged = mergeTwo(merged, list);
  return merged;
}

function mergeTwo<T extends Span>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = b[j].start < a[i].start ? b[j++] : a[i++];
  while (i < a.length) merged[k++] = a[i++];
  while (j < b.length) merged[k++] = b[j++];
  return merged;
}

/** Does one of the spans contain the whole span? */
export function inside(span: Span, spans: Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
