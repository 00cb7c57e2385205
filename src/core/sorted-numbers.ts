/**
 * A set of numbers kept as one sorted typed array: made by one native sort instead of a hash table
 * that grows through a dozen sizes (100,000 numbers: a few MB of fresh memory, each page of it a
 * fault), and asked by binary search. For numbers the rules compare by value: integers, never NaN.
 */
export class SortedNumbers {
  private readonly values: Float64Array;

  /** The set of `numbers` (the array is sorted in place and kept). */
  constructor(numbers: Float64Array) {
    this.values = distinctAscending(numbers);
  }

  get size(): number {
    return this.values.length;
  }

  has(n: number): boolean {
    const at = lowerBound(this.values, n);
    return at < this.values.length && this.values[at] === n;
  }

  /** Does the set hold every one of `numbers`? */
  hasEvery(numbers: readonly number[]): boolean {
    for (let i = 0; i < numbers.length; i++) if (!this.has(numbers[i])) return false;
    return true;
  }
}

/** The distinct values of `values`, ascending (sorts `values` in place). */
export function distinctAscending(values: Float64Array): Float64Array {
  values.sort();
  let distinct = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[distinct - 1]) values[distinct++] = values[i];
  return values.subarray(0, distinct);
}

/** The index of the first value of `sorted` (ascending) that is not below `value`. */
export function lowerBound(sorted: Float64Array, value: number): number {
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
