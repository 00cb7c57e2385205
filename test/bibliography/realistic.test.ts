import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { createNodeHost } from '../../src/node/host';

/** A realistic report citing 25 entries of a Better BibTeX library (26 entries, one never cited). */
const FOLDER = join(__dirname, '..', 'fixtures', 'clean', 'library');
const REPORT = join(FOLDER, 'calciphylaxis-lupus.md');

function decode(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('a realistic report that cites a 25-entry library', () => {
  const host = createNodeHost();
  const text = readFileSync(REPORT, 'utf8');
  const model = parseDocument(text, parseOptions(defaultConfig()), REPORT);
  const html = renderArticle(model, { config: defaultConfig(), library: host.library!(model), sourceLines: false }).html;

  it('renders the reference list exactly as an AMA copy editor expects it, entry for entry', () => {
    const list = /<ol class="cr-references cr-references-generated">\n([\s\S]*?)<\/ol>/.exec(html)![1];
    const entries = [...list.matchAll(/<li id="cr-ref-(\d+)" value="\1"[^>]*>(.*)<\/li>/g)].map((m) => `${m[1]}. ${decode(m[2])}`);
    assert.deepEqual(entries, readFileSync(join(FOLDER, 'expected-references.txt'), 'utf8').trimEnd().split('\n'));
  });

  it('sets journal and book titles in italics', () => {
    assert.match(html, /<li id="cr-ref-1" [^>]*>Nigwekar SU, Thadhani R, Brandenburg VM\. Calciphylaxis\. <em>N Engl J Med<\/em>\. 2018;378\(18\):1704-1714\./);
    assert.match(html, /In: Jameson JL, Fauci AS, Kasper DL, Hauser SL, Longo DL, Loscalzo J, eds\. <em>Harrison's Principles of Internal Medicine<\/em>\. 20th ed\./);
  });

  it('numbers the superscripts in order of first citation, ranges with an en dash, after the punctuation', () => {
    const cites = [...html.matchAll(/([\s\S]{12})<sup class="cr-cite" data-cite="([^"]+)"/g)].map((m) => `${decode(m[1]).slice(-6)}^${m[2]}^`);
    assert.deepEqual(cites.slice(0, 4), ['lysis.^1,2^', 'auses.^3\u20135^', 'eries.^6\u20138^', 'teria,^9^']);
    assert.ok(cites.includes('emia).^19(pp1021\u20131024),20,21^') || cites.some((c) => c.endsWith('^19(pp1021\u20131024),20,21^')), cites.join(' | '));
    assert.equal(cites[cites.length - 1], 'ntial.^1,4^');
  });

  it('is checked without a single finding', () => {
    assert.deepEqual(checkText(text, defaultConfig(), host, REPORT).findings.map((f) => `${f.code}: ${f.message}`), []);
  });
});
