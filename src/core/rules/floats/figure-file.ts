import { htmlImages, imageFilePath, type HtmlImage } from '../../figure-files';
import type { Float } from '../../figures';
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
    // Said of the figure (or image) itself: a report can show 100,000 missing figures.
    const figureMissing = figureMissingSaid();
    const { figures } = model;
    for (let f = 0; f < figures.length; f++) {
      const figure = figures[f];
      if (!exists(figure.src ?? '')) report({ start: figure.srcStart ?? figure.start, end: figure.srcEnd ?? figure.end, say: figureMissing, about: figure });
    }
    // A raw <img> the preview shows as the same missing-file box.
    for (const image of htmlImages(model)) {
      if (!exists(image.src)) report({ start: image.srcStart, end: image.srcEnd, say: imageMissing, about: image });
    }
  },
};

/**
 * What a missing figure's finding says, when it is written: `Figure N's file "SRC" does not exist`.
 * The words after the label are joined once for figures in a row that show one file (100,000
 * figures may show one), remembered by this check's findings only.
 */
function figureMissingSaid(): (figure: Float) => string {
  let saidSrc: string | undefined;
  let said = '';
  return (figure) => {
    const src = figure.src ?? '';
    if (src !== saidSrc) {
      said = `'s file "${src}" does not exist`;
      saidSrc = src;
    }
    return figure.number !== undefined ? `Figure ${figure.number}${said}` : `This image${said}`;
  };
}

function imageMissing(image: HtmlImage): string {
  return `This image's file "${image.src}" does not exist`;
}
