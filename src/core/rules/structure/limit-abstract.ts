import type { Rule } from '../../rule';
import { abstractWordCount } from '../../counts';
import { groupDigits } from '../../group-digits';
import { bodyAnchor, frontmatterSpan, headsNamed, overLimit } from './shared';

export const limitAbstract: Rule = {
  code: 'limit-abstract',
  defaultSeverity: 'warning',
  description: "The abstract exceeds the house style's word limit.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.abstractWords;
    const words = abstractWordCount(model);
    if (words === undefined || words <= limit) return;
    const span = frontmatterSpan(model, ['abstract'], 'key') ?? headsNamed(model.heads, ['Abstract'])[0] ?? bodyAnchor(model);
    report({ start: span.start, end: span.end, message: `The abstract has ${groupDigits(words)} words; the house style allows ${groupDigits(limit)} (${overLimit(words, limit)})` });
  },
};
