import type { Rule } from '../../rule';
import { isDose, doseQuantities } from './scan';
import { bodyText } from '../../text/body';

export const doseZero: Rule = {
  code: 'dose-zero',
  defaultSeverity: 'warning',
  description: 'A trailing zero (1.0 mg) or a missing leading zero (.5 mg) in a dose (Joint Commission "Do Not Use" list).',
  safeFixes: true,
  run({ model, report }) {
    const text = bodyText(model);
    for (const q of doseQuantities(model)) {
      if (!isDose(text, q)) continue;
      const unit = `${q.space}${q.unit}`;
      if (q.number.startsWith('.')) {
        const fixed = `0${q.number}`;
        report({
          start: q.numberStart,
          end: q.unitStart + q.unit.length,
          message: `"${q.number}${unit}" has no leading zero and can be misread as ${q.number.slice(1)}${unit}: write ${fixed} ${q.unit}`,
          fixes: [{ title: `Write ${fixed}${unit}`, safe: true, edits: [{ start: q.numberStart, end: q.numberStart, newText: '0' }] }],
        });
        continue;
      }
      const trailing = /\.(\d*?)0+$/.exec(q.number);
      if (!trailing) continue;
      const fixed = q.number.slice(0, trailing.index) + (trailing[1] ? `.${trailing[1]}` : '');
      const cutFrom = q.numberStart + fixed.length;
      report({
        start: q.numberStart,
        end: q.unitStart + q.unit.length,
        message: `"${q.number}${unit}" has a trailing zero and can be misread as ${q.number.replace('.', '')}${unit}: write ${fixed} ${q.unit}`,
        fixes: [{ title: `Write ${fixed}${unit}`, safe: true, edits: [{ start: cutFrom, end: q.numberStart + q.number.length, newText: '' }] }],
      });
    }
  },
};
