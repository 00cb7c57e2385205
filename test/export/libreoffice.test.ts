import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultConfig } from '../../src/core/config';
import { nodeImageFiles } from '../../src/node/image-files';
import { buildDocx } from '../../src/core/export';
import { parseDocument, type DocumentModel } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { plainReference } from '../../src/core/render/plain-reference';

const EXAMPLE = resolve(__dirname, '../../examples/egpa-cardiac-tamponade.md');

/** Is the program on the PATH (it runs at all; `pdftotext -v` exits 99 on some versions)? */
function available(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { encoding: 'utf8', timeout: 60000 }).error === undefined;
}

/**
 * The text of `pdftotext -layout`, compared loosely: each line's line number (the margin's digits
 * before a wide gap) dropped, whitespace collapsed, no space after a hyphen or slash a line ended with.
 */
function normalize(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\d+(?: {2,}|\s*$)/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/([-/]) /g, '$1')
    .trim();
}

const pdfText = (pdf: string, ...pages: string[]) => normalize(spawnSync('pdftotext', ['-layout', ...pages, pdf, '-'], { encoding: 'utf8' }).stdout);

describe('export: LibreOffice opens the Word manuscript [slow]', function () {
  this.timeout(180000);
  let dir: string;

  before(function () {
    const missing = [['soffice', '--version'], ['pdftotext', '-v']].filter(([command, flag]) => !available(command, flag)).map(([command]) => command);
    if (missing.length > 0) {
      // In CI the packages are installed (.ci/run): their absence is a failure there, not a skip.
      if (process.env.CI === 'true') throw new Error(`${missing.join(' and ')} not found: .ci/run installs libreoffice-writer-nogui and poppler-utils`);
      console.log(`    (skipped: ${missing.join(' and ')} not installed; apt-get install libreoffice-writer-nogui poppler-utils)`);
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'casereport-docx-'));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts the example report to PDF: the title page first, every reference in order', async () => {
    const config = defaultConfig();
    const model = parseDocument(readFileSync(EXAMPLE, 'utf8'), parseOptions(config), EXAMPLE);
    const { bytes } = await buildDocx(model, { config, images: { files: nodeImageFiles, where: { folder: dirname(EXAMPLE), roots: [] } } });
    // The same report with Figure 2's file gone: its page keeps the label and the words the page shows.
    const without = parseDocument(readFileSync(EXAMPLE, 'utf8').replace('(images/figure-2-skin-biopsy.png)', '(images/ct.png)'), parseOptions(config), EXAMPLE);
    const missing = (await buildDocx(without, { config, images: { files: nodeImageFiles, where: { folder: dirname(EXAMPLE), roots: [] } } })).bytes;
    const [pdf, missingPdf] = convert({ 'manuscript.docx': bytes, 'missing-figure.docx': missing });
    const read = pdfText(missingPdf);
    const legends = read.indexOf('Figure Legends');
    const label = read.indexOf('Figure 2', read.indexOf('Figure 3.', legends));
    assert.ok(legends > 0 && label > legends, 'Figure 2 keeps its page after the legends');
    assert.match(read.slice(label), /^Figure 2\s+\[images\/ct\.png not found\]/);
    assert.equal((read.match(/not found/g) ?? []).length, 1, 'the other figures are embedded');
    const page1 = pdfText(pdf, '-f', '1', '-l', '1');
    assert.ok(page1.startsWith('CASE REPORT Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade Maya Okafor, MD'), page1.slice(0, 200));
    assert.match(page1, /Word count: [\d,]+ \(body text\); figures: 3; tables: 1; references: 13/);
    assert.doesNotMatch(page1, /Abstract|Case Presentation/, 'the title page is a page of its own');
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    assert.ok(pages >= 5, `${pages} pages`);
    const all = pdfText(pdf);
    assertReferences(all, model);
    for (const text of ['Table 1. Laboratory values on admission', 'Reference range', 'Figure Legends', 'Figure 3. Absolute eosinophil count']) assert.ok(all.includes(text), text);
  });

  it('converts reports it was not written for (the clean fixtures): the title first, every reference in order', async () => {
    const folder = resolve(__dirname, '../fixtures/clean');
    const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
    assert.ok(files.length >= 3);
    const config = defaultConfig();
    const models = files.map((name) => parseDocument(readFileSync(join(folder, name), 'utf8'), parseOptions(config), join(folder, name)));
    const docs: Record<string, Uint8Array> = {};
    for (const [index, model] of models.entries()) docs[`case-${index}.docx`] = (await buildDocx(model, { config, images: { files: nodeImageFiles, where: { folder, roots: [] } } })).bytes;
    const pdfs = convert(docs);
    models.forEach((model, index) => {
      const page1 = pdfText(pdfs[index], '-f', '1', '-l', '1');
      const title = String(model.frontmatter!.data!.title);
      assert.ok(page1.startsWith(`CASE REPORT ${title}`), `${files[index]}: ${page1.slice(0, 160)}`);
      assertReferences(pdfText(pdfs[index]), model, files[index]);
    });
  });

  /** Converts the documents in one LibreOffice run; returns the PDFs' paths in the same order. */
  function convert(docs: Record<string, Uint8Array>): string[] {
    const names = Object.keys(docs);
    for (const name of names) writeFileSync(join(dir, name), docs[name]);
    // Its own profile, so a LibreOffice the user has open (or another test) is not disturbed.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((name) => join(dir, name))], { encoding: 'utf8', timeout: 150000 });
    assert.equal(converted.status, 0, converted.stderr);
    assert.doesNotMatch(converted.stderr ?? '', /error/i);
    return names.map((name) => join(dir, name.replace(/\.docx$/, '.pdf')));
  }
});

/** Every entry of the report's reference list, number and text, in order after the References heading. */
function assertReferences(all: string, model: DocumentModel, name = 'the report'): void {
  let at = all.indexOf('References');
  assert.ok(at > 0, `${name}: no References heading`);
  assert.ok((model.references?.entries.length ?? 0) > 0);
  for (const entry of model.references!.entries) {
    const expected = normalize(`${entry.number}. ${plainReference(entry.text)}`);
    const found = all.indexOf(expected, at);
    assert.ok(found > at, `${name}: reference ${entry.number} is missing or out of order: ${expected}`);
    at = found;
  }
}
