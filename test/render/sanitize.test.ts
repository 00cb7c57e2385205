import { strict as assert } from 'node:assert';
import { decodeEntities } from '../../src/core/html-tag';
import { HtmlSanitizer } from '../../src/core/render/sanitize';
import { render } from './helpers';

const clean = (html: string, resolveImage?: (src: string) => string | undefined) => {
  const sanitizer = new HtmlSanitizer({ resolveImage });
  return sanitizer.sanitize(html) + sanitizer.closeAll();
};

describe('render: HTML sanitizer', () => {
  it('keeps the HTML a case report uses', () => {
    assert.equal(clean('x<sup>2</sup> H<sub>2</sub>O<br>'), 'x<sup>2</sup> H<sub>2</sub>O<br>');
    assert.equal(clean('<em>a</em> <strong>b</strong> <i>c</i> <b>d</b>'), '<em>a</em> <strong>b</strong> <i>c</i> <b>d</b>');
    assert.equal(
      clean('<table>\n<thead><tr><th colspan="2">Test</th></tr></thead>\n<tbody><tr><td rowspan="1">a</td><td>b</td></tr></tbody>\n</table>'),
      '<table>\n<thead><tr><th colspan="2">Test</th></tr></thead>\n<tbody><tr><td rowspan="1">a</td><td>b</td></tr></tbody>\n</table>',
    );
    assert.equal(clean('<a href="https://doi.org/10.1/x" title="DOI">doi</a>'), '<a href="https://doi.org/10.1/x" title="DOI" rel="noopener noreferrer">doi</a>');
    assert.equal(clean('<details><summary>More</summary>Text</details>'), '<details><summary>More</summary>Text</details>');
  });

  it('drops scripts and other executable elements with their content', () => {
    assert.equal(clean('a<script>alert(1)</script>b'), 'ab');
    assert.equal(clean('a<SCRIPT src="x.js"></SCRIPT>b'), 'ab');
    assert.equal(clean('<style>body{display:none}</style>ok'), 'ok');
    assert.equal(clean('<iframe src="https://evil.example"></iframe>ok'), 'ok');
    assert.equal(clean('<object data="x.swf"><embed src="x.swf"></object>ok'), 'ok');
    assert.equal(clean('<svg><script>alert(1)</script></svg>ok'), 'ok');
    assert.equal(clean('<math><mi xlink:href="javascript:alert(1)">x</mi></math>ok'), 'ok');
  });

  it('drops forms and unknown elements but keeps their text', () => {
    assert.equal(clean('<form action="https://evil.example"><input name="q"><button>Go</button></form>'), 'Go');
    assert.equal(clean('<custom-tag>text</custom-tag>'), 'text');
    assert.equal(clean('<meta http-equiv="refresh" content="0;url=https://evil.example">x'), 'x');
    assert.equal(clean('<base href="https://evil.example/">x'), 'x');
  });

  it('drops event handlers, style and unknown attributes', () => {
    assert.equal(clean('<img src="a.png" onerror="alert(1)" style="x" alt="A">'), '<img src="a.png" alt="A">');
    assert.equal(clean('<p onclick=alert(1) title=t>x</p>'), '<p title="t">x</p>');
    assert.equal(clean('<div id="cr-root" class="cr-page" data-page="1">x</div>'), '<div>x</div>');
  });

  it('drops javascript:, vbscript: and data: links however they are disguised', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'javascript&#58;alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', '&#0000106&#0000097vascript:alert(1)']) {
      const out = clean(`<a href="${href}">x</a>`);
      assert.equal(out, '<a rel="noopener noreferrer">x</a>', href);
    }
    assert.equal(clean('<img src="javascript:alert(1)">'), '<img>');
    assert.equal(clean('<img src="data:image/svg+xml;base64,PHN2Zz4=">'), '<img>');
    assert.match(clean('<img src="data:image/png;base64,iVBORw0KGgo=">'), /src="data:image\/png;base64,/);
  });

  it('writes back attribute values escaped, so what was checked is what the browser reads', () => {
    assert.equal(clean('<a href="https://x.example/?a=1&amp;b=&quot;2">x</a>'), '<a href="https://x.example/?a=1&amp;b=&quot;2" rel="noopener noreferrer">x</a>');
    assert.equal(clean('<a href="/x&Madeup;y">x</a>'), '<a href="/x&amp;Madeup;y" rel="noopener noreferrer">x</a>');
    assert.equal(decodeEntities('&#106;&#x61;&amp;&unknown;'), 'ja&&unknown;');
  });

  it('resolves relative image sources', () => {
    assert.equal(clean('<img src="images/a.png">', (src) => `vscode-resource:/doc/${src}`), '<img src="vscode-resource:/doc/images/a.png">');
  });

  it('never closes an element it did not open, and closes what the author left open', () => {
    assert.equal(clean('</div></section></article>text'), 'text');
    assert.equal(clean('<div><em>open'), '<div><em>open</em></div>');
    assert.equal(clean('<b><i>x</b>'), '<b><i>x</i></b>');
  });

  it('shows broken tags as text', () => {
    assert.equal(clean('a < b and <3 and <a href="x"'), 'a &lt; b and &lt;3 and &lt;a href="x"');
  });

  it('keeps a stray </section> in the document from breaking the pages', () => {
    const { html } = render('---\ntitle: T\nauthors: []\n---\n\n</section></div>\n\nText <span>open\n\n<div>\n\nMore.\n');
    assert.equal((html.match(/<section/g) ?? []).length, (html.match(/<\/section>/g) ?? []).length);
    assert.equal((html.match(/<div/g) ?? []).length, (html.match(/<\/div>/g) ?? []).length);
  });

  it('drops the Markdown text inside an inline <script> element too', () => {
    const { html } = render('---\ntitle: T\nauthors: []\n---\n\nBefore <script>alert(1)</script> after.\n');
    assert.match(html, /Before {2}after\./);
    assert.doesNotMatch(html, /alert/);
  });

  it('leaves markdown links to javascript: unlinked', () => {
    const { html } = render('---\ntitle: T\nauthors: []\n---\n\n[click](javascript:alert(1)) ![x](javascript:alert(1))\n');
    assert.doesNotMatch(html, /href="javascript|src="javascript/i);
  });
});
