import { earlyFirstUses, waitingNumbers } from '../../first-use-order';
import type { Rule } from '../../rule';
import { plural } from './shared';

/** AMA: references are numbered in the order they are first cited. */
export const citationOrder: Rule = {
  code: 'citation-order',
  defaultSeverity: 'warning',
  description: 'A reference is cited for the first time before a lower-numbered reference that is cited later.',
  handNumbered: true,
  run({ model, report }) {
    for (const use of earlyFirstUses(model.citations.map((marker) => marker.numbers))) {
      const marker = model.citations[use.index];
      report({
        start: marker.start,
        end: marker.end,
        message: `Reference ${use.early} is cited before ${plural(use.count, 'reference', 'references')} ${waitingNumbers(use)}, which ${plural(use.count, 'is', 'are')} first cited later; number references in order of first citation`,
      });
    }
  },
};
