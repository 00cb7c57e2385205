/**
 * A list of integers (-2^31 to 2^31 - 1: offsets into a text, indices) kept in one Int32Array
 * that doubles as it fills. 233,000 pushes to each of a few plain arrays cost about three times as
 * much CPU: their stores grow through a dozen sizes of tagged values, each of them fresh memory
 * (a page fault per page) that the garbage collector then marks.
 */
export class IntList {
  private values: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.values = new Int32Array(Math.max(1, capacity));
  }

  /** A list of `values` (copied at once), made with room for `capacity` values. */
  static of(values: Int32Array, capacity = values.length): IntList {
    const list = new IntList(Math.max(capacity, values.length));
    list.values.set(values);
    list.length = values.length;
    return list;
  }

  get(index: number): number {
    return this.values[index];
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  /** Puts `value` at `index`, moving the values from there on one place up. */
  insert(index: number, value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values.copyWithin(index + 1, index, this.length);
    this.values[index] = value;
    this.length++;
  }

  /** The values, a view without copy: valid until the next push or insert. */
  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }

  private grow(): void {
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
  }
}
