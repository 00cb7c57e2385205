import type { Rule } from '../../rule';
import { characterCount, titleText } from '../../counts';
import { bodyAnchor, frontmatterSpan, overLimit } from './shared';

export const limitTitle: Rule = {
  code: 'limit-title',
  defaultSeverity: 'warning',
  description: 'The title is longer than the house style allows.',
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.titleCharacters;
    const title = titleText(model);
    if (title === undefined) return;
    const length = characterCount(title);
    if (length <= limit) return;
    const span = frontmatterSpan(model, ['title']) ?? bodyAnchor(model);
    const line = model.source.positionAt(span.start).line;
    report({ start: span.start, end: Math.min(span.end, model.source.lineEnd(line)), message: `The title has ${length} characters; the house style allows ${limit} (${overLimit(length, limit)})` });
  },
};
