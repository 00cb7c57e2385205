import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../../src/core/check';
import { listNumbers, markerItems } from '../../src/core/citations';
import { defaultConfig } from '../../src/core/config';
import { resolveFix } from '../../src/core/deferred-fix';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { fixAll } from '../../src/core/fix-all';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { referencesAt } from '../../src/core/service/language';
import { STUB_TEXT } from '../../src/core/renumber/stub-entry';
import type { Finding, Fix, TextEdit } from '../../src/core/types';
import { writeText } from '../../src/cli/format/text';

/**
 * Issue 13 point 7 as behaviour (the times and memory are in `npm run bench`, hostile table):
 * work a crafted document could blow up is bounded or deferred, and the faster code agrees with a
 * plain definition (citation-order's is in fast-paths.test.ts).
 */
const host = { fileExists: () => true };
const FRONT = '---\ntitle: T\nauthors:\n  - name: A\n---\n\n';

function check(text: string) {
  return checkText(text, defaultConfig(), host);
}

describe('bounded work: ranges, stubs and messages', () => {
  it('a stub fix for missing numbers is only named by the check, and built when asked for', () => {
    const markers = Array.from({ length: 50 }, (_, i) => `Seen.^${i * 200 + 2}-${i * 200 + 201}^`).join(' ');
    const text = `${FRONT}${markers}\n\n## References\n\n1. One.\n`;
    const { model, findings } = check(text);
    const undefinedCitations = findings.filter((f) => f.code === 'citation-undefined');
    assert.equal(undefinedCitations.length, 50);
    for (const finding of undefinedCitations) {
      assert.deepEqual(finding.fixes[0].edits, [], 'no stub built during the check');
      assert.ok(finding.fixes[0].deferred, 'a deferred fix');
      assert.ok(finding.message.length < 120 && finding.fixes[0].title.length < 120, `${finding.message} / ${finding.fixes[0].title}`);
    }
    assert.equal(undefinedCitations[0].message, 'References 2-201 are cited but the reference list ends at 1');
    assert.equal(undefinedCitations[0].fixes[0].title, 'Add a stub reference entry for references 2-201');
    const built = resolveFix(model, undefinedCitations[0].fixes[0]);
    const after = applyEdits(text, built.edits).text;
    assert.equal(after.split(STUB_TEXT).length - 1, 200);
    assert.match(after, /1\. One\.\n2\. Author AA[^\n]*\n3\. Author AA[\s\S]*\n201\. Author AA[^\n]*\n$/);
  });

  it('a stub goes after the last entry in list order with a lower number, also in a list out of order', () => {
    const text = `${FRONT}A.^1^ B.^5^ C.^3^ D.^2,4,6^\n\n## References\n\n1. One.\n5. Five.\n3. Three.\n`;
    const { model, findings } = check(text);
    const fix = findings.find((f) => f.code === 'citation-undefined')!.fixes[0];
    const after = applyEdits(text, resolveFix(model, fix).edits).text;
    assert.match(after, /1\. One\.\n2\. Author[^\n]*\n5\. Five\.\n3\. Three\.\n4\. Author[^\n]*\n6\. Author[^\n]*\n$/);
  });

  it('stubs of numbers cited above the list follow it in ascending order, repeats counted once', () => {
    const { findings } = check(`${FRONT}A.^9^ B.^5,9^ C.^7^ D.^5^ E.^1^\n\n## References\n\n1. One.\n2. Two.\n`);
    const titles = findings.filter((f) => f.code === 'citation-undefined').map((f) => f.fixes[0].title);
    assert.deepEqual(titles, [
      'Add a stub reference entry for reference 9, renumbered 5 to follow the list',
      'Add a stub reference entry for references 5, 9, renumbered 3, 5 to follow the list',
      'Add a stub reference entry for reference 7, renumbered 4 to follow the list',
      'Add a stub reference entry for reference 5, renumbered 3 to follow the list',
    ]);
  });

  it('reference-uncited names the entries no citation cites, a pasted citation counting as one', () => {
    const { findings } = check(`${FRONT}Seen.^2-201^ and lost,4 again.\n\n## References\n\n1. One.\n2. Two.\n4. Four.\n300. Far.\n`);
    assert.deepEqual(findings.filter((f) => f.code === 'reference-uncited').map((f) => f.message), ['Reference 1 is never cited in the text', 'Reference 300 is never cited in the text']);
  });

  it('a range over more than 200 numbers is flagged by citation-range and not expanded', () => {
    const { model, findings } = check(`${FRONT}Seen.^1-5000^ Also.^3-202^\n\n## References\n\n1. One.\n`);
    assert.deepEqual(model.citations[0].numbers, []);
    assert.equal(model.citations[1].numbers.length, 200);
    const range = findings.filter((f) => f.code === 'citation-range');
    assert.equal(range.length, 1);
    assert.equal(range[0].message, 'The range 1-5000 spans 5000 numbers, more than the 200 a citation range may cite; check the numbers');
  });

  it('listNumbers names at most five numbers or runs, then how many more', () => {
    assert.equal(listNumbers([2]), '2');
    assert.equal(listNumbers([2, 3]), '2 and 3');
    assert.equal(listNumbers([2, 3, 5, 8, 13]), '2, 3, 5, 8 and 13');
    assert.equal(listNumbers(Array.from({ length: 999 }, (_, i) => i + 2)), '2-1000');
    assert.equal(listNumbers([1, 2, 3, 7, 9, 10, 11, 12]), '1-3, 7 and 9-12');
    assert.equal(listNumbers(Array.from({ length: 10_000 }, (_, i) => 2 * i + 1)), '1, 3, 5, 7, 9 and 9995 more');
  });

  it('citation-order names a few of the skipped references, whatever their number', () => {
    const count = 3000;
    const markers = Array.from({ length: count }, (_, i) => `S.^${count - i}^`).join(' ');
    const references = Array.from({ length: count }, (_, i) => `${i + 1}. R${i + 1}.`).join('\n');
    const findings = check(`${FRONT}${markers}\n\n## References\n\n${references}\n`).findings.filter((f) => f.code === 'citation-order');
    assert.equal(findings.length, count - 1);
    assert.equal(findings[0].message, `Reference ${count} is cited before references 1, 2, 3, 4, 5 and ${count - 6} more, which are first cited later; number references in order of first citation`);
    assert.ok(findings.every((f) => f.message.length < 200));
  });

  it('figure-order names a few of the figures mentioned later, whatever their number', () => {
    const count = 2000;
    const mentions = Array.from({ length: count }, (_, i) => `Figure ${count - i}`).join(', ');
    const figures = Array.from({ length: count }, (_, i) => `![Figure ${i + 1}. F.](f.png)`).join('\n\n');
    const findings = check(`${FRONT}${mentions}.\n\n${figures}\n`).findings.filter((f) => f.code === 'figure-order');
    assert.equal(findings.length, count - 1);
    assert.equal(findings[0].message, `Figure ${count} is mentioned before Figures 1, 2, 3, 4, 5 and ${count - 6} more; number figures in order of first mention`);
    assert.equal(findings[count - 2].message, 'Figure 2 is mentioned before Figure 1; number figures in order of first mention');
  });

  it('a report of more link targets and code spans than a call takes arguments parses (150,000 of each)', () => {
    const n = 150_000;
    const model = parseDocument(`${FRONT}${'[](a) '.repeat(n)}\n\n${'`x` '.repeat(n)}\n`, parseOptions(defaultConfig()));
    assert.equal(model.prose, `${FRONT.replace(/[^\n]/g, ' ')}${'[]( ) '.repeat(n)}\n\n${' '.repeat(4 * n)}\n`);
  });

  it('a list of more entries than a call takes arguments is checked, and its numbers and mentions found (150,000)', function () {
    this.timeout(60_000);
    const n = 150_000;
    const entries = Array.from({ length: n }, (_, i) => `${i + 1}. Author A. Title ${i + 1}. J Med. 2020;1:1-2.`).join('\n');
    // A citation above the list asks for the stub numbering (stub-entry.ts); Figure 1 mentioned n times.
    const { model, findings } = check(`${FRONT}Seen.^1,${n + 1}^ ${'Figure 1, '.repeat(n)}\n\n![Figure 1. Rash.](a.png)\n\n## References\n\n${entries}\n`);
    assert.deepEqual(findings.filter((f) => f.code === 'citation-undefined').map((f) => f.message.slice(0, 14)), [`Reference ${n + 1}`.slice(0, 14)]);
    assert.equal(referencesAt(model, model.citations[0].start + 1, true)?.length, 2);
    assert.equal(referencesAt(model, model.mentions.start(0) + 1, true)?.length, n + 1);
  });

  it('a marker keeps its numbers as one array and no items: they are read from its content when asked for', () => {
    const { model } = check(`${FRONT}Seen.^2^ Also.^3-5^ And.^1,2^\n\n## References\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.\n`);
    const [single, range, list] = model.citations;
    // A `^...^` marker keeps four fields (its form and content offsets follow from its carets); none keeps items.
    for (const marker of model.citations) assert.deepEqual(Object.keys(marker).sort(), ['content', 'end', 'numbers', 'start']);
    assert.deepEqual(
      model.citations.map((m) => [m.form, m.start, m.end, m.contentStart, m.contentEnd, m.content]),
      [2, 3, 4].map((k) => {
        const start = model.text.indexOf('^', model.text.indexOf(['Seen.', 'Also.', 'And.'][k - 2]));
        const end = model.text.indexOf('^', start + 1) + 1;
        return ['superscript', start, end, start + 1, end - 1, model.text.slice(start + 1, end - 1)];
      }),
    );
    const other = check(`${FRONT}Seen<sup>2</sup> and [3] and^[1,2]^ too.\n\n## References\n\n1. One.\n2. Two.\n3. Three.\n`).model.citations;
    assert.deepEqual(other.map((m) => [m.form, m.content, m.contentStart - m.start, m.end - m.contentEnd]), [['html', '2', 5, 6], ['bracket', '3', 1, 1], ['superscript', '1,2', 2, 2]]);
    for (const marker of other) assert.ok(!('items' in marker));
    assert.deepEqual([single, range, list].map((marker) => markerItems(marker).length), [1, 1, 2]);
    assert.deepEqual(markerItems(range).map((item) => [item.kind, item.start, item.end, item.text]), [['range', range.contentStart, range.contentEnd, '3-5']]);
    assert.deepEqual(range.numbers, [3, 4, 5]);
    assert.deepEqual(list.numbers, [1, 2]);
  });

  it('the text output of many findings is written in pieces of about 64 KB, all of it and in order', () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      code: 'citation-range',
      severity: 'error',
      message: `The range ${i}-${i + 999} spans 1000 numbers, more than the 200 a citation range may cite; check the numbers`,
      start: i,
      end: i + 1,
      range: { start: { line: i, character: 3 }, end: { line: i, character: 4 } },
      fixes: [],
    }));
    const pieces: string[] = [];
    writeText([{ file: 'a.md', findings }], (piece) => pieces.push(piece));
    assert.ok(pieces.length > 5, `${pieces.length} pieces`);
    assert.ok(pieces.every((piece) => piece.length < 64 * 1024 + 200 && piece.endsWith('\n')));
    const lines = pieces.join('').split('\n');
    assert.equal(lines.length, 5002);
    assert.equal(lines[0], 'a.md:1:4: error The range 0-999 spans 1000 numbers, more than the 200 a citation range may cite; check the numbers [citation-range]');
    assert.equal(lines[4999], 'a.md:5000:4: error The range 4999-5998 spans 1000 numbers, more than the 200 a citation range may cite; check the numbers [citation-range]');
    assert.equal(lines[5000], '5000 problems (5000 errors, 0 warnings, 0 info) in 1 file.');
    assert.equal(lines[5001], '');
  });

  it('fix moves every misplaced marker at once, reports the findings of the fixed text, and has nothing left to fix', function () {
    this.timeout(30_000);
    const count = 2000;
    const text = `${FRONT}${'Seen in lupus^1^. '.repeat(count)}\n\n## References\n\n1. Author A. Title 1. J. 2020;1:1-2.\n`;
    assert.equal(check(text).findings.filter((f) => f.code === 'citation-punctuation').length, count);
    const fixed = fixAll(text, defaultConfig(), host);
    assert.equal(fixed.fixed, count);
    assert.equal(fixed.text, `${FRONT}${'Seen in lupus.^1^ '.repeat(count)}\n\n## References\n\n1. Author A. Title 1. J. 2020;1:1-2.\n`);
    assert.deepEqual(fixed.findings, check(fixed.text).findings);
    assert.ok(fixed.findings.every((f) => f.range.start.line >= 0 && f.code !== 'citation-punctuation'));
    const again = fixAll(fixed.text, defaultConfig(), host);
    assert.deepEqual([again.text, again.fixed], [fixed.text, 0]);
  });

  it('applyFixes leaves out an edit beyond the text (its fix still taken, its range still blocking), as applyEdits does', () => {
    const fix = (start: number, end: number, newText: string): Fix => ({ title: newText, safe: true, edits: [{ start, end, newText }] });
    const fixes = [fix(1, 9, 'X'), fix(0, 1, 'Y'), fix(2, 3, 'Z'), fix(3, 3, 'W')];
    const { text, applied } = applyFixes('abc', fixes);
    assert.equal(text, 'Ybc');
    assert.deepEqual(applied, [fixes[1], fixes[0]]);
    assert.deepEqual(applyFixes('abc', [fix(0, 1, 'Y'), fix(1, 2, 'X')]), { text: 'YXc', applied: [fix(0, 1, 'Y'), fix(1, 2, 'X')] });
  });

  it('applyFixes agrees with comparing every fix with every fix taken (fixes given by position)', () => {
    const edit = fc.record({ start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 0, max: 4 }), newText: fc.constantFrom('', 'x', 'yz') }).map(({ start, length, newText }) => ({ start, end: Math.min(30, start + length), newText }));
    // A fix's own edits never overlap one another (as every rule's fixes): keep the first of any that would.
    const fix = fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits): Fix => ({ title: 't', safe: true, edits: plainApplyFixes('', edits.map((e) => ({ title: '', safe: true, edits: [e] }))).applied.map((f) => f.edits[0]) }));
    fc.assert(
      fc.property(fc.array(fix, { maxLength: 12 }), (fixes) => {
        const text = 'abcdefghijklmnopqrstuvwxyz0123';
        const first = (f: Fix) => Math.min(...f.edits.map((e) => e.start));
        const ordered = fixes.map((f, i) => ({ f, i })).sort((a, b) => first(a.f) - first(b.f) || a.i - b.i).map(({ f }) => f);
        const got = applyFixes(text, fixes);
        const expected = plainApplyFixes(text, ordered);
        assert.equal(got.text, expected.text);
        assert.deepEqual(got.applied, expected.applied);
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});

/** applyFixes as first written: each fix compared with every edit already taken. */
function plainApplyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const fix of fixes) {
    const overlaps = fix.edits.some((e) => taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken).text, applied };
}
