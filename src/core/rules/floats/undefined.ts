import { listNumbers } from '../../citations';
import { FLOAT_NAME, type FloatKind } from '../../figures';
import type { Rule } from '../../rule';
import { mentionsOf, numbered } from './shared';

function undefinedRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  return {
    code: `${kind}-undefined`,
    defaultSeverity: 'error',
    description: `The text mentions a ${kind} number that no ${kind} has.`,
    run({ model, report }) {
      const defined = new Set(numbered(model, kind).map((f) => f.number));
      for (const mention of mentionsOf(model, kind)) {
        const missing = [...new Set(mention.numbers)].filter((n) => !defined.has(n));
        if (missing.length === 0) continue;
        const what = missing.length === 1 ? `${label} ${missing[0]}` : `${label}s ${listNumbers(missing)}`;
        const have = defined.size === 0 ? `the report has no ${kind}s` : `there ${missing.length === 1 ? 'is no such ' + kind : 'are no such ' + kind + 's'}`;
        report({ start: mention.start, end: mention.end, message: `${what} ${missing.length === 1 ? 'is' : 'are'} mentioned but ${have}` });
      }
    },
  };
}

export const figureUndefined = undefinedRule('figure');
export const tableUndefined = undefinedRule('table');
