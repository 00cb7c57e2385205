import type { Rule } from '../../rule';

/**
 * Words the snippets and the stub reference entry put in for the author to overwrite. Only
 * placeholders no real report writes: a name, an affiliation or a citation as a template shows it.
 */
const PLACEHOLDER = new RegExp(
  [
    String.raw`\bAuthor [A-Z]{2}\b`,
    String.raw`\bYear;Vol\((?:No|Issue)\)`,
    String.raw`\bTitle of the article\b`,
    String.raw`\bTitle in sentence case\b`,
    String.raw`\bJournal Abbrev\b`,
    String.raw`\bAbbrev J\.`,
    String.raw`\bFull Name\b`,
    String.raw`\bDepartment, Institution, City\b`,
    String.raw`\bname@example\.org\b`,
  ].join('|'),
  'g',
);

/** Placeholder text left from a snippet or a stub entry: one finding per line, naming what is left. */
export const placeholderText: Rule = {
  code: 'placeholder-text',
  defaultSeverity: 'warning',
  description: 'Text left from a snippet or a stub reference entry (Author AA, Year;Vol(No), Full Name) that the author has not replaced.',
  run({ model, report }) {
    // The frontmatter as written (the snippets fill it too), the body as prose (no code, no comments).
    // Each is searched where it is, not joined into a copy of the document: no placeholder holds a
    // line break, and the frontmatter ends with its closing fence, a line of its own.
    const end = model.frontmatter ? model.source.lineEnd(model.frontmatter.endLine) : 0;
    const byLine = new Map<number, RegExpExecArray[]>();
    for (const match of [...placeholders(model.text.slice(0, end), 0), ...placeholders(model.prose, end)]) {
      const line = model.source.positionAt(match.index).line;
      const list = byLine.get(line);
      if (list) list.push(match);
      else byLine.set(line, [match]);
    }
    for (const matches of byLine.values()) {
      const first = matches[0];
      const last = matches[matches.length - 1];
      const words = [...new Set(matches.map((m) => `"${m[0]}"`))];
      report({
        start: first.index,
        end: last.index + last[0].length,
        message: `Placeholder text ${words.join(', ')} left from a snippet or a stub entry: replace it before submission`,
      });
    }
  },
};

/** The placeholders in the text from offset `from` on. */
function placeholders(text: string, from: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(PLACEHOLDER);
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) found.push(match);
  return found;
}
