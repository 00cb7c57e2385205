import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { plainReference } from '../../src/core/render/plain-reference';
import { findBrowser } from '../../src/node/pdf/browser';
import { thisMachine } from '../../src/node/pdf/print';
import { cliMain, inScratch, report, scratch } from '../cli/helpers';

const EXAMPLES = resolve(__dirname, '../../examples');

const pdftotext = (pdf: string, ...range: string[]) => spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).stdout;
/**
 * pdftotext's text compared loosely: whitespace and hyphens left out (letter-spaced capitals, as the
 * kicker is set, come out spaced; a hyphen a line ends with is joined away), case ignored.
 */
const loose = (text: string) => text.replace(/[\s\u00ad‐–-]+/g, '').toLowerCase();

describe('casereport export --format pdf', function () {
  this.timeout(120000);

  before(function () {
    try {
      findBrowser(thisMachine());
    } catch (error) {
      // The machines the suite runs on have Chromium (.ci/run installs it): only a developer's may not.
      if (process.env.CI === 'true') throw error;
      console.log(`    (skipped: ${(error as Error).message})`);
      this.skip();
    }
  });

  it('prints the example report: several pages, page 1 starts with the category and the title, no blank page, every reference', async () => {
    await inScratch({}, async (dir) => {
      copyFileSync(join(EXAMPLES, 'egpa-cardiac-tamponade.md'), join(dir, 'case.md'));
      cpSync(join(EXAMPLES, 'images'), join(dir, 'images'), { recursive: true });
      const result = await cliMain(['export', '--format', 'pdf', '-o', 'case.pdf', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /case\.md: manuscript written to case\.pdf\n$/);
      assert.doesNotMatch(result.stderr, /not embedded|image/i, 'every figure embedded');
      const pdf = join(dir, 'case.pdf');
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      assert.ok(pages > 1, `${pages} pages`);
      assert.match(info, /Page size:\s+612 x 792 pts \(letter\)/, 'the magazine house style prints on Letter');

      const page1 = pdftotext(pdf, '-f', '1', '-l', '1');
      assert.ok(loose(page1).startsWith(loose('Vasculitis Case Report: Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade')), page1.slice(0, 200));
      for (let page = 1; page <= pages; page++) {
        const text = pdftotext(pdf, '-f', String(page), '-l', String(page));
        assert.ok(text.includes(`Page ${page} of ${pages}`), `page ${page} has its number in the footer`);
        assert.ok(text.replace(`Page ${page} of ${pages}`, '').trim().length > 100, `page ${page} is not blank`);
      }

      const all = loose(pdftotext(pdf));
      const model = parseDocument(readFileSync(join(dir, 'case.md'), 'utf8'), defaultConfig(), join(dir, 'case.md'));
      let at = all.indexOf('references');
      assert.ok(model.references!.entries.length >= 10);
      for (const entry of model.references!.entries) {
        const found = all.indexOf(loose(plainReference(entry.text)), at);
        assert.ok(found > at, `reference ${entry.number} is missing or out of order: ${entry.text}`);
        at = found;
      }
      assert.ok(all.includes(loose('Table 1. Laboratory values on admission')));
      assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'case.pdf', 'images'], 'no temporary file left');
    });
  });

  it('prints on A4 when the house style says so, beside the report by default', async () => {
    await inScratch({ 'case.md': report('The lungs recovered.^1^'), '.casereport.json': JSON.stringify({ export: { paper: 'a4' } }) }, async (dir) => {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      const info = spawnSync('pdfinfo', [join(dir, 'case.pdf')], { encoding: 'utf8' }).stdout;
      assert.match(info, /Page size:\s+59[45](\.\d+)? x 841\.\d* pts \(A4\)/);
      const text = pdftotext(join(dir, 'case.pdf'));
      assert.ok(loose(text).startsWith(loose('Case Report: Lupus and the lung Ana Ruiz')), text.slice(0, 100));
      assert.ok(loose(text).includes(loose('Zamora MR, Warner ML, Tuder R, Schwarz MI. Diffuse alveolar hemorrhage and lupus.')));
    });
  });

  it('fetches nothing (every request aborted): a remote image stays a placeholder naming its host', async () => {
    await inScratch({ 'case.md': report('See Figure 1.^1^\n\n![Figure 1. Chest CT.](https://tracker.invalid/ct.png)') }, async (dir) => {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.match(pdftotext(join(dir, 'case.pdf')), /tracker\.invalid/);
    });
  });

  it('runs as a whole process from the bundle (playwright-core loaded beside it)', async function () {
    const root = resolve(__dirname, '../..');
    const cliPath = join(root, 'dist', 'cli.js');
    if (!existsSync(cliPath)) this.skip(); // npm run test:unit builds it first
    await inScratch({ 'case.md': report('The lungs recovered.^1^') }, async (dir) => {
      const result = spawnSync(process.execPath, [cliPath, 'export', '--format', 'pdf', '-o', join(dir, 'out.pdf'), join(dir, 'case.md')], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(loose(pdftotext(join(dir, 'out.pdf'))).includes(loose('Aringer M, Costenbader K, Daikh D, et al.')));
    });
  });

  it('a browser that is not there: exit 2, one line, nothing written', async () => {
    const { dir, cleanup } = scratch({ 'case.md': report('The lungs recovered.^1^') });
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = join(dir, 'no-such-browser');
    try {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 2);
      assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, result.stderr);
      assert.match(result.stderr, /CHROME_PATH is .*no-such-browser, which is not a file/);
      assert.equal(existsSync(join(dir, 'case.pdf')), false);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
      cleanup();
    }
  });
});
