import type { Rule } from '../../rule';

export const referenceNumbering: Rule = {
  code: 'reference-numbering',
  defaultSeverity: 'error',
  description: 'The reference list is not numbered 1, 2, 3, ... as written (a gap, a repeat, or not starting at 1).',
  run({ model, report }) {
    let expected = 1;
    const seen = new Set<number>();
    for (const entry of model.references?.entries ?? []) {
      if (entry.number !== expected) {
        const message = seen.has(entry.number)
          ? `Reference number ${entry.number} is used twice; this entry should be ${expected}`
          : expected === 1
            ? `The reference list starts at ${entry.number}; it should start at 1`
            : `Reference ${entry.number} follows ${expected - 1}; expected ${expected}`;
        report({ start: entry.numberStart, end: entry.numberEnd, message });
      }
      seen.add(entry.number);
      expected = entry.number + 1;
    }
  },
};
