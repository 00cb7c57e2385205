import type { CitationMarker } from '../../citations';
import type { DocumentModel } from '../../model';

/**
 * The numbers among `numbers` (the reference list's) that the text never cites, pasted citations
 * that lost their superscript counted as citations. A set of the list's numbers, not of every cited
 * one (a report of long ranges cites 200,000), and the scan stops once every number is cited.
 */
export function uncitedNumbers(model: DocumentModel, numbers: Iterable<number>): Set<number> {
  const uncited = new Set(numbers);
  for (const cited of [model.citations, model.unformattedCitations]) {
    for (const citation of cited) {
      if (uncited.size === 0) return uncited;
      for (const n of citation.numbers) uncited.delete(n);
    }
  }
  return uncited;
}

/** The marker's own source text, e.g. `^2,3^`. */
export function markerText(model: DocumentModel, marker: CitationMarker): string {
  return model.text.slice(marker.start, marker.end);
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
