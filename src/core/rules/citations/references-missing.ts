import type { Rule } from '../../rule';

export const referencesMissing: Rule = {
  code: 'references-missing',
  defaultSeverity: 'error',
  description: 'The document cites references but has no reference list.',
  handNumbered: true,
  run({ model, config, report }) {
    const first = model.citations[0] ?? model.unformattedCitations[0];
    if (!first || (model.references && model.references.entries.length > 0)) return;
    const heading = config.houseStyle.referenceHeadings[0] ?? 'References';
    const message = model.references
      ? `The "${model.references.headingText}" section has no numbered list, but the text cites references`
      : `The text cites references but there is no reference list (a "${heading}" heading followed by a numbered list)`;
    report({ start: first.start, end: first.end, message });
  },
};
