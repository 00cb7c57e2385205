import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { dirname, isRemote, resolveTarget } from '../../paths';
import { imageInfo } from '../image-size';
import type { FigureEntry } from './body';
import type { InlineWriter } from './inline';
import type { PageGeometry } from './page-setup';
import { SINGLE, STYLE } from './page-setup';

/** Reads an image file for the export: its bytes, or undefined when it cannot be read. */
export type ReadImage = (path: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;

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
 * (and to the page height when tall) with their aspect ratio kept. A figure whose file cannot be
 * read, or is not PNG, JPEG, GIF or BMP, is left out with a warning; its legend stays.
 */
export async function figureImages(figures: FigureEntry[], documentPath: string | undefined, readImage: ReadImage | undefined, page: PageGeometry, warn: (message: string) => void): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  for (const figure of figures) {
    const name = `Figure ${figure.number}`;
    if (figure.src === '' || isRemote(figure.src) || !documentPath || !readImage) {
      warn(`${name}: ${figure.src === '' ? 'has no image file' : isRemote(figure.src) ? `${figure.src} is not a local file` : 'the image cannot be read here'}; the legend is kept, upload the figure separately`);
      continue;
    }
    const path = resolveTarget(dirname(documentPath), figure.src);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readImage(path);
    } catch {
      bytes = undefined;
    }
    if (!bytes) {
      warn(`${name}: ${figure.src} cannot be read; the legend is kept without the image`);
      continue;
    }
    const info = imageInfo(bytes);
    if (!info) {
      warn(`${name}: ${figure.src} is not a PNG, JPEG, GIF or BMP image; the legend is kept, upload the figure separately`);
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
