/**
 * A set of numbers kept as one sorted typed array: made by one native sort instead of a hash table
 * that grows through a dozen sizes (100,000 numbers: a few MB of fresh memory, each page of it a
 * fault), and asked by binary search. For numbers the rules compare by value: integers, never NaN.
 */
export class SortedNumbers {
  private readonly values: Float64Array;
  /**
   * The values are the consecutive integers from the first to the last (figures 1 to N, as a
   * report numbers them): a number is one of them when it is an integer in that interval, with no
   * search.
   */
  private readonly consecutive: boolean;

  /** The set of `numbers` (the array is sorted in place and kept). */
  constructor(numbers: Float64Array) {
    const values = (this.values = distinctAscending(numbers));
    this.consecutive = values.length > 0 && values[values.length - 1] - values[0] === values.length - 1 && allIntegers(values);
  }

  get size(): number {
    return this.values.length;
  }

  has(n: number): boolean {
    return this.indexOf(n) !== -1;
  }

  /** Where `n` is among the numbers, ascending (-1: not one of them). */
  indexOf(n: number): number {
    const { values } = this;
    if (this.consecutive) return n >= values[0] && n <= values[values.length - 1] && Number.isInteger(n) ? n - values[0] : -1;
    const at = lowerBound(values, n);
    return at < values.length && values[at] === n ? at : -1;
  }

  /** The number at `index`, ascending. */
  at(index: number): number {
    return this.values[index];
  }

  /** Does the set hold every one of `numbers`? Both ascending: one walk along the two, without a search for each. */
  hasEvery(numbers: SortedNumbers): boolean {
    const { values } = this;
    let at = 0;
    for (let i = 0; i < numbers.values.length; i++) {
      const n = numbers.values[i];
      while (at < values.length && values[at] < n) at++;
      if (at === values.length || values[at] !== n) return false;
    }
    return true;
  }
}

/**
 * `values` sorted ascending, in place. Numbers in the order a report gives them are often so
 * already (figures), or descending (mentions in reverse): one pass finds it, and a descending run
 * is reversed, instead of a native sort of 100,000 numbers.
 */
export function sortAscending(values: Float64Array): Float64Array {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < values.length && (ascending || descending); i++) {
    if (values[i] < values[i - 1]) ascending = false;
    else if (values[i] > values[i - 1]) descending = false;
  }
  if (ascending) return values;
  return descending ? values.reverse() : values.sort();
}

function allIntegers(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isInteger(values[i])) return false;
  return true;
}

/** The distinct values of `values`, ascending (sorts `values` in place). */
export function distinctAscending(values: Float64Array): Float64Array {
  sortAscending(values);
  let distinct = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[distinct - 1]) values[distinct++] = values[i];
  return values.subarray(0, distinct);
}

/** The index of the first value of `sorted` (ascending) that is not below `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The numbers that `sorted` (ascending) holds more than once. */
export function repeatedIn(sorted: Float64Array): SortedNumbers {
  let count = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) count++;
  const repeated = new Float64Array(count);
  count = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated[count++] = sorted[i];
  return new SortedNumbers(repeated);
}
