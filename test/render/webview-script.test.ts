import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensurePreviewAssets } from './assets';
import { launchChromium } from './browser';
import { paragraphs, render } from './helpers';

const FRONT = '---\ntitle: Live Preview\nauthors:\n  - name: Ann Lee\n    degrees: [MD]\n---\n\n';
const BODY = `${paragraphs(4, 120, 'one')}\n\n## Second Part\n\n${paragraphs(4, 120, 'two')}\n`;

describe('render: the webview script (DOM patching, pages, scroll sync, messages) [chromium]', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    ensurePreviewAssets();
    browser = await launchChromium(this);
  });
  after(async () => browser?.close());

  beforeEach(async () => {
    const script = readFileSync(join(__dirname, '..', '..', 'dist', 'preview.js'), 'utf8');
    const css = readFileSync(join(__dirname, '..', '..', 'dist', 'preview.css'), 'utf8');
    page = await browser!.newPage({ viewport: { width: 900, height: 700 } });
    // The webview's API, as VS Code provides it, recording what the script posts.
    const api = `window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: (s) => { window.__state = s; } });`;
    await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body class="cr-preview vscode-light"><main id="cr-root" class="cr-root" data-uri="file:///case.md" data-version="3">${render(FRONT + BODY).html}</main><script>${api}</script><script>${script}</script></body></html>`);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
  });
  afterEach(async () => page.close());

  const posted = () => page.evaluate(() => (window as unknown as { __posted: { type: string; line?: number }[] }).__posted);
  const send = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);

  it('says it is ready with the version of the article written in its page, and shows page 1 before any message', async () => {
    assert.deepEqual((await posted()).filter((m) => m.type === 'ready'), [{ type: 'ready', version: 3 }]);
    assert.ok(await page.isVisible('.cr-page[data-page="1"].cr-current'));
    assert.equal(await page.isVisible('.cr-page[data-page="2"]'), false);
  });

  it('patches an update in place: unchanged paragraphs keep their nodes, the page shown stays', async () => {
    await page.click('.cr-pager a[data-page="2"]');
    await page.waitForSelector('.cr-page[data-page="2"].cr-current');
    await page.evaluate(() => {
      (document.querySelector('.cr-page[data-page="2"] p') as HTMLElement & { marker?: string }).marker = 'kept';
    });
    const edited = render(FRONT + BODY.replace('two3x119', 'EDITED')).html;
    await send({ type: 'update', html: edited, version: 2 });
    await page.waitForFunction(() => document.body.textContent!.includes('EDITED'));
    assert.equal(await page.evaluate(() => (document.querySelector('.cr-page[data-page="2"] p') as HTMLElement & { marker?: string }).marker), 'kept');
    assert.ok(await page.isVisible('.cr-page[data-page="2"].cr-current'));
    assert.equal(await page.$eval('.cr-pager [data-page="2"]', (e) => e.tagName), 'SPAN');
  });

  it('shows the page that holds the cursor line', async () => {
    const line = await page.$eval('.cr-page[data-page="2"] [data-line]', (e) => Number((e as HTMLElement).dataset.line));
    await send({ type: 'cursor', line });
    await page.waitForSelector('.cr-page[data-page="2"].cr-current');
    await send({ type: 'cursor', line: 0 });
    await page.waitForSelector('.cr-page[data-page="1"].cr-current');
  });

  it('scrolls to the line the editor shows, and reports its own scrolling back as a line', async () => {
    await page.click('.cr-pager a[data-page="all"]');
    await page.waitForSelector('.cr-article.cr-single');
    const target = await page.$eval('.cr-page[data-page="2"] h2, .cr-page[data-page="2"] p', (e) => Number((e as HTMLElement).dataset.line));
    await send({ type: 'scroll', line: target });
    await page.waitForFunction(() => window.scrollY > 200);
    const before = (await posted()).filter((m) => m.type === 'scroll').length;
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((n) => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'scroll').length > n, before);
    const last = (await posted()).filter((m) => m.type === 'scroll').pop()!;
    assert.ok(typeof last.line === 'number' && last.line > 0);
    // The editor back at the frontmatter: the preview shows its header again.
    await send({ type: 'scroll', line: 0 });
    await page.waitForFunction(() => window.scrollY === 0);
  });

  it('asks the editor to reveal the line of a double-clicked paragraph', async () => {
    const line = await page.$eval('.cr-page[data-page="1"] p[data-line]', (e) => Number((e as HTMLElement).dataset.line));
    await page.dblclick('.cr-page[data-page="1"] p[data-line]');
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'open-line'));
    assert.deepEqual((await posted()).find((m) => m.type === 'open-line'), { type: 'open-line', line });
  });

  it('keeps its page in the webview state, for the serializer', async () => {
    await page.click('.cr-pager a[data-page="2"]');
    await page.waitForFunction(() => (window as unknown as { __state?: { page: unknown } }).__state?.page === 2);
    assert.equal(await page.evaluate(() => (window as unknown as { __state: { uri: string } }).__state.uri), 'file:///case.md');
  });
});
