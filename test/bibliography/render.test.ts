import assert from 'node:assert/strict';
import { LibraryLoader } from '../../src/core/bibliography/loader';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { BIB, MemoryFiles, REPORT_PATH, report } from './helpers';

function rendered(body: string, bib = BIB): string {
  const text = report(body);
  const model = parseDocument(text, parseOptions(defaultConfig()), REPORT_PATH);
  const library = new LibraryLoader(new MemoryFiles({ '/cases/lupus/refs.bib': bib })).load(model);
  return renderArticle(model, { config: defaultConfig(), library, sourceLines: false }).html;
}

/** The paragraph's text with each citation as ^label^ (tags removed). */
function sentence(html: string): string {
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html)![1];
  return paragraph.replace(/<sup class="cr-cite[^"]*" data-cite="([^"]*)"[^>]*>[\s\S]*?<\/sup>/g, '^$1^').replace(/<[^>]+>/g, '');
}

describe('Key citations in the preview and render', () => {
  const cases: [string, string][] = [
    ['Calciphylaxis is rare [@nigwekar2008].', 'Calciphylaxis is rare.^1^'],
    ['Rare [@nigwekar2008], and treated [@kalajian2009; @muller2015].', 'Rare,^1^ and treated.^2,3^'],
    ['Three in a row [@nigwekar2008; @kalajian2009; @muller2015] make a range.', 'Three in a row^1\u20133^ make a range.'],
    ['Numbered in order of first citation [@muller2015; @nigwekar2008]; again [@muller2015].', 'Numbered in order of first citation^1,2^; again.^1^'],
    ['A locator closes up [@nigwekar2008, p. 1141] and a page range [@kalajian2009, pp. 451-453].', 'A locator closes up^1(p1141)^ and a page range.^2(pp451\u2013453)^'],
    ['Located numbers stay apart [@nigwekar2008; @kalajian2009, p. 452; @muller2015].', 'Located numbers stay apart.^1,2(p452),3^'],
    ['A prefix stays with its number [see @firestein2017].', 'A prefix stays with its number.^1^'],
    ['Repeats within one citation count once [@nigwekar2008; @nigwekar2008].', 'Repeats within one citation count once.^1^'],
    ['Before a colon [@nigwekar2008]: the superscript stays before it.', 'Before a colon^1^: the superscript stays before it.'],
  ];
  for (const [body, expected] of cases) it(JSON.stringify(body), () => assert.equal(sentence(rendered(body)), expected));

  it('an unknown key is a flagged question mark; the known ones keep their numbers', () => {
    const html = rendered('Seen [@nigwekar2008; @unknown2020].');
    assert.match(html, /<sup class="cr-cite cr-cite-flagged" data-cite="1" title="Not in the library: unknown2020"><a href="#cr-ref-1"[^>]*>1<\/a>,<span class="cr-cite-missing">\?<\/span><\/sup>/);
  });

  it('generates the reference list in order of first citation, journal names in italics', () => {
    const html = rendered('First [@kalajian2009], then [@nigwekar2008].\n\n## Discussion\n\nAgain [@kalajian2009].');
    const list = html.slice(html.indexOf('<div class="cr-references-section">'));
    assert.match(list, /^<div class="cr-references-section">\n<h2 class="cr-references-heading" id="cr-references">References<\/h2>\n<ol class="cr-references cr-references-generated">\n<li id="cr-ref-1" value="1" data-key="kalajian2009">Kalajian AH, Malhotra PS, Callen JP\. Calciphylaxis in a Patient with Systemic Lupus Erythematosus\. <em>Archives of Dermatology<\/em>\. 2009;145\(4\):451-458\. doi:10\.1001\/archdermatol\.2008\.602<\/li>\n<li id="cr-ref-2" value="2" data-key="nigwekar2008">/);
    assert.equal((list.match(/<li /g) ?? []).length, 2);
  });

  it("uses the report's own References heading when it has one", () => {
    const html = rendered('Rare [@nigwekar2008].\n\n## References\n');
    assert.equal((html.match(/id="cr-references"/g) ?? []).length, 1);
    assert.match(html, /<h2[^>]*id="cr-references"[^>]*>References<\/h2>\n<ol class="cr-references cr-references-generated">/);
  });

  it('the preview sets a superscript exactly where the checker found a key citation', () => {
    const body = 'One [@a]. Two [see @b, p. 3; @c]. Not [@d](https://x.org), not `[@e]`, not a@b.org, not <!-- [@f] -->.\n\n| Test | Result |\n| --- | --- |\n| CRP [@nigwekar2008] | 12 |\n\n# Heading [@kalajian2009]';
    const model = parseDocument(report(body), parseOptions(defaultConfig()), REPORT_PATH);
    const html = rendered(body);
    assert.equal((html.match(/<sup class="cr-cite/g) ?? []).length, model.keyCitations.length);
    assert.equal(model.keyCitations.length, 4);
  });

  it('without a library, key citations show as written', () => {
    const model = parseDocument(report('Rare [@nigwekar2008].'), parseOptions(defaultConfig()), REPORT_PATH);
    assert.match(renderArticle(model, { config: defaultConfig(), sourceLines: false }).html, /Rare \[@nigwekar2008\]\./);
  });
});
