import { imageFilePath } from '../../figure-files';
import type { Rule } from '../../rule';

/** Tables live in the text, so this rule has no table twin. */
export const figureFile: Rule = {
  code: 'figure-file',
  defaultSeverity: 'error',
  description: "A figure's image file does not exist (relative to the Markdown file); remote URLs are not checked.",
  run({ model, host, report }) {
    // Each source is resolved and asked about once per check, however many figures show it.
    const present = new Map<string, boolean>();
    for (const figure of model.figures) {
      const src = figure.src ?? '';
      let found = present.get(src);
      if (found === undefined) {
        const path = imageFilePath(model.path, src);
        present.set(src, (found = path === undefined || host.fileExists(path)));
      }
      if (found) continue;
      const what = figure.number !== undefined ? `Figure ${figure.number}` : 'This image';
      report({ start: figure.srcStart ?? figure.start, end: figure.srcEnd ?? figure.end, message: `${what}'s file "${src}" does not exist` });
    }
  },
};
