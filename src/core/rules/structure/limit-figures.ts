import type { Rule } from '../../rule';
import { floatCount } from '../../counts';
import { overLimit } from './shared';

export const limitFigures: Rule = {
  code: 'limit-figures',
  defaultSeverity: 'warning',
  description: 'There are more figures and tables together than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.figuresAndTables;
    const count = floatCount(model);
    if (count <= limit) return;
    // The float that goes over the limit, in document order, panels of one figure counted once.
    const floats = [...model.figures, ...model.tables].sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    let culprit = floats[floats.length - 1];
    for (const float of floats) {
      const key = float.number === undefined ? `${float.kind}@${float.start}` : `${float.kind}${float.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size === limit + 1) {
        culprit = float;
        break;
      }
    }
    const start = culprit.labelStart ?? culprit.start;
    const end = culprit.labelEnd ?? Math.min(culprit.end, model.source.lineEnd(culprit.line));
    report({ start, end, message: `The report has ${count} figures and tables; the house style allows ${limit} together (${overLimit(count, limit)})` });
  },
};
