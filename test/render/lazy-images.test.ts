import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { ensurePreviewAssets } from './assets';
import { launchChromium } from './browser';
import { render } from './helpers';

/**
 * The live preview's images load after its page: VS Code shows a webview's page only at its load
 * event, which an image still coming (through the webview's service worker and the extension host)
 * would hold up. Exports and printed pages keep their images in the page.
 */
const REPORT = `---
title: A Report With Figures
authors:
  - name: Ann Lee
---

## Case

![Figure 1. Echocardiogram.](images/echo.png)

An inline ![scan](images/inline.png) and a raw <img src="images/raw.png" alt="raw" loading="eager">.

| Test | Image |
| --- | --- |
| Na | ![cell](images/cell.png) |

Table 1. Values.

<!-- pagebreak -->

## Follow-up

![Figure 2. Timeline.](images/timeline.png)
`;
const resolveImage = (src: string) => `https://preview.test/${src}`;

describe('render: the live preview loads its images after the page', () => {
  it('marks every image lazy when asked (figure, inline, raw HTML, table cell), an author-written loading attribute dropped', () => {
    const { html } = render(REPORT, { lazyImages: true, resolveImage });
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(images.length, 5, images.join('\n'));
    for (const image of images) assert.match(image, /^<img [^>]*\bloading="lazy">$/, image);
    assert.doesNotMatch(html, /loading="eager"/);
  });

  it('leaves images as they are otherwise (exports, printing, casereport render)', () => {
    const { html } = render(REPORT, { resolveImage });
    assert.equal([...html.matchAll(/<img\b/g)].length, 5);
    assert.doesNotMatch(html, /\bloading=/);
  });
});

describe('render: a preview page loads before its images, then loads them all (headless Chromium) [chromium]', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  const png = readFileSync(join(__dirname, '..', '..', 'examples', 'images', 'figure-1-echocardiogram.png'));
  const asset = (file: string) => readFileSync(join(__dirname, '..', '..', 'dist', file), 'utf8');
  // The webview's API, as VS Code provides it.
  const api = 'window.acquireVsCodeApi = () => ({ postMessage() {}, getState: () => undefined, setState() {} });';

  before(async function () {
    ensurePreviewAssets();
    browser = await launchChromium(this);
  });
  after(async () => browser?.close());

  /** Opens the article with the preview's style and script at https://preview.test/, every image request held until `release`. */
  async function open(lazyImages: boolean) {
    const page = await browser!.newPage({ viewport: { width: 900, height: 900 } });
    const held: Route[] = [];
    const asked: string[] = [];
    let released = false;
    const image = (route: Route) => route.fulfill({ contentType: 'image/png', body: png });
    const { html } = render(REPORT, { lazyImages, resolveImage });
    await page.route('https://preview.test/**', (route) => {
      if (route.request().url() === 'https://preview.test/') {
        return route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${asset('preview.css')}</style></head><body class="cr-preview"><main id="cr-root" class="cr-root" data-uri="file:///case.md">${html}</main><script>${api}</script><script>${asset('preview.js')}</script></body></html>` });
      }
      asked.push(route.request().url().replace('https://preview.test/', ''));
      if (released) return image(route);
      held.push(route);
    });
    const release = async () => {
      released = true;
      await Promise.all(held.splice(0).map(image));
    };
    return { page, release, asked };
  }

  it('fires its load event while the images are still coming; then asks for every image, those of the hidden page too, and shows them', async () => {
    const { page, release, asked } = await open(true);
    try {
      await page.goto('https://preview.test/', { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.readyState), 'complete');
      assert.equal(await page.evaluate(() => (document.querySelector('figure img') as HTMLImageElement).naturalWidth), 0, 'the figure has not arrived yet');
      assert.equal(await page.isVisible('.cr-page[data-page="2"]'), false, 'page 2 is hidden');
      await page.waitForFunction(() => Array.from(document.images).every((image) => image.loading === 'eager'));
      await release();
      await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0));
      assert.deepEqual([...asked].sort(), ['images/cell.png', 'images/echo.png', 'images/inline.png', 'images/raw.png', 'images/timeline.png']);
    } finally {
      await page.close();
    }
  });

  it('fails without it: an image still coming holds up the load event (the test can see the difference)', async () => {
    const { page, release } = await open(false);
    try {
      const asked = page.waitForRequest('https://preview.test/images/echo.png');
      await page.goto('https://preview.test/', { waitUntil: 'domcontentloaded' });
      await asked;
      assert.notEqual(await page.evaluate(() => document.readyState), 'complete', 'the page is not loaded while its images are held');
      await release();
      await page.waitForFunction(() => document.readyState === 'complete');
    } finally {
      await page.close();
    }
  });
});
