import type { Rule } from '../../rule';
import { isKnown, partName, readParts } from './reading';

export const abbreviationRedefined: Rule = {
  code: 'abbreviation-redefined',
  defaultSeverity: 'info',
  description: 'An abbreviation is defined a second time in the same part (the abstract or the text).',
  run({ model, config, report }) {
    const known = new Set(config.houseStyle.knownAbbreviations);
    for (const { part, defined } of readParts(model)) {
      for (const [key, definitions] of defined.byKey) {
        if (definitions.length < 2 || isKnown(key, known)) continue;
        const line = model.source.positionAt(definitions[0].abbreviation.start).line + 1;
        for (const again of definitions.slice(1)) {
          if (!again.long) continue;
          const written = model.text.slice(again.abbreviation.start, again.abbreviation.end);
          report({
            start: again.whole.start,
            end: again.whole.end,
            message: `"${key}" is defined again in ${partName(part)} (first at line ${line}): use the abbreviation alone`,
            fixes: [{ title: `Write ${written} alone`, safe: false, edits: [{ start: again.whole.start, end: again.whole.end, newText: written }] }],
          });
        }
      }
    }
  },
};
