import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { brokenImages, browserAndFolder, openRendered } from './browser';

/** Two figures, one whose file is there and one not yet exported, and an inline image also missing. */
const REPORT = `---
title: Cardiac Tamponade in EGPA
authors:
  - name: Maya Okafor
---

## Case Presentation

Echocardiography showed a large pericardial effusion (Figure 1); CT confirmed it (Figure 2).

![Figure 1. Subcostal echocardiographic view showing a large pericardial effusion.](images/echo.png)

![Figure 2. Contrast-enhanced chest CT: circumferential pericardial effusion.](images/ct%20scan.png)

The biopsy scale bar ![scale bar](images/scale.png) is 100 µm.

A remote figure is not a missing file: ![map](https://maps.example/m.png).
`;

const PATH = '/reports/egpa/case.md';
const ON_DISK = new Set(['/reports/egpa/images/echo.png']);

function renderReport(fileExists?: (path: string) => boolean): string {
  const config = defaultConfig();
  return renderArticle(parseDocument(REPORT, parseOptions(config), PATH), { config, sourceLines: false, fileExists }).html;
}

describe('render: a local image whose file is missing', () => {
  it('is a box naming the file as written, where the image would stand, above the caption', () => {
    const html = renderReport((path) => ON_DISK.has(path));
    assert.match(
      html,
      /<figure class="cr-figure"[^>]*><span class="cr-image-missing" role="img" aria-label="images\/ct scan\.png not found"[^>]*>images\/ct scan\.png not found<\/span><figcaption><strong class="cr-float-label">Figure 2\.<\/strong> Contrast-enhanced chest CT/,
    );
    // No broken image, and no alt text repeating the caption.
    assert.doesNotMatch(html, /<img[^>]*ct%20scan/);
    assert.doesNotMatch(html, /alt="Figure 2\./);
  });

  it('outside a figure, keeps the image\'s description (no caption says what it was)', () => {
    const html = renderReport((path) => ON_DISK.has(path));
    assert.match(html, /<span class="cr-image-missing" role="img" aria-label="scale bar: images\/scale\.png not found"[^>]*>\[scale bar: images\/scale\.png not found\]<\/span>/);
  });

  it('leaves an image whose file is there, and a remote one, as they were', () => {
    const html = renderReport((path) => ON_DISK.has(path));
    assert.match(html, /<figure class="cr-figure"[^>]*><img src="images\/echo\.png" alt="Figure 1\. Subcostal/);
    assert.match(html, /image from maps\.example not loaded/);
    assert.equal(html.match(/cr-image-missing/g)?.length, 2);
  });

  it('without a way to ask the file system (or a report not on disk), shows every local image as written', () => {
    assert.doesNotMatch(renderReport(), /cr-image-missing/);
    const config = defaultConfig();
    assert.doesNotMatch(renderArticle(parseDocument(REPORT, parseOptions(config)), { config, fileExists: () => false }).html, /cr-image-missing/);
  });

  it('is shown exactly for the images figure-file reports', () => {
    const host = { fileExists: (path: string) => ON_DISK.has(path) };
    const reported = checkText(REPORT, defaultConfig(), host, PATH)
      .findings
      .filter((finding) => finding.code === 'figure-file')
      .map((finding) => /file "([^"]+)"/.exec(finding.message)![1].replace('%20', ' '))
      .sort();
    const shown = [...renderReport(host.fileExists).matchAll(/>\[?(?:[^:<\]]+: )?([^<\]]+) not found\]?<\/span>/g)].map((m) => m[1]).sort();
    assert.deepEqual(shown, reported);
    assert.deepEqual(shown, ['images/ct scan.png', 'images/scale.png']);
  });
});

describe('casereport render: a missing figure file in the page (headless Chromium) [chromium]', function () {
  this.timeout(120_000);
  const suite = browserAndFolder('casereport-missing-image-');

  it('shows a visible box naming the file above the caption, and no broken image', async () => {
    const { page, out, stderr, exit } = await openRendered(suite.browser, suite.dir, REPORT);
    try {
      assert.equal(exit, 0);
      assert.match(stderr, /image "images\/ct%20scan\.png" not embedded: no such file/);
      assert.match(readFileSync(out, 'utf8'), /images\/ct scan\.png not found/);
      await page.evaluate(() => document.querySelector('.cr-article')?.classList.add('cr-single'));
      const figure = page.locator('figure', { hasText: 'Figure 2.' });
      const box = figure.locator('.cr-image-missing');
      assert.equal((await box.innerText()).trim(), 'images/ct scan.png not found');
      const boxRect = (await box.boundingBox())!;
      const captionRect = (await figure.locator('figcaption').boundingBox())!;
      assert.ok(boxRect.height >= 60, `the box stands where the image would (height ${boxRect.height})`);
      assert.ok(boxRect.y + boxRect.height <= captionRect.y + 1, 'the box is above the caption');
      assert.ok(boxRect.width >= captionRect.width - 1, 'the box spans the figure');
      // The figure whose file is there is embedded and drawn.
      const drawn = await page.locator('figure', { hasText: 'Figure 1.' }).locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth);
      assert.ok(drawn > 0);
      assert.deepEqual(await brokenImages(page), [], 'no broken image');
      if (process.env.CASEREPORT_SCREENSHOTS) await figure.screenshot({ path: join(process.env.CASEREPORT_SCREENSHOTS, 'missing-image.png') });
    } finally {
      await page.close();
    }
  });
});
