import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Library } from '../../bibliography/library';
import { keyCitationsOf } from '../../bibliography/render';
import type { CheckConfig } from '../../config';
import type { DocumentModel } from '../../model';
import { highestReferenceNumber } from '../../references';
import { scanBlocks } from '../../render/blocks';
import { authorText, readMeta } from '../../render/meta';
import { floatCounts } from '../../counts';
import { bodyWordCount } from '../../text/body-words';
import { abstractPage } from './abstract';
import { BodyWriter } from './body';
import { figureImages, figureLegends, type LocalImages } from './figures';
import { InlineWriter } from './inline';
import { documentStyles, listNumbering, pageGeometry, sectionOptions } from './page-setup';
import { referenceList } from './references';
import { titlePage } from './title-page';

export interface DocxOptions {
  config: CheckConfig;
  /** Where and how figure images are read; without it no image is embedded (each figure gets a warning). */
  images?: LocalImages;
  /** The report's reference library (`bibliography:`): key citations numbered, the reference list generated. */
  library?: Library;
}

export interface DocxManuscript {
  /** The .docx file. */
  bytes: Uint8Array;
  /** What the manuscript lacks that the report has (an image that could not be embedded...), one sentence each. */
  warnings: string[];
}

/**
 * The submission manuscript of a parsed case report as a Word document: title page, abstract,
 * body, references on a new page, figure legends on a page of their own, then the figure images
 * (unless the house style's `export.embedFigures` is off). Page setup from the house style's
 * `export` section. No file system: images are read through `images`.
 */
export async function buildDocx(model: DocumentModel, options: DocxOptions): Promise<DocxManuscript> {
  const houseStyle = options.config.houseStyle;
  const style = houseStyle.export;
  const warnings: string[] = [];
  const data = model.frontmatter?.data;
  const meta = readMeta(data, houseStyle);
  const page = pageGeometry(style);
  const keys = options.library ? keyCitationsOf(model, options.library) : undefined;
  const generated = keys?.references ?? [];
  const inline = new InlineWriter({ brackets: options.config.citations.brackets && houseStyle.citationForms.includes('bracket'), highestReference: highestReferenceNumber(model.references), keys });

  const blocks = scanBlocks(model);
  const topLevel = Math.min(6, ...blocks.filter((b) => b.kind === 'heading').map((b) => Number(model.tokens[b.start].tag.slice(1))));
  const body = new BodyWriter(model.tokens, inline, (page.textWidthPx / 96) * 1440, Number.isFinite(topLevel) ? topLevel : 1);
  const bodyChildren: (Paragraph | Table)[] = [];
  for (const block of blocks) bodyChildren.push(...body.block(block));

  const { figures, tables } = floatCounts(model);
  const front = titlePage(meta, { words: bodyWordCount(model), figures, tables, references: (model.references?.entries.length ?? 0) + generated.length }, inline);
  const abstract = abstractPage(meta.abstract, inline);
  const runningTitle = typeof data?.runningTitle === 'string' && data.runningTitle.trim() !== '' ? data.runningTitle.trim() : undefined;
  const images = style.embedFigures ? figureImages(body.figures, options.images, page, (w) => warnings.push(w)) : [];

  const document = new Document({
    title: meta.title,
    subject: meta.articleType,
    creator: meta.authors.map(authorText).join('; ') || undefined,
    keywords: keywordsOf(data?.keywords),
    styles: documentStyles(style),
    numbering: listNumbering(),
    // Two sections of one setup: the body starts on a new page after the title page (and the abstract).
    sections: [sectionOptions(style, runningTitle, [...front, ...abstract]), sectionOptions(style, runningTitle, [...bodyChildren, ...referenceList(model.references, generated, houseStyle.referenceHeadings[0] ?? 'References', inline), ...figureLegends(body.figures, inline), ...images])],
  });
  const bytes = await Packer.pack(document, 'uint8array');
  return { bytes, warnings };
}

function keywordsOf(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return list.length > 0 ? list.join(', ') : undefined;
}
