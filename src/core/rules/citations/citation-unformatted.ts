import type { Rule } from '../../rule';

export const citationUnformatted: Rule = {
  code: 'citation-unformatted',
  defaultSeverity: 'warning',
  description: 'A citation that lost its superscript when pasted (a word, a period or comma, then digits), or its closing caret (`lungs.^2 It`).',
  safeFixes: true,
  run({ model, report }) {
    for (const pasted of model.unformattedCitations) {
      const digits = model.text.slice(pasted.digitsStart, pasted.end);
      if (pasted.opened) {
        report({
          start: pasted.start,
          end: pasted.end,
          message: `"${pasted.punctuation}^${digits}" is a superscript citation that was never closed; write ${pasted.punctuation}^${digits}^`,
          fixes: [{ title: `Close the superscript citation ^${digits}^`, safe: true, edits: [{ start: pasted.end, end: pasted.end, newText: '^' }] }],
        });
        continue;
      }
      report({
        start: pasted.start,
        end: pasted.end,
        message: `"${pasted.punctuation}${digits}" looks like a citation that lost its superscript; write ${pasted.punctuation}^${digits}^`,
        fixes: [{ title: `Format as a superscript citation ^${digits}^`, safe: true, edits: [{ start: pasted.digitsStart, end: pasted.end, newText: `^${digits}^` }] }],
      });
    }
  },
};
