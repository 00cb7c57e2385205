import type { CitationMarker } from '../../citations';
import type { DocumentModel } from '../../model';
import { derived } from '../../text/derived';

/**
 * The numbers of the reference list's entries, made once per model: citation-order,
 * citation-undefined and reference-uncited each ask which cited numbers have an entry (a list of
 * 20,000 entries made three sets of 20,000).
 */
export function entryNumbers(model: DocumentModel): ReadonlySet<number> {
  return derived(model, 'reference entry numbers', () => {
    const numbers = new Set<number>();
    const entries = model.references?.entries ?? [];
    for (let e = 0; e < entries.length; e++) numbers.add(entries[e].number);
    return numbers;
  });
}

/**
 * The numbers among `numbers` (the reference list's) that the text never cites, pasted citations
 * that lost their superscript counted as citations. A set of the list's numbers, not of every cited
 * one (a report of long ranges cites 200,000), and the scan stops once every number is cited.
 */
export function uncitedNumbers(model: DocumentModel, numbers: Iterable<number>): Set<number> {
  const uncited = new Set(numbers);
  for (const cited of [model.citations, model.unformattedCitations]) {
    for (let c = 0; c < cited.length; c++) {
      if (uncited.size === 0) return uncited;
      const cites = cited[c].numbers;
      for (let i = 0; i < cites.length; i++) uncited.delete(cites[i]);
    }
  }
  return uncited;
}

/** Is every one of `numbers` in `set`? */
export function everyIn(numbers: readonly number[], set: ReadonlySet<number>): boolean {
  for (let i = 0; i < numbers.length; i++) if (!set.has(numbers[i])) return false;
  return true;
}

/** The marker's own source text, e.g. `^2,3^`. */
export function markerText(model: DocumentModel, marker: CitationMarker): string {
  return model.text.slice(marker.start, marker.end);
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
