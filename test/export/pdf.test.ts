import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../../src/node/pdf/browser';
import { thisMachine } from '../../src/node/pdf/print';
import { cliMain, inScratch, report, scratch } from '../cli/helpers';
import { assertPrintedArticle, loose, pdfInfo, pdftotext } from './printed-pdf';

const EXAMPLES = resolve(__dirname, '../../examples');

describe('casereport export --format pdf [chromium]', function () {
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
      const references = assertPrintedArticle(pdf, join(dir, 'case.md'), 'Vasculitis Case Report: Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade');
      assert.ok(references >= 10, `${references} references`);
      assert.equal(pdfInfo(pdf).size, '612 x 792 pts (letter)', 'the magazine house style prints on Letter');
      assert.ok(loose(pdftotext(pdf)).includes(loose('Table 1. Laboratory values on admission')));
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

  it('prints a structured abstract as one paragraph per part, each opening with its label', async () => {
    const abstract = 'abstract:\n  Background: Lupus seldom bleeds into the lungs.\n  Case Presentation: A woman in her 30s coughed blood.\n  Conclusions: Think of hemorrhage early.\n';
    await inScratch({ 'case.md': report('The lungs recovered.^1^').replace('consent:', `${abstract}consent:`) }, async (dir) => {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      const lines = pdftotext(join(dir, 'case.pdf')).split('\n').map((line) => line.trim());
      const starts = ['Background: Lupus seldom bleeds into the lungs.', 'Case Presentation: A woman in her 30s coughed blood.', 'Conclusions: Think of hemorrhage early.'].map((part) => lines.findIndex((line) => line !== '' && loose(line).startsWith(loose(part).slice(0, 24))));
      assert.ok(starts.every((at, i) => at >= 0 && (i === 0 || at > starts[i - 1])), `each part a line of its own, in order: ${starts.join(', ')}\n${lines.slice(0, 12).join('\n')}`);
    });
  });

  it('fetches nothing (every request aborted): a remote image stays a placeholder naming its host', async () => {
    await inScratch({ 'case.md': report('See Figure 1.^1^\n\n![Figure 1. Chest CT.](https://tracker.invalid/ct.png)') }, async (dir) => {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.match(pdftotext(join(dir, 'case.pdf')), /tracker\.invalid/);
    });
  });

  it('runs as a whole process from the bundles alone: dist/cli.js, the parts it loads when used and the preview assets, no node_modules (the .vsix carries no browser driver either)', async function () {
    const root = resolve(__dirname, '../..');
    if (!existsSync(join(root, 'dist', 'cli.js'))) this.skip(); // npm run test:unit builds it first
    await inScratch({ 'case.md': report('The lungs recovered.^1^') }, async (dir) => {
      mkdirSync(join(dir, 'dist'));
      // What the .vsix ships of dist/ (.vscodeignore).
      for (const file of readdirSync(join(root, 'dist')).filter((name) => /\.(js|css)$/.test(name))) copyFileSync(join(root, 'dist', file), join(dir, 'dist', file));
      const result = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'export', '--format', 'pdf', '-o', join(dir, 'out.pdf'), join(dir, 'case.md')], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(loose(pdftotext(join(dir, 'out.pdf'))).includes(loose('Aringer M, Costenbader K, Daikh D, et al.')));
    });
  });

  it('a browser that quits before printing: exit 2, one line naming it and its last words, nothing written, its temporary profile removed', async () => {
    const { dir, cleanup } = scratch({ 'case.md': report('The lungs recovered.^1^') });
    const saved = process.env.CHROME_PATH;
    // Node is an executable that is no browser: it refuses the browser's switches and exits.
    process.env.CHROME_PATH = process.execPath;
    const profiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('casereport-pdf-'));
    try {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 2);
      assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, result.stderr);
      assert.ok(result.stderr.includes(`the PDF was not printed: ${process.execPath} failed (quit before printing, exit code 9: `), result.stderr);
      assert.match(result.stderr, /: bad option: --[a-z-]+\)\n$/, "node's own last line on stderr");
      assert.deepEqual(readdirSync(dir), ['case.md']);
      assert.deepEqual(profiles(), []);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
      cleanup();
    }
  });

  it('a CHROME_PATH that cannot be started: exit 2, one line saying why', async function () {
    if (process.platform === 'win32') this.skip(); // no execute permission bit there
    const { dir, cleanup } = scratch({ 'case.md': report('The lungs recovered.^1^'), 'chrome': 'not a program' });
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = join(dir, 'chrome');
    try {
      const result = await cliMain(['export', '--format', 'pdf', 'case.md'], dir);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `casereport: the PDF was not printed: ${join(dir, 'chrome')} failed (could not be started: EACCES)\n`);
      assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'chrome']);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
      cleanup();
    }
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
