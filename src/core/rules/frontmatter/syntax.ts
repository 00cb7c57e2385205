import { frontmatterSyntaxProblem } from '../../frontmatter/syntax';
import type { Rule } from '../../rule';

/** `frontmatter-syntax`: the YAML cannot be read; reported once, where reading stopped. */
export const frontmatterSyntax: Rule = {
  code: 'frontmatter-syntax',
  defaultSeverity: 'error',
  description: 'The frontmatter is not valid YAML (or is never closed); reported where the parser stopped.',
  run({ model, report }) {
    const problem = frontmatterSyntaxProblem(model);
    if (problem) report(problem);
  },
};
