import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { ensurePreviewAssets } from './assets';
import { launchChromium } from './browser';
import { FIXTURES } from './helpers';

const RESULTS = resolve('test-results', 'render');
/** The realistic report of examples/ (with its figure images), else this folder's fixture. */
const EXAMPLE = existsSync(resolve('examples', 'egpa-cardiac-tamponade.md')) ? resolve('examples', 'egpa-cardiac-tamponade.md') : join(FIXTURES, 'calciphylaxis.md');

describe('render: the exported page in headless Chromium [chromium]', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  const out = join(RESULTS, 'export.html');

  before(async function () {
    ensurePreviewAssets();
    mkdirSync(RESULTS, { recursive: true });
    let stderr = '';
    assert.equal(run(['render', '-o', out, EXAMPLE], { stdout: () => undefined, stderr: (t) => (stderr += t) }), 0, stderr);
    browser = await launchChromium(this);
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    // A CSP violation (style or script without the nonce) shows up as a console error.
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`file://${out}`, { waitUntil: 'load' });
  });
  after(async () => browser?.close());

  it('shows every house-style element, styled under the CSP, and saves a screenshot', async () => {
    await page.waitForSelector('.cr-page[data-page="1"].cr-current');
    for (const selector of ['.cr-kicker', '.cr-title', '.cr-byline', 'sup.cr-cite a', '.cr-pager', '.cr-footer .cr-filed', '.cr-footer .cr-tagged']) {
      assert.ok(await page.isVisible(selector), `${selector} is visible`);
    }
    assert.match((await page.textContent('.cr-title'))!, /^Case Report: /);
    // The style sheet applied (it carries the nonce): the title is set large, the kicker in capitals.
    const styles = await page.evaluate(() => ({
      title: parseFloat(getComputedStyle(document.querySelector('.cr-title')!).fontSize),
      kicker: getComputedStyle(document.querySelector('.cr-kicker')!).textTransform,
      hidden: getComputedStyle(document.querySelector('.cr-page[data-page="2"]')!).display,
    }));
    assert.ok(styles.title > 30, `title ${styles.title}px`);
    assert.equal(styles.kicker, 'uppercase');
    assert.equal(styles.hidden, 'none');
    await page.screenshot({ path: join(RESULTS, 'export-page-1.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('switches pages with the pager, the current page never a link, and shows everything under Single Page', async () => {
    await page.click('.cr-pager a[data-page="2"]');
    await page.waitForSelector('.cr-page[data-page="2"].cr-current');
    assert.equal(await page.isVisible('.cr-page[data-page="1"]'), false);
    assert.equal(await page.$eval('.cr-pager [data-page="2"]', (e) => e.tagName), 'SPAN');
    assert.equal(await page.$eval('.cr-pager [data-page="1"]', (e) => e.tagName), 'A');
    assert.ok(await page.isVisible('figure figcaption'), 'a figure with its caption on page 2');
    assert.ok(await page.isVisible('blockquote.cr-pullquote'), 'the pull quote');
    assert.ok(await page.isVisible('.cr-references-section'), 'the references after the last page');
    await page.screenshot({ path: join(RESULTS, 'export-page-2.png'), fullPage: true });
    await page.click('.cr-pager a[data-page="all"]');
    await page.waitForSelector('.cr-article.cr-single');
    const visible = await page.$$eval('.cr-page', (pages) => pages.filter((p) => (p as HTMLElement).offsetParent !== null).length);
    assert.equal(visible, await page.$$eval('.cr-page', (pages) => pages.length));
    assert.equal(await page.$eval('.cr-pager [data-page="all"]', (e) => e.tagName), 'SPAN');
  });

  it('follows a citation to its reference on the last page, the reference text on hover', async () => {
    await page.click('.cr-pager a[data-page="1"]');
    await page.waitForSelector('.cr-page[data-page="1"].cr-current');
    const cite = page.locator('.cr-page[data-page="1"] sup.cr-cite a').first();
    const title = await cite.getAttribute('title');
    assert.ok(title && title.length > 20, 'the reference text is the link title');
    const href = (await cite.getAttribute('href'))!;
    await cite.click();
    await page.waitForSelector(`${href}`, { state: 'visible' });
    assert.equal(await page.$eval(href, (e) => e.closest('.cr-page')!.classList.contains('cr-current')), true);
  });

  it('prints every page without the pager', async () => {
    await page.emulateMedia({ media: 'print' });
    const visible = await page.$$eval('.cr-page', (pages) => pages.filter((p) => getComputedStyle(p).display !== 'none').length);
    assert.equal(visible, await page.$$eval('.cr-page', (pages) => pages.length));
    assert.equal(await page.isVisible('.cr-pager'), false);
    const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: false });
    assert.ok(pdf.length > 10_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('wraps the byline between its parts: a separator never starts or ends a line, narrow or wide', async () => {
    for (const width of [360, 420, 640, 900, 1100]) {
      const narrow = await browser!.newPage({ viewport: { width, height: 900 } });
      await narrow.goto(`file://${out}`, { waitUntil: 'load' });
      const seps = await narrow.evaluate(() => {
        const byline = document.querySelector('.cr-byline')!;
        const box = byline.getBoundingClientRect();
        const clipped = getComputedStyle(byline).overflowX !== 'visible';
        // The lines of the byline's words (not the separators'), in reading order, with where each separator is.
        const words: { rect: DOMRect; node: Text }[] = [];
        const walker = document.createTreeWalker(byline, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.data.trim() === '' || node.parentElement!.closest('.cr-sep')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) words.push({ rect, node });
        }
        return Array.from(byline.querySelectorAll('.cr-sep')).map((sep) => {
          const rect = sep.getBoundingClientRect();
          const before = words.filter((w) => sep.compareDocumentPosition(w.node) & Node.DOCUMENT_POSITION_PRECEDING).pop();
          const after = words.find((w) => sep.compareDocumentPosition(w.node) & Node.DOCUMENT_POSITION_FOLLOWING);
          const shown = !(clipped && rect.right <= box.left + 0.5);
          // On the separator's line: the words' middle within half a line of the separator's (no named helper: the page runs it as is).
          const middle = rect.top + rect.height / 2;
          return {
            shown,
            // A separator shown has words on its line on both sides; one not shown is wholly outside the clip.
            wordBefore: before !== undefined && Math.abs(before.rect.top + before.rect.height / 2 - middle) < before.rect.height / 2 && before.rect.right <= rect.left + 1,
            wordAfter: after !== undefined && Math.abs(after.rect.top + after.rect.height / 2 - middle) < after.rect.height / 2 && after.rect.left >= rect.right - 1,
            startsLine: after !== undefined && after.rect.left - box.left < 2,
          };
        });
      });
      for (const [i, sep] of seps.entries()) {
        if (sep.shown) assert.ok(sep.wordBefore && sep.wordAfter, `at ${width}px, separator ${i + 1} is between words on its line: ${JSON.stringify(sep)}`);
        else assert.ok(sep.startsLine, `at ${width}px, separator ${i + 1} is hidden only where its part starts a line`);
      }
      if (width === 360 || width === 1100) await narrow.locator('.cr-byline').screenshot({ path: join(RESULTS, `byline-${width}.png`) });
      await narrow.close();
    }
    // The text is the house style's whatever the width: authors | Issue: ... | date.
    assert.match((await page.textContent('.cr-byline'))!, / \| Issue: [A-Z][a-z]+ \d{4} \| [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });

  it('reads in the dark theme too', async () => {
    const dark = await browser!.newPage({ viewport: { width: 1100, height: 1400 }, colorScheme: 'dark' });
    await dark.goto(`file://${out}`, { waitUntil: 'load' });
    const colors = await dark.evaluate(() => ({ body: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('.cr-page p')!).color }));
    assert.notEqual(colors.body, 'rgb(255, 255, 255)');
    assert.notEqual(colors.text, colors.body);
    await dark.screenshot({ path: join(RESULTS, 'export-dark.png') });
    await dark.close();
  });

  it('has no script but the one carrying the nonce', () => {
    const html = readFileSync(out, 'utf8');
    const nonce = /'nonce-([^']+)'/.exec(html)![1];
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [` nonce="${nonce}"`]);
  });
});
