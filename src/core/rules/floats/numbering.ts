import type { Rule } from '../../rule';
import { FLOAT_NAME, labelSpan, type Float, type FloatKind } from '../../figures';
import { floatIndex } from '../../float-index';

function numberingRule(kind: FloatKind): Rule {
  const label = FLOAT_NAME[kind];
  return {
    code: `${kind}-numbering`,
    defaultSeverity: 'error',
    description: `${label} labels are not numbered 1, 2, 3, ... (a gap or a repeat).`,
    run({ model, report }) {
      const { numbered: floats, ascending: numbers, repeated } = floatIndex(model, kind);
      // Only a number given more than once can make a label given twice: the labels of those are
      // remembered, in document order. A number alone is its own key; with a panel letter, the
      // label as set (2A).
      if (repeated.size > 0) {
        const seen = new Set<number | string>();
        for (const float of floats) {
          if (!repeated.has(float.number)) continue;
          const key = float.panel === undefined ? float.number : `${float.number}${float.panel}`;
          if (seen.has(key)) report({ ...labelSpan(float), message: `${label} ${key} is numbered twice` });
          seen.add(key);
        }
      }
      // Where each number that follows a gap first appears.
      const gaps: { n: number; expected: number }[] = [];
      let expected = 1;
      for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i];
        if (n > expected) gaps.push({ n, expected });
        expected = Math.max(expected, n + 1);
      }
      if (gaps.length === 0) return;
      const firstOf = new Map<number, Float>();
      for (const float of floats) if (!firstOf.has(float.number)) firstOf.set(float.number, float);
      for (const { n, expected } of gaps) {
        const gap = n - 1 === expected ? `${label} ${expected} is missing` : `${label}s ${expected} to ${n - 1} are missing`;
        const message = expected === 1 ? `${label}s start at ${n}; number them from 1` : `${label} ${n} follows ${label} ${expected - 1}: ${gap}`;
        report({ ...labelSpan(firstOf.get(n)!), message });
      }
    },
  };
}

export const figureNumbering = numberingRule('figure');
export const tableNumbering = numberingRule('table');
