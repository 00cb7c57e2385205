import type { Position, Range } from './types';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (range: Range, at: Position) => !before(at, range.start) && !before(range.end, at);
const overlaps = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);
const isEmpty = (range: Range) => range.start.line === range.end.line && range.start.character === range.end.character;
const width = (range: Range) => (range.end.line - range.start.line) * 1_000_000 + range.end.character - range.start.character;

/**
 * The findings a code action request is about (Ctrl+., the light bulb, a Problems entry): those
 * under the cursor (an empty range) or touching the selection, the ones that hold its start first
 * and the narrowest of those first. Findings elsewhere on the same line are not offered.
 */
export function findingsAt<T extends { range: Range }>(findings: readonly T[], range: Range): T[] {
  const under = findings.filter((f) => (isEmpty(range) ? contains(f.range, range.start) : overlaps(f.range, range)));
  const holds = (f: T) => (contains(f.range, range.start) ? 0 : 1);
  return under
    .map((f, i) => ({ f, i }))
    .sort((a, b) => holds(a.f) - holds(b.f) || width(a.f.range) - width(b.f.range) || a.i - b.i)
    .map(({ f }) => f);
}
