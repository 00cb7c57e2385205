import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../src/core/config';
import { MAGAZINE } from '../../src/core/house-styles';
import { pageTexts, paragraphs, render } from './helpers';

const FRONT = '---\ntitle: T\nauthors:\n  - name: A B\n---\n\n';
const withWordsPerPage = (wordsPerPage: number) => defaultConfig({ houseStyle: { ...MAGAZINE, limits: { ...MAGAZINE.limits, wordsPerPage } } });

describe('render: pagination', () => {
  it('keeps a short report on one page, with no pager', () => {
    const { html, pages } = render(`${FRONT}${paragraphs(2, 40)}\n`);
    assert.equal(pages.length, 1);
    assert.doesNotMatch(html, /cr-pager/);
  });

  it('fills pages to the house style words per page (350 by default)', () => {
    const { html, pages } = render(`${FRONT}${paragraphs(10, 100)}\n`);
    // 100-word paragraphs: a page closes once it holds 350 words or one more would overflow it.
    assert.equal(pages.length, 4);
    const texts = pageTexts(html);
    assert.equal(texts.length, 4);
    for (const text of texts.slice(0, -1)) {
      const words = text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 300 && words <= 400, `${words} words on a page`);
    }
  });

  it('follows the words per page of the house style in use', () => {
    const { pages } = render(`${FRONT}${paragraphs(10, 100)}\n`, { config: withWordsPerPage(200) });
    assert.equal(pages.length, 5);
  });

  it('only breaks at <!-- pagebreak --> markers when the author placed any', () => {
    const text = `${FRONT}${paragraphs(6, 100, 'a')}\n\n<!-- pagebreak -->\n\n${paragraphs(1, 10, 'b')}\n\n<!--pagebreak-->\n\n${paragraphs(1, 10, 'c')}\n`;
    const { html, pages } = render(text);
    assert.equal(pages.length, 3);
    const texts = pageTexts(html);
    assert.match(texts[0], /a5x99/);
    assert.match(texts[1], /b0x0/);
    assert.doesNotMatch(texts[1], /a5x99|c0x0/);
    assert.match(texts[2], /c0x0/);
    assert.doesNotMatch(html, /pagebreak/);
  });

  it('ignores a marker at the very start or two markers in a row (no empty pages)', () => {
    const { pages } = render(`${FRONT}<!-- pagebreak -->\n\nOne.\n\n<!-- pagebreak -->\n\n<!-- pagebreak -->\n\nTwo.\n`);
    assert.equal(pages.length, 2);
  });

  it('never leaves a heading at the bottom of a page', () => {
    for (let words = 50; words <= 400; words += 25) {
      const text = `${FRONT}${paragraphs(3, words, 'p')}\n\n## Discussion\n\n${paragraphs(3, words, 'q')}\n\n### Subhead\n\n#### Deeper\n\n${paragraphs(2, words, 'r')}\n`;
      const texts = pageTexts(render(text).html);
      for (const page of texts) {
        assert.doesNotMatch(page.trim(), /<\/h\d>\s*$/, `a page ends with a heading (paragraphs of ${words} words)`);
      }
      const discussion = texts.find((page) => page.includes('Discussion'))!;
      assert.match(discussion, /<h2[^>]*>Discussion<\/h2>\n<p[^>]*>q0x0/);
    }
  });

  it('never separates a figure from its caption, nor a table from its caption', () => {
    for (let words = 50; words <= 400; words += 50) {
      const text = `${FRONT}${paragraphs(3, words, 'p')}\n\n![Figure 1. The caption of the figure.](a.png)\n\n${paragraphs(2, words, 'q')}\n\nTable 1. The caption of the table\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n${paragraphs(2, words, 'r')}\n`;
      const texts = pageTexts(render(text).html);
      const figure = texts.find((page) => page.includes('<figure'))!;
      assert.match(figure, /<figure[^>]*><img [^>]*><figcaption><strong class="cr-float-label">Figure 1\.<\/strong> The caption of the figure\.<\/figcaption><\/figure>/);
      const table = texts.find((page) => page.includes('<table'))!;
      assert.match(table, /<caption[^>]*><strong class="cr-float-label">Table 1\.<\/strong> The caption of the table<\/caption>/);
    }
  });

  it('gives the cursor line a page: every source line belongs to exactly one page', () => {
    const { pages } = render(`${FRONT}${paragraphs(12, 90)}\n`);
    assert.ok(pages.length > 2);
    const lines = pages[pages.length - 1].endLine;
    for (let line = 0; line < lines; line++) assert.equal(pages.filter((p) => line >= p.startLine && line < p.endLine).length, 1, `line ${line}`);
  });

  it('sets the references after the last page, never on a page of their own', () => {
    const refs = Array.from({ length: 40 }, (_, i) => `${i + 1}. Author A. A long reference title number ${i + 1} about calciphylaxis and lupus. J Rheumatol. 2020;1:1-2.`).join('\n');
    const { html, pages } = render(`${FRONT}${paragraphs(4, 100)}\n\n## References\n\n${refs}\n`);
    const texts = pageTexts(html);
    assert.equal(texts.length, pages.length);
    assert.match(texts[texts.length - 1], /p3x99|word3x99/);
    assert.match(texts[texts.length - 1], /cr-references-section/);
    for (const page of texts.slice(0, -1)) assert.doesNotMatch(page, /cr-ref-/);
  });
});
