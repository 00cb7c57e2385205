import type { Rule } from '../../rule';
import { overLimit } from './shared';

export const limitReferences: Rule = {
  code: 'limit-references',
  defaultSeverity: 'warning',
  description: "The reference list is longer than the house style allows.",
  run({ model, config, report }) {
    const limit = config.houseStyle.limits.references;
    const entries = model.references?.entries ?? [];
    if (entries.length <= limit) return;
    const first = entries[limit];
    report({ start: first.numberStart, end: first.numberEnd, message: `The reference list has ${entries.length} entries; the house style allows ${limit} (${overLimit(entries.length, limit)}), from this one on` });
  },
};
