/**
 * The submission manuscript: what `casereport export` and the editor's export commands call.
 * `buildDocx` makes the Word file from the parsed model; the PDF export prints the article HTML.
 */
export { buildDocx, type DocxManuscript, type DocxOptions } from './docx/manuscript';
export type { LocalImages } from './docx/figures';
export { imageInfo, type ImageInfo } from './image-size';
export { describeConcerns, exportConcerns, type ExportConcerns } from './concerns';
export { pagedMediaCss, printPage, type PrintPage, type PrintPageOptions } from './pdf-page';
