import type { Rule } from '../../rule';
import { citedNumbers } from './shared';

export const referenceUncited: Rule = {
  code: 'reference-uncited',
  defaultSeverity: 'warning',
  description: 'A reference list entry is never cited in the text.',
  handNumbered: true,
  run({ model, report }) {
    const cited = citedNumbers(model);
    for (const entry of model.references?.entries ?? []) {
      if (cited.has(entry.number)) continue;
      report({ start: entry.start, end: model.source.lineEnd(entry.startLine), message: `Reference ${entry.number} is never cited in the text` });
    }
  },
};
