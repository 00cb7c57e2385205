import { bibliographySpan, bibliographyValues } from '../../bibliography/library';
import type { Rule } from '../../rule';

export const bibliographyMissing: Rule = {
  code: 'bibliography-missing',
  defaultSeverity: 'error',
  description: 'A `bibliography` file does not exist (or the text cites by key and the frontmatter names no bibliography).',
  run({ model, library, host, report }) {
    if (!host.library) return; // a host that reads no libraries cannot tell
    for (const source of library.sources) {
      for (const problem of source.problems) {
        if (problem.kind === 'missing') report({ ...bibliographySpan(model, source.index), message: problem.message });
      }
    }
    const first = model.keyCitations[0];
    if (first && bibliographyValues(model).length === 0 && model.frontmatter?.data) {
      const key = first.items[0].key;
      report({
        start: first.start,
        end: first.end,
        message: `The text cites by key (@${key}) but the frontmatter names no bibliography; add \`bibliography: references.bib\` (BibTeX, CSL-JSON, CSL-YAML or RIS)`,
      });
    }
  },
};
