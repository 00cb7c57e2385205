import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { FRONTMATTER } from './helpers';

/**
 * Many authors hard-wrap their paragraphs (an editor's "rewrap" at 80 columns, or text pasted from
 * a word processor). A line break inside a paragraph is a space to the reader, so the privacy rules
 * must find the same names, dates and record numbers, and the same publication notes to leave
 * alone, wherever the lines break.
 */

/** A paragraph line wrapped greedily at `width` columns (frontmatter, fences and block starts kept as they are). */
function wrapParagraphs(text: string, width: number): string {
  const out: string[] = [];
  let fence = false;
  let frontmatter = text.startsWith('---\n') ? 0 : 2;
  for (const line of text.split('\n')) {
    if (frontmatter < 2) {
      if (line === '---') frontmatter++;
      out.push(line);
      continue;
    }
    if (line.startsWith('```')) fence = !fence;
    if (fence || line.length <= width || /^(?:\s|#|\||[-*+] |\d+\.|!|>|\[|<|---)/.test(line) || line.includes('<!--')) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
  }
  return out.join('\n');
}

function privacyFindings(text: string): string[] {
  return checkText(text, defaultConfig(), { fileExists: () => true })
    .findings.filter((f) => f.code.startsWith('phi-'))
    .map((f) => `${f.code}: ${f.message}`);
}

const WIDTHS = [24, 35, 50, 70];

describe('privacy rules read a hard-wrapped paragraph as the reader does', () => {
  const narrative = [
    'She was seen in the rheumatology clinic by Dr. Chen on arrival, and Mrs. Alvarez, her sister, came with her.',
    'She was admitted on March 3, 2019 with a purpuric rash, and again on 5 June 2019 with fever.',
    'Her medical record number was 7730418 on the referral letter. The MRN: 8830418 was also written on the form.',
    'The pacemaker serial number 7742190 was recorded, and her social security number 078-05-1120 was scanned.',
    'A 92-year-old retired teacher presented with fever; her husband can be reached at (718) 555-0192 or by e-mail at jane.doe@example.org, and she is aged 94 years by now.',
    'Her father, a man aged 90 or older, and her aunt, aged 90 years or older, came with her; at the age of 95 her grandmother had the same rash.',
    'Her telephone number is 555 0192 and her fax number is +44 20 7946 0958 at home.',
    'Presented at the American College of Rheumatology Annual Meeting, November 8-13, 2019; Atlanta, GA.',
    'Received: March 3, 2020; accepted: May 2, 2020; published online June 1, 2020.',
  ].join('\n\n');
  const expected = privacyFindings(FRONTMATTER + narrative);

  it('the narrative on long lines has what the test is about', () => {
    const codes = expected.map((f) => f.split(':')[0]);
    for (const code of ['phi-name', 'phi-date', 'phi-identifier', 'phi-age', 'phi-contact']) assert.ok(codes.includes(code), code);
    assert.ok(!expected.some((f) => f.includes('November 8')), 'the meeting date is left alone');
  });

  for (const width of WIDTHS) {
    it(`wrapped at ${width} columns, the same findings`, () => {
      const wrapped = wrapParagraphs(FRONTMATTER + narrative, width);
      assert.notEqual(wrapped, FRONTMATTER + narrative);
      assert.deepEqual(privacyFindings(wrapped), expected);
    });
  }

  const fixtures = ['test/fixtures/rules/domain/real-report-classes.md', 'test/fixtures/precision/calciphylaxis-lupus-warfarin.md'];
  for (const fixture of fixtures) {
    const text = readFileSync(join(__dirname, '..', '..', fixture), 'utf8').replace(/\r\n/g, '\n');
    for (const width of WIDTHS) {
      it(`${fixture} wrapped at ${width} columns: the same privacy findings`, () => {
        const wrapped = wrapParagraphs(text, width);
        assert.notEqual(wrapped, text);
        assert.deepEqual(privacyFindings(wrapped), privacyFindings(text));
      });
    }
  }
});
