import type { Rule } from '../../rule';
import { entryNumbers, uncitedNumbers } from './shared';

export const referenceUncited: Rule = {
  code: 'reference-uncited',
  defaultSeverity: 'warning',
  description: 'A reference list entry is never cited in the text.',
  handNumbered: true,
  run({ model, report }) {
    const entries = model.references?.entries ?? [];
    const uncited = uncitedNumbers(model, entryNumbers(model));
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (!uncited.has(entry.number)) continue;
      report({ start: entry.start, end: model.source.lineEnd(entry.startLine), message: `Reference ${entry.number} is never cited in the text` });
    }
  },
};
