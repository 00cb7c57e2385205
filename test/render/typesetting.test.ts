// Typesetting as the magazine does it: the opening on page 1 only, typographic quotes (never in code,
// URLs or attributes, primes for feet and inches), and the end matter after the last page's text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderBody } from '../../src/core/render/article';
import { quoteText } from '../../src/core/render/quotes';
import { fixture, pageTexts, render } from './helpers';

const EXAMPLE = readFileSync(resolve(__dirname, '../../examples/egpa-cardiac-tamponade.md'), 'utf8');
const FRONT = '---\ntitle: A case\nauthors:\n  - name: Ann Lee\n---\n\n';

/** The first paragraph of the rendered body, tags removed. */
function paragraph(markdown: string): string {
  const { html } = render(`${FRONT}${markdown}\n`);
  const p = /<p[^>]*>([\s\S]*?)<\/p>/.exec(html.slice(html.indexOf('</header>')))!;
  return p[1];
}

describe('typesetting: the opening is on page 1 only', () => {
  const { html } = render(EXAMPLE);
  const pages = pageTexts(html);

  it('sets the kicker, title, byline and abstract at the top of page 1', () => {
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    assert.match(pages[0], /^\s*<header class="cr-header" data-line="0">\n<p class="cr-kicker">Vasculitis<\/p>\n<h1 class="cr-title">/);
    assert.match(pages[0], /<p class="cr-byline">/);
    assert.match(pages[0], /<div class="cr-abstract">/);
  });

  it('does not repeat them on page 2 or later pages', () => {
    for (const page of pages.slice(1)) assert.doesNotMatch(page, /cr-header|cr-kicker|cr-title|cr-byline|cr-abstract/);
    assert.equal((html.match(/<header class="cr-header"/g) ?? []).length, 1);
  });
});

describe('typesetting: typographic quotes', () => {
  // [as written, as set]: sentences of the kind case reports hold.
  const set: [string, string][] = [
    ['She said "I can\'t breathe" on arrival.', 'She said “I can’t breathe” on arrival.'],
    ['The patient\'s mother and the patients\' families agreed.', 'The patient’s mother and the patients’ families agreed.'],
    ['He was 5\'10" tall and weighed 82 kg.', 'He was 5′10″ tall and weighed 82 kg.'],
    ['A 3" laceration lay 2\' above the ankle.', 'A 3″ laceration lay 2′ above the ankle.'],
    ['Height 6\' 2" (188 cm).', 'Height 6′ 2″ (188 cm).'],
    ['"He is 5\'10" tall," his wife said.', '“He is 5′10″ tall,” his wife said.'],
    ['A so-called \'stage 2\' lesion.', 'A so-called ‘stage 2’ lesion.'],
    ['Since the \'90s, and in the 1990\'s too.', 'Since the ’90s, and in the 1990’s too.'],
    ['Sjögren\'s disease and O\'Brien\'s test ("positive").', 'Sjögren’s disease and O’Brien’s test (“positive”).'],
    ['Her words: \'I feel "tired" all day.\'', 'Her words: ‘I feel “tired” all day.’'],
    ['The "on/off" pattern—"flares"—recurred.', 'The “on/off” pattern—“flares”—recurred.'],
  ];
  for (const [written, typeset] of set) {
    it(`sets ${written}`, () => assert.equal(paragraph(written), typeset));
  }

  it('reads a quotation across emphasis, links and citations', () => {
    assert.equal(paragraph('She called it "*unbearable*" pain.'), 'She called it “<em>unbearable</em>” pain.');
    assert.equal(paragraph('The "[guideline](https://example.org/g)" says so.'), 'The “<a href="https://example.org/g">guideline</a>” says so.');
    assert.match(paragraph('It was "rare."^1^ Then'), /^It was “rare\.”<sup class="cr-cite/);
  });

  it('leaves code, URLs, link targets and raw HTML attributes as written', () => {
    assert.equal(paragraph('Run `grep "IgG4" -r .` on the export.'), 'Run <code>grep &quot;IgG4&quot; -r .</code> on the export.');
    assert.equal(paragraph('See <https://example.org/q?"a"> now.'), 'See <a href="https://example.org/q?%22a%22">https://example.org/q?&quot;a&quot;</a> now.');
    assert.equal(paragraph('At https://example.org/?q="lupus" it is.'), 'At https://example.org/?q=&quot;lupus&quot; it is.');
    assert.equal(paragraph('[Link](https://example.org/it\'s "Title \'x\'")'), '<a href="https://example.org/it\'s" title="Title \'x\'">Link</a>');
    assert.equal(paragraph('<span title="the \'x\' value">the "x" value</span>'), '<span title="the \'x\' value">the “x” value</span>');
    const { html } = render(`${FRONT}\`\`\`\nprint("it's")\n\`\`\`\n`);
    assert.match(html, /print\(&quot;it's&quot;\)/);
  });

  it('keeps a paragraph\'s quotes as typed when the author escaped one (\\" or &quot;)', () => {
    assert.equal(paragraph('The sign \\"x\\" is "y".'), 'The sign &quot;x&quot; is &quot;y&quot;.');
    assert.equal(paragraph('A &quot;b&quot; c.'), 'A &quot;b&quot; c.');
  });

  it('is the article\'s: a Markdown body that is not a case report renders as markdown-it does', () => {
    const config = defaultConfig();
    assert.equal(renderBody(parseDocument('She said "no".\n', parseOptions(config)), { config, sourceLines: false }), '<p>She said &quot;no&quot;.</p>\n');
  });

  it('leaves a quote with space on both sides, and a typed curly quote, as they are', () => {
    assert.equal(paragraph('A " mark and a ’ stay.'), 'A &quot; mark and a ’ stay.');
  });

  it('sets the title, abstract, captions, table cells and frontmatter names; the source keeps what was typed', () => {
    const text = '---\ntitle: >-\n  \'Not Again\': Recurrent "Flares"\nauthors:\n  - name: Sean O\'Brien\ncategory: Sjögren\'s Disease\nabstract: A "silent" case.\n---\n\n![Figure 1. The patient\'s "rash".](images/a.png)\n\nTable 1. Values\n\n| Test | Note |\n| --- | --- |\n| IgG | "high" |\n';
    const { html } = render(text);
    assert.match(html, /<h1 class="cr-title"><span class="cr-title-prefix">Case Report:<\/span> ‘Not Again’: Recurrent “Flares”<\/h1>/);
    assert.match(html, /<span class="cr-authors">Sean O’Brien<\/span>/);
    assert.match(html, /<p class="cr-kicker">Sjögren’s Disease<\/p>/);
    assert.match(html, /<div class="cr-abstract"><p>A “silent” case\.<\/p>/);
    assert.match(html, /<figcaption><strong class="cr-float-label">Figure 1\.<\/strong> The patient’s “rash”\.<\/figcaption>/);
    assert.match(html, /<td>“high”<\/td>/);
    assert.match(text, /"Flares"/);
  });

  it('sets a pull quote and a reference list entry', () => {
    const { html } = render(fixture('calciphylaxis.md').replace('remains wound management.', 'remains "wound management."'));
    assert.match(html, /remains “wound management\.”<\/p>/);
  });
});

describe('typesetting: quoteText on its own', () => {
  it('keeps every character that is not a straight quote, and the length', () => {
    const text = 'A "b" \'c\' 5\'10" d’s “e” — f\'s g';
    const out = quoteText(text);
    assert.equal(out.length, text.length);
    for (let i = 0; i < text.length; i++) if (text[i] !== '"' && text[i] !== "'") assert.equal(out[i], text[i]);
    assert.doesNotMatch(out, /["']/);
  });
});

describe('typesetting: the end matter', () => {
  const { html } = render(EXAMPLE);
  const pages = pageTexts(html);
  const last = pages[pages.length - 1];
  const end = /<aside class="cr-end-matter">([\s\S]*?)<\/aside>/.exec(last)?.[1] ?? '';
  const text = end.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

  it('follows the last page text and comes before the references, once', () => {
    assert.ok(end, 'the end matter is on the last page');
    assert.ok(last.indexOf('cr-end-matter') < last.indexOf('cr-references-section'), 'before the references');
    assert.ok(last.indexOf('Patient Perspective') < last.indexOf('cr-end-matter'), 'after the text');
    assert.equal((html.match(/cr-end-matter/g) ?? []).length, 1);
  });

  it('names the authors by institution, in byline order, the degrees as the byline writes them', () => {
    assert.match(text, /Maya Okafor, MD, & Lena Hoffmann, MD, MS, Riverside University Medical Center, Division of Rheumatology\.\n/);
    assert.match(text, /Daniel Reyes, MD, Riverside University Medical Center, Department of Cardiology\.\n/);
    assert.match(text, /Priya Natarajan, MD, PhD, Riverside University Medical Center, Department of Pathology\.\n/);
  });

  it('gives the corresponding author with an address to write to, the keywords and the statements', () => {
    assert.match(end, /<p class="cr-correspondence"><span class="cr-end-label">Correspondence:<\/span> Maya Okafor, MD, Riverside University Medical Center, Division of Rheumatology; <a href="mailto:mokafor@example\.org">mokafor@example\.org<\/a><\/p>/);
    assert.match(text, /Keywords: eosinophilic granulomatosis with polyangiitis; cardiac tamponade; eosinophilia; case report\n/);
    assert.match(text, /Conflicts of interest: None declared\.\n/);
    assert.match(text, /Patient consent: Written informed consent for publication was obtained from the patient\.\n/);
    assert.ok(text.indexOf('Conflicts of interest') < text.indexOf('Patient consent'));
  });

  it('is left out when the frontmatter gives none of it; a sole author without an address is not "correspondence"', () => {
    assert.doesNotMatch(render(`${FRONT}Text.\n`).html, /cr-end-matter/);
    const one = render('---\ntitle: T\nauthors:\n  - name: Ann Lee\n    affiliation: General Hospital\nfunding: None.\n---\n\nText.\n').html;
    assert.match(one, /<p><span class="cr-affiliation-authors">Ann Lee<\/span>, General Hospital\.<\/p>/);
    assert.match(one, /<span class="cr-end-label">Funding:<\/span> None\./);
    assert.match(one, /Correspondence:<\/span> Ann Lee, General Hospital<\/p>/);
  });

  it('never makes a link of an address that is not one, and escapes what it prints', () => {
    const bad = render('---\ntitle: T\nauthors:\n  - name: A <b>B</b>\n    email: "x@y.org?cc=z@w.org&body=hi"\n    corresponding: true\nconflicts: <script>alert(1)</script>\n---\n\nText.\n').html;
    assert.doesNotMatch(bad, /mailto:/);
    assert.doesNotMatch(bad, /<script>|<b>/);
  });
});
