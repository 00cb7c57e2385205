// A figure's image file added, replaced or deleted on disk, in a real VS Code: the figure-file
// finding and the preview follow without an edit to the report.
import * as assert from 'node:assert/strict';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { EXAMPLES, REPORT, RESULTS, createWorkspace, exampleText, lineOf, replaceOnce } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

/** A 1 × 1 PNG: a replacement the page can tell from the 640 × 420 figures by its size. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** What Figure 3 of the preview shows: the placeholder's text, or the drawn image's width. */
async function figure3(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const figure = Array.from(document.querySelectorAll('figure')).find((f) => f.querySelector('figcaption')?.textContent?.startsWith('Figure 3.'));
    if (!figure) return 'no Figure 3';
    const missing = figure.querySelector('.cr-image-missing');
    if (missing) return `box: ${missing.textContent}`;
    const image = figure.querySelector('img');
    if (!image) return 'nothing';
    return image.complete && image.naturalWidth > 0 ? `image ${image.naturalWidth} px wide` : 'image not drawn';
  });
}

describe('figure files on disk in VS Code', function () {
  this.timeout(240_000); // five waits for the worker and the webview on a loaded machine
  it('re-checks the report and updates the preview when a missing image is added, replaced and deleted', async () => {
    const edit = replaceOnce('(images/figure-3-timeline.png)', '(images/ct.png)');
    const line = lineOf(edit(exampleText()), '(images/ct.png)');
    const folder = createWorkspace({ [REPORT]: edit });
    const image = join(folder, 'images', 'ct.png');
    const workbench = await Workbench.open(folder);
    await workbench.openReport(REPORT);
    const figureFile = async (present: boolean) =>
      waitUntil(
        async () => ((await workbench.problems()).some((p) => p.code === 'figure-file' && p.line === line) === present ? true : undefined),
        async () => `figure-file@${line} ${present ? 'not' : 'still'} in Problems: ${(await workbench.problems()).map((p) => `${p.code}@${p.line}`).join(', ')}`,
        15_000,
      );
    await figureFile(true);
    await workbench.runCommand('Case Report: Open Preview to the Side');
    const frame = await workbench.webviewFrame('.cr-title');
    const shows = (want: RegExp) =>
      waitUntil(
        async () => (want.test(await figure3(frame)) ? true : undefined),
        async () => `the preview's Figure 3 shows ${await figure3(frame)}, wanted ${want}`,
        15_000,
      );
    // The missing file is named in a box above the caption, not a broken image.
    await shows(/^box: images\/ct\.png not found$/);
    await frame.locator('.cr-article').evaluate((article) => article.classList.add('cr-single')); // every page, so the box can be shown
    await frame.locator('.cr-image-missing').scrollIntoViewIfNeeded();
    await workbench.screenshot(join(RESULTS, 'figure-files-missing-in-preview.png'));

    // The author exports the figure into the folder: the finding leaves, the image appears.
    copyFileSync(join(EXAMPLES, 'images', 'figure-3-timeline.png'), image);
    await figureFile(false);
    await shows(/^image 640 px wide$/);
    // Replaced by another picture: the preview shows the new one, not its cached copy.
    writeFileSync(image, TINY_PNG);
    await shows(/^image 1 px wide$/);
    // Deleted: the finding comes back, and the preview names the file again.
    rmSync(image);
    await figureFile(true);
    await shows(/^box: images\/ct\.png not found$/);
    assert.equal(await workbench.page.locator(`.tabs-container .tab[aria-label^="${REPORT}"].dirty`).count(), 0, 'the report was never edited');
  });
});
