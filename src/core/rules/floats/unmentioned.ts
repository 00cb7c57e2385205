import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type FloatKind } from '../../figures';
import { SortedNumbers } from '../../sorted-numbers';
import { floatIndex } from './shared';

function unmentionedRule(kind: FloatKind): Rule {
  return {
    code: `${kind}-unmentioned`,
    defaultSeverity: 'warning',
    description: `A ${kind} is never mentioned in the text.`,
    run({ model, report }) {
      const { numbered, mentions } = floatIndex(model, kind);
      // Indexed loops: the rule runs once per check, mostly before an iterator per element is optimised away.
      let count = 0;
      for (let m = 0; m < mentions.length; m++) count += mentions.count(m);
      const numbers = new Float64Array(count);
      count = 0;
      for (let m = 0; m < mentions.length; m++) {
        for (let i = 0; i < mentions.count(m); i++) numbers[count++] = mentions.number(m, i);
      }
      const mentioned = new SortedNumbers(numbers);
      const reported = new Set<number>();
      for (let f = 0; f < numbered.length; f++) {
        const float = numbered[f];
        if (mentioned.has(float.number) || reported.has(float.number)) continue;
        reported.add(float.number);
        report({ ...labelSpan(float), message: `${FLOAT_NAME[kind]} ${float.number} is never mentioned in the text` });
      }
    },
  };
}

export const figureUnmentioned = unmentionedRule('figure');
export const tableUnmentioned = unmentionedRule('table');
