import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { renderArticle } from '../../src/core/render/article';
import { launchChromium } from './browser';

/** Script-injection attempts an author could paste into a report (raw HTML and Markdown). */
export const VECTORS = [
  `<script>pwned('script')</script>`,
  `<SCRIPT SRC="data:text/javascript,pwned('script src')"></SCRIPT>`,
  `<img src=x onerror="pwned('img onerror')">`,
  `<img src="x" onerror=pwned('img unquoted')>`,
  `<img src=x onerror=&#x70;wned('entity in handler')>`,
  `<svg onload="pwned('svg onload')"></svg>`,
  `<svg><script>pwned('svg script')</script></svg>`,
  `<iframe src="javascript:pwned('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.pwned('srcdoc')</script>"></iframe>`,
  `<object data="javascript:pwned('object')"></object>`,
  `<embed src="javascript:pwned('embed')">`,
  `<a href="javascript:pwned('a')">link</a>`,
  `<a href="JaVaScRiPt:pwned('a mixed case')">link</a>`,
  `<a href="jav&#x09;ascript:pwned('a tab entity')">link</a>`,
  `<a href="&#106;avascript:pwned('a numeric entity')">link</a>`,
  `<a href="javascript&colon;pwned('a colon entity')">link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5wd25lZCgnZGF0YScpPC9zY3JpcHQ+">data link</a>`,
  `<a href="vbscript:pwned('vbscript')">vb</a>`,
  `[markdown link](javascript:pwned('md link'))`,
  `[markdown link](<javascript:pwned('md link angle')>)`,
  `![markdown image](javascript:pwned('md image'))`,
  `[ref link][evil]\n\n[evil]: javascript:pwned('md reference')`,
  `<details open ontoggle="pwned('details ontoggle')"><summary>x</summary>y</details>`,
  `<body onload="pwned('body onload')">`,
  `<input autofocus onfocus="pwned('input autofocus')">`,
  `<form action="javascript:pwned('form')"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="pwned('mxss')">`,
  `<style>@import 'data:text/css,body{}'; * { background: url("javascript:pwned('css')") }</style>`,
  `<div style="background:url(javascript:pwned('style attribute'))">styled</div>`,
  `<meta http-equiv="refresh" content="0;url=javascript:pwned('meta refresh')">`,
  `<base href="javascript:pwned('base')//">`,
  `<link rel="stylesheet" href="data:text/css,*{}">`,
  `<video><source onerror="pwned('video source')"></video>`,
  `<audio src=x onerror="pwned('audio')"></audio>`,
  `<marquee onstart="pwned('marquee')">x</marquee>`,
  `<p title="</p><script>pwned('title breakout')</script>">x</p>`,
  `<!--<img src="--><img src=x onerror=pwned('comment breakout')//">`,
  `<noscript><p title="</noscript><img src=x onerror=pwned('noscript')>"></noscript>`,
  `<textarea><script>pwned('textarea')</script></textarea>`,
  `<template><script>pwned('template')</script></template>`,
  `<img src="data:image/svg+xml,<svg onload=pwned('svg data')>">`,
  `<xmp><script>pwned('xmp')</script></xmp>`,
  `<table background="javascript:pwned('table background')"><tr><td>cell</td></tr></table>`,
  `Inline <span onmouseover="pwned('span hover')">hover me</span> and <b onclick="pwned('b click')">click</b>.`,
  `Inline <script>pwned('inline script')</script> in a paragraph.`,
  `<div><a href="#" onclick="pwned('nested')">nested</a></div>`,
  `<scr<script>ipt>pwned('split tag')</scr</script>ipt>`,
  `<img """><script>pwned('quotes')</script>">`,
  `<IMG SRC=javascript:pwned('img js src')>`,
  `<object type="text/html" data="data:text/html,<script>parent.pwned('object data')</script>"></object>`,
  `<isindex type=image src=1 onerror=pwned('isindex')>`,
  `<x onclick=pwned('unknown element') contenteditable>unknown</x>`,
  `^1^<sup onclick="pwned('sup handler')">2</sup>`,
  `![Figure 1. Caption <img src=x onerror=pwned('in caption')>](x.png)`,
];

describe('render: script injection in headless Chromium', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  before(async function () {
    browser = await launchChromium();
    if (!browser) {
      console.warn('    Chromium is not installed (/usr/bin/chromium, or CHROME_PATH): skipped. Install the Debian package "chromium".');
      this.skip();
    }
  });
  after(async () => browser?.close());

  it('runs no script from any vector, even on a page without a Content-Security-Policy', async () => {
    const markdown = `---\ntitle: "Injection <script>pwned('frontmatter')</script>"\nauthors:\n  - name: "<img src=x onerror=pwned('author')>"\ncategory: "<svg onload=pwned('category')>"\ntags: ["<script>pwned('tag')</script>"]\n---\n\n${VECTORS.join('\n\n<!-- pagebreak -->\n\n')}\n\n## References\n\n1. <img src=x onerror="pwned('reference')"> A reference.\n`;
    const config = defaultConfig();
    const article = renderArticle(parseDocument(markdown, config), { config });
    // No CSP on purpose: the sanitizer alone must stop every vector.
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main id="cr-root">${article.html}</main></body></html>`;
    mkdirSync(join('test-results', 'render'), { recursive: true });
    writeFileSync(join('test-results', 'render', 'injection.html'), html);

    const page = await browser!.newPage();
    const ran: string[] = [];
    await page.exposeFunction('pwned', (what: string) => ran.push(what));
    page.on('dialog', (dialog) => {
      ran.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    // Every page visible, every element hovered, focused and given its images' load or error.
    await page.evaluate(() => document.querySelector('.cr-article')!.classList.add('cr-single'));
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const elements = await page.$$('.cr-article *');
    for (const element of elements) {
      if (await element.isVisible()) await element.hover({ force: true, timeout: 2000 }).catch(() => undefined);
    }
    await page.keyboard.press('Tab');
    // A javascript: link would run on click: there must be none.
    const dangerous = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of Array.from(document.querySelectorAll('.cr-article *'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'srcdoc') found.push(`${element.tagName} ${attribute.name}`);
        }
        const url = (element as HTMLAnchorElement).href ?? (element as HTMLImageElement).src;
        if (typeof url === 'string' && /^(javascript|vbscript|data:text)/i.test(url)) found.push(`${element.tagName} ${url}`);
      }
      for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'input', 'base', 'meta', 'link', 'style', 'svg', 'math', 'video', 'audio', 'textarea', 'template', 'noscript', 'xmp']) {
        if (document.querySelector(`.cr-article ${tag}`)) found.push(`<${tag}> element`);
      }
      return found;
    });
    assert.deepEqual(dangerous, []);
    assert.deepEqual(ran, []);
    await page.close();
  });
});
