import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { launchChromium } from './browser';
import { VECTORS } from './vectors';

describe('render: script injection in headless Chromium [chromium]', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  before(async function () {
    browser = await launchChromium(this);
  });
  after(async () => browser?.close());

  it('runs no script from any vector, even on a page without a Content-Security-Policy', async () => {
    const markdown = `---\ntitle: "Injection <script>pwned('frontmatter')</script>"\nauthors:\n  - name: "<img src=x onerror=pwned('author')>"\ncategory: "<svg onload=pwned('category')>"\ntags: ["<script>pwned('tag')</script>"]\n---\n\n${VECTORS.join('\n\n<!-- pagebreak -->\n\n')}\n\n## References\n\n1. <img src=x onerror="pwned('reference')"> A reference.\n`;
    const config = defaultConfig();
    const article = renderArticle(parseDocument(markdown, parseOptions(config)), { config });
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
