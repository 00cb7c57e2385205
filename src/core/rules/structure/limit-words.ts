import type { Rule } from '../../rule';
import { bodyNthWord, bodyWordCount } from '../../text/body-words';
import { groupDigits } from '../../group-digits';
import { bodyAnchor, overLimit } from './shared';

export const limitWords: Rule = {
  code: 'limit-words',
  defaultSeverity: 'warning',
  description: "The body (without frontmatter, abstract, captions, tables and references) exceeds the house style's word limit.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.words;
    // Counted, and the word found, without building the body text (bodyWordText).
    const words = bodyWordCount(model);
    if (words <= limit) return;
    // Point at the first word past the limit: that is where the author has to start cutting.
    const first = bodyNthWord(model, limit) ?? bodyAnchor(model);
    report({ ...first, message: `The body has ${groupDigits(words)} words; the house style allows ${groupDigits(limit)} (${overLimit(words, limit)}). This is word ${groupDigits(limit + 1)}` });
  },
};
