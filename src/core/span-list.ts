import { IntList } from './int-list';
import type { Span } from './types';

/** byStart's keys: start * KEY_SCALE + index, exact in a double for starts from 0 to 2^31 and up to MAX_KEYED spans. */
const KEY_SCALE = 2 ** 22;
const MAX_KEYED = KEY_SCALE;

/**
 * Spans held as integers, [start(i), end(i)) side by side in one IntList, not an object each: the
 * 100,000 link targets of a report of 100,000 images were 100,000 objects (and a list grown to
 * hold them) that lived until the text was blanked, long enough to be copied by the garbage
 * collector.
 */
export class SpanList {
  private readonly ints: IntList;

  constructor(capacity = 8) {
    this.ints = new IntList(2 * capacity);
  }

  /** The spans of a list of objects, in its order. */
  static of(spans: readonly Span[]): SpanList {
    const list = new SpanList(spans.length);
    for (let i = 0; i < spans.length; i++) list.push(spans[i].start, spans[i].end);
    return list;
  }

  get length(): number {
    return this.ints.length >> 1;
  }

  start(i: number): number {
    return this.ints.get(2 * i);
  }

  end(i: number): number {
    return this.ints.get(2 * i + 1);
  }

  push(start: number, end: number): void {
    this.ints.push(start);
    this.ints.push(end);
  }

  /** The spans by start: this list when it is in that order already, else a sorted copy (spans of one start kept in their order). */
  byStart(): SpanList {
    const n = this.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.start(i) >= this.start(i - 1);
    if (sorted) return this;
    let keyed = n <= MAX_KEYED;
    for (let i = 0; i < n && keyed; i++) keyed = this.start(i) >= 0;
    const copy = new SpanList(n);
    if (!keyed) {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.start(a) - this.start(b) || a - b);
      for (let i = 0; i < n; i++) copy.push(this.start(order[i]), this.end(order[i]));
      return copy;
    }
    // Each span's start and index in one number, sorted by the native numeric sort (no comparison
    // called; 100,000 spans: 9 ms, against 20 for an index sorted by a comparison reading the list).
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = this.start(i) * KEY_SCALE + i;
    keys.sort();
    for (let k = 0; k < n; k++) {
      const i = keys[k] % KEY_SCALE;
      copy.push(this.start(i), this.end(i));
    }
    return copy;
  }

  /** The spans as objects, in this list's order. */
  toArray(): Span[] {
    const spans = new Array<Span>(this.length);
    for (let i = 0; i < spans.length; i++) spans[i] = { start: this.start(i), end: this.end(i) };
    return spans;
  }
}
