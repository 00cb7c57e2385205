import type { Rule } from '../../rule';
import { countedFloats } from '../../counts';
import { overLimit } from './shared';

export const limitFigures: Rule = {
  code: 'limit-figures',
  defaultSeverity: 'warning',
  description: 'There are more figures and tables together than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.figuresAndTables;
    const floats = countedFloats(model);
    const count = floats.length;
    if (count <= limit) return;
    // The float that goes over the limit.
    const culprit = floats[limit];
    const start = culprit.labelStart ?? culprit.start;
    const end = culprit.labelEnd ?? Math.min(culprit.end, model.source.lineEnd(culprit.line));
    report({ start, end, message: `The report has ${count} figures and tables; the house style allows ${limit} together (${overLimit(count, limit)})` });
  },
};
