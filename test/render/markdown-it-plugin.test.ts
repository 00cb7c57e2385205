import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { caseReportPlugin } from '../../src/core/render/markdown-it-plugin';

/** VS Code's built-in preview hands its own markdown-it instance to `extendMarkdownIt`. */
function builtIn() {
  return new MarkdownIt({ html: true }).use(caseReportPlugin);
}

describe('render: plugin for the built-in Markdown preview', () => {
  it('sets superscript citations (ranges with an en dash) linked to the reference with its text on hover', () => {
    const html = builtIn().render('Seen in lupus.^1,3-4^ Rare.[2]\n\n## References\n\n1. Alpha A. *One*. 2001.\n2. Beta B. Two. 2002.\n3. Gamma C. Three. 2003.\n4. Delta D. Four. 2004.\n');
    assert.match(html, /lupus\.<sup class="cr-cite"><a href="#cr-ref-1" title="Alpha A\. One\. 2001\.">1<\/a>,<a href="#cr-ref-3" title="Gamma C\. Three\. 2003\.">3<\/a>\u2013<a href="#cr-ref-4" [^>]*>4<\/a><\/sup>/);
    assert.match(html, /Rare\.<sup class="cr-cite"><a href="#cr-ref-2"/);
    assert.match(html, /<li id="cr-ref-1">/);
  });

  it('sets citations without links when there is no reference list, and leaves exponents alone', () => {
    const html = builtIn().render('Cited.^2-5^ Dose 375 mg/m^2^.\n');
    assert.match(html, /Cited\.<sup class="cr-cite">2\u20135<\/sup>/);
    assert.match(html, /mg\/m\^2\^/);
  });

  it('sets labelled images as figures with the caption below and the label bold', () => {
    const html = builtIn().render('![Figure 2. Diffuse bilateral groundglass opacities.^1^](ct.png)\n');
    assert.match(html, /<div class="cr-figures"><figure class="cr-figure"><img src="ct\.png" alt="Figure 2\. Diffuse bilateral groundglass opacities\."><figcaption><strong>Figure 2\.<\/strong> Diffuse bilateral groundglass opacities\.<sup class="cr-cite">1<\/sup><\/figcaption><\/figure><\/div>/);
  });

  it('leaves an image in running text and an unlabelled image as markdown-it renders them', () => {
    const plain = new MarkdownIt({ html: true });
    for (const text of ['See ![Figure 1. x](a.png) inline.\n', '![A photo](a.png)\n']) assert.equal(builtIn().render(text), plain.render(text));
  });
});
