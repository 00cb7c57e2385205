import assert from 'node:assert/strict';
import { unifiedDiff, writeUnifiedDiff } from '../../src/cli/diff';

describe('unifiedDiff', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

  it('is written in pieces: lines in batches, a long line on its own, never the whole diff as one string', () => {
    const long = 'x'.repeat(300_000);
    const before = [...lines(20_000), long].join('\n') + '\n';
    const after = [...lines(20_000).map((l, i) => (i % 1000 === 0 ? `${l}!` : l)), `${long}y`].join('\n') + '\n';
    const pieces: string[] = [];
    writeUnifiedDiff(before, after, 'a/r.md', 'b/r.md', (text) => pieces.push(text));
    const diff = pieces.join('');
    assert.equal(diff, unifiedDiff(before, after, 'a/r.md', 'b/r.md'));
    assert.ok(diff.includes(`\n-${long}\n+${long}y\n`));
    assert.ok(pieces.includes(long) && pieces.includes(`${long}y`), 'the long lines are written as they are');
    assert.ok(pieces.every((piece) => piece.length <= (1 << 16) + 100 || piece === long || piece === `${long}y`), 'no piece holds more than a batch or one long line');
    const empty: string[] = [];
    writeUnifiedDiff('a\n', 'a\n', 'a', 'b', (text) => empty.push(text));
    assert.deepEqual(empty, []);
  });

  it('prints nothing for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x'), '');
  });

  it('prints one hunk with three lines of context, as diff -u does', () => {
    const before = lines(10);
    const after = [...before];
    after[4] = 'changed 5';
    assert.equal(
      unifiedDiff(before.join('\n') + '\n', after.join('\n') + '\n', 'a/r.md', 'b/r.md'),
      ['--- a/r.md', '+++ b/r.md', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+changed 5', ' line 6', ' line 7', ' line 8', ''].join('\n'),
    );
  });

  it('splits distant changes into separate hunks and joins near ones', () => {
    const before = lines(30);
    const after = [...before];
    after[1] = 'changed 2';
    after[4] = 'changed 5';
    after[25] = 'changed 26';
    const diff = unifiedDiff(before.join('\n'), after.join('\n'), 'a', 'b');
    assert.deepEqual(diff.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,8 +1,8 @@', '@@ -23,7 +23,7 @@']);
  });

  it('counts added and removed lines in the hunk header, CRLF treated as line ends', () => {
    const diff = unifiedDiff('a\r\nb\r\nc\r\n', 'a\r\nb\r\nnew\r\nc\r\n', 'a', 'b');
    assert.equal(diff, ['--- a', '+++ b', '@@ -1,3 +1,4 @@', ' a', ' b', '+new', ' c', ''].join('\n'));
  });

  it('prints a change of 100,000 lines as removed then added, without overflowing the stack', function () {
    this.timeout(30_000);
    // Each round of the edit-distance search keeps its band of diagonals only: the whole array per
    // round was 2,000 copies of 1.6 MB here, and the ops spread as arguments overflowed the stack.
    const before = lines(100_000);
    const after = before.map((line) => `${line}!`);
    const diff = unifiedDiff(before.join('\n'), after.join('\n'), 'a', 'b').split('\n');
    assert.equal(diff[2], '@@ -1,100000 +1,100000 @@');
    assert.equal(diff.filter((l) => l.startsWith('-line')).length, 100_000);
    assert.equal(diff.filter((l) => l.startsWith('+line')).length, 100_000);
    assert.equal(diff[3], '-line 1');
    assert.equal(diff[100_003], '+line 1!');
  });
});
