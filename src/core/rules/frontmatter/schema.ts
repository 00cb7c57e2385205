import { validateFrontmatter } from '../../frontmatter/validate';
import type { Rule } from '../../rule';

/** `frontmatter-schema`: a key or value breaks schemas/case-report.schema.json or the house style. */
export const frontmatterSchema: Rule = {
  code: 'frontmatter-schema',
  defaultSeverity: 'error',
  description: 'The frontmatter breaks the schema: a missing or malformed key, or a category the house style does not have (unknown keys: warning).',
  safeFixes: true,
  run({ model, config, report }) {
    if (!model.frontmatter) return;
    for (const problem of validateFrontmatter(model.frontmatter, config.houseStyle)) report(problem);
  },
};
