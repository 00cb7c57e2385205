import { htmlImages, imageFilePath } from '../../figure-files';
import type { Rule } from '../../rule';

/** Tables live in the text, so this rule has no table twin. */
export const figureFile: Rule = {
  code: 'figure-file',
  defaultSeverity: 'error',
  description: "A figure's (or a raw HTML `<img>`'s) image file does not exist (relative to the Markdown file); remote URLs are not checked.",
  run({ model, host, report }) {
    // Each source is resolved and asked about once per check, however many figures show it.
    const present = new Map<string, boolean>();
    const exists = (src: string) => {
      let found = present.get(src);
      if (found === undefined) {
        const path = imageFilePath(model.path, src);
        present.set(src, (found = path === undefined || host.fileExists(path)));
      }
      return found;
    };
    const { figures } = model;
    for (let f = 0; f < figures.length; f++) {
      const figure = figures[f];
      const src = figure.src ?? '';
      if (exists(src)) continue;
      const what = figure.number !== undefined ? `Figure ${figure.number}` : 'This image';
      report({ start: figure.srcStart ?? figure.start, end: figure.srcEnd ?? figure.end, message: `${what}'s file "${src}" does not exist` });
    }
    // A raw <img> the preview shows as the same missing-file box.
    for (const image of htmlImages(model)) {
      if (!exists(image.src)) report({ start: image.srcStart, end: image.srcEnd, message: `This image's file "${image.src}" does not exist` });
    }
  },
};
