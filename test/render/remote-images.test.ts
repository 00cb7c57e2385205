import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { imageSource } from '../../src/core/render/image-source';
import { contentSecurityPolicy } from '../../src/core/render/page';
import { browserAndFolder } from './browser';
import { render } from './helpers';

/** Tracking pixels wherever a report can hold an image, each from its own host. */
const REPORT = `---
title: "Pixel ![t](https://title.example/t.png) in the title"
abstract: "Abstract <img src=https://abstract.example/a.gif>"
authors:
  - name: A B
---

## Case

![Figure 1. Caption with a pixel ![p](https://caption.example/p.png) <img src="https://caption-raw.example/q.png">.](https://figure.example/f1.png)

| Test | Result |
| --- | --- |
| Na | 140 ![x](http://cell.example/x.png) <img src="//cell-raw.example/y.png"> |

Table 1. Values.

Inline <img src="/\\\\backslash.example/z.png"> and <img src="https:colon.example/c.png"> and <img src="ht&#x09;tps://entity.example/e.png"> and <IMG SRC=" HTTPS://upper.example/u.png ">.

Protocol-relative ![r](//md-relative.example/r.png).

## References

1. Author A. Title. J. 2020. <img src="https://reference.example/r.png"> ![m](https://reference-md.example/m.png)
`;
const HOSTS = ['title.example', 'abstract.example', 'caption.example', 'caption-raw.example', 'figure.example', 'cell.example', 'cell-raw.example', 'backslash.example', 'colon.example', 'entity.example', 'upper.example', 'md-relative.example', 'reference.example', 'reference-md.example'];

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('render: remote images are not loaded unless allowed', () => {
  it('replaces every remote image by a placeholder naming its host: caption, table cell, reference, title, abstract', () => {
    const { html } = render(REPORT);
    for (const host of HOSTS) assert.ok(html.includes(`image from ${host} not loaded]</span>`), host);
    assert.doesNotMatch(html, /<img[^>]*src="[^"]*\.example/i);
    assert.doesNotMatch(html, /src="(?:https?:|\/\/|\/\\)/i);
    assert.match(html, /<span class="cr-image-blocked" title="Remote images are not loaded">\[p: image from caption\.example not loaded\]<\/span>/);
    // In a figure the caption below says what the image is: the placeholder names the host only.
    assert.match(html, /<figure class="cr-figure"[^>]*><span class="cr-image-blocked" title="Remote images are not loaded">\[image from figure\.example not loaded\]<\/span><figcaption>/);
  });

  it('shows them when remote images are allowed', () => {
    const { html } = render(REPORT, { remoteImages: true });
    assert.match(html, /<img src="https:\/\/figure\.example\/f1\.png"/);
    assert.match(html, /<img src="https:\/\/reference\.example\/r\.png"/);
    assert.doesNotMatch(html, /cr-image-blocked/);
  });

  it('reads image sources as a browser does', () => {
    const cases: [string, string][] = [
      ['images/a.png', 'local'],
      ['C:\\figures\\a.png', 'local'],
      ['data:image/png;base64,AAAA', 'data'],
      ['data:image/svg+xml,<svg/>', 'other'],
      ['https://a.example/x', 'remote a.example'],
      [' \tHTTP://b.example/x', 'remote b.example'],
      ['//c.example/x', 'remote c.example'],
      ['\\\\d.example\\x', 'remote d.example'],
      ['/\t/e.example/x', 'remote e.example'],
      ['https:f.example/x', 'remote f.example'],
      ['ftp://g.example/x', 'other'],
      ['https://file+.vscode-resource.vscode-cdn.net/etc/passwd', 'other'],
    ];
    for (const [src, expected] of cases) {
      const source = imageSource(src);
      assert.equal(source.kind === 'remote' ? `remote ${source.host}` : source.kind, expected, JSON.stringify(src));
    }
  });

  it('lets pages load images from data URIs and the given sources only; https only when allowed', () => {
    const csp = contentSecurityPolicy('n0nce', ['https://*.vscode-cdn.net']);
    assert.match(csp, /img-src data: https:\/\/\*\.vscode-cdn\.net;/);
    assert.doesNotMatch(csp, /img-src[^;]* https:(?:\s|;)/);
    assert.match(contentSecurityPolicy('n0nce', [], [], true), /img-src data: https:;/);
  });
});

describe('render: no request leaves for a remote host (headless Chromium) [chromium]', function () {
  this.timeout(120_000);
  const suite = browserAndFolder('casereport-remote-');

  /** The URLs a page asked for that are not the page itself or a data URI. */
  async function requests(open: (page: import('playwright-core').Page) => Promise<unknown>): Promise<string[]> {
    const page = await suite.browser.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (!/^(?:data|about):/.test(request.url()) && !request.url().startsWith(`file://${suite.dir}/case.html`)) asked.push(request.url());
    });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await open(page);
    await page.evaluate(() => document.querySelector('.cr-article')?.classList.add('cr-single'));
    await page.waitForLoadState('networkidle');
    await page.close();
    return asked;
  }

  it('the page casereport render writes', async () => {
    writeFileSync(join(suite.dir, 'case.md'), REPORT);
    const out = join(suite.dir, 'case.html');
    assert.equal(cli(['render', '-o', out, join(suite.dir, 'case.md')]).status, 0);
    assert.deepEqual(await requests((page) => page.goto(`file://${out}`)), []);
  });

  it('the article alone, on a page without a Content-Security-Policy (the renderer alone)', async () => {
    const { html } = render(REPORT);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main id="cr-root">${html}</main></body></html>`;
    assert.deepEqual(await requests((p) => p.setContent(page, { waitUntil: 'load' })), []);
  });

  it('fails without the blocking: allowed remote images are requested (the test can see a request)', async () => {
    const { html } = render(REPORT, { remoteImages: true });
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main id="cr-root">${html}</main></body></html>`;
    const asked = await requests((p) => p.setContent(page, { waitUntil: 'load' }));
    assert.ok(asked.some((url) => url.startsWith('https://figure.example/')), asked.join('\n'));
  });
});
