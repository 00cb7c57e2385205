import type { RuleContext } from '../../rule';

/** reference-duplicate for a report that cites by key: two cited keys whose library entries share a DOI. */
export function reportDuplicateKeys({ model, library, report }: RuleContext): void {
  const byDoi = new Map<string, string>();
  const judged = new Set<string>();
  for (const citation of model.keyCitations) {
    for (const item of citation.items) {
      if (judged.has(item.key)) continue;
      judged.add(item.key);
      const written = library.entries.get(item.key)?.item.DOI;
      const doi = normalizeDoi(written);
      if (doi === undefined) continue;
      const earlier = byDoi.get(doi);
      if (earlier === undefined) {
        byDoi.set(doi, item.key);
        continue;
      }
      report({
        start: item.keyStart,
        end: item.keyEnd,
        message: `The key ${item.key} cites the same work as ${earlier} (the same DOI ${String(written).trim()}), which would be listed twice; cite one of them`,
      });
    }
  }
}

/** A DOI as compared: lower case, without a resolver prefix or `doi:`. */
export function normalizeDoi(doi: unknown): string | undefined {
  if (typeof doi !== 'string') return undefined;
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase();
  return bare === '' ? undefined : bare;
}
