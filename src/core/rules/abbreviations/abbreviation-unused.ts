import type { Rule } from '../../rule';
import { isKnown, partName, readParts, usesKey } from './reading';

export const abbreviationUnused: Rule = {
  code: 'abbreviation-unused',
  defaultSeverity: 'info',
  description: 'An abbreviation is defined but never used again in the same part: spell the term out instead.',
  run({ model, config, report }) {
    const known = new Set(config.houseStyle.knownAbbreviations);
    for (const { part, defined, uses } of readParts(model)) {
      for (const [key, definitions] of defined.byKey) {
        if (isKnown(key, known)) continue;
        const definition = definitions[0];
        // A parenthesis whose words do not spell the abbreviation may not be a definition at all.
        if (!definition.long) continue;
        const mine = uses.filter((use) => usesKey(use, key));
        // A use before the definition is abbreviation-undefined's finding; the note under a table does not count.
        if (mine.length > 0) continue;
        if ([...defined.byKey.keys()].some((other) => other !== key && other.split(/[-/]/).includes(key))) continue;
        report({
          start: definition.abbreviation.start,
          end: definition.abbreviation.end,
          message: `"${key}" is defined but not used again in ${partName(part)}: write the term in full and drop (${key})`,
          fixes: definition.parenthesis ? [{ title: `Remove (${key})`, safe: false, edits: [{ start: definition.parenthesis.start, end: definition.parenthesis.end, newText: '' }] }] : [],
        });
      }
    }
  },
};
