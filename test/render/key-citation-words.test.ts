// Pandoc's prefix, locator and suffix (`[see @key, pp. 33-35 and passim]`) as the printed article
// sets them: the AMA numbers with the locator closed up (`1(pp33–35)`), and the words the author
// wrote kept beside their number in the superscript, never dropped. One definition (printedPart),
// two readers: the preview/render HTML and the Word manuscript read back from its XML.
import assert from 'node:assert/strict';
import { LibraryLoader } from '../../src/core/bibliography/loader';
import { defaultConfig } from '../../src/core/config';
import { buildDocx } from '../../src/core/export';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { renderArticle } from '../../src/core/render/article';
import { DocxFile } from '../export/docx-reader';
import { BIB, MemoryFiles, REPORT_PATH, report } from '../bibliography/helpers';

const BODY = [
  'Nonuremic calciphylaxis is rare [see @nigwekar2008, p. 1141].',
  'Lupus adds to the risk [@nigwekar2008; see also @kalajian2009, pp. 451-453 and passim; @muller2015].',
  'Warfarin is a trigger [*cf.* @muller2015].',
  'All three agree [@nigwekar2008; @kalajian2009; @muller2015].',
  'The textbook covers it [@firestein2017, chap. 2].',
].join(' ');

const PRINTED = ['see 1(p1141)', '1,see also 2(pp451\u2013453) and passim,3', 'cf. 3', '1\u20133', '4(chap. 2)'];

function load(body: string) {
  const text = report(body);
  const config = defaultConfig();
  const model = parseDocument(text, parseOptions(config), REPORT_PATH);
  const library = new LibraryLoader(new MemoryFiles({ '/cases/lupus/refs.bib': BIB })).load(model);
  return { model, library, config };
}

/** The page's key-citation superscripts as text, each with the text before it. */
function pageCitations(body: string): { text: string; before: string }[] {
  const { model, library, config } = load(body);
  const html = renderArticle(model, { config, library, sourceLines: false }).html;
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html.slice(html.indexOf('</header>')))![1];
  const out: { text: string; before: string }[] = [];
  const sup = /<sup class="cr-cite[^"]*"[^>]*>([\s\S]*?)<\/sup>/g;
  let m: RegExpExecArray | null;
  while ((m = sup.exec(paragraph)) !== null) out.push({ text: m[1].replace(/<[^>]+>/g, ''), before: paragraph.slice(0, m.index).replace(/<[^>]+>/g, '') });
  return out;
}

/** The Word body's superscript runs merged, each with the text before it. */
async function wordCitations(body: string): Promise<{ text: string; before: string }[]> {
  const { model, library, config } = load(body);
  const paragraphs = new DocxFile((await buildDocx(model, { config, library })).bytes).paragraphs();
  const first = paragraphs.find((p) => p.text.startsWith(body.slice(0, 4)))!;
  const out: { text: string; before: string }[] = [];
  let before = '';
  let current: { text: string; before: string } | undefined;
  for (const run of first.runs) {
    if (run.superscript) {
      if (current) current.text += run.text;
      else out.push((current = { text: run.text, before }));
    } else current = undefined;
    before += run.text;
  }
  return out;
}

describe('key citations: prefix, locator and suffix in the page and in Word', () => {
  it('the page keeps the words beside their numbers, the locator closed up with an en dash', () => {
    const cites = pageCitations(BODY);
    assert.deepEqual(cites.map((c) => c.text), PRINTED);
    assert.match(cites[0].before, /rare\.$/, 'after the period, as AMA places superscripts');
  });

  it('Word prints the same superscripts in the same places', async () => {
    const page = pageCitations(BODY);
    const word = await wordCitations(BODY);
    assert.deepEqual(word.map((c) => c.text), PRINTED);
    assert.deepEqual(word.map((c) => c.before), page.map((c) => c.before));
  });

  it('a citation without words is unchanged: numbers and ranges only', async () => {
    const body = 'Rare [@nigwekar2008], and treated [@kalajian2009; @muller2015, 1402].';
    assert.deepEqual(pageCitations(body).map((c) => c.text), ['1', '2,3(p1402)']);
    assert.deepEqual((await wordCitations(body)).map((c) => c.text), ['1', '2,3(p1402)']);
  });
});
