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
export function firstAppearanceOrder(occurrences: number[][]): Map<number, number> {
  const mapping = new Map<number, number>();
  for (const numbers of occurrences) {
    for (const n of numbers.length < 2 ? numbers : [...new Set(numbers)].sort((a, b) => a - b)) {
      if (!mapping.has(n)) mapping.set(n, mapping.size + 1);
    }
  }
  return mapping;
}
