import { strict as assert } from 'node:assert';
import { defaultConfig } from '../../src/core/config';
import { fixture, render } from './helpers';

describe('render: house-style elements', () => {
  const { html, pages } = render(fixture('calciphylaxis.md'));

  it('opens with the category kicker, the prefixed title and the byline, in that order', () => {
    const kicker = html.indexOf('<p class="cr-kicker">Systemic Lupus Erythematosus</p>');
    const title = html.indexOf('<h1 class="cr-title"><span class="cr-title-prefix">Case Report:</span> Refractory Calciphylaxis in Lupus</h1>');
    const byline = html.indexOf('<p class="cr-byline">');
    assert.ok(kicker >= 0 && title > kicker && byline > title, 'kicker, title, byline');
    const text = /<p class="cr-byline">([\s\S]*?)<\/p>/.exec(html)![1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    assert.equal(text, 'Joey Kim, MD, Navneet Kaur, MD, Phillip Zhang, MD, & Irene Blanco, MD, MS | Issue: May 2018 | May 17, 2018');
    assert.match(html, /<time class="cr-date" datetime="2018-05-17">May 17, 2018<\/time>/);
  });

  it('sets bold run-in heads and headings with their source lines', () => {
    assert.match(html, /<p class="cr-runin-para" data-line="20"><strong class="cr-runin">Background:<\/strong> Calciphylaxis is/);
    assert.match(html, /<strong class="cr-runin">Pathogenesis:<\/strong>/);
    assert.match(html, /<h2 data-line="22">Case Presentation<\/h2>/);
  });

  it('sets citations as linked superscripts with the reference text on hover', () => {
    assert.match(html, /calciphylaxis\.<sup class="cr-cite" data-cite="1"><a href="#cr-ref-1" title="Nigwekar SU, Kroshinsky D, Nazarian RM, et al\. Calciphylaxis: risk factors, diagnosis, and treatment\. Am J Kidney Dis\. 2015;66\(1\):133-146\.">1<\/a><\/sup>/);
    assert.match(html, /diseases\.<sup class="cr-cite" data-cite="2">/);
    assert.match(html, /<sup class="cr-cite" data-cite="3,4"><a href="#cr-ref-3" [^>]*>3<\/a>,<a href="#cr-ref-4" [^>]*>4<\/a><\/sup>/);
  });

  it('sets ranges with an en dash, both ends linked', () => {
    assert.match(html, /<sup class="cr-cite" data-cite="1\u20134"><a href="#cr-ref-1" [^>]*>1<\/a>\u2013<a href="#cr-ref-4" [^>]*>4<\/a><\/sup>/);
  });

  it('keeps a percentage range in running text as text', () => {
    assert.match(html, /Approximately 1–4% of patients/);
  });

  it('flags a citation that has no reference', () => {
    assert.match(html, /<sup class="cr-cite cr-cite-flagged" data-cite="9" title="Reference 9 is not in the reference list"><a class="cr-cite-missing" href="#cr-references" title="Reference 9 is not in the reference list">9<\/a><\/sup>/);
  });

  it('sets figures as <figure> with the image and the caption below, the label bold with a period', () => {
    assert.match(
      html,
      /<figure class="cr-figure" id="cr-figure-2" data-line="\d+"><img src="images\/ct-chest\.png" alt="Figure 2\. Diffuse bilateral groundglass opacities were seen throughout the lung parenchyma\."><figcaption><strong class="cr-float-label">Figure 2\.<\/strong> Diffuse bilateral groundglass opacities were seen throughout the lung parenchyma\.<\/figcaption><\/figure>/,
    );
    assert.doesNotMatch(html, /<p[^>]*><figure/);
  });

  it('sets the table caption above the table', () => {
    assert.match(html, /<table class="cr-table" id="cr-table-1" data-line="\d+">\n<caption data-line="\d+"><strong class="cr-float-label">Table 1\.<\/strong> Laboratory values on admission<\/caption>\n<thead/);
    assert.doesNotMatch(html, /<p[^>]*>Table 1\. Laboratory/);
  });

  it('sets the pull quote without its marker', () => {
    assert.match(html, /<blockquote class="cr-pullquote" data-line="\d+">\n<p data-line="\d+">The most important aspect of treating patients with calciphylaxis remains wound management\.<\/p>\n<\/blockquote>/);
    assert.doesNotMatch(html, /PULLQUOTE/);
  });

  it('puts the references after the last page text, numbered as written, each with its anchor', () => {
    const last = html.lastIndexOf('<section class="cr-page');
    const references = html.indexOf('<div class="cr-references-section">');
    assert.ok(references > last, 'references on the last page');
    assert.match(html, /<h2 class="cr-references-heading" id="cr-references" data-line="\d+">References<\/h2>/);
    for (let n = 1; n <= 5; n++) assert.match(html, new RegExp(`<li id="cr-ref-${n}" value="${n}" data-line="\\d+">`));
    assert.match(html, /<em>Am J Kidney Dis<\/em>/);
  });

  it('closes with the pager and the Filed under / Tagged with footer', () => {
    const pager = html.indexOf('<nav class="cr-pager"');
    const footer = html.indexOf('<footer class="cr-footer">');
    assert.ok(pager > html.lastIndexOf('</section>') && footer > pager);
    assert.match(html, /<span class="cr-footer-label">Filed under:<\/span> <span class="cr-category">Systemic Lupus Erythematosus<\/span>/);
    assert.match(html, /<span class="cr-footer-label">Tagged with:<\/span> <span class="cr-tag">calciphylaxis<\/span>, <span class="cr-tag">connective tissue disease<\/span>, <span class="cr-tag">Systemic lupus erythematosus<\/span>/);
  });

  it('writes the pager as "Page: 1 2 ... | Single Page" with the current page not a link', () => {
    assert.ok(pages.length >= 2, `paginated into ${pages.length} pages`);
    const pager = /<nav class="cr-pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1];
    const text = pager.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    assert.equal(text, `Page: ${pages.map((p) => p.page).join(' ')} | Single Page`);
    assert.match(pager, /<span class="cr-pager-current" aria-current="page" data-page="1">1<\/span>/);
    assert.match(pager, /<a href="#page-2" data-page="2">2<\/a>/);
    assert.match(pager, /<a href="#single-page" data-page="all">Single Page<\/a>/);
  });

  it('gives every page its source lines, covering the document without gaps', () => {
    assert.equal(pages[0].startLine, 0);
    for (let i = 1; i < pages.length; i++) assert.equal(pages[i].startLine, pages[i - 1].endLine);
  });

  it('reads <sup>1,2</sup> and Vancouver brackets as citations, and leaves brackets alone when the setting is off', () => {
    const text = '---\ntitle: T\nauthors: []\n---\n\nPasted.<sup>1,2</sup> Bracketed [2]. Squared 10<sup>9</sup>/L. Word.<sup class="MsoFootnote">1</sup>\n\n## References\n\n1. A.\n2. B.\n';
    const on = render(text).html;
    assert.match(on, /Pasted\.<sup class="cr-cite" data-cite="1,2">/);
    assert.match(on, /Bracketed <sup class="cr-cite" data-cite="2">/);
    assert.match(on, /10<sup>9<\/sup>\/L/);
    assert.match(on, /Word\.<sup class="cr-cite" data-cite="1">/, 'a pasted <sup> with attributes');
    const off = render(text, { config: defaultConfig({ citations: { brackets: false } }) }).html;
    assert.match(off, /Bracketed \[2\]\./);
  });

  it('resolves image sources through the given function and omits data-line when asked', () => {
    const { html: out } = render(fixture('calciphylaxis.md'), { resolveImage: (src) => `https://cdn.example/${src}`, sourceLines: false });
    assert.match(out, /<img src="https:\/\/cdn\.example\/images\/ct-chest\.png"/);
    assert.doesNotMatch(out, /data-line=/);
  });
  it('closes a raw tag left open in the title or abstract inside it: the byline and the body stay outside the link', () => {
    const text = '---\ntitle: Open <a href="https://example.org/">link\nabstract: Also <a href="https://example.org/a"><em>open\nauthors:\n  - name: A B\n---\n\n## Introduction\n\nText.\n';
    const { html } = render(text);
    assert.match(html, /<h1 class="cr-title"><span class="cr-title-prefix">Case Report:<\/span> Open <a href="https:\/\/example\.org\/" rel="noopener noreferrer">link<\/a><\/h1>/);
    assert.match(html, /<div class="cr-abstract"><p>Also <a href="https:\/\/example\.org\/a" rel="noopener noreferrer"><em>open<\/em><\/a><\/p><\/div>/);
    // Everything after the header lies outside any link.
    const after = html.slice(html.indexOf('</header>'));
    assert.doesNotMatch(after, /<\/a><\/(?:p|h1|div)>\s*$/);
    const opened = (html.match(/<a /g) ?? []).length;
    const closed = (html.match(/<\/a>/g) ?? []).length;
    assert.equal(opened, closed);
  });
});
