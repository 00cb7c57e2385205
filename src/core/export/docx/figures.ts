import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { missingImageText } from '../../render/image-source';
import { checkLocalImage, MAX_IMAGE_BYTES, NO_SUCH_FILE, type ImageFiles, type ImageRoots } from '../../render/local-images';
import { imageInfo } from '../image-size';
import type { FigureEntry } from './body';
import { xmlSafe, type InlineWriter } from './inline';
import type { PageGeometry } from './page-setup';
import { SINGLE, STYLE } from './page-setup';

/** Where a report's figures may be read from, and how (the image policy of the render, local-images.ts). */
export interface LocalImages {
  files: ImageFiles;
  where: ImageRoots;
}

/** The "Figure Legends" page: each legend its own paragraph, the label bold. */
export function figureLegends(figures: FigureEntry[], inline: InlineWriter): Paragraph[] {
  if (figures.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Figure Legends')] }),
    ...figures.map((figure) => new Paragraph({ style: STYLE.front, children: [new TextRun({ text: `Figure ${figure.number}.`, bold: true }), new TextRun(' '), ...inline.markdown(figure.caption)] })),
  ];
}

/**
 * The figure images after the legends, one to a page under its label, scaled to the text width
 * (and to the page height when tall) with their aspect ratio kept. A figure whose file may not be
 * read (checkLocalImage: the report's folder or workspace, the type its extension names), is too
 * large, or is not PNG, JPEG, GIF or BMP keeps its page, its label and its legend, and a line
 * where the image would be says why ("images/ct.png not found", as the page's box says); a warning
 * names it too.
 */
export function figureImages(figures: FigureEntry[], images: LocalImages | undefined, page: PageGeometry, warn: (message: string) => void): Paragraph[] {
  const out: Paragraph[] = [];
  for (const figure of figures) {
    const name = `Figure ${figure.number}`;
    const notEmbedded = (reason: string) => {
      warn(`${name}: image "${figure.src}" not embedded: ${reason}; the legend is kept`);
      const stands = reason === NO_SUCH_FILE ? missingImageText(figure.src) : `${figure.src.trim()} not embedded: ${reason}`;
      out.push(
        new Paragraph({ style: STYLE.caption, pageBreakBefore: true, children: [new TextRun({ text: name, bold: true })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, children: [new TextRun({ text: `[${xmlSafe(stands)}]`, italics: true })] }),
      );
    };
    if (!images) {
      notEmbedded('images cannot be read here');
      continue;
    }
    const image = checkLocalImage(images.files, images.where, figure.src);
    if (!image.ok) {
      notEmbedded(image.reason);
      continue;
    }
    if (image.size > MAX_IMAGE_BYTES) {
      notEmbedded(`larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB, upload it separately`);
      continue;
    }
    const bytes = Uint8Array.from(atob(images.files.base64(image.path)), (c) => c.charCodeAt(0));
    const info = imageInfo(bytes);
    if (!info) {
      notEmbedded('a Word document embeds PNG, JPEG, GIF and BMP images only, upload it separately');
      continue;
    }
    // The text width, keeping the aspect ratio; a tall image is fitted to most of the page height instead.
    const maxHeight = Math.floor(page.textHeightPx * 0.85);
    let width = page.textWidthPx;
    let height = Math.round((info.height * width) / info.width);
    if (height > maxHeight) {
      height = maxHeight;
      width = Math.max(1, Math.round((info.width * height) / info.height));
    }
    out.push(
      new Paragraph({ style: STYLE.caption, pageBreakBefore: true, children: [new TextRun({ text: name, bold: true })] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: SINGLE,
        children: [new ImageRun({ type: info.type, data: bytes, transformation: { width, height }, altText: { name, description: figure.alt || name, title: name } })],
      }),
    );
  }
  return out;
}
