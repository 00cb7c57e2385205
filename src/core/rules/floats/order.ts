import { earlyFirstUses, waitingNumbers, type EarlyUse } from '../../first-use-order';
import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type FloatKind } from '../../figures';
import { floatIndex } from './shared';

/** Figures are numbered in order of first mention, and appear in the document in that order. */
function orderRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  const mentionedEarly = (use: EarlyUse) => {
    const later = use.count === 1 ? `${label} ${use.named[0]}` : `${label}s ${waitingNumbers(use)}`;
    return `${label} ${use.early} is mentioned before ${later}; number ${kind}s in order of first mention`;
  };
  return {
    code: `${kind}-order`,
    defaultSeverity: 'warning',
    description: `${label}s are first mentioned out of numeric order, or appear in the document out of numeric order.`,
    run({ model, report }) {
      const { numbered: floats, defined, mentions } = floatIndex(model, kind);
      // A mention's own numbers when every one is defined (no copy), else those that are. Indexed
      // loops: the rule runs once per check, mostly before an iterator per element is optimised away.
      const groups = new Array<number[]>(mentions.length);
      for (let m = 0; m < mentions.length; m++) {
        const numbers = mentions[m].numbers;
        groups[m] = defined.hasEvery(numbers) ? numbers : numbers.filter((n) => defined.has(n));
      }
      // Said of the use: 100,000 mentions in reverse make as many findings.
      for (const use of earlyFirstUses(groups)) {
        const mention = mentions[use.index];
        report({ start: mention.start, end: mention.end, say: mentionedEarly, about: use });
      }
      let highest = 0;
      for (let f = 0; f < floats.length; f++) {
        const float = floats[f];
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
