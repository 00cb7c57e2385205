import type { Rule } from '../../rule';
import { abbreviationScan } from './scan';
import { firstUndefined, isKnown, partDefinitions } from './reading';

export const abbreviationHeading: Rule = {
  code: 'abbreviation-heading',
  defaultSeverity: 'info',
  description: 'An abbreviation is introduced in the title or a heading: define it in the text, spell it out in the heading.',
  run({ model, config, report }) {
    const known = new Set(config.houseStyle.knownAbbreviations);
    const scan = abbreviationScan(model);
    const seen = new Set<string>();
    for (const definition of scan.definitions) {
      if (definition.place !== 'heading' || isKnown(definition.key, known)) continue;
      seen.add(`${definition.part}:${definition.key}`);
      const where = definition.part === 'title' ? 'the title' : 'a heading';
      report({ start: definition.whole.start, end: definition.whole.end, message: `"${definition.key}" is defined in ${where}: spell the term out there and define the abbreviation in the text` });
    }
    const defined = { title: partDefinitions([], 'title'), abstract: partDefinitions(scan.definitions, 'abstract'), body: partDefinitions(scan.definitions, 'body') };
    for (const part of ['title', 'abstract', 'body'] as const) {
      const headings = scan.uses.filter((use) => use.place === 'heading' && use.part === part);
      // Once per term and part: a heading repeated in a structured abstract says it once.
      for (const [key, { need }] of firstUndefined(headings, defined[part], known)) {
        if (seen.has(`${part}:${key}`)) continue;
        const message = part === 'title'
          ? `"${key}" in the title: the title stands alone, spell the term out`
          : `"${key}" first appears in a heading: spell it out there, and define it in the text`;
        report({ start: need.start, end: need.end, message });
      }
    }
  },
};
