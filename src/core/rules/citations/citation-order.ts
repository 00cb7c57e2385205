import { listNumbers } from '../../citations';
import type { Rule } from '../../rule';
import { plural } from './shared';

/** AMA: references are numbered in the order they are first cited. */
export const citationOrder: Rule = {
  code: 'citation-order',
  defaultSeverity: 'warning',
  description: 'A reference is cited for the first time before a lower-numbered reference that is cited later.',
  handNumbered: true,
  run({ model, report }) {
    const firstMarker = new Map<number, number>();
    model.citations.forEach((marker, index) => {
      for (const n of marker.numbers) if (!firstMarker.has(n)) firstMarker.set(n, index);
    });
    const cited = [...firstMarker.keys()].sort((a, b) => a - b);
    // `cited[lowest]` is the smallest number whose first citation is still ahead; it only moves forward.
    const introducedSoFar = new Set<number>();
    let lowest = 0;
    model.citations.forEach((marker, index) => {
      const introduced = [...new Set(marker.numbers)].filter((n) => firstMarker.get(n) === index);
      if (introduced.length === 0) return;
      for (const n of introduced) introducedSoFar.add(n);
      while (lowest < cited.length && introducedSoFar.has(cited[lowest])) lowest++;
      const highest = Math.max(...introduced);
      if (lowest === cited.length || cited[lowest] >= highest) return;
      // Lower numbers still waiting for their first citation, which comes later in the text.
      const skipped: number[] = [];
      for (let k = lowest; k < cited.length && cited[k] < highest; k++) if (!introducedSoFar.has(cited[k])) skipped.push(cited[k]);
      const early = Math.min(...introduced.filter((n) => n > skipped[0]));
      report({
        start: marker.start,
        end: marker.end,
        message: `Reference ${early} is cited before ${plural(skipped.length, 'reference', 'references')} ${listNumbers(skipped)}, which ${plural(skipped.length, 'is', 'are')} first cited later; number references in order of first citation`,
      });
    });
  },
};
