import type { Fix, Span } from '../types';

/**
 * What a renumbering would do: nothing (already in order), a single fix whose edits are applied
 * together (one undo reverts it), or nothing because the document has a problem that makes the
 * numbers ambiguous (reported at `span`, so the editor can show where).
 */
export type RenumberOutcome =
  | { status: 'unchanged' }
  | { status: 'changed'; fix: Fix }
  | { status: 'blocked'; reason: string; span?: Span };

export const REFERENCES_TITLE = 'Renumber references in order of first citation';
export const FIGURES_TITLE = 'Renumber figures in order of first mention';
export const TABLES_TITLE = 'Renumber tables in order of first mention';
export const FLOATS_TITLE = 'Renumber figures and tables in order of first mention';

/**
 * The new number of each old number: numbers are taken in the order they first appear, each
 * occurrence's numbers ascending, so that running the mapping on its own output is the identity.
 */
export function firstAppearanceOrder(occurrences: readonly (readonly number[])[]): Map<number, number> {
  const order = new FirstAppearanceOrder();
  for (let i = 0; i < occurrences.length; i++) order.add(occurrences[i]);
  return order.mapping;
}

/** `firstAppearanceOrder` made occurrence by occurrence, without a list of the occurrences. */
export class FirstAppearanceOrder {
  readonly mapping = new Map<number, number>();

  add(numbers: readonly number[]): void {
    if (numbers.length === 1) this.take(numbers[0]);
    else if (numbers.length > 1) for (const n of [...new Set(numbers)].sort((a, b) => a - b)) this.take(n);
  }

  private take(n: number): void {
    if (!this.mapping.has(n)) this.mapping.set(n, this.mapping.size + 1);
  }
}
