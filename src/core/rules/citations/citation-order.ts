import { listNumbers } from '../../citations';
import type { Rule } from '../../rule';
import { plural } from './shared';

/** AMA: references are numbered in the order they are first cited. */
export const citationOrder: Rule = {
  code: 'citation-order',
  defaultSeverity: 'warning',
  description: 'A reference is cited for the first time before a lower-numbered reference that is cited later.',
  run({ model, report }) {
    const firstMarker = new Map<number, number>();
    model.citations.forEach((marker, index) => {
      for (const n of marker.numbers) if (!firstMarker.has(n)) firstMarker.set(n, index);
    });
    const cited = [...firstMarker.keys()].sort((a, b) => a - b);
    model.citations.forEach((marker, index) => {
      const introduced = [...new Set(marker.numbers)].filter((n) => firstMarker.get(n) === index);
      if (introduced.length === 0) return;
      const highest = Math.max(...introduced);
      // Lower numbers still waiting for their first citation, which comes later in the text.
      const skipped = cited.filter((n) => n < highest && firstMarker.get(n)! > index);
      if (skipped.length === 0) return;
      const early = Math.min(...introduced.filter((n) => n > skipped[0]));
      report({
        start: marker.start,
        end: marker.end,
        message: `Reference ${early} is cited before ${plural(skipped.length, 'reference', 'references')} ${listNumbers(skipped)}, which ${plural(skipped.length, 'is', 'are')} first cited later; number references in order of first citation`,
      });
    });
  },
};
