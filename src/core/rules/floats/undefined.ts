import { listNumbers } from '../../citations';
import { FLOAT_NAME, type FloatKind } from '../../figures';
import type { Rule } from '../../rule';
import { floatIndex } from '../../float-index';

function undefinedRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  return {
    code: `${kind}-undefined`,
    defaultSeverity: 'error',
    description: `The text mentions a ${kind} number that no ${kind} has.`,
    run({ model, report }) {
      const { defined, mentions, partlyUndefined } = floatIndex(model, kind);
      for (const m of partlyUndefined) {
        // The numbers no label gives, each once, in the order written.
        const undefinedNumbers = new Set<number>();
        for (const n of mentions.numbers(m)) if (!defined.has(n)) undefinedNumbers.add(n);
        const missing = [...undefinedNumbers];
        const what = missing.length === 1 ? `${label} ${missing[0]}` : `${label}s ${listNumbers(missing)}`;
        const have = defined.size === 0 ? `the report has no ${kind}s` : `there ${missing.length === 1 ? 'is no such ' + kind : 'are no such ' + kind + 's'}`;
        report({ start: mentions.start(m), end: mentions.end(m), message: `${what} ${missing.length === 1 ? 'is' : 'are'} mentioned but ${have}` });
      }
    },
  };
}

export const figureUndefined = undefinedRule('figure');
export const tableUndefined = undefinedRule('table');
