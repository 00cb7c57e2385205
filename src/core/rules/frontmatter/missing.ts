import type { Rule } from '../../rule';
import type { SourceText } from '../../source-text';

/** `frontmatter-missing`: the file does not open with a `---` block. */
export const frontmatterMissing: Rule = {
  code: 'frontmatter-missing',
  defaultSeverity: 'error',
  description: 'The file has no YAML frontmatter (the `---` block with title and authors on its first lines).',
  run({ model, report }) {
    if (model.frontmatter || model.frontmatterUnclosed) return;
    const { source } = model;
    const later = laterFence(source);
    const message =
      later !== undefined
        ? `The frontmatter must start on the very first line of the file; here \`---\` first appears on line ${later + 1}`
        : 'This case report has no frontmatter: start the file with a `---` block holding at least `title` and `authors`';
    report({ start: 0, end: source.lineEnd(0), message, fixes: later === undefined ? [skeleton(source.lineText(0), source.eol)] : [] });
  },
};

/** A `---` on one of the first lines after blank lines: a frontmatter pushed down by accident. */
function laterFence(source: SourceText): number | undefined {
  for (let line = 0; line < Math.min(source.lineCount, 5); line++) {
    const text = source.lineText(line);
    if (/^---\s*$/.test(text)) return line === 0 ? undefined : line;
    if (text.trim() !== '') return undefined;
  }
  return undefined;
}

function skeleton(firstLine: string, eol: string) {
  const heading = /^#\s+(.+?)\s*#*\s*$/.exec(firstLine);
  const title = heading ? heading[1] : '';
  const lines = ['---', `title: ${title ? JSON.stringify(title) : ''}`, 'authors:', '  - name: ', '---', ''];
  return { title: 'Add a frontmatter with title and authors', safe: false, edits: [{ start: 0, end: 0, newText: lines.join(eol) }] };
}
