import assert from 'node:assert/strict';
import { citationIndex, completionContext, entriesFor, mentionsOf, targetAt } from '../../src/core/service/locate';
import { completionsAt } from '../../src/core/service/language';
import { FRONTMATTER, parse } from './helpers';

const TEXT = `${FRONTMATTER}Calciphylaxis is rare.^1^ Lupus.<sup>2,3</sup> Warfarin [1, 3-4]. See Figures 1 and 2, and Table 1.

![Figure 1. Ulcer on the thigh.](ulcer.png)

![Figure 2. CT of the chest.](ct.png)

Table 1. Laboratory values

| Test | Value |
| --- | --- |
| INR | 3.1 |

## References

1. Alpha A. First.
2. Beta B. Second
   on two lines.
3. Gamma C. Third.
4. Delta D. Fourth.
5. Epsilon E. Never cited.
`;
const model = parse(TEXT);
const at = (needle: string, delta = 0) => TEXT.indexOf(needle) + delta;

describe('navigation targets (hover, definition, references, CodeLens)', () => {
  it('finds the citation under the cursor and narrows to the number the cursor is on', () => {
    const onThree = targetAt(model, at('3-4]', 1));
    assert.equal(onThree?.type, 'citation');
    assert.deepEqual(onThree?.type === 'citation' && onThree.numbers, [3, 4]);
    const onDelimiter = targetAt(model, at('<sup>', 1));
    assert.deepEqual(onDelimiter?.type === 'citation' && onDelimiter.numbers, [2, 3]);
    const onTwo = targetAt(model, at('2,3</sup>'));
    assert.deepEqual(onTwo?.type === 'citation' && onTwo.numbers, [2]);
  });

  it('finds mentions with the number under the cursor, and figure labels', () => {
    const onTwo = targetAt(model, at('1 and 2', 6));
    assert.equal(onTwo?.type, 'mention');
    assert.deepEqual(onTwo?.type === 'mention' && onTwo.numbers, [2]);
    const onWord = targetAt(model, at('Figures 1 and'));
    assert.deepEqual(onWord?.type === 'mention' && onWord.numbers, [1, 2]);
    const label = targetAt(model, at('Figure 2. CT', 3));
    assert.equal(label?.type === 'float' && label.float.number, 2);
    assert.equal(targetAt(model, at('Table 1. Lab', 2))?.type, 'float');
  });

  it('finds the reference entry anywhere on its lines, including continuation lines', () => {
    const entry = targetAt(model, at('on two lines'));
    assert.equal(entry?.type === 'entry' && entry.entry.number, 2);
    assert.equal(targetAt(model, at('Calciphylaxis is rare')), undefined);
  });

  it('lists every place citing a reference, item by item, and counts them', () => {
    const index = citationIndex(model);
    assert.deepEqual(index.get(3)?.map((s) => TEXT.slice(s.start, s.end)), ['3', '3-4']);
    assert.deepEqual(index.get(1)?.map((s) => TEXT.slice(s.start, s.end)), ['1', '1']);
    assert.equal(index.get(5), undefined, 'never cited');
    const twice = parse(`${FRONTMATTER}Twice in one marker.^2,1-3^ Pasted: calcium.2 \n\n## References\n\n1. A.\n2. B.\n3. C.\n`);
    const two = citationIndex(twice).get(2) ?? [];
    assert.deepEqual(two.map((s) => twice.text.slice(s.start, s.end)), ['2', '2'], 'once for the marker (its first item, not 1-3), once pasted');
    assert.ok(twice.text.slice(two[1].start - 8, two[1].start).endsWith('calcium.'));
    assert.deepEqual(entriesFor(model, [2, 9]).map((e) => e.entry?.text ?? null), ['Beta B. Second on two lines.', null]);
    assert.equal(mentionsOf(model, 'figure', 2).length, 1);
    assert.equal(mentionsOf(model, 'table', 1).length, 1);
  });
});

describe('completion context', () => {
  it('offers reference numbers inside ^, <sup> and [', () => {
    assert.deepEqual(completionContext('Calciphylaxis is rare.^', true), { type: 'citation', form: 'superscript', typed: '' });
    assert.deepEqual(completionContext('rare.^1,2', true), { type: 'citation', form: 'superscript', typed: '2' });
    assert.deepEqual(completionContext('pasted.<sup>1,', true), { type: 'citation', form: 'html', typed: '' });
    assert.deepEqual(completionContext('Vancouver [1, 3-', true), { type: 'citation', form: 'bracket', typed: '' });
  });

  it('offers figure and table numbers after the word', () => {
    assert.deepEqual(completionContext('as shown in Figure ', true), { type: 'float', kind: 'figure', typed: '' });
    assert.deepEqual(completionContext('(Figs. 1 and ', true), { type: 'float', kind: 'figure', typed: '' });
    assert.deepEqual(completionContext('values are in Table 1', true), { type: 'float', kind: 'table', typed: '1' });
  });

  it('stays quiet elsewhere: after a closed marker, an exponent, links, images, with brackets off', () => {
    assert.equal(completionContext('rare.^1^ and', true), undefined);
    assert.equal(completionContext('10^', true), undefined);
    assert.equal(completionContext('![', true), undefined);
    assert.equal(completionContext('see [the', true), undefined);
    assert.equal(completionContext('Vancouver [', false), undefined);
    assert.equal(completionContext('Figure 1 shows', true), undefined);
  });
});

describe('completion closes the marker it completes', () => {
  const REFS = '\n\n## References\n\n1. Alpha A. First.\n2. Beta B. Second.\n';
  /** The completions at `|` in a report whose body is `body`. */
  function closeAt(body: string): string | undefined {
    const text = `${FRONTMATTER}${body.replace('|', '')}${REFS}`;
    const offset = FRONTMATTER.length + body.indexOf('|');
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const completions = completionsAt(parse(text), offset, text.slice(lineStart, offset), true);
    assert.ok(completions, `completions at ${body}`);
    assert.deepEqual(completions.items.map((i) => i.label), ['1', '2']);
    return completions.close;
  }

  it('adds the closing ^, </sup> or ] to an open marker', () => {
    assert.equal(closeAt('Calciphylaxis is rare.^| Lupus is a risk.'), '^');
    assert.equal(closeAt('Calciphylaxis is rare.^|'), '^');
    assert.equal(closeAt('Calciphylaxis is rare.<sup>| Lupus.'), '</sup>');
    assert.equal(closeAt('Calciphylaxis is rare [1, | and more.'), ']');
    assert.equal(closeAt('Rare.^| Then a later marker.^2^'), '^', 'a marker further on does not close this one');
  });

  it('adds nothing inside a marker that is already closed', () => {
    assert.equal(closeAt('Calciphylaxis is rare.^1,|^ Lupus.'), undefined);
    assert.equal(closeAt('Calciphylaxis is rare.^|2^ Lupus.'), undefined);
    assert.equal(closeAt('Rare.<sup>1, |</SUP> Lupus.'), undefined);
    assert.equal(closeAt('Rare [1-|] and more.'), undefined);
  });
});
