import type { Rule } from '../../rule';
import { doseQuantities } from './scan';

export const doseSpacing: Rule = {
  code: 'dose-spacing',
  defaultSeverity: 'info',
  description: 'No space between a number and its unit (10mg): the unit can be misread as digits.',
  safeFixes: true,
  run({ model, report }) {
    for (const q of doseQuantities(model)) {
      if (q.space !== '') continue;
      const written = `${q.number}${q.unit}`;
      report({
        start: q.numberStart,
        end: q.unitStart + q.unit.length,
        message: `"${written}" has no space between the number and the unit: write ${q.number} ${q.unit}`,
        fixes: [{ title: `Write ${q.number} ${q.unit}`, safe: true, edits: [{ start: q.unitStart, end: q.unitStart, newText: ' ' }] }],
      });
    }
  },
};
