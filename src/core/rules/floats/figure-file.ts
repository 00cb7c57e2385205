import { dirname, isRemote, resolveTarget } from '../../paths';
import type { Rule } from '../../rule';

/** Tables live in the text, so this rule has no table twin. */
export const figureFile: Rule = {
  code: 'figure-file',
  defaultSeverity: 'error',
  description: "A figure's image file does not exist (relative to the Markdown file); remote URLs are not checked.",
  run({ model, host, report }) {
    if (!model.path) return;
    const folder = dirname(model.path);
    for (const figure of model.figures) {
      const src = figure.src ?? '';
      if (src === '' || isRemote(src)) continue;
      if (host.fileExists(resolveTarget(folder, src))) continue;
      const what = figure.number !== undefined ? `Figure ${figure.number}` : 'This image';
      report({ start: figure.srcStart ?? figure.start, end: figure.srcEnd ?? figure.end, message: `${what}'s file "${src}" does not exist` });
    }
  },
};
