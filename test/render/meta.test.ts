import { strict as assert } from 'node:assert';
import { MAGAZINE } from '../../src/core/house-styles';
import { authorList, fullTitle, readMeta, type Author } from '../../src/core/render/meta';
import { render } from './helpers';

const person = (name: string, ...degrees: string[]): Author => ({ name, degrees, affiliations: [], corresponding: false });

describe('render: byline', () => {
  it('sets one author with degrees', () => {
    assert.equal(authorList([person('Joey Kim', 'MD')]), 'Joey Kim, MD');
  });

  it('sets two authors with an ampersand, the comma closing the first degrees', () => {
    assert.equal(authorList([person('Joey Kim', 'MD'), person('Irene Blanco', 'MD', 'MS')]), 'Joey Kim, MD, & Irene Blanco, MD, MS');
    assert.equal(authorList([person('Ann Lee'), person('Bo Chan')]), 'Ann Lee & Bo Chan');
  });

  it('sets the source article byline exactly', () => {
    const authors = [person('Joey Kim', 'MD'), person('Navneet Kaur', 'MD'), person('Phillip Zhang', 'MD'), person('Irene Blanco', 'MD', 'MS')];
    assert.equal(authorList(authors), 'Joey Kim, MD, Navneet Kaur, MD, Phillip Zhang, MD, & Irene Blanco, MD, MS');
  });

  it('sets seven authors with commas and one ampersand before the last', () => {
    const names = ['A Alpha', 'B Beta', 'C Gamma', 'D Delta', 'E Epsilon', 'F Zeta', 'G Eta'];
    const list = authorList(names.map((n, i) => person(n, ...(i % 2 === 0 ? ['MD'] : ['PhD']))));
    assert.equal(list, 'A Alpha, MD, B Beta, PhD, C Gamma, MD, D Delta, PhD, E Epsilon, MD, F Zeta, PhD, & G Eta, MD');
    assert.equal(list.split('&').length, 2);
  });

  it('keeps the serial comma for three authors without degrees', () => {
    assert.equal(authorList([person('A Alpha'), person('B Beta'), person('C Gamma')]), 'A Alpha, B Beta, & C Gamma');
  });

  it('writes the byline as authors | Issue: May 2018 | May 17, 2018', () => {
    const { html } = render('---\ntitle: T\nauthors:\n  - name: Joey Kim\n    degrees: [MD]\nissue: May 2018\ndate: 2018-05-17\n---\n\nText.\n');
    const byline = /<p class="cr-byline">([\s\S]*?)<\/p>/.exec(html)![1].replace(/<[^>]+>/g, '');
    assert.equal(byline, 'Joey Kim, MD | Issue: May 2018 | May 17, 2018');
  });

  it('leaves out missing optional fields without stray separators', () => {
    const onlyAuthors = render('---\ntitle: T\nauthors:\n  - name: Joey Kim\n---\n\nText.\n').html;
    assert.equal(/<p class="cr-byline">([\s\S]*?)<\/p>/.exec(onlyAuthors)![1].replace(/<[^>]+>/g, ''), 'Joey Kim');
    const onlyDate = render('---\ntitle: T\nauthors: []\ndate: 2021-01-05\n---\n\nText.\n').html;
    assert.equal(/<p class="cr-byline">([\s\S]*?)<\/p>/.exec(onlyDate)![1].replace(/<[^>]+>/g, ''), 'January 5, 2021');
    assert.doesNotMatch(onlyAuthors, /cr-kicker|cr-footer|cr-issue|cr-date/);
  });

  it('reads authors given as plain names, degrees given as one string, and ignores entries without a name', () => {
    const meta = readMeta({ title: 'T', authors: ['Ann Lee', { name: 'Bo Chan', degrees: 'MD, PhD' }, { degrees: ['MD'] }] }, MAGAZINE);
    assert.deepEqual(meta.authors, [person('Ann Lee'), person('Bo Chan', 'MD', 'PhD')]);
  });

  it('ignores an impossible date rather than inventing one', () => {
    assert.equal(readMeta({ date: '2018-13-40' }, MAGAZINE).dateText, undefined);
    assert.equal(readMeta({ date: '17 May 2018' }, MAGAZINE).dateText, undefined);
    assert.equal(readMeta({ date: new Date(Date.UTC(2018, 4, 17)) }, MAGAZINE).dateText, 'May 17, 2018');
  });

  it('prefixes the title with the article type, case report by default', () => {
    assert.match(render('---\ntitle: Refractory Calciphylaxis in Lupus\nauthors: []\n---\n').html, /<h1 class="cr-title"><span class="cr-title-prefix">Case Report:<\/span> Refractory Calciphylaxis in Lupus<\/h1>/);
    assert.match(render('---\ntitle: Three Patients\narticleType: case-series\nauthors: []\n---\n').html, /Case Series:<\/span> Three Patients/);
    assert.match(render('---\ntitle: Odd\narticleType: editorial\nauthors: []\n---\n').html, /<h1 class="cr-title">Odd<\/h1>/);
  });

  it('does not prefix a title twice when the author wrote the prefix', () => {
    assert.match(render('---\ntitle: "Case report: Gout in a Teenager"\nauthors: []\n---\n').html, /<h1 class="cr-title"><span class="cr-title-prefix">Case Report:<\/span> Gout in a Teenager<\/h1>/);
  });

  it('does not prefix a title that already names its article type, as CARE journals ask titles to; the manuscript still names the type', () => {
    for (const title of ['Adult-Onset Kawasaki Disease With Coronary Aneurysms: A Case Report', 'Calciphylaxis in Lupus: Case Report and Review of the Literature', 'Two Case Reports of Sweet Syndrome']) {
      assert.match(render(`---\ntitle: "${title}"\nauthors: []\n---\n`).html, new RegExp(`<h1 class="cr-title">${title}</h1>`));
      const meta = readMeta({ title }, MAGAZINE);
      assert.deepEqual([meta.articleType, meta.titlePrefix, fullTitle(meta)], ['Case Report', undefined, title]);
    }
    // Words that merely contain the type's words are not it.
    for (const title of ['Showcase Reporting of Gout', 'A Case of Reported Lupus', 'Case Reporting Bias in Vasculitis']) {
      assert.equal(fullTitle(readMeta({ title }, MAGAZINE)), `Case Report: ${title}`);
    }
    assert.equal(fullTitle(readMeta({ title: 'A Case Series of Gout', articleType: 'case-series' }, MAGAZINE)), 'A Case Series of Gout');
    assert.equal(fullTitle(readMeta({ title: 'Gout: An Image Report', articleType: 'case-series' }, MAGAZINE)), 'Case Series: Gout: An Image Report');
  });

  it('escapes HTML in frontmatter values', () => {
    const { html } = render('---\ntitle: "<img src=x onerror=alert(1)>"\nauthors:\n  - name: "<b>Eve</b>"\ncategory: "<script>x</script>"\n---\n');
    assert.doesNotMatch(html, /<img src=x|<b>Eve|<script>/);
    assert.match(html, /&lt;b&gt;Eve&lt;\/b&gt;/);
  });
});
