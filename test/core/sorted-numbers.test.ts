import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortAscending, SortedNumbers } from '../../src/core/sorted-numbers';

/** Lists as reports give them: runs of consecutive numbers (up or down), repeats, gaps, now and then a fraction. */
const numbers = fc.oneof(
  fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 40 }),
  fc.tuple(fc.integer({ min: -2, max: 5 }), fc.nat(30), fc.boolean()).map(([from, length, down]) => {
    const run = Array.from({ length }, (_, i) => from + i);
    return down ? run.reverse() : run;
  }),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0.5, 1.5, 2.5, -0.5)), { maxLength: 12 }),
);

describe('sorted numbers', () => {
  it('sortAscending sorts as a native sort does, whatever the order given (ascending and descending runs in one pass)', () => {
    fc.assert(
      fc.property(numbers, (list) => {
        assert.deepEqual([...sortAscending(Float64Array.from(list))], [...Float64Array.from(list).sort()]);
      }),
    );
  });

  it('SortedNumbers holds the numbers it was given and no other (consecutive integers asked without a search)', () => {
    fc.assert(
      fc.property(numbers, fc.array(fc.oneof(fc.integer({ min: -5, max: 45 }), fc.constantFrom(0.5, 1.5, 2.5, -0.5, NaN, Infinity)), { maxLength: 20 }), (list, asked) => {
        const set = new SortedNumbers(Float64Array.from(list));
        const expected = new Set(list);
        assert.equal(set.size, expected.size);
        for (const n of [...list, ...asked]) assert.equal(set.has(n), expected.has(n), `${n} in [${list.join(', ')}]`);
      }),
    );
  });

  it('hasEvery says whether the set holds every number of another, as asking it each one does', () => {
    fc.assert(
      fc.property(numbers, numbers, (list, other) => {
        const set = new SortedNumbers(Float64Array.from(list));
        assert.equal(set.hasEvery(new SortedNumbers(Float64Array.from(other))), other.every((n) => set.has(n)));
      }),
    );
  });
});
