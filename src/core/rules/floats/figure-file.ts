import { imageFilePath } from '../../figure-files';
import type { Rule } from '../../rule';

/** Tables live in the text, so this rule has no table twin. */
export const figureFile: Rule = {
  code: 'figure-file',
  defaultSeverity: 'error',
  description: "A figure's image file does not exist (relative to the Markdown file); remote URLs are not checked.",
  run({ model, host, report }) {
    for (const figure of model.figures) {
      const src = figure.src ?? '';
      const path = imageFilePath(model.path, src);
      if (path === undefined || host.fileExists(path)) continue;
      const what = figure.number !== undefined ? `Figure ${figure.number}` : 'This image';
      report({ start: figure.srcStart ?? figure.start, end: figure.srcEnd ?? figure.end, message: `${what}'s file "${src}" does not exist` });
    }
  },
};
