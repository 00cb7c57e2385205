import { listNumbers } from './citations';
import { SortedNumbers } from './sorted-numbers';

/** A message names this many of the numbers still waiting, then how many more. */
const NAMED = 5;

/** A group (citation marker, figure mention) that uses numbers before lower ones used first later. */
export interface EarlyUse {
  /** The group's index. */
  index: number;
  /** The lowest number the group uses first that is above a waiting one. */
  early: number;
  /** How many lower numbers are still waiting for their first use. */
  count: number;
  /** The first few of them, ascending: the same array as the use before when they are the same numbers (never change it). */
  named: number[];
}

/**
 * Numbering in order of first use (AMA references, figures, tables): for each group of numbers in
 * document order, the lower numbers it jumps ahead of. Each number is marked once when first used;
 * a Fenwick tree counts the marked ones and a path-compressed skip list finds the next unmarked
 * one, so ten thousand groups in descending order cost no more than ten thousand lookups. Numbers
 * are ranked in a SortedNumbers (one sort of a typed array, then a binary search each, or none for
 * consecutive numbers): no Map hashing every number three times, no array of fresh numbers per
 * group. The uses come one by one: a caller keeps only those it reports (a use is small: its
 * named numbers are shared with the use before when they are the same). An iterator object, not a
 * generator: V8 does not optimise a generator's loops while they run (on-stack replacement), and
 * this one is called once per check (100,000 descending figure mentions: about 70 ms in the
 * interpreter).
 */
export function earlyFirstUses(groups: readonly (readonly number[])[]): IterableIterator<EarlyUse> {
  return new FirstUseScan(groups);
}

class FirstUseScan implements IterableIterator<EarlyUse> {
  /** The distinct numbers used: a number's rank is its index among them, ascending. */
  private readonly used: SortedNumbers;
  /** Each use's rank, groups one after the other. */
  private readonly ranks: Int32Array;
  /** The first group that uses each rank. */
  private readonly firstGroup: Int32Array;
  private readonly marked: MarkedRanks;
  /** The next group, and where its ranks start. */
  private index = 0;
  private at = 0;
  /** The lowest rank not yet used (all below it are marked). */
  private lowest = 0;
  /** The named numbers of the last use, and the next ones as they are found. */
  private named: number[] = [];
  private readonly nextNamed = new Float64Array(NAMED);

  constructor(private readonly groups: readonly (readonly number[])[]) {
    let total = 0;
    for (let index = 0; index < groups.length; index++) total += groups[index].length;
    const all = new Float64Array(total);
    let at = 0;
    for (let index = 0; index < groups.length; index++) {
      const numbers = groups[index];
      for (let i = 0; i < numbers.length; i++) all[at++] = numbers[i];
    }
    const used = new SortedNumbers(all.slice());
    const ranks = new Int32Array(total);
    const firstGroup = new Int32Array(used.size).fill(-1);
    at = 0;
    for (let index = 0; index < groups.length; index++) {
      for (let i = groups[index].length; i > 0; i--) {
        const rank = used.indexOf(all[at]);
        ranks[at++] = rank;
        if (firstGroup[rank] === -1) firstGroup[rank] = index;
      }
    }
    this.used = used;
    this.ranks = ranks;
    this.firstGroup = firstGroup;
    this.marked = new MarkedRanks(used.size);
  }

  [Symbol.iterator](): IterableIterator<EarlyUse> {
    return this;
  }

  next(): IteratorResult<EarlyUse, undefined> {
    const { groups, ranks, firstGroup, marked, used } = this;
    while (this.index < groups.length) {
      const index = this.index++;
      const from = this.at;
      const at = (this.at += groups[index].length);
      // The highest rank this group uses first; none: nothing new.
      let top = -1;
      for (let i = from; i < at; i++) {
        const rank = ranks[i];
        if (firstGroup[rank] !== index) continue;
        marked.add(rank);
        if (rank > top) top = rank;
      }
      if (top === -1) continue;
      const lowest = (this.lowest = marked.nextUnmarked(this.lowest));
      if (lowest >= top) continue;
      // The first waiting numbers: often those of the use before (a descending run waits for the same lowest ones).
      const previous = this.named;
      let count = 0;
      let same = true;
      for (let k = lowest; k < top && count < NAMED; k = marked.nextUnmarked(k + 1)) {
        if (count >= previous.length || previous[count] !== used.at(k)) same = false;
        this.nextNamed[count++] = used.at(k);
      }
      const named = same && count === previous.length ? previous : (this.named = Array.from(this.nextNamed.subarray(0, count)));
      // The lowest rank this group uses first above the lowest waiting one.
      let first = top;
      for (let i = from; i < at; i++) {
        const rank = ranks[i];
        if (firstGroup[rank] === index && rank > lowest && rank < first) first = rank;
      }
      // Every rank below `lowest` is marked: the marked ones in [lowest, top) are those below top, less `lowest`.
      return { done: false, value: { index, early: used.at(first), count: top - marked.countBelow(top), named } };
    }
    return { done: true, value: undefined };
  }
}

/** The named numbers last joined, and the text: uses in a row often name the same array. */
let joinedNamed: readonly number[] | undefined;
let joined = '';

/** "2, 3 and 5", or "1, 2, 3, 4, 5 and 9995 more": the waiting numbers of an EarlyUse. */
export function waitingNumbers(use: EarlyUse): string {
  if (use.count <= use.named.length) return listNumbers(use.named);
  if (use.named !== joinedNamed) {
    joined = use.named.join(', ');
    joinedNamed = use.named;
  }
  return `${joined} and ${use.count - use.named.length} more`;
}

/** Ranks 0..size-1, marked one by one: a Fenwick tree for counts, a skip list for the next unmarked. */
class MarkedRanks {
  private readonly tree: Int32Array;
  /** next[k]: k while k is unmarked, else a rank at or before the next unmarked one (path-compressed). */
  private readonly next: Int32Array;

  constructor(private readonly size: number) {
    this.tree = new Int32Array(size + 1);
    this.next = new Int32Array(size + 1);
    for (let k = 0; k <= size; k++) this.next[k] = k;
  }

  add(rank: number): void {
    if (this.next[rank] !== rank) return;
    this.next[rank] = rank + 1;
    for (let i = rank + 1; i <= this.size; i += i & -i) this.tree[i]++;
  }

  /** The first unmarked rank at or after `rank` (`size` when none). */
  nextUnmarked(rank: number): number {
    let root = rank;
    while (root < this.size && this.next[root] !== root) root = this.next[root];
    while (rank < root) {
      const step = this.next[rank];
      this.next[rank] = root;
      rank = step;
    }
    return root;
  }

  /** How many ranks below `end` are marked. */
  countBelow(end: number): number {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }
}
