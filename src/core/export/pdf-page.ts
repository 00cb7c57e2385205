import type { CheckConfig } from '../config';
import type { ExportStyle } from '../house-styles';
import type { DocumentModel } from '../model';
import type { Library } from '../bibliography/library';
import { renderArticle } from '../render/article';
import { ImageEmbedder, type ImageFiles, type ImageRoots } from '../render/local-images';
import { standalonePage } from '../render/page';
import { fullTitle } from '../render/meta';

/** What the printable page needs besides the model: the preview's style sheet and the local images. */
export interface PrintPageOptions {
  config: CheckConfig;
  /** The preview's style sheet (dist/preview.css). */
  css: string;
  /** A fresh random value per export. */
  nonce: string;
  /** Where local images are read (none for a document that is not a file: each stays a link). */
  images?: { files: ImageFiles; where: ImageRoots };
  library?: Library;
  /** Whether a file exists (the host's): an image whose file is missing prints as a box naming it. */
  fileExists?: (path: string) => boolean;
}

/** The page to print and the images left out of it (one line each). */
export interface PrintPage {
  html: string;
  title: string;
  paper: ExportStyle['paper'];
  warnings: string[];
}

/**
 * The article in the house style as one continuous page for the PDF: the standalone page of `render`
 * without its pager script, with paged-media rules on top of the print style sheet. Page numbers in
 * the footer come from the style sheet's `@page` margin box; the paper is the house style's.
 */
export function printPage(model: DocumentModel, options: PrintPageOptions): PrintPage {
  const embedder = options.images && new ImageEmbedder(options.images.files, options.images.where, options.nonce.replace(/[^A-Za-z0-9]/g, ''));
  const article = renderArticle(model, { config: options.config, sourceLines: false, resolveImage: embedder?.resolve, fileExists: options.fileExists, library: options.library });
  const paper = options.config.houseStyle.export.paper;
  const title = fullTitle(article.meta) ?? 'Case report';
  const html = standalonePage(article.html, { title, css: `${options.css}\n${pagedMediaCss(paper)}`, script: '', nonce: options.nonce, images: embedder?.dataUris() });
  return { html, title, paper, warnings: [...(embedder?.warnings ?? [])] };
}

/**
 * Paged media for the PDF: the paper size, figures, tables and their captions never split, a heading
 * kept with what follows it (never last on a page), no page left blank by an empty screen page.
 */
export function pagedMediaCss(paper: ExportStyle['paper']): string {
  return `@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; }
@media print {
  figure, table, figcaption, caption { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6, .cr-kicker, .cr-title { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  h1 + *, h2 + *, h3 + *, h4 + *, h5 + *, h6 + * { break-before: avoid; page-break-before: avoid; }
  .cr-page:empty { display: none; }
}
`;
}
