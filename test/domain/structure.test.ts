import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { MAGAZINE, type HouseStyle } from '../../src/core/house-styles';
import { preset } from '../../src/core/house-styles/presets';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { abstractWordCount, documentCounts } from '../../src/core/counts';
import { bodyWordCount } from '../../src/core/text/body-words';
import { hits } from './helpers';

const host = { fileExists: () => true };
const style = (patch: Omit<Partial<HouseStyle>, 'limits'> & { limits?: Partial<HouseStyle['limits']> }): HouseStyle => ({ ...MAGAZINE, ...patch, limits: { ...MAGAZINE.limits, ...patch.limits } });
const codes = (text: string, houseStyle: HouseStyle = MAGAZINE) => checkText(text, defaultConfig({ houseStyle }), host).findings.map((f) => f.code);

const PARAGRAPH =
  'The patient was treated with intravenous methylprednisolone followed by oral prednisone, and her creatinine improved over the following weeks while proteinuria fell steadily; repeat serologies showed rising complement levels and falling anti-dsDNA titers.^N^';

function longReport(options: { discussion: boolean; paragraphs: number; references: number }): string {
  const lines = ['---', 'title: Lupus Nephritis Presenting as Rapidly Progressive Glomerulonephritis', 'authors:', '  - name: Joey Kim', '    degrees: [MD]', '---', '', '## Introduction', ''];
  let n = 0;
  const cite = () => String(Math.min(++n, options.references));
  lines.push('Lupus nephritis affects up to half of patients with systemic lupus erythematosus.^1^', '');
  n = 1;
  lines.push('## Case Presentation', '');
  for (let i = 0; i < options.paragraphs; i++) lines.push(PARAGRAPH.replace('N', cite()), '');
  if (options.discussion) lines.push('## Discussion', '', 'Early induction therapy changes the course of the disease.^1^', '');
  lines.push('## References', '');
  for (let r = 1; r <= options.references; r++) lines.push(`${r}. Author A${r}, Author B. A study of lupus nephritis number ${r}. J Rheumatol. 2015;${r}(1):1-10.`);
  return lines.join('\n') + '\n';
}

describe('acceptance: a long report missing its Discussion (default house style)', () => {
  const text = longReport({ discussion: false, paragraphs: 75, references: 24 });
  const found = codes(text);
  it('gets section-missing, limit-words and limit-references', () => {
    assert.ok(found.includes('section-missing'));
    assert.ok(found.includes('limit-words'));
    assert.ok(found.includes('limit-references'));
  });
  it('names Discussion, the word count and the reference count', () => {
    const { findings } = checkText(text, defaultConfig(), host);
    assert.match(findings.find((f) => f.code === 'section-missing')!.message, /"Discussion"/);
    assert.match(findings.find((f) => f.code === 'limit-words')!.message, /the house style allows 2,000/);
    const refs = findings.find((f) => f.code === 'limit-references')!;
    assert.match(refs.message, /24 entries; the house style allows 20 \(4 over\)/);
    assert.equal(text.slice(refs.start, refs.end), '21');
  });
  it('the same report with a Discussion, shorter and with 20 references, gets none of them', () => {
    const ok = codes(longReport({ discussion: true, paragraphs: 40, references: 20 }));
    for (const code of ['section-missing', 'limit-words', 'limit-references']) assert.ok(!ok.includes(code), code);
  });
});

describe('section-missing', () => {
  const doc = (body: string, fm = '') => `---\ntitle: T\nauthors:\n  - name: A\n${fm}---\n\n${body}`;
  it('accepts headings and run-in heads, synonyms, any case, numbering and trailing colons', () => {
    assert.deepEqual(hits('section-missing', '## Background\n\nText.\n\n## 2. CASE REPORT\n\nText.\n\n**Discussion:** Text.\n'), []);
    assert.deepEqual(hits('section-missing', '# Introduction:\n\nText.\n\n### Patient information\n\nText.\n\n## Discussion\n\nText.\n'), []);
  });
  it('reports each missing section once, after the section it should follow', () => {
    const found = hits('section-missing', '## Introduction\n\nText.\n\n## Case Presentation\n\nText.\n');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^Missing section "Discussion", required by the house style; it belongs after "Case Presentation"$/);
    assert.equal(found[0].text, '## Case Presentation');
  });
  it('reports on the first line of the body when nothing is there', () => {
    const { findings } = checkText(doc('Some text.\n'), defaultConfig(), host);
    const missing = findings.filter((f) => f.code === 'section-missing');
    assert.equal(missing.length, 3);
    assert.equal(missing[0].range.start.line, 6);
  });
  it('reads the required sections from the house style; the frontmatter consent satisfies Informed Consent', () => {
    const care = style({ requiredSections: [{ name: 'Discussion', synonyms: [] }, { name: 'Informed Consent', synonyms: ['Consent'] }, { name: 'Timeline', synonyms: [] }] });
    const body = '## Discussion\n\nText.\n\nTable 1. Timeline of the episode of care\n\n| day | event |\n| --- | --- |\n| 0 | admission |\n\nAs Table 1 shows.\n';
    assert.deepEqual(codes(doc(body, 'consent: Written consent was obtained.\n'), care).filter((c) => c === 'section-missing'), []);
    assert.deepEqual(codes(doc(body), care).filter((c) => c === 'section-missing'), ['section-missing']);
    assert.deepEqual(codes(doc(body + '\n## Consent\n\nObtained.\n'), care).filter((c) => c === 'section-missing'), []);
    assert.deepEqual(codes(doc('## Discussion\n\nText.\n', 'consent: yes\n'), care).filter((c) => c === 'section-missing'), ['section-missing']);
  });
  it('does not apply to image reports (a figure with a short text)', () => {
    assert.deepEqual(codes(doc('![Figure 1. Livedo racemosa.](x.png)\n\nFigure 1 shows it.\n', 'articleType: image-report\n')).filter((c) => c === 'section-missing'), []);
    assert.equal(codes(doc('Text.\n', 'articleType: case-series\n')).filter((c) => c === 'section-missing').length, 3);
  });
  it('does not take a section name inside a paragraph for a section', () => {
    assert.equal(hits('section-missing', '## Introduction\n\nText.\n\n## Case Presentation\n\nThe discussion with the family was long.\n').length, 1);
  });
});

describe('limits', () => {
  const fm = (extra: string) => `---\ntitle: Short Title\nauthors:\n  - name: A\n${extra}---\n\n## Introduction\n\nText.\n\n## Case Presentation\n\nText.\n\n## Discussion\n\nText.\n`;
  it('limit-abstract counts the frontmatter abstract, structured or not, and reports on the key', () => {
    const long = Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ');
    const { findings, model } = checkText(fm(`abstract: ${long}\n`), defaultConfig(), host);
    const f = findings.find((x) => x.code === 'limit-abstract')!;
    assert.equal(model.text.slice(f.start, f.end), 'abstract');
    assert.match(f.message, /160 words; the house style allows 150 \(10 over\)/);
    const structured = `abstract:\n  background: ${long.slice(0, 300)}\n  case: short case\n`;
    assert.equal(abstractWordCount(parseDocument(fm(structured), parseOptions(defaultConfig()))), countOf(long.slice(0, 300)) + 2);
    assert.ok(!checkText(fm('abstract: A short abstract.\n'), defaultConfig(), host).findings.some((x) => x.code === 'limit-abstract'));
  });
  it('limit-authors reports the first author over the limit', () => {
    const authors = Array.from({ length: 8 }, (_, i) => `  - name: Author ${i + 1}\n`).join('');
    const text = `---\ntitle: T\nauthors:\n${authors}---\n\nText.\n`;
    const { findings, model } = checkText(text, defaultConfig(), host);
    const f = findings.find((x) => x.code === 'limit-authors')!;
    assert.equal(model.text.slice(f.start, f.end), 'name: Author 7');
    assert.match(f.message, /8 authors; the house style allows 6 \(2 over\)/);
  });
  it('limit-title counts characters, not UTF-16 units, and reports on the title', () => {
    const title = 'Sjögren '.repeat(16).trim();
    const { findings, model } = checkText(`---\ntitle: ${title}\nauthors:\n  - name: A\n---\n\nText.\n`, defaultConfig(), host);
    const f = findings.find((x) => x.code === 'limit-title')!;
    assert.equal(model.text.slice(f.start, f.end), title);
    assert.match(f.message, /127 characters; the house style allows 120/);
    assert.ok(!codes(`---\ntitle: ${'😀'.repeat(100)}\nauthors:\n  - name: A\n---\n\nText.\n`).includes('limit-title'));
  });
  it('limit-figures counts figures and tables together, panels once, and uses the house style', () => {
    const body = ['Figures 1A, 1B and 2 and Tables 1 and 2 show it.', '', '![Figure 1A. Left.](a.png)', '', '![Figure 1B. Right.](b.png)', '', '![Figure 2. CT.](c.png)', '', 'Table 1. Labs', '', '| a | b |', '| --- | --- |', '| 1 | 2 |', '', 'Table 2. Timeline', '', '| a | b |', '| --- | --- |', '| 1 | 2 |', ''].join('\n');
    const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${body}`;
    assert.ok(!codes(text).includes('limit-figures'));
    const { findings, model } = checkText(text, defaultConfig({ houseStyle: style({ limits: { figuresAndTables: 3 } }) }), host);
    const f = findings.find((x) => x.code === 'limit-figures')!;
    assert.equal(model.text.slice(f.start, f.end), 'Table 2.');
    assert.match(f.message, /4 figures and tables; the house style allows 3/);
  });
  it('limit-words points at the first word over the limit and follows the house style', () => {
    const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n## Introduction\n\none two three four five six\n`;
    const { findings, model } = checkText(text, defaultConfig({ houseStyle: style({ limits: { words: 4 } }) }), host);
    const f = findings.find((x) => x.code === 'limit-words')!;
    assert.equal(model.text.slice(f.start, f.end), 'five');
    assert.match(f.message, /6 words; the house style allows 4 \(2 over\)/);
  });
});

describe('word counts', () => {
  const count = (body: string) => bodyWordCount(parseDocument(`---\ntitle: T\nauthors:\n  - name: A\nabstract: These four abstract words.\n---\n\n${body}`, parseOptions(defaultConfig())));
  it('counts body words, with hyphens, apostrophes, decimals and units as one word each', () => {
    assert.equal(count("A 45-year-old woman's creatinine was 1.2 mg/dL.\n"), 7);
  });
  it('leaves out headings, the abstract, figures with captions, tables with captions, citations, code, comments and references', () => {
    const body = [
      '## Abstract', '', 'Ten words that are the abstract and not the body.', '',
      '## Introduction', '', 'Three body words.^1,2^', '',
      '![Figure 1. A caption of six words.](x.png)', '',
      'Table 1. Caption words', '', '| a | b |', '| --- | --- |', '| c | d |', '',
      '> [!PULLQUOTE]', '> Quoted words repeat the text.', '',
      '```', 'code words', '```', '', 'Two more <!-- hidden words -->', '',
      '## References', '', '1. Smith A. Title. J. 2010;1:1.', '2. Jones B. Title. J. 2011;2:2.', '',
    ].join('\n');
    assert.equal(count(body), 5);
  });
  it('documentCounts lists every count against its house-style limit', () => {
    const model = parseDocument('---\ntitle: Twelve chars\nauthors:\n  - name: A\n  - name: B\nabstract: Four words in it.\n---\n\nOne two.\n', parseOptions(defaultConfig()));
    const counts = Object.fromEntries(documentCounts(model, MAGAZINE).map((c) => [c.name, [c.value, c.limit]]));
    assert.deepEqual(counts, { words: [2, 2000], abstractWords: [4, 150], references: [0, 20], figuresAndTables: [0, 6], authors: [2, 6], titleCharacters: [12, 120] });
  });
});

function countOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('section-missing under the care preset', () => {
  const care = preset('care')!;
  const complete = readFileSync(join(__dirname, '..', 'fixtures', 'clean', 'domain-care-complete.md'), 'utf8');
  it('a complete CARE report has every required section (timeline table, frontmatter consent)', () => {
    assert.deepEqual(codes(complete, care).filter((c) => c === 'section-missing'), []);
  });
  it('without its Patient Perspective and consent it gets one finding for each', () => {
    const text = complete.replace(/^consent:.*\n/m, '').replace('## Patient Perspective', '## Comments');
    const { findings } = checkText(text, defaultConfig({ houseStyle: care }), host);
    const messages = findings.filter((f) => f.code === 'section-missing').map((f) => f.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /"Patient Perspective"/);
    assert.match(messages[1], /"Informed Consent".*frontmatter also counts/);
  });
});

describe('section-missing quick fix', () => {
  const apply = (body: string) => {
    const text = `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${body}`;
    const { findings } = checkText(text, defaultConfig(), host);
    const fixes = findings.filter((f) => f.code === 'section-missing').map((f) => f.fixes[0]);
    assert.ok(fixes.every((f) => f.safe === false), 'never applied unattended');
    let out = text;
    // Apply one at a time, from the end, as an author would click them.
    for (const fix of [...fixes].sort((a, b) => b.edits[0].start - a.edits[0].start)) out = out.slice(0, fix.edits[0].start) + fix.edits[0].newText + out.slice(fix.edits[0].end);
    return out.slice(text.indexOf('---\n\n') + 5);
  };
  it('adds the missing heading after the section it follows, before the references', () => {
    assert.equal(apply('## Introduction\n\nText.\n\n## Case Presentation\n\nText.\n\n## References\n\n1. A. B. C. 2010;1:1.\n'), '## Introduction\n\nText.\n\n## Case Presentation\n\nText.\n\n## Discussion\n\n## References\n\n1. A. B. C. 2010;1:1.\n');
  });
  it('writes a run-in head in a report written with run-in heads, and appends at the end when nothing follows', () => {
    assert.equal(apply('**Background:** Text.\n\n**Case Presentation:** Text.\n'), '**Background:** Text.\n\n**Case Presentation:** Text.\n\n**Discussion:** \n');
  });
  it('puts a missing first section before the first heading', () => {
    assert.equal(apply('## Case Report\n\nText.\n\n## Discussion\n\nText.\n'), '## Introduction\n\n## Case Report\n\nText.\n\n## Discussion\n\nText.\n');
  });
});
