// Printing the exported HTML (the browser's Print on `casereport render`'s page): no figure leaves
// most of a page blank. The page is printed by headless Chromium and read back with pdftotext -bbox.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { run } from '../../src/cli/main';
import { ensurePreviewAssets } from './assets';
import { launchChromium } from './browser';

const EXAMPLES = resolve(__dirname, '../../examples');
const MM = 72 / 25.4;
/** The print style sheet's page margins (preview.css `@page`): top 18 mm, bottom 20 mm. */
const MARGIN_TOP = 18 * MM;
const MARGIN_BOTTOM = 20 * MM;

interface PrintedPage {
  height: number;
  /** The bottom of the lowest word of the page's text area (the footer's page number left out). */
  lowest: number;
  words: string;
  /** The words of the page's text, in reading order. */
  all: string[];
}

/** Each page of a PDF: its height and where its text ends, from pdftotext -bbox. */
function printedPages(pdf: string): PrintedPage[] {
  const out = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const pages: PrintedPage[] = [];
  for (const [, height, body] of out.stdout.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const h = Number(height);
    let lowest = MARGIN_TOP;
    const words: string[] = [];
    for (const [, yMax, word] of body.matchAll(/<word [^>]*yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (Number(yMax) > h - MARGIN_BOTTOM) continue; // "Page 3 of 7"
      lowest = Math.max(lowest, Number(yMax));
      words.push(word);
    }
    pages.push({ height: h, lowest, words: words.slice(0, 8).join(' '), all: words });
  }
  return pages;
}

describe('render: printing the exported page [chromium]', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let dir: string;

  before(async function () {
    ensurePreviewAssets();
    dir = mkdtempSync(join(tmpdir(), 'casereport-print-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    let stderr = '';
    assert.equal(run(['render', '-o', join(dir, 'report.html'), join(dir, 'egpa-cardiac-tamponade.md')], { stdout: () => undefined, stderr: (t) => (stderr += t) }), 0, stderr);
    browser = await launchChromium(this);
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['Letter', 'A4'] as const) {
    it(`on ${format} paper, no page but the last is more than a third empty (a figure that does not fit moves alone, with its caption)`, async () => {
      const page = await browser!.newPage();
      try {
        await page.goto(`file://${join(dir, 'report.html')}`, { waitUntil: 'load' });
        const pdf = join(dir, `report-${format}.pdf`);
        await page.pdf({ path: pdf, format, preferCSSPageSize: false });
        const pages = printedPages(pdf);
        assert.ok(pages.length >= 3, `${pages.length} pages`);
        const empty = pages.slice(0, -1).flatMap((p, i) => {
          const area = p.height - MARGIN_TOP - MARGIN_BOTTOM;
          const blank = (p.height - MARGIN_BOTTOM - p.lowest) / area;
          return blank > 1 / 3 ? [`page ${i + 1} (${p.words} ...) is ${Math.round(blank * 100)}% empty`] : [];
        });
        assert.deepEqual(empty, []);
        // Each figure's caption is printed on the page of its image.
        const imagePages = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
          .stdout.split('\n')
          .slice(2)
          .flatMap((line) => (/^\s*(\d+)\s+\d+\s+image\b/.exec(line) ? [Number(/^\s*(\d+)/.exec(line)![1])] : []));
        // A caption is its label and its first word ("Figure 2. Skin"), which a mention in the text is not.
        const captions = [...readFileSync(join(dir, 'egpa-cardiac-tamponade.md'), 'utf8').matchAll(/!\[Figure (\d+)\. (\S+)/g)].map((m) => [`${m[1]}.`, m[2]]);
        assert.equal(captions.length, 3);
        const captionPages = captions.map(([label, first]) => pages.findIndex((p) => p.all.some((word, i) => word === 'Figure' && p.all[i + 1] === label && p.all[i + 2] === first)) + 1);
        assert.deepEqual(imagePages, captionPages, 'the pages of the three images and of their captions');
      } finally {
        await page.close();
      }
    });
  }
});
