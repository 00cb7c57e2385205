import assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { BIB, LIBRARY_CODES, MemoryFiles, REPORT_PATH, at, findings, report } from './helpers';

const files = () => new MemoryFiles({ '/cases/lupus/refs.bib': BIB });
const found = (body: string, frontmatter?: string) => findings(report(body, frontmatter), files(), LIBRARY_CODES).map((f) => `${at(f)} ${f.message}`);

describe('Checks on reports that cite by key', () => {
  it('a clean report gives nothing (keys, locators, prefixes, repeats)', () => {
    const body = [
      '## Introduction',
      '',
      'Calciphylaxis is rare outside end-stage renal disease [@nigwekar2008; @kalajian2009].',
      'Sodium thiosulfate is the usual treatment [see @muller2015, p. e12], as the textbook notes [@firestein2017, pp. 1021-1024].',
      '',
      '## Discussion',
      '',
      'As reviewed earlier [@nigwekar2008], wound care matters most. Contact: jkim@example.org.',
      '',
      '```bibtex',
      '@article{notcited, title = {In a code block}}',
      '```',
    ].join('\n');
    assert.deepEqual(found(body), []);
  });

  it('citation-undefined names the unknown key and the closest keys', () => {
    assert.deepEqual(found('Seen before [@nigwekar2009; @kalajian2009].'), ["8:14-27 citation-undefined The key nigwekar2009 is not in the library; did you mean nigwekar2008?"]);
    assert.deepEqual(found('Unknown [@zzzz] and [@qqq; @yyy].'), [
      '8:10-15 citation-undefined The key zzzz is not in the library',
      '8:21-33 citation-undefined The keys qqq and yyy are not in the library',
    ]);
  });

  it('citation-undefined offers the closest key as a fix', () => {
    const text = report('Seen [@nigwekar2009].');
    const finding = checkText(text, defaultConfig(), memory(), REPORT_PATH).findings.find((f) => f.code === 'citation-undefined')!;
    assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.safe, fix.edits.map((e) => text.slice(0, e.start) + e.newText + text.slice(e.end)).map((t) => t.split('\n')[7])]), [['Cite nigwekar2008', false, ['Seen [@nigwekar2008].']]]);
  });

  it('keys are not judged while a library file fails, nor without a host that reads libraries', () => {
    const broken = new MemoryFiles({ '/cases/lupus/refs.bib': BIB, '/cases/lupus/b.bib': '@article{x, title={' });
    assert.deepEqual(
      findings(report('Text [@zzzz].', 'bibliography: [refs.bib, b.bib]'), broken, LIBRARY_CODES).map((f) => f.code),
      ['bibliography-syntax'],
    );
    assert.deepEqual(checkText(report('Text [@zzzz].'), defaultConfig(), { fileExists: () => true }, REPORT_PATH).findings.filter((f) => LIBRARY_CODES.includes(f.code)), []);
  });

  it('bibliography-missing when keys are cited and the frontmatter names no library', () => {
    assert.deepEqual(found('Text [@nigwekar2008] and [@kalajian2009].', 'category: Lupus'), [
      '8:6-21 bibliography-missing The text cites by key (@nigwekar2008) but the frontmatter names no bibliography; add `bibliography: references.bib` (BibTeX, CSL-JSON, CSL-YAML or RIS)',
    ]);
  });

  it('reference-incomplete on the first citation of each incomplete entry', () => {
    const incomplete = new MemoryFiles({ '/cases/lupus/refs.bib': `${BIB}\n@article{roe2010, author = {Roe, Jane}, title = {Something}, year = {2010}}\n@misc{anon, title = {Untitled note}}\n` });
    const messages = findings(report('First [@roe2010; @nigwekar2008]. Again [@roe2010]. And [@anon].'), incomplete, LIBRARY_CODES).map((f) => `${at(f)}`);
    assert.deepEqual(messages, ['8:8-16 reference-incomplete', '8:57-62 reference-incomplete']);
  });

  it('reference-duplicate for two cited keys with the same DOI', () => {
    const twice = new MemoryFiles({ '/cases/lupus/refs.bib': `${BIB}\n@article{nigwekar2008b, author = {Nigwekar, S}, title = {Calciphylaxis}, journal = {Clin J Am Soc Nephrol}, year = 2008, volume = 3, pages = {1139--43}, doi = {https://doi.org/10.2215/cjn.00530108}}\n` });
    assert.deepEqual(
      findings(report('One [@nigwekar2008]. Two [@kalajian2009; @nigwekar2008b].'), twice, LIBRARY_CODES).map((f) => `${at(f)} ${f.message}`),
      ['8:42-56 reference-duplicate The key nigwekar2008b cites the same work as nigwekar2008 (the same DOI https://doi.org/10.2215/cjn.00530108), which would be listed twice; cite one of them'],
    );
    // An uncited twin is never listed: nothing to say.
    assert.deepEqual(findings(report('One [@nigwekar2008].'), twice, LIBRARY_CODES), []);
  });

  describe('citation-mixed', () => {
    it('a hand-numbered marker among key citations: once, on the first marker; the numbering rules stay quiet', () => {
      assert.deepEqual(found('Rare [@nigwekar2008]. Treated with thiosulfate.^3,2^ Also^5-4^ and^1^.'), [
        '8:48-53 citation-mixed A hand-numbered citation (^3,2^ and 2 more) in a report that cites by key ([@nigwekar2008] on line 8); cite every reference by key and let the list be generated, or convert the keys to numbers (casereport fix --number-citations)',
      ]);
    });
    it('a hand-written reference list in a report that cites by key', () => {
      const body = 'Rare [@nigwekar2008].\n\n## References\n\n1. Nigwekar SU, Wolf M, Sterns RH, Hix JK. Calciphylaxis from nonuremic causes: a systematic review. Clin J Am Soc Nephrol. 2008;3(4):1139-1143.\n3. Another entry. JAMA. 2001;1(1):1-2.';
      assert.deepEqual(found(body).map((f) => f.split(' ').slice(0, 2).join(' ')), ['10:1-14 citation-mixed']);
    });
    it('not for hand-numbered reports, nor for key reports alone', () => {
      const hand = 'Rare.^1^\n\n## References\n\n1. Nigwekar SU, Wolf M, Sterns RH, Hix JK. Calciphylaxis from nonuremic causes: a systematic review. Clin J Am Soc Nephrol. 2008;3(4):1139-1143.';
      assert.deepEqual(found(hand, 'category: Lupus'), []);
      assert.deepEqual(found('Rare [@nigwekar2008].'), []);
    });
  });

  describe('citation-unbracketed', () => {
    it('a bare key that names a library entry', () => {
      assert.deepEqual(found('As @nigwekar2008 showed, it is rare [@kalajian2009].'), [
        '8:4-17 citation-unbracketed @nigwekar2008 names an entry of the library but is not in brackets, so it is not numbered; write [@nigwekar2008]',
      ]);
    });
    const negatives = [
      'Contact the author at nigwekar2008@example.org for details.',
      'Follow @hospital on social media for updates.',
      'The lab code was `@nigwekar2008` in the system.',
      '<!-- @nigwekar2008 to be cited later -->',
      'Doses @ 5 mg/kg were given every 8 h.',
      'The list @home ends here.',
      'A handle like @Kalajian is not the key kalajian2009.',
      'See https://example.org/@nigwekar2008 for the preprint.',
    ];
    for (const sentence of negatives) {
      it(`leaves alone "${sentence}"`, () => assert.deepEqual(found(sentence), []));
    }
  });

  it('a Markdown file without keys and without a library pays nothing and gets nothing', () => {
    const host = memory();
    assert.deepEqual(checkText(report('Rare.^1^', 'category: Lupus'), defaultConfig(), host, REPORT_PATH).findings.filter((f) => f.code.startsWith('bibliography')), []);
  });
});

function memory() {
  const files = new MemoryFiles({ '/cases/lupus/refs.bib': BIB });
  return { fileExists: () => true, library: (model: Parameters<NonNullable<import('../../src/core/rule').Host['library']>>[0]) => loader(files).load(model) };
}

import { LibraryLoader } from '../../src/core/bibliography/loader';
function loader(files: MemoryFiles): LibraryLoader {
  return new LibraryLoader(files);
}
