import assert from 'node:assert/strict';
import { renumberReferences } from '../../src/core/renumber';
import { apply, citedTexts, FRONTMATTER, parse } from './helpers';

const renumber = (text: string) => apply(text, renumberReferences);

function doc(body: string, references: string): string {
  return `${FRONTMATTER}${body}\n\n## References\n\n${references}`;
}

describe('renumber references in order of first citation', () => {
  it('reassigns numbers by first citation and reorders the list', () => {
    const before = doc('Calciphylaxis is rare.^3^ It occurs in lupus.^1^ Wound care matters.^2^', '1. Alpha A. One.\n2. Beta B. Two.\n3. Gamma C. Three.\n');
    const after = renumber(before);
    assert.equal(after, doc('Calciphylaxis is rare.^1^ It occurs in lupus.^2^ Wound care matters.^3^', '1. Gamma C. Three.\n2. Alpha A. One.\n3. Beta B. Two.\n'));
    assert.deepEqual(citedTexts(after), citedTexts(before));
  });

  it('splits a range whose numbers are no longer consecutive and merges numbers that become consecutive', () => {
    const before = doc('First.^4^ Then.^1-3^ And.^5,2^', '1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n');
    const after = renumber(before);
    // 4->1, 1->2, 2->3, 3->4, 5->5: `^1-3^` becomes 2-4, `^5,2^` becomes 3,5.
    assert.match(after, /First\.\^1\^ Then\.\^2-4\^ And\.\^3,5\^/);
    assert.match(after, /1\. D\.\n2\. A\.\n3\. B\.\n4\. C\.\n5\. E\./);
    const split = renumber(doc('A.^2^ B.^1-3^', '1. A.\n2. B.\n3. C.\n'));
    assert.match(split, /A\.\^1\^ B\.\^1-3\^/);
    const broken = renumber(doc('A.^3^ B.^1^ C.^2^ D.^1-3^', '1. A.\n2. B.\n3. C.\n'));
    assert.match(broken, /D\.\^1-3\^/);
    const scattered = renumber(doc('A.^2^ B.^4^ C.^1,3^ D.^1-4^ E.^3^', '1. A.\n2. B.\n3. C.\n4. D.\n'));
    assert.match(scattered, /A\.\^1\^ B\.\^2\^ C\.\^3,4\^ D\.\^1-4\^ E\.\^4\^/);
  });

  it('rewrites every marker citing the same number', () => {
    const before = doc('One.^2^ Two.^1^ Three.^2^ Four.^1,2^ Five.^2^', '1. A.\n2. B.\n');
    const after = renumber(before);
    assert.match(after, /One\.\^1\^ Two\.\^2\^ Three\.\^1\^ Four\.\^1,2\^ Five\.\^1\^/);
    assert.deepEqual(citedTexts(after), citedTexts(before));
  });

  it('keeps the author form: <sup>, brackets with their spacing, en dashes', () => {
    const before = doc('Pasted.<sup>3</sup> Vancouver [2, 1]. Dash.^3\u20135^ Upper <SUP>4</SUP>.', '1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n');
    const after = renumber(before);
    assert.match(after, /Pasted\.<sup>1<\/sup> Vancouver \[2, 3\]\. Dash\.\^1,4,5\^ Upper <SUP>4<\/SUP>\./);
    assert.deepEqual(citedTexts(after), citedTexts(before));
  });

  it('keeps uncited entries after the cited ones, in their original order', () => {
    const after = renumber(doc('Only.^4^ And.^2^', '1. Uncited one.\n2. Two.\n3. Uncited three.\n4. Four.\n'));
    assert.match(after, /1\. Four\.\n2\. Two\.\n3\. Uncited one\.\n4\. Uncited three\.\n/);
  });

  it('moves multi-line entries whole, keeping blank lines between loose entries in place', () => {
    const list = '1. Alpha A, Beta B. A long title\n   that wraps. J Med. 2001;1:1-2.\n\n2. Gamma C. Short. J. 2002.\n\n3. Delta D. Another\nlazy continuation. 2003.\n';
    const after = renumber(doc('Cited.^3^ Then.^2^ Then.^1^', list));
    assert.ok(
      after.endsWith('1. Delta D. Another\nlazy continuation. 2003.\n\n2. Gamma C. Short. J. 2002.\n\n3. Alpha A, Beta B. A long title\n   that wraps. J Med. 2001;1:1-2.\n'),
      after,
    );
  });

  it('leaves code spans, fenced code, comments and frontmatter alone', () => {
    const body = 'Text.^2^ `^1^ in code` more.^1^\n\n```md\nFenced.^2^\n```\n\n<!-- note.^1^ -->';
    const after = renumber(doc(body, '1. A.\n2. B.\n'));
    assert.match(after, /Text\.\^1\^ `\^1\^ in code` more\.\^2\^/);
    assert.match(after, /```md\nFenced\.\^2\^\n```/);
    assert.match(after, /<!-- note\.\^1\^ -->/);
  });

  it('handles CRLF files without mixing line endings', () => {
    const before = doc('B.^2^ A.^1^', '1. Alpha.\n   More alpha.\n2. Beta.\n').replace(/\n/g, '\r\n');
    const after = renumber(before);
    assert.equal(after, doc('B.^1^ A.^2^', '1. Beta.\n2. Alpha.\n   More alpha.\n').replace(/\n/g, '\r\n'));
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /[\r\n]/);
  });

  it('renumbers a list with gaps or one that does not start at 1', () => {
    const after = renumber(doc('A.^3^ B.^7^', '3. Three.\n7. Seven.\n'));
    assert.match(after, /A\.\^1\^ B\.\^2\^/);
    assert.match(after, /1\. Three\.\n2\. Seven\./);
  });

  it('renumbers pasted citations that lost their superscript along with the markers', () => {
    const after = renumber(doc('Calciphylaxis.2 It occurs.^1^', '1. A.\n2. B.\n'));
    assert.match(after, /Calciphylaxis\.1 It occurs\.\^2\^/);
  });

  it('is idempotent and changes nothing on a document already in order', () => {
    const once = renumber(doc('X.^3^ Y.^1,2,4^ Z.[2]', '1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n'));
    assert.equal(renumber(once), once);
    assert.equal(renumberReferences(parse(once)).status, 'unchanged');
  });

  it('refuses when a number is ambiguous or missing, saying where', () => {
    const twice = renumberReferences(parse(doc('A.^1^', '1. A.\n1. B.\n')));
    assert.equal(twice.status, 'blocked');
    const undefinedCited = renumberReferences(parse(doc('A.^1^ B.^9^', '1. A.\n')));
    assert.equal(undefinedCited.status, 'blocked');
    assert.match(undefinedCited.status === 'blocked' ? undefinedCited.reason : '', /Reference 9/);
    const none = renumberReferences(parse(`${FRONTMATTER}Text.^1^\n`));
    assert.equal(none.status, 'blocked');
  });

  it('produces edits that never overlap, so they apply as one edit', () => {
    const outcome = renumberReferences(parse(doc('B.^2^ A.^1^ C.^3^', '1. A.\n2. B.\n3. C.\n')));
    assert.equal(outcome.status, 'changed');
    if (outcome.status !== 'changed') return;
    const edits = [...outcome.fix.edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end);
  });
});
