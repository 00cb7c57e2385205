import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
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
`;
const resolveImage = (src: string) => `https://preview.test/${src}`;

describe('render: the live preview loads its images after the page', () => {
  it('marks every image lazy when asked (figure, inline, raw HTML, table cell), an author-written loading attribute dropped', () => {
    const { html } = render(REPORT, { lazyImages: true, resolveImage });
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(images.length, 4, images.join('\n'));
    for (const image of images) assert.match(image, /^<img [^>]*\bloading="lazy">$/, image);
    assert.doesNotMatch(html, /loading="eager"/);
  });

  it('leaves images as they are otherwise (exports, printing, casereport render)', () => {
    const { html } = render(REPORT, { resolveImage });
    assert.equal([...html.matchAll(/<img\b/g)].length, 4);
    assert.doesNotMatch(html, /\bloading=/);
  });
});

describe('render: a preview page loads before its images (headless Chromium) [chromium]', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  const png = readFileSync(join(__dirname, '..', '..', 'examples', 'images', 'figure-1-echocardiogram.png'));
  const css = () => readFileSync(join(__dirname, '..', '..', 'src', 'preview', 'preview.css'), 'utf8');

  before(async function () {
    browser = await launchChromium(this);
  });
  after(async () => browser?.close());

  /** Opens the article at https://preview.test/ with every image request held until `release`. */
  async function open(lazyImages: boolean) {
    const page = await browser!.newPage({ viewport: { width: 900, height: 900 } });
    const held: Route[] = [];
    let released = false;
    const image = (route: Route) => route.fulfill({ contentType: 'image/png', body: png });
    const { html } = render(REPORT, { lazyImages, resolveImage });
    await page.route('https://preview.test/**', (route) => {
      if (route.request().url() === 'https://preview.test/') {
        return route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css()}</style></head><body class="cr-preview"><main id="cr-root" class="cr-root">${html}</main></body></html>` });
      }
      if (released) return image(route);
      held.push(route);
    });
    const release = async () => {
      released = true;
      await Promise.all(held.splice(0).map(image));
    };
    return { page, release };
  }

  it('fires its load event while the images are still coming, then shows the figure on screen', async () => {
    const { page, release } = await open(true);
    try {
      await page.goto('https://preview.test/', { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.readyState), 'complete');
      assert.equal(await page.evaluate(() => (document.querySelector('figure img') as HTMLImageElement).naturalWidth), 0, 'the figure has not arrived yet');
      // The figure on screen is asked for and shown once it comes.
      await release();
      await page.waitForFunction(() => {
        const figure = document.querySelector('figure img') as HTMLImageElement;
        return figure.complete && figure.naturalWidth > 0;
      });
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
