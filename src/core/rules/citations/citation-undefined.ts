import { listNumbers } from '../../citations';
import { deferredStubEntryFix, stubNumbering } from '../../renumber/stub-entry';
import type { Rule } from '../../rule';
import { entryNumbers, everyIn, plural } from './shared';
import { reportUndefinedKeys } from './undefined-keys';

export const citationUndefined: Rule = {
  code: 'citation-undefined',
  defaultSeverity: 'error',
  description: 'A cited number (including every number inside a range) has no entry in the reference list, or a cited key has none in the library.',
  run(context) {
    reportUndefinedKeys(context);
    const { model, report } = context;
    const entries = model.references?.entries ?? [];
    if (entries.length === 0) return; // references-missing says it once
    const defined = entryNumbers(model);
    let last = -Infinity;
    for (let e = 0; e < entries.length; e++) last = Math.max(last, entries[e].number);
    let numbering: Map<number, number> | undefined;
    const markers = model.citations;
    for (let m = 0; m < markers.length; m++) {
      const marker = markers[m];
      if (everyIn(marker.numbers, defined)) continue;
      const missing = [...new Set(marker.numbers)].filter((n) => !defined.has(n)).sort((a, b) => a - b);
      if (missing.length === 0) continue;
      const names = `${plural(missing.length, 'Reference', 'References')} ${listNumbers(missing)}`;
      const message = missing.every((n) => n > last)
        ? `${names} ${plural(missing.length, 'is', 'are')} cited but the reference list ends at ${last}`
        : `${names} ${plural(missing.length, 'is', 'are')} cited but ${plural(missing.length, 'has', 'have')} no entry in the reference list`;
      report({ start: marker.start, end: marker.end, message, fixes: [deferredStubEntryFix(missing, (numbering ??= stubNumbering(model)))] });
    }
  },
};
