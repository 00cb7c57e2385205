import type { CitationMarker } from '../../citations';
import type { DocumentModel } from '../../model';

/** Every reference number the text cites, including pasted citations that lost their superscript. */
export function citedNumbers(model: DocumentModel): Set<number> {
  const cited = new Set<number>();
  for (const marker of model.citations) for (const n of marker.numbers) cited.add(n);
  for (const pasted of model.unformattedCitations) for (const n of pasted.numbers) cited.add(n);
  return cited;
}

/** The marker's own source text, e.g. `^2,3^`. */
export function markerText(model: DocumentModel, marker: CitationMarker): string {
  return model.text.slice(marker.start, marker.end);
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
