import { listNumbers } from './citations';
import { distinctAscending, lowerBound } from './sorted-numbers';

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
  /** The first few of them, ascending. */
  named: number[];
}

/**
 * Numbering in order of first use (AMA references, figures, tables): for each group of numbers in
 * document order, the lower numbers it jumps ahead of. Each number is marked once when first used;
 * a Fenwick tree counts the marked ones and a path-compressed skip list finds the next unmarked
 * one, so ten thousand groups in descending order cost no more than ten thousand lookups. Numbers
 * are ranked by one native sort of a typed array and a binary search each: no Map hashing every
 * number three times, no array of fresh numbers per group. The uses are yielded one by one: a
 * caller that reports each as it comes keeps none of them (100,000 of them, each with its list of
 * named numbers, would otherwise all live until the last is found).
 */
export function* earlyFirstUses(groups: readonly (readonly number[])[]): Generator<EarlyUse, void, undefined> {
  let total = 0;
  for (let index = 0; index < groups.length; index++) total += groups[index].length;
  const all = new Float64Array(total);
  let at = 0;
  for (let index = 0; index < groups.length; index++) {
    const numbers = groups[index];
    for (let i = 0; i < numbers.length; i++) all[at++] = numbers[i];
  }
  const used = distinctAscending(all.slice());
  // Each use's rank, and the first group that uses each rank.
  const ranks = new Int32Array(total);
  const firstGroup = new Int32Array(used.length).fill(-1);
  at = 0;
  for (let index = 0; index < groups.length; index++) {
    for (let i = groups[index].length; i > 0; i--) {
      const rank = lowerBound(used, all[at]);
      ranks[at++] = rank;
      if (firstGroup[rank] === -1) firstGroup[rank] = index;
    }
  }
  const marked = new MarkedRanks(used.length);
  let lowest = 0;
  at = 0;
  for (let index = 0; index < groups.length; index++) {
    const from = at;
    at += groups[index].length;
    // The highest rank this group uses first; none: nothing new.
    let top = -1;
    for (let i = from; i < at; i++) {
      const rank = ranks[i];
      if (firstGroup[rank] !== index) continue;
      marked.add(rank);
      if (rank > top) top = rank;
    }
    if (top === -1) continue;
    lowest = marked.nextUnmarked(lowest);
    if (lowest >= top) continue;
    const named: number[] = [];
    for (let k = lowest; k < top && named.length < NAMED; k = marked.nextUnmarked(k + 1)) named.push(used[k]);
    // The lowest rank this group uses first above the lowest waiting one.
    let first = top;
    for (let i = from; i < at; i++) {
      const rank = ranks[i];
      if (firstGroup[rank] === index && rank > lowest && rank < first) first = rank;
    }
    yield { index, early: used[first], count: top - lowest - marked.countBetween(lowest, top), named };
  }
}

/** "2, 3 and 5", or "1, 2, 3, 4, 5 and 9995 more": the waiting numbers of an EarlyUse. */
export function waitingNumbers(use: EarlyUse): string {
  return use.count > use.named.length ? `${use.named.join(', ')} and ${use.count - use.named.length} more` : listNumbers(use.named);
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

  /** How many ranks in [from, to) are marked. */
  countBetween(from: number, to: number): number {
    return this.prefix(to) - this.prefix(from);
  }

  private prefix(end: number): number {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }
}
