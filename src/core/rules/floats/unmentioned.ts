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
      let count = 0;
      for (const mention of mentions) count += mention.numbers.length;
      const numbers = new Float64Array(count);
      count = 0;
      for (const mention of mentions) for (const n of mention.numbers) numbers[count++] = n;
      const mentioned = new SortedNumbers(numbers);
      const reported = new Set<number>();
      for (const float of numbered) {
        if (mentioned.has(float.number) || reported.has(float.number)) continue;
        reported.add(float.number);
        report({ ...labelSpan(float), message: `${FLOAT_NAME[kind]} ${float.number} is never mentioned in the text` });
      }
    },
  };
}

export const figureUnmentioned = unmentionedRule('figure');
export const tableUnmentioned = unmentionedRule('table');
