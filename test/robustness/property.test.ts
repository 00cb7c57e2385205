import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';

/**
 * For any text, `check` never throws and every finding's range lies inside the document, with
 * its line/column range matching its offsets. Two generators: arbitrary Unicode (including lone
 * surrogates, CR, BOM), and text assembled from the constructs the scanners look for, so that
 * the rules actually fire on odd combinations.
 */
const FRAGMENTS = [
  '---\n', '---\r\n', 'title: T\n', 'authors:\n  - name: A\n', 'a: &x [1]\nb: *x\n', '\ufeff',
  '## References\n', '## Introduction\n', '**Background:** ', '\n', '\r\n', '\n\n', '  ', '\t',
  '1. Smith J. A title. J. 2001;1:2. doi:10.1000/xyz\n', '2) Doe A. B. doi:bad\n', '3. ',
  '^1^', '^2-5^', '^3,1^', '^1,2,3^', '^0^', '^4-2^', '^1-a^', '^', '<sup>2</sup>', '<sup>', '[1]', '[1, 3–5]', '[', ']', '[x]: /u\n',
  'word.1 Next', 'disease,2,3 and', 'mg/m^2^', '10^3^',
  '![Figure 1. Skin](a.png)', '![Figure 2A. x](<b c.png>)', '![', '](', ')', 'Figure 1', 'Figures 2-4', 'Fig. 3', 'Table 1', 'Table 1. Labs\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  '`code ^1^`', '```\n^9^\n```\n', '<!-- ^8^ -->', '<!--', '-->', '> ', '- ', '* ', '# ', '<https://x.org>', '[t](http://a.b/(c))',
  'March 3, 2017', '03/03/2017', '92-year-old', 'MRN 4481920', 'Mrs. Alvarez', '555-123-4567', 'a@b.org', '10 U insulin', '1.0 mg', '.5 mg', '10mg', 'QD',
  'é', '😀', '\ud800', '\u2028', '\u00a0', '\0',
];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), markdownish);

function assertSane(text: string): void {
  const { model, findings } = checkText(text, defaultConfig(), { fileExists: () => false }, '/tmp/case.md');
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${f.code}: integer offsets`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= model.text.length, `${f.code}: ${f.start}-${f.end} outside 0-${model.text.length}`);
    assert.deepEqual(f.range, model.source.rangeOf(f.start, f.end), `${f.code}: range matches offsets`);
    assert.ok(f.range.start.line < model.source.lineCount && f.range.end.line < model.source.lineCount, `${f.code}: line inside the document`);
    assert.ok(f.message.length > 0, `${f.code}: has a message`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= model.text.length, `${f.code}: fix edit ${e.start}-${e.end} outside the text`);
    }
  }
}

describe('check on any text (property) [slow]', function () {
  this.timeout(120_000);

  it('never throws and keeps every finding and fix inside the document', () => {
    fc.assert(fc.property(anyText, (text) => assertSane(text)), { numRuns: 1500 });
  });

  it('copes with the same text behind a frontmatter', () => {
    const frontmatter = '---\ntitle: T\nauthors:\n  - name: A\n---\n';
    fc.assert(fc.property(markdownish, (text) => assertSane(frontmatter + text)), { numRuns: 1000 });
  });
});
