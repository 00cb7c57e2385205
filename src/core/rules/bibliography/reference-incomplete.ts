import { amaMissing } from '../../bibliography/ama';
import type { Rule } from '../../rule';

export const referenceIncomplete: Rule = {
  code: 'reference-incomplete',
  defaultSeverity: 'warning',
  description: 'A cited library entry lacks what an AMA reference needs for its type (authors or organization, title, journal, year, volume and pages or e-locator or DOI).',
  run({ model, library, report }) {
    const judged = new Set<string>();
    for (const citation of model.keyCitations) {
      for (const item of citation.items) {
        if (judged.has(item.key)) continue;
        judged.add(item.key);
        const entry = library.entries.get(item.key);
        if (!entry) continue;
        const missing = amaMissing(entry.item);
        if (missing.length === 0) continue;
        report({
          start: item.keyStart,
          end: item.keyEnd,
          message: `The library entry ${item.key} (${entry.item.type}) lacks ${missing.join('; ')}, which an AMA reference needs`,
        });
      }
    }
  },
};

