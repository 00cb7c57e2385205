import type { Rule } from '../../rule';

/**
 * The numbers as written must run 1, 2, 3, ... An entry is offending when it repeats an earlier
 * number, or when it neither follows the previous number nor matches its own position in the list:
 * in `1, 2, 3, 3, 5` only the second 3 is wrong (fix it and 5 follows), in `1, 2, 4, 5` only the 4.
 */
export const referenceNumbering: Rule = {
  code: 'reference-numbering',
  defaultSeverity: 'error',
  description: 'The reference list is not numbered 1, 2, 3, ... as written (a gap, a repeat, or not starting at 1).',
  handNumbered: true,
  run({ model, report }) {
    const seen = new Set<number>();
    let previous = 0;
    (model.references?.entries ?? []).forEach((entry, index) => {
      const position = index + 1;
      const n = entry.number;
      let message: string | undefined;
      if (seen.has(n)) message = `Reference number ${n} is used twice; this entry is number ${position} in the list`;
      else if (n !== previous + 1 && n !== position) {
        message = index === 0 ? `The reference list starts at ${n}; it should start at 1` : `Reference ${n} follows ${previous}; expected ${previous + 1}`;
      }
      if (message) report({ start: entry.numberStart, end: entry.numberEnd, message });
      seen.add(n);
      previous = n;
    });
  },
};
