import type { Rule } from '../../rule';
import { abbreviationScan } from './scan';
import { isKnown, knownSet, needs, partDefinitions } from './reading';

export const abbreviationHeading: Rule = {
  code: 'abbreviation-heading',
  defaultSeverity: 'info',
  description: 'An abbreviation is introduced in the title or a heading: define it in the text, spell it out in the heading.',
  run({ model, config, report }) {
    const known = knownSet(config.houseStyle.knownAbbreviations);
    const scan = abbreviationScan(model);
    const seen = new Set<string>();
    for (const definition of scan.definitions) {
      if (definition.place !== 'heading' || isKnown(definition.key, known)) continue;
      seen.add(`${definition.part}:${definition.key}`);
      const where = definition.part === 'title' ? 'the title' : 'a heading';
      report({ start: definition.whole.start, end: definition.whole.end, message: `"${definition.key}" is defined in ${where}: spell the term out there and define the abbreviation in the text` });
    }
    const defined = { title: partDefinitions([], 'title'), abstract: partDefinitions(scan.definitions, 'abstract'), body: partDefinitions(scan.definitions, 'body') };
    for (const use of scan.uses) {
      if (use.place !== 'heading') continue;
      const part = defined[use.part];
      for (const need of needs(use, part, known)) {
        const at = part.firstAt.get(need.key);
        if (at !== undefined && at < need.start) continue;
        // Once per term and part: a heading repeated in a structured abstract says it once.
        const id = `${use.part}:${need.key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const message = use.part === 'title'
          ? `"${need.key}" in the title: the title stands alone, spell the term out`
          : `"${need.key}" first appears in a heading: spell it out there, and define it in the text`;
        report({ start: need.start, end: need.end, message });
      }
    }
  },
};
