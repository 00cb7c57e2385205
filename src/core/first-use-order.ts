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
 * Groups of numbers (citation markers, figure mentions) in document order, one after the other in
 * one typed list: group g's numbers are `numbers[firsts[g]]` up to `numbers[firsts[g + 1]]`. No
 * list per group: 100,000 figure mentions were 100,000 lists made for one scan.
 */
export interface NumberGroups {
  readonly numbers: Float64Array;
  /** Where each group's numbers start, and after the last group where they end (one more than there are groups). */
  readonly firsts: Int32Array;
}

/** Lists of numbers as NumberGroups. */
export function numberGroups(lists: readonly (readonly number[])[]): NumberGroups {
  const firsts = new Int32Array(lists.length + 1);
  for (let g = 0; g < lists.length; g++) firsts[g + 1] = firsts[g] + lists[g].length;
  const numbers = new Float64Array(firsts[lists.length]);
  for (let g = 0; g < lists.length; g++) numbers.set(lists[g], firsts[g]);
  return { numbers, firsts };
}

/**
 * Numbering in order of first use (AMA references, figures, tables): for each group of numbers in
 * document order, the lower numbers it jumps ahead of, handed to `take` group by group. Each
 * number is marked once when first used; a Fenwick tree counts the marked ones and a
 * path-compressed skip list finds the next unmarked one, so ten thousand groups in descending
 * order cost no more than ten thousand lookups. Numbers are ranked in a SortedNumbers (one sort of
 * a typed array, then a binary search each, or none for consecutive numbers): no Map hashing every
 * number three times, no array of fresh numbers per group. A caller keeps only the uses it
 * reports (a use is small: its named numbers are shared with the use before when they are the
 * same). One loop calling `take`, not a generator or an iterator: V8 optimises the loop while it
 * runs (on-stack replacement), and the scan runs once per check.
 */
export function eachEarlyUse(groups: NumberGroups, take: (use: EarlyUse) => void): void {
  const { numbers, firsts } = groups;
  const count = firsts.length - 1;
  const used = new SortedNumbers(numbers.slice());
  // Each number's rank, and the first group that uses each rank.
  const ranks = new Int32Array(numbers.length);
  const firstGroup = new Int32Array(used.size).fill(-1);
  for (let g = 0; g < count; g++) {
    for (let i = firsts[g]; i < firsts[g + 1]; i++) {
      const rank = (ranks[i] = used.indexOf(numbers[i]));
      if (firstGroup[rank] === -1) firstGroup[rank] = g;
    }
  }
  const marked = new MarkedRanks(used.size);
  // The lowest rank not yet used (all below it are marked).
  let lowest = 0;
  // The named numbers of the last use, and the next ones as they are found.
  let named: number[] = [];
  const nextNamed = new Float64Array(NAMED);
  // The rank of the last number named, and whether a group has used one of them since: the ranks
  // below it that were not named were marked already, so unless one named is marked, they are
  // still the first waiting (a descending run waits for the same lowest ones), and not looked for.
  let lastNamed = -1;
  let namedUsed = false;
  for (let g = 0; g < count; g++) {
    const from = firsts[g];
    const to = firsts[g + 1];
    // The highest rank this group uses first; none: nothing new.
    let top = -1;
    for (let i = from; i < to; i++) {
      const rank = ranks[i];
      if (firstGroup[rank] !== g) continue;
      marked.add(rank);
      if (rank > top) top = rank;
      if (rank <= lastNamed) namedUsed = true;
    }
    if (top === -1) continue;
    lowest = marked.nextUnmarked(lowest);
    if (lowest >= top) continue;
    // The first waiting numbers below top: those of the use before when they still are, all NAMED of them.
    if (namedUsed || named.length < NAMED || lastNamed >= top) {
      let waiting = 0;
      let same = true;
      for (let k = lowest; k < top && waiting < NAMED; k = marked.nextUnmarked(k + 1)) {
        if (waiting >= named.length || named[waiting] !== used.at(k)) same = false;
        nextNamed[waiting++] = used.at(k);
        lastNamed = k;
      }
      if (!same || waiting !== named.length) named = Array.from(nextNamed.subarray(0, waiting));
      namedUsed = false;
    }
    // The lowest rank this group uses first above the lowest waiting one.
    let first = top;
    for (let i = from; i < to; i++) {
      const rank = ranks[i];
      if (firstGroup[rank] === g && rank > lowest && rank < first) first = rank;
    }
    // Every rank below `lowest` is marked: the marked ones in [lowest, top) are those below top, less `lowest`.
    take({ index: g, early: used.at(first), count: top - marked.countBelow(top), named });
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
