// A raw HTML `<img>` to a file that is not there gets the box a Markdown image gets ("images/x.png
// not found"), in the page (render, preview, PDF, Export HTML) and read in headless Chromium; and a
// figure the Word manuscript cannot embed keeps its page with that text where the image would be.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { buildDocx } from '../../src/core/export';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { nodeImageFiles } from '../../src/node/image-files';
import { DocxFile } from '../export/docx-reader';
import { brokenImages, browserAndFolder, openRendered } from './browser';

const ECHO = join(__dirname, '..', '..', 'examples', 'images', 'figure-1-echocardiogram.png');

const RAW = `---
title: Cardiac Tamponade in EGPA
authors:
  - name: Maya Okafor
---

## Case Presentation

The echocardiogram is below.

<img src="images/echo.png" alt="Echocardiogram" width="300">

<img src="images/missing.png" alt="Chest radiograph">

The scale bar <img src='images/scale%20bar.png'> is 100 µm, and a remote map <img src="https://maps.example/m.png" alt="map"> is not a file.
`;

const PATH = '/reports/egpa/case.md';
const ON_DISK = new Set(['/reports/egpa/images/echo.png']);

function renderRaw(fileExists?: (path: string) => boolean): string {
  const config = defaultConfig();
  return renderArticle(parseDocument(RAW, parseOptions(config), PATH), { config, sourceLines: false, fileExists }).html;
}

describe('render: a raw HTML <img> whose file is missing', () => {
  it('is the box a Markdown image gets, with its alt text; the file that is there stays an image', () => {
    const html = renderRaw((path) => ON_DISK.has(path));
    assert.match(html, /<span class="cr-image-missing" role="img" aria-label="Chest radiograph: images\/missing\.png not found"[^>]*>\[Chest radiograph: images\/missing\.png not found\]<\/span>/);
    assert.match(html, /<span class="cr-image-missing" role="img" aria-label="images\/scale bar\.png not found"[^>]*>images\/scale bar\.png not found<\/span>/);
    assert.match(html, /<img src="images\/echo\.png" alt="Echocardiogram" width="300">/);
    assert.match(html, /image from maps\.example not loaded/);
    assert.doesNotMatch(html, /<img[^>]*(?:missing|scale)/);
  });

  it('without a way to ask the file system, keeps every raw image as written', () => {
    assert.doesNotMatch(renderRaw(), /cr-image-missing/);
  });
});

describe('Word manuscript: a figure whose image is not embedded keeps its page, with the reason where the image would be', () => {
  it('says "images/ct.png not found" under the figure label, as the page does, and embeds the one that is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casereport-missing-figure-'));
    try {
      mkdirSync(join(dir, 'images'));
      copyFileSync(ECHO, join(dir, 'images', 'echo.png'));
      writeFileSync(join(dir, 'images', 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
      const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\nSee Figures 1, 2 and 3.\n\n![Figure 1. Echocardiogram.](images/echo.png)\n\n![Figure 2. Chest CT.](images/ct.png)\n\n![Figure 3. Map.](images/map.svg)\n`;
      const config = defaultConfig();
      const path = join(dir, 'case.md');
      const { bytes, warnings } = await buildDocx(parseDocument(text, parseOptions(config), path), { config, images: { files: nodeImageFiles, where: { folder: dir, roots: [] } } });
      const docx = new DocxFile(bytes);
      const paragraphs = docx.paragraphs().map((p) => p.text);
      const at = paragraphs.lastIndexOf('Figure 2');
      assert.ok(at > paragraphs.indexOf('Figure Legends'), 'the figure keeps its page after the legends');
      assert.equal(paragraphs[at + 1], '[images/ct.png not found]');
      assert.equal(paragraphs[paragraphs.lastIndexOf('Figure 3') + 1], '[images/map.svg not embedded: a Word document embeds PNG, JPEG, GIF and BMP images only, upload it separately]');
      assert.equal(docx.media().length, 1, 'the echocardiogram is embedded');
      assert.equal(warnings.length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('casereport render: a raw <img> to a missing file in the page (headless Chromium) [chromium]', function () {
  this.timeout(120_000);
  const suite = browserAndFolder('casereport-missing-raw-image-');

  it('shows the box naming the file, and no broken image', async () => {
    const { page, exit } = await openRendered(suite.browser, suite.dir, RAW);
    try {
      assert.equal(exit, 0);
      const boxes = await page.locator('.cr-image-missing').allInnerTexts();
      assert.deepEqual(boxes.map((t) => t.trim()), ['[Chest radiograph: images/missing.png not found]', 'images/scale bar.png not found']);
      for (const box of await page.locator('.cr-image-missing').all()) assert.ok(await box.isVisible());
      assert.deepEqual(await brokenImages(page), [], 'no broken image');
      assert.equal(await page.locator('img').count(), 1, 'the echocardiogram, embedded');
    } finally {
      await page.close();
    }
  });
});
