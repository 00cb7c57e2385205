import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type Float, type FloatKind } from '../../figures';
import { floatIndex } from './shared';

function numberingRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  return {
    code: `${kind}-numbering`,
    defaultSeverity: 'error',
    description: `${label} labels are not numbered 1, 2, 3, ... (a gap or a repeat).`,
    run({ model, report }) {
      const floats = floatIndex(model, kind).numbered;
      // A number alone is its own key; with a panel letter, the label as set (2A).
      const seen = new Set<number | string>();
      const firstOf = new Map<number, Float>();
      for (const float of floats) {
        const key = float.panel === undefined ? float.number : `${float.number}${float.panel}`;
        if (seen.has(key)) report({ ...labelSpan(float), message: `${label} ${key} is numbered twice` });
        seen.add(key);
        if (!firstOf.has(float.number)) firstOf.set(float.number, float);
      }
      const numbers = [...firstOf.keys()].sort((a, b) => a - b);
      let expected = 1;
      for (const n of numbers) {
        if (n > expected) {
          const gap = n - 1 === expected ? `${label} ${expected} is missing` : `${label}s ${expected} to ${n - 1} are missing`;
          const message = expected === 1 ? `${label}s start at ${n}; number them from 1` : `${label} ${n} follows ${label} ${expected - 1}: ${gap}`;
          report({ ...labelSpan(firstOf.get(n)!), message });
        }
        expected = n + 1;
      }
    },
  };
}

export const figureNumbering = numberingRule('figure');
export const tableNumbering = numberingRule('table');
