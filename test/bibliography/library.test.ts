import assert from 'node:assert/strict';
import { bibliographyValues } from '../../src/core/bibliography/library';
import { LibraryLoader, MAX_LIBRARY_BYTES } from '../../src/core/bibliography/loader';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { BIB, MemoryFiles, REPORT_PATH, at, findings, report } from './helpers';

const CODES = ['bibliography-missing', 'bibliography-syntax', 'citation-undefined'];

function load(files: MemoryFiles, frontmatter = 'bibliography: refs.bib') {
  const model = parseDocument(report('Text [@nigwekar2008].', frontmatter), parseOptions(defaultConfig()), REPORT_PATH);
  return new LibraryLoader(files).load(model);
}

describe('Reference library loading', () => {
  it('reads BibTeX with LaTeX accents and braces as Unicode', () => {
    const library = load(new MemoryFiles({ '/cases/lupus/refs.bib': BIB }));
    assert.deepEqual([...library.entries.keys()], ['nigwekar2008', 'kalajian2009', 'firestein2017', 'muller2015']);
    const muller = library.entries.get('muller2015')!;
    assert.deepEqual(muller.item.author, [
      { family: 'Müller', given: 'Jörg' },
      { family: 'Østergaard', given: 'Søren' },
    ]);
    assert.equal(muller.line, 32);
    assert.equal(library.entries.get('nigwekar2008')!.item['container-title'], 'Clinical Journal of the American Society of Nephrology');
  });

  it('reads CSL-JSON, CSL-YAML and RIS, and a list of files', () => {
    const files = new MemoryFiles({
      '/cases/lupus/a.json': JSON.stringify([{ id: 'who2020', type: 'report', title: 'Guidance', author: [{ literal: 'World Health Organization' }], issued: { 'date-parts': [[2020]] } }], null, 2),
      '/cases/lupus/b.yaml': '---\nreferences:\n- id: roe2019\n  type: article-journal\n  title: A title\n  author:\n  - family: Roe\n    given: Jane\n...\n',
      '/cases/lupus/c.ris': 'TY  - JOUR\nAU  - Smith, John\nTI  - Warfarin necrosis\nT2  - JAMA\nPY  - 2011\nVL  - 3\nSP  - 10\nEP  - 12\nER  - \n\nTY  - JOUR\nID  - smithkey\nAU  - Smith, John\nTI  - Another\nPY  - 2011\nER  - \n',
    });
    const library = load(files, 'bibliography: [a.json, b.yaml, c.ris]');
    assert.deepEqual([...library.entries.keys()], ['who2020', 'roe2019', 'smith2011', 'smithkey']);
    assert.deepEqual(library.entries.get('roe2019')!.line, 2);
    assert.deepEqual(library.entries.get('smith2011')!.line, 0);
    assert.ok(library.sources.every((s) => s.problems.length === 0));
  });

  it('parses each file once per version, and again when Zotero rewrites it', () => {
    const files = new MemoryFiles({ '/cases/lupus/refs.bib': BIB });
    const loader = new LibraryLoader(files);
    const model = parseDocument(report('Text [@nigwekar2008].'), parseOptions(defaultConfig()), REPORT_PATH);
    const first = loader.load(model);
    assert.equal(loader.load(parseDocument(report('Other text [@kalajian2009].'), parseOptions(defaultConfig()), REPORT_PATH)), first);
    assert.equal(files.reads, 1);
    files.rewrite('/cases/lupus/refs.bib', BIB.replace('kalajian2009', 'kalajian2009b'));
    const second = loader.load(model);
    assert.equal(files.reads, 2);
    assert.ok(second.entries.has('kalajian2009b'));
  });

  it('takes a path or a list from the frontmatter, nothing else', () => {
    const values = (fm: string) => bibliographyValues(parseDocument(report('x', fm), parseOptions(defaultConfig())));
    assert.deepEqual(values('bibliography: refs.bib'), [{ written: 'refs.bib' }]);
    assert.deepEqual(values('bibliography:\n  - a.bib\n  - b.json'), [
      { written: 'a.bib', index: 0 },
      { written: 'b.json', index: 1 },
    ]);
    assert.deepEqual(values('bibliography: 3'), []);
    assert.deepEqual(values('title2: x'), []);
  });
});

describe('Bad libraries: one clear finding at the frontmatter value, never a crash', () => {
  const value = (code: string, message: RegExp, col = '15-23') => ({ code, where: `5:${col}`, message });
  const cases: [string, Record<string, string | { folder: true } | { size: number }>, string, { code: string; where: string; message: RegExp }][] = [
    ['a missing file', {}, 'bibliography: refs.bib', value('bibliography-missing', /^refs\.bib does not exist \(looked for \/cases\/lupus\/refs\.bib\)$/)],
    ['a folder', { '/cases/lupus/refs.bib': { folder: true } }, 'bibliography: refs.bib', value('bibliography-missing', /is a folder, not a library file/)],
    ['an unclosed brace', { '/cases/lupus/refs.bib': BIB.replace('volume = {145},', 'volume = {145,') }, 'bibliography: refs.bib', value('bibliography-syntax', /^refs\.bib does not parse: line 13: the entry kalajian2009 is not closed/)],
    ['a missing comma between fields', { '/cases/lupus/refs.bib': BIB.replace('  volume = {145},\n', '  volume = {145}\n') }, 'bibliography: refs.bib', value('bibliography-syntax', /^refs\.bib does not parse: line 19: a comma is missing before this field$/)],
    ['a 10 MB library', { '/cases/lupus/refs.bib': { size: 10 * 1024 * 1024 } }, 'bibliography: refs.bib', value('bibliography-syntax', /is 10 MB; libraries over 5 MB are not read/)],
    ['a binary file', { '/cases/lupus/refs.bib': '\u0000\u0001PK\u0003\u0004@article{' }, 'bibliography: refs.bib', value('bibliography-syntax', /is not a text file/)],
    ['duplicate keys', { '/cases/lupus/refs.bib': `${BIB}\n@article{kalajian2009, title={Again}}\n` }, 'bibliography: refs.bib', value('bibliography-syntax', /defines the key kalajian2009 twice \(lines 13 and 43\); the first entry is used/)],
    ['an unknown format', { '/cases/lupus/refs.txt': 'x' }, 'bibliography: refs.txt', value('bibliography-syntax', /use \.bib \(BibTeX\)/)],
    ['a JSON syntax error', { '/cases/lupus/refs.json': '[\n  {"id": "a",\n  "type": "book"\n]' }, 'bibliography: refs.json', value('bibliography-syntax', /^refs\.json does not parse: line 4/, '15-24')],
    ['JSON that is not a list of items', { '/cases/lupus/refs.json': '{"title": "x"}' }, 'bibliography: refs.json', value('bibliography-syntax', /expected a list of CSL items/, '15-24')],
    ['a YAML syntax error', { '/cases/lupus/refs.yaml': 'references:\n- id: a\n  title: [unclosed\n' }, 'bibliography: refs.yaml', value('bibliography-syntax', /^refs\.yaml does not parse: line \d/, '15-24')],
    ['text that holds no entries', { '/cases/lupus/refs.bib': 'My references, to do.\n' }, 'bibliography: refs.bib', value('bibliography-syntax', /holds no entries that could be read as BibTeX/)],
    ['a web address', {}, 'bibliography: https://example.org/refs.bib', value('bibliography-missing', /is a web address/, '15-43')],
    ['the second of a list', { '/cases/lupus/a.bib': BIB }, 'bibliography: [a.bib, b.bib]', value('bibliography-missing', /^b\.bib does not exist/, '23-28')],
  ];
  for (const [name, files, frontmatter, expected] of cases) {
    it(name, () => {
      const found = findings(report('Calciphylaxis is rare [@nigwekar2008].', frontmatter), new MemoryFiles(files), CODES);
      assert.deepEqual(
        found.map((f) => ({ code: f.code, where: at(f).split(' ')[0], message: f.message })),
        [{ code: expected.code, where: expected.where, message: found[0]?.message }],
        found.map((f) => f.message).join('\n'),
      );
      assert.match(found[0].message, expected.message);
    });
  }

  it('follows absolute and .. paths as ordinary reads', () => {
    const files = new MemoryFiles({ '/cases/shared/refs.bib': BIB, '/library/all.bib': BIB.replace(/nigwekar2008/g, 'n2008') });
    assert.deepEqual(findings(report('Text [@nigwekar2008].', 'bibliography: ../shared/refs.bib'), files, CODES), []);
    assert.deepEqual(findings(report('Text [@n2008].', 'bibliography: /library/all.bib'), files, CODES), []);
  });

  it('reads an entry with 300 authors', () => {
    const authors = Array.from({ length: 300 }, (_, i) => `Author${i}, A.`).join(' and ');
    const library = load(new MemoryFiles({ '/cases/lupus/refs.bib': `@article{nigwekar2008, author = {${authors}}, title = {Big}, journal = {J}, year = 2020, volume = 1, pages = {1--2}}` }));
    assert.equal(library.entries.get('nigwekar2008')!.item.author!.length, 300);
  });

  it('a library over the limit is not even read', () => {
    const files = new MemoryFiles({ '/cases/lupus/refs.bib': { size: MAX_LIBRARY_BYTES + 1 } });
    load(files);
    assert.equal(files.reads, 0);
  });
});
