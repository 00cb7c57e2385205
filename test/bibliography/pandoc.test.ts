import assert from 'node:assert/strict';
import { findKeyCitations, parseLocator } from '../../src/core/bibliography/pandoc';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';

/** The keys of each bracketed citation, as `a;b`, and the bare keys, as found in a report's text. */
function scan(text: string): { cited: string[]; bare: string[] } {
  const model = parseDocument(`---\ntitle: T\nauthors: [{name: A}]\n---\n\n${text}\n`, parseOptions(defaultConfig()));
  return { cited: model.keyCitations.map((c) => c.items.map((i) => i.key).join(';')), bare: model.bareKeys.map((b) => b.key) };
}

describe('Pandoc citation syntax', () => {
  const cases: [string, string[], string[]?][] = [
    ['Calciphylaxis is rare [@nigwekar2008].', ['nigwekar2008']],
    ['Two works [@a; @b] cited together.', ['a;b']],
    ['With a locator [@smith04, p. 33] and a prefix [see @doe99].', ['smith04', 'doe99']],
    ['[see @doe99, pp. 33-35; also @smith04, chap. 1]', ['doe99;smith04']],
    ['Author suppressed [-@smith04].', ['smith04']],
    ['Keys with internal punctuation [@Smith:2004.a] and [@doe-99/x].', ['Smith:2004.a', 'doe-99/x']],
    ['Trailing punctuation is not the key [@smith04.] [@smith04:].', ['smith04', 'smith04']],
    ['A braced key [@{https://doi.org/10.1/x?a=1}] is one key.', ['https://doi.org/10.1/x?a=1']],
    ['Across a line break [@a;\n@b].', ['a;b']],
    ['Unicode keys [@müller2020] and [@_under].', ['müller2020', '_under']],
    ['Digits first [@2020who].', ['2020who']],
    // Not citations
    ['Write to jkim@example.org or [jkim@example.org].', []],
    ['Code `[@notakey]` and a comment <!-- [@notakey] --> are skipped.', []],
    ['```\n[@incode]\n```', []],
    ['An escaped \\[@notakey] bracket.', [], ['notakey']],
    ['A link [@handle](https://example.org) is a link.', [], ['handle']],
    ['Every part needs a key: [see @a; and more].', [], ['a']],
    ['A blank line ends it [@a\n\nmore].', [], ['a']],
    ['Nested brackets [see [p. 3] @a] are not a citation.', [], ['a']],
    ['An empty key [@] or [@{}] is nothing.', []],
    ['A bare key @smith04 says so, and -@doe99 too.', [], ['smith04', 'doe99']],
    ['Twitter @handle and an e-mail a@b.org: bare candidates only where not inside a word.', [], ['handle']],
    ['An image ![@alt](x.png) is not a citation.', [], ['alt']],
  ];
  for (const [text, cited, bare = []] of cases) {
    it(JSON.stringify(text.slice(0, 70)), () => assert.deepEqual(scan(text), { cited, bare }));
  }

  it('never reads the frontmatter', () => {
    const model = parseDocument('---\ntitle: "[@fm]"\nauthors: [{name: A}]\nbibliography: refs.bib\n---\n\nText.\n', parseOptions(defaultConfig()));
    assert.deepEqual(model.keyCitations, []);
    assert.deepEqual(model.bareKeys, []);
  });

  it('gives the exact spans of the citation and of each key', () => {
    const text = 'Seen [see @doe99, p. 33; @a].';
    const { citations } = findKeyCitations(text);
    assert.equal(text.slice(citations[0].start, citations[0].end), '[see @doe99, p. 33; @a]');
    assert.deepEqual(
      citations[0].items.map((i) => [text.slice(i.keyStart, i.keyEnd), i.prefix, i.suffix]),
      [
        ['@doe99', 'see', 'p. 33'],
        ['@a', '', ''],
      ],
    );
  });

  it('reads locators', () => {
    assert.deepEqual(parseLocator('p. 33'), { label: 'page', value: '33', length: 5 });
    assert.deepEqual(parseLocator('pp. 33-35, 38'), { label: 'page', value: '33-35,38', length: 13 });
    assert.deepEqual(parseLocator('33'), { label: 'page', value: '33', length: 2 });
    assert.deepEqual(parseLocator('chap. 2'), { label: 'chap.', value: '2', length: 7 });
    assert.deepEqual(parseLocator('{iv}'), { label: 'page', value: 'iv', length: 4 });
    assert.deepEqual(parseLocator('pp. 33-35 and passim'), { label: 'page', value: '33-35', length: 9 });
    assert.equal(parseLocator('and passim'), undefined);
    assert.equal(parseLocator('emphasis added'), undefined);
  });

  it('stays linear on hostile text', () => {
    for (const hostile of ['[@'.repeat(100_000), '['.repeat(200_000) + '@a]', '@'.repeat(200_000), '[' + 'x@'.repeat(100_000)]) {
      const { citations, bare } = findKeyCitations(hostile);
      assert.ok(citations.length + bare.length <= hostile.length);
    }
  });
});
