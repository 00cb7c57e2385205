// The submission manuscript of a parsed report, made the same way by `casereport export` and by VS
// Code's export commands: one place that gathers what a manuscript needs (the house style, the
// report's images, the library it cites by key), so neither can forget a part.
import { randomBytes } from 'node:crypto';
import { buildDocx, printPage, type CheckConfig, type DocumentModel, type Host, type ImageRoots } from '../core';
import { nodeImageFiles } from './image-files';
import { findBrowser, printPdf, thisMachine } from './pdf/print';

export type ManuscriptFormat = 'docx' | 'pdf';

export interface ManuscriptInputs {
  config: CheckConfig;
  /** The file system: the library named by `bibliography:`, the figure files. */
  host: Host;
  /** Where the report's images may come from; undefined (an untitled report): none is embedded. */
  imageRoots: ImageRoots | undefined;
  /** The preview's style sheet, read only for a PDF (the printed article). */
  css: () => string | Promise<string>;
}

/**
 * The .docx (built with the `docx` library) or the PDF (the article printed by a Chromium-family
 * browser on this machine, looked for before anything is printed: its absence is the likeliest
 * failure, a NoBrowserError), with what it lacks that the report has, one sentence each.
 */
export async function buildManuscript(format: ManuscriptFormat, model: DocumentModel, inputs: ManuscriptInputs): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const { config, host } = inputs;
  const images = inputs.imageRoots && { files: nodeImageFiles, where: inputs.imageRoots };
  const library = host.library?.(model);
  if (format === 'docx') return buildDocx(model, { config, images, library });
  const browser = findBrowser(thisMachine());
  const page = printPage(model, {
    config,
    css: await inputs.css(),
    nonce: randomBytes(18).toString('base64'),
    images,
    library,
    fileExists: (path) => host.fileExists(path),
  });
  return { bytes: await printPdf(page.html, { browser, paper: page.paper }), warnings: page.warnings };
}
