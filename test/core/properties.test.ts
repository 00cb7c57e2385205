import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { fixAll } from '../../src/core/fix-all';
import type { Host } from '../../src/core/rule';

const host: Host = { fileExists: () => true };

/** Pieces a case report is made of, including the awkward ones, glued at random. */
const piece = fc.constantFrom(
  'Lupus is rare.',
  '^1^',
  '^2-4^',
  '^3,1^',
  '^4–2^',
  '<sup>1,2</sup>',
  '[1]',
  '[2, 3–5]',
  '[1]: https://example.org',
  ' calciphylaxis.1 It',
  ' 1–4%',
  ' 10^9^/L',
  ' mg/m^2^',
  '`^5^`',
  '<!-- ^6^ -->',
  '\n',
  '\n\n',
  '\n```\n^7^\n```\n',
  '(Figure 1)',
  'Figures 2 and 3',
  'Table 1',
  '![Figure 1. A rash.](a.png)',
  '![Figure 2A. Ulcer [arrow].](b c.png)',
  '![no label](x.png)',
  '\nTable 1. Labs\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  '\n## References\n\n',
  '1. Smith A. Title. J. 2000;1:1. doi:10.1000/abc\n',
  '2) Jones B. Title\n   more. doi:10.x\n',
  '1. Smith A. Title. J. 2000;1:1. doi:10.1000/ABC\n',
  '**Background:** ',
  'é😀',
  '\t',
  '^',
  '[',
  '](',
);
const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const FRONT = '---\ntitle: T\nauthors:\n  - name: A\n---\n';

/** Every finding as `code line:col-line:col`, the form positions are published in. */
function summary(text: string): string[] {
  return checkText(text, defaultConfig(), host).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`);
}

describe('properties of the engine on random documents [slow]', function () {
  this.timeout(120000);
  it('never throws, and every finding lies inside the text with start <= end', () => {
    fc.assert(
      fc.property(body, (text) => {
        const doc = FRONT + text;
        const { model, findings } = checkText(doc, defaultConfig(), host, '/tmp/report.md');
        for (const f of findings) {
          assert.ok(0 <= f.start && f.start <= f.end && f.end <= model.text.length, `${f.code} ${f.start}-${f.end}`);
        }
        for (const c of model.citations) assert.ok(c.start < c.end && c.contentStart >= c.start && c.contentEnd <= c.end);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings at the same lines and columns for LF, CRLF and a BOM', () => {
    fc.assert(
      fc.property(body, (text) => {
        const lf = FRONT + text;
        const expected = summary(lf);
        assert.deepEqual(summary(lf.replace(/\n/g, '\r\n')), expected);
        assert.deepEqual(summary(`\ufeff${lf}`), expected);
      }),
      { numRuns: 200 },
    );
  });

  it('fixes are stable: running fixAll on its own output changes nothing', () => {
    fc.assert(
      fc.property(body, (text) => {
        const once = fixAll(FRONT + text, defaultConfig(), host).text;
        assert.equal(fixAll(once, defaultConfig(), host).text, once);
      }),
      { numRuns: 100 },
    );
  });
});
