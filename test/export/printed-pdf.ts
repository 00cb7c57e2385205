// The printed article read back with poppler's pdftotext and pdfinfo: what the PDF export tests (the
// CLI's and the one in a real VS Code) assert of every PDF the product prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { plainReference } from '../../src/core/render/plain-reference';

/** The text of a PDF (or of pages `-f N -l M`) as pdftotext reads it. */
export const pdftotext = (pdf: string, ...range: string[]) => spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).stdout;

/**
 * pdftotext's text compared loosely: whitespace and hyphens left out (letter-spaced capitals, as the
 * kicker is set, come out spaced; a hyphen a line ends with is joined away), case ignored.
 */
export const loose = (text: string) => text.replace(/[\s\u00ad‐–-]+/g, '').toLowerCase();

/** pdfinfo's page count and page size line. */
export function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

/**
 * The article printed from `report` (a Markdown file): a PDF of more than one page whose first page
 * starts with `opening` (the category and the title), every page numbered in its footer and none
 * blank, and every reference of the report, in order, after the References heading. Returns how
 * many references it found.
 */
export function assertPrintedArticle(pdf: string, report: string, opening: string): number {
  assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
  const { pages } = pdfInfo(pdf);
  assert.ok(pages > 1, `${pages} pages`);
  const page1 = pdftotext(pdf, '-f', '1', '-l', '1');
  assert.ok(loose(page1).startsWith(loose(opening)), `page 1 starts with ${JSON.stringify(page1.slice(0, 200))}`);
  for (let page = 1; page <= pages; page++) {
    const text = pdftotext(pdf, '-f', String(page), '-l', String(page));
    assert.ok(text.includes(`Page ${page} of ${pages}`), `page ${page} has its number in the footer`);
    assert.ok(text.replace(`Page ${page} of ${pages}`, '').trim().length > 100, `page ${page} is not blank`);
  }
  const all = loose(pdftotext(pdf));
  const model = parseDocument(readFileSync(report, 'utf8'), parseOptions(defaultConfig()), report);
  const entries = model.references?.entries ?? [];
  assert.ok(entries.length > 0, 'the report has references');
  let at = all.indexOf('references');
  assert.ok(at >= 0, 'a References heading');
  for (const entry of entries) {
    const found = all.indexOf(loose(plainReference(entry.text)), at);
    assert.ok(found > at, `reference ${entry.number} is missing or out of order: ${entry.text}`);
    at = found;
  }
  return entries.length;
}
