import type { Rule } from '../../rule';
import { authorCount } from '../../counts';
import { bodyAnchor, frontmatterSpan, overLimit } from './shared';

export const limitAuthors: Rule = {
  code: 'limit-authors',
  defaultSeverity: 'warning',
  description: 'The byline lists more authors than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.authors;
    const count = authorCount(model);
    if (count === undefined || count <= limit) return;
    const span = frontmatterSpan(model, ['authors', limit]) ?? frontmatterSpan(model, ['authors'], 'key') ?? bodyAnchor(model);
    const line = model.source.positionAt(span.start).line;
    report({ start: span.start, end: Math.min(span.end, model.source.lineEnd(line)), message: `The report has ${count} authors; the house style allows ${limit} (${overLimit(count, limit)}), from this one on` });
  },
};
