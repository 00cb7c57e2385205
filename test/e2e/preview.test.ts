// The journal preview in a real VS Code webview: set like the magazine, paged, and live.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { REPORT, RESULTS, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

async function text(frame: Frame, selector: string): Promise<string> {
  return ((await frame.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('journal preview in VS Code', function () {
  // Many steps in one session: about 75 s on a loaded machine, beside the suite's 90 s.
  this.timeout(180_000);

  it('opens beside the editor, pages, and follows edits', async () => {
    const source = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openFile(REPORT);
    await workbench.runCommand('Case Report: Open Preview to the Side');
    await workbench.page.waitForSelector('.editor-group-container >> nth=1');
    assert.equal(await workbench.page.locator('.editor-group-container').count(), 2, 'the preview opens in a second group beside the editor');

    const frame = await workbench.webviewFrame('.cr-title');
    assert.equal(await text(frame, '.cr-title'), 'Case Report: Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade');
    const byline = await text(frame, '.cr-byline');
    assert.match(byline, /^Maya Okafor, MD, Daniel Reyes, MD, Priya Natarajan, MD, PhD, & Lena Hoffmann, MD, MS \| Issue: March 2025 \| March 14, 2025$/);
    const captions = await frame.locator('figure figcaption').allTextContents();
    assert.ok(captions.some((c) => /^\s*Figure 1\.\s+Subcostal echocardiographic view/.test(c)), `figure captions: ${captions.join(' / ')}`);
    // The figure's file, mapped to a webview URI by the extension from the sources the worker reports, loads.
    await frame.waitForFunction(() => {
      const image = document.querySelector('figure img') as HTMLImageElement | null;
      return image !== null && image.complete && image.naturalWidth > 0;
    });
    assert.match((await frame.locator('figure img').first().getAttribute('src')) ?? '', /^https:\/\/.*figure-1/);
    assert.equal(await frame.locator('sup.cr-cite').count(), 10, 'all ten citation markers (three forms) are set as superscripts');

    // Page 1 is shown with its pager; clicking "2" shows page 2 and only page 2.
    const pager = frame.locator('.cr-pager').first();
    await pager.waitFor();
    assert.match((await pager.textContent()) ?? '', /Page:\s*1\s+2.*Single Page/);
    assert.ok(await frame.locator('.cr-page[data-page="1"]').isVisible());
    await pager.locator('a[data-page="2"]').click();
    await frame.locator('.cr-page[data-page="2"]').waitFor({ state: 'visible' });
    await frame.locator('.cr-page[data-page="1"]').waitFor({ state: 'hidden' });
    assert.ok(await frame.locator('.cr-page[data-page="2"]', { hasText: 'Therapeutic intervention' }).isVisible(), 'page 2 starts after the first page break');
    // The opening is page 1's: page 2 does not repeat the title, byline and abstract.
    for (const selector of ['.cr-kicker', '.cr-title', '.cr-byline', '.cr-abstract']) assert.equal(await frame.locator(selector).isVisible(), false, `${selector} is not on page 2`);
    // Typographic quotes in the preview, the source as typed.
    assert.match(source, /^"I thought my asthma/m);
    assert.match(await text(frame, '.cr-page[data-page="2"] p:has-text("I thought my asthma")'), /^“I thought my asthma.*energy back\.”$/);
    // The end matter after the last page's text: the authors by institution, correspondence, keywords, statements.
    const end = await text(frame, '.cr-page[data-page="2"] .cr-end-matter');
    assert.match(end, /Maya Okafor, MD, & Lena Hoffmann, MD, MS, Riverside University Medical Center, Division of Rheumatology\./);
    assert.match(end, /Correspondence: Maya Okafor, MD, .*mokafor@example\.org/);
    assert.match(end, /Keywords: eosinophilic granulomatosis with polyangiitis; cardiac tamponade/);
    assert.match(end, /Conflicts of interest: None declared\. Patient consent: Written informed consent/);
    await workbench.screenshot(join(RESULTS, 'preview-page-2.png'));

    // An edit in the editor reaches the preview without saving.
    await workbench.page.locator('.editor-group-container').first().click({ position: { x: 200, y: 200 } });
    await workbench.goToEndOf(lineOf(source, 'title: Eosinophilic Granulomatosis'), source);
    await workbench.type(' in a Woman With Asthma');
    await waitUntil(
      async () => ((await text(frame, '.cr-title')).endsWith('Presenting as Cardiac Tamponade in a Woman With Asthma') ? true : undefined),
      async () => `preview title is "${await text(frame, '.cr-title')}"`,
      10_000,
    );

    // Closed and opened again: a new webview, whose page carries the current article and whose
    // figure loads from the image addresses the first preview found.
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Preview' }).first().click();
    await workbench.page.keyboard.press('Control+W');
    await workbench.page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached' });
    await workbench.focusEditor();
    await workbench.runCommand('Case Report: Open Preview to the Side');
    const reopened = await workbench.webviewFrame('.cr-title');
    assert.match(await text(reopened, '.cr-title'), /Presenting as Cardiac Tamponade in a Woman With Asthma$/);
    await reopened.waitForFunction(() => {
      const image = document.querySelector('figure img') as HTMLImageElement | null;
      return image !== null && image.complete && image.naturalWidth > 0;
    });
  });
});

describe('journal preview: what a report cannot make the webview load', () => {
  it('a remote image is a placeholder naming its host and is never requested; a symlink out of the workspace is not shown', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'casereport-outside-'));
    try {
      writeFileSync(join(outside, 'photo.png'), readFileSync(join(__dirname, '..', '..', 'examples', 'images', 'figure-1-echocardiogram.png')));
      const folder = createWorkspace({
        [REPORT]: (text) =>
          text
            .replace('(images/figure-2-skin-biopsy.png)', '(https://tracker.example/pixel.png)')
            .replace('(images/figure-3-timeline.png)', '(images/linked.png) <img src="https://raw-pixel.example/p.gif">'),
      });
      symlinkSync(join(outside, 'photo.png'), join(folder, 'images', 'linked.png'));
      const workbench = await Workbench.open(folder);
      const requested: string[] = [];
      workbench.page.on('request', (request) => {
        if (/tracker\.example|raw-pixel\.example/.test(request.url())) requested.push(request.url());
      });
      await workbench.openFile(REPORT);
      await workbench.runCommand('Case Report: Open Preview to the Side');
      const frame = await workbench.webviewFrame('.cr-title');
      await frame.locator('.cr-single, .cr-article').first().evaluate((article) => article.classList.add('cr-single'));
      const blocked = await frame.locator('.cr-image-blocked').allTextContents();
      assert.ok(blocked.some((t) => t.includes('image from tracker.example not loaded')), blocked.join(' / '));
      assert.ok(blocked.some((t) => t.includes('image from raw-pixel.example not loaded')), blocked.join(' / '));
      // The figure inside the workspace loads; the symlink pointing out of it gets no webview address.
      await frame.waitForFunction(() => Array.from(document.querySelectorAll('figure img')).some((img) => (img as HTMLImageElement).naturalWidth > 0));
      const linked = await frame.locator('img[alt^="Figure 3."]').getAttribute('src');
      assert.equal(linked, 'images/linked.png', 'left as the relative path, which the webview cannot load');
      await workbench.page.waitForTimeout(1000);
      assert.deepEqual(requested, []);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
