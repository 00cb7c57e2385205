import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type FloatKind } from '../../figures';
import { floatIndex } from '../../float-index';

function unmentionedRule(kind: FloatKind): Rule {
  return {
    code: `${kind}-unmentioned`,
    defaultSeverity: 'warning',
    description: `A ${kind} is never mentioned in the text.`,
    run({ model, report }) {
      const { numbered, defined, mentioned } = floatIndex(model, kind);
      // Every number a label gives is mentioned: no float to ask about.
      if (mentioned.hasEvery(defined)) return;
      // Indexed: the rule runs once per check, mostly before an iterator per element is optimised away.
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
