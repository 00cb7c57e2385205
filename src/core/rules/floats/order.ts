import { listNumbers } from '../../citations';
import type { FloatKind } from '../../figures';
import type { Rule } from '../../rule';
import { LABEL, labelSpan, mentionsOf, numbered } from './shared';

/** Figures are numbered in order of first mention, and appear in the document in that order. */
function orderRule(kind: FloatKind): Rule {
  const label = LABEL[kind];
  return {
    code: `${kind}-order`,
    defaultSeverity: 'warning',
    description: `${label}s are first mentioned out of numeric order, or appear in the document out of numeric order.`,
    run({ model, report }) {
      const floats = numbered(model, kind);
      const defined = new Set(floats.map((f) => f.number));
      const mentions = mentionsOf(model, kind);
      const first = new Map<number, number>();
      mentions.forEach((mention, index) => {
        for (const n of mention.numbers) if (defined.has(n) && !first.has(n)) first.set(n, index);
      });
      const mentioned = [...first.keys()].sort((a, b) => a - b);
      mentions.forEach((mention, index) => {
        const introduced = mention.numbers.filter((n) => first.get(n) === index);
        if (introduced.length === 0) return;
        const skipped = mentioned.filter((n) => n < Math.max(...introduced) && first.get(n)! > index);
        if (skipped.length === 0) return;
        const early = Math.min(...introduced.filter((n) => n > skipped[0]));
        const later = skipped.length === 1 ? `${label} ${skipped[0]}` : `${label}s ${listNumbers(skipped)}`;
        report({ start: mention.start, end: mention.end, message: `${label} ${early} is mentioned before ${later}; number ${kind}s in order of first mention` });
      });
      let highest = 0;
      for (const float of floats) {
        if (float.number < highest) {
          report({ ...labelSpan(float), message: `${label} ${float.number} appears after ${label} ${highest}; place ${kind}s in numeric order` });
        }
        highest = Math.max(highest, float.number);
      }
    },
  };
}

export const figureOrder = orderRule('figure');
export const tableOrder = orderRule('table');
