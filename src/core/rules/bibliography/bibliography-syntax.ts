import { bibliographySpan } from '../../bibliography/library';
import type { Rule } from '../../rule';

export const bibliographySyntax: Rule = {
  code: 'bibliography-syntax',
  defaultSeverity: 'error',
  description: 'A library file does not parse (or is not a library at all); names the file and the line where the parser stopped.',
  run({ model, library, report }) {
    for (const source of library.sources) {
      for (const problem of source.problems) {
        if (problem.kind === 'syntax') report({ ...bibliographySpan(model, source.index), message: problem.message, severity: problem.severity });
      }
    }
  },
};
