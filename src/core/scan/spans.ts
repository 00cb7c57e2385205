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

/** Does one of the spans contain the whole span? */
export function inside(span: Span, spans: Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
