import { eachEarlyUse, numberGroups, waitingNumbers } from '../../first-use-order';
import type { Rule } from '../../rule';
import { entryNumbers, everyIn, plural } from './shared';

/** AMA: references are numbered in the order they are first cited. */
export const citationOrder: Rule = {
  code: 'citation-order',
  defaultSeverity: 'warning',
  description: 'A reference is cited for the first time before a lower-numbered reference that is cited later (numbers with no entry in the list are left to citation-undefined).',
  handNumbered: true,
  run({ model, report }) {
    // A number with no entry is citation-undefined's finding alone: it has no place in the order yet.
    const entries = model.references?.entries ?? [];
    const defined = entryNumbers(model);
    const markers = model.citations;
    const groups = new Array<number[]>(markers.length);
    for (let m = 0; m < markers.length; m++) {
      const numbers = markers[m].numbers;
      groups[m] = entries.length === 0 || everyIn(numbers, defined) ? numbers : numbers.filter((n) => defined.has(n));
    }
    eachEarlyUse(numberGroups(groups), (use) => {
      const marker = markers[use.index];
      report({
        start: marker.start,
        end: marker.end,
        message: `Reference ${use.early} is cited before ${plural(use.count, 'reference', 'references')} ${waitingNumbers(use)}, which ${plural(use.count, 'is', 'are')} first cited later; number references in order of first citation`,
      });
    });
  },
};
