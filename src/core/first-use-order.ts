import { listNumbers } from './citations';

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
 * one, so ten thousand groups in descending order cost no more than ten thousand lookups.
 */
export function earlyFirstUses(groups: readonly (readonly number[])[]): EarlyUse[] {
  const firstGroup = new Map<number, number>();
  groups.forEach((numbers, index) => {
    for (const n of numbers) if (!firstGroup.has(n)) firstGroup.set(n, index);
  });
  const used = Float64Array.from(firstGroup.keys()).sort();
  const rank = new Map<number, number>();
  for (let k = 0; k < used.length; k++) rank.set(used[k], k);
  const marked = new MarkedRanks(used.length);
  const early: EarlyUse[] = [];
  let lowest = 0;
  groups.forEach((numbers, index) => {
    const fresh = numbers.filter((n) => firstGroup.get(n) === index);
    if (fresh.length === 0) return;
    let highest = -Infinity;
    for (const n of fresh) {
      marked.add(rank.get(n)!);
      if (n > highest) highest = n;
    }
    lowest = marked.nextUnmarked(lowest);
    if (lowest === used.length || used[lowest] >= highest) return;
    const top = rank.get(highest)!;
    const named: number[] = [];
    for (let k = lowest; k < top && named.length < NAMED; k = marked.nextUnmarked(k + 1)) named.push(used[k]);
    let first = Infinity;
    for (const n of fresh) if (n > named[0] && n < first) first = n;
    early.push({ index, early: first, count: top - lowest - marked.countBetween(lowest, top), named });
  });
  return early;
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
