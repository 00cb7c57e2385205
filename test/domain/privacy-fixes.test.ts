import assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { findingsAt } from '../../src/core/findings-at';
import { IDENTIFIER_REMOVED } from '../../src/core/rules/privacy/fixes';
import { FRONTMATTER } from './helpers';

/** The sentence after the one quick fix of its one `code` finding, with the fix's title and kind. */
function fixed(code: string, sentence: string): { text: string; title: string; snippet: boolean; safe: boolean } {
  const text = FRONTMATTER + sentence;
  const findings = checkText(text, defaultConfig(), { fileExists: () => true }).findings.filter((f) => f.code === code);
  assert.equal(findings.length, 1, `one ${code} finding in "${sentence}"`);
  assert.equal(findings[0].fixes.length, 1, `one quick fix for ${code}`);
  const [fix] = findings[0].fixes;
  return { text: applyEdits(text, fix.edits).text.slice(FRONTMATTER.length), title: fix.title, snippet: fix.snippet === true, safe: fix.safe };
}

describe('privacy quick fixes', () => {
  const cases: [string, string, string][] = [
    ['phi-date', 'She was admitted on March 3, 2017 with fever.', 'She was admitted on day ${1:N} with fever.'],
    ['phi-date', 'He presented 03/03/2017 with chest pain.', 'He presented on day ${1:N} with chest pain.'],
    ['phi-date', 'Rituximab was given from 14.03.18 onward.', 'Rituximab was given from day ${1:N} onward.'],
    ['phi-name', 'Mrs. Alvarez was admitted with fever.', 'The patient was admitted with fever.'],
    ['phi-name', 'On examination, Mr. O\'Brien was pale.', 'On examination, the patient was pale.'],
    ['phi-name', 'Fever resolved. Ms. Chen was discharged.', 'Fever resolved. The patient was discharged.'],
    ['phi-age', 'A 92-year-old woman presented with dyspnea.', 'A woman aged 90 or older presented with dyspnea.'],
    ['phi-age', 'A 94-year-old man with tophaceous gout was brought in.', 'A man aged 90 or older with tophaceous gout was brought in.'],
    ['phi-age', 'A 91-year-old retired nurse (a smoker) was referred.', 'A retired nurse aged 90 or older (a smoker) was referred.'],
    ['phi-age', 'A 96-year-old obese woman fell.', 'An obese woman aged 90 or older fell.'],
    ['phi-age', 'Her mother, a ninety-three-year-old widow, had died.', 'Her mother, a widow aged 90 or older, had died.'],
    ['phi-age', 'We saw a 97 yo man with syncope.', 'We saw a man aged 90 or older with syncope.'],
    ['phi-age', 'Patient is a 92 y/o female with CHF.', 'Patient is a female aged 90 or older with CHF.'],
    ['phi-age', 'Seen today: 93-year-old male, fall at home.', 'Seen today: male aged 90 or older, fall at home.'],
    ['phi-age', 'The patient, aged 94, had a fall.', 'The patient, aged 90 or older, had a fall.'],
    ['phi-age', 'She died at the age of 95 in hospice.', 'She died at the age of 90 or older in hospice.'],
    ['phi-age', 'He was 93 years of age at diagnosis.', 'He was aged 90 or older at diagnosis.'],
    ['phi-age', 'She was 91 years old when the rash began.', 'She was aged 90 or older when the rash began.'],
    ['phi-age', 'The patient (92 years) lived alone.', 'The patient (aged 90 or older) lived alone.'],
    ['phi-identifier', 'She was admitted (MRN 4481920) with fever.', 'She was admitted with fever.'],
    ['phi-identifier', 'She was seen in clinic, MRN 5567321.', 'She was seen in clinic.'],
  ];
  for (const [code, sentence, expected] of cases) {
    it(`${code}: "${sentence}" becomes "${expected}"`, () => {
      const result = fixed(code, sentence);
      assert.equal(result.text, expected);
      assert.equal(result.safe, false, 'only the author can judge: never applied by casereport fix');
      assert.equal(result.snippet, code === 'phi-date', 'the date fix is a snippet that selects N');
      if (code === 'phi-age') {
        assert.equal(result.title, 'Write "aged 90 or older"', 'the fix says what the message asks for');
        const again = checkText(FRONTMATTER + result.text, defaultConfig(), { fileExists: () => true }).findings;
        assert.deepEqual(again.filter((f) => f.code === 'phi-age'), [], 'the fixed sentence is no longer flagged');
      }
    });
  }
});

describe('the record number fix leaves a sentence that reads', () => {
  const check = (text: string) => checkText(FRONTMATTER + text, defaultConfig(), { fileExists: () => true }).findings;
  const cases: [string, string][] = [
    // the shapes that left broken punctuation: "with, was", ", ,", "The patient, was"
    ['Seen in clinic with MRN 12345678, was admitted.', 'Seen in clinic, was admitted.'],
    ['A woman with MRN 12345678 presented with fever.', 'A woman presented with fever.'],
    ['She was admitted under MRN 12345678 on day 3.', 'She was admitted on day 3.'],
    ['Seen in clinic with MRN 12345678 and admitted the next day.', 'Seen in clinic and admitted the next day.'],
    ['A woman with MRN 12345678 and a history of lupus presented.', 'A woman with a history of lupus presented.'],
    ['She was seen in clinic, MRN 12345678, and admitted.', 'She was seen in clinic and admitted.'],
    ['The patient, medical record number 12345678, was admitted.', 'The patient was admitted.'],
    ['The patient, 123-45-6789, was admitted.', 'The patient was admitted.'],
    ['A 45-year-old woman (MRN: 12345678) presented.', 'A 45-year-old woman presented.'],
    ['She was admitted (age 45, MRN 12345678, female).', 'She was admitted (age 45, female).'],
    ['She was admitted (MRN 12345678; seen in clinic).', 'She was admitted (seen in clinic).'],
    ['MRN: 12345678. She was admitted with fever.', 'She was admitted with fever.'],
    ['She was admitted. Her MRN was 12345678. She improved.', 'She was admitted. She improved.'],
    ["Fever resolved. The patient's MRN was 12345678.", 'Fever resolved.'],
    ['The MRN was 12345678. She improved.', 'She improved.'],
    ['A woman presented with fever. Her MRN\nwas 12345678. She improved.', 'A woman presented with fever. She improved.'],
    ['MRN 12345678: 45-year-old woman with fever.', '45-year-old woman with fever.'],
    ['MRN 12345678, she was admitted with fever.', 'She was admitted with fever.'],
    ['Identifiers were kept:\n\n- MRN: 12345678\n- Age: 45 years', 'Identifiers were kept:\n\n- Age: 45 years'],
    // an aside, a list item or a carrier word wrapped onto the next line, the comma or "with" left on the line before
    ['She was seen in clinic with fever,\nMRN 12345678, and admitted.', 'She was seen in clinic with fever and admitted.'],
    ['She was seen in clinic,\r\nMRN 5567321.', 'She was seen in clinic.'],
    ['She was admitted (age 45,\nMRN 12345678, female).', 'She was admitted (age 45, female).'],
    ['A woman seen with\nMRN 12345678 presented with fever.', 'A woman seen presented with fever.'],
  ];
  for (const [sentence, expected] of cases) {
    it(`"${sentence}" becomes "${expected}"`, () => {
      const result = fixed('phi-identifier', sentence);
      assert.equal(result.text, expected);
      assert.equal(result.safe, false);
      assert.match(result.title, /^Remove "/);
      const codes = (text: string) => check(text).map((f) => f.code).filter((c) => c !== 'section-missing');
      const before = codes(sentence).filter((c) => c !== 'phi-identifier');
      assert.deepEqual(codes(result.text).filter((c) => !before.includes(c)), [], 'nothing flagged that was not before, the number not again');
    });
  }

  // Where removing the number would break the sentence, it becomes a mark the author sees and rewrites.
  const kept: [string, string][] = [
    ['Her SSN 123-45-6789 was recorded at intake.', `Her SSN ${IDENTIFIER_REMOVED} was recorded at intake.`],
    ['Her MRN is 12345678 and she was admitted.', `Her MRN is ${IDENTIFIER_REMOVED} and she was admitted.`],
    ['On admission, MRN 12345678 was assigned.', `On admission, MRN ${IDENTIFIER_REMOVED} was assigned.`],
    ['A woman with MRN 12345678 and lupus presented.', `A woman with MRN ${IDENTIFIER_REMOVED} and lupus presented.`],
    // a line that continues a wrapped sentence does not open one
    ['She was seen in clinic\nMRN 12345678, she said.', `She was seen in clinic\nMRN ${IDENTIFIER_REMOVED}, she said.`],
  ];
  for (const [sentence, expected] of kept) {
    it(`"${sentence}" becomes "${expected}" (no clean removal)`, () => {
      const result = fixed('phi-identifier', sentence);
      assert.equal(result.text, expected);
      assert.match(result.title, /^Replace "[\d-]+" with "\[removed\]"$/);
      assert.deepEqual(check(result.text).filter((f) => f.code === 'phi-identifier'), [], 'the mark is not flagged again');
    });
  }
});

describe('the age fix moves the age after the person only where it can tell who that is', () => {
  for (const sentence of ['A 92-year-old retired primary school teacher presented.', 'The 93-year-old was discharged.', 'A 92-year-old with dementia fell.']) {
    it(`"${sentence}": no fix (the message says what to write)`, () => {
      const findings = checkText(FRONTMATTER + sentence, defaultConfig(), { fileExists: () => true }).findings.filter((f) => f.code === 'phi-age');
      assert.equal(findings.length, 1);
      assert.deepEqual(findings[0].fixes, []);
    });
  }
});

describe('code actions are about the findings under the cursor', () => {
  const at = (line: number, character: number) => ({ line, character });
  const finding = (name: string, from: number, to: number) => ({ name, range: { start: at(4, from), end: at(4, to) } });
  const line = [finding('date', 10, 23), finding('name', 30, 42), finding('marker', 40, 45), finding('line-wide', 0, 80)];

  it('offers the findings that hold the cursor, the narrowest first, and none elsewhere on the line', () => {
    assert.deepEqual(findingsAt(line, { start: at(4, 12), end: at(4, 12) }).map((f) => f.name), ['date', 'line-wide']);
    assert.deepEqual(findingsAt(line, { start: at(4, 41), end: at(4, 41) }).map((f) => f.name), ['marker', 'name', 'line-wide']);
    assert.deepEqual(findingsAt(line, { start: at(3, 12), end: at(3, 12) }), []);
  });

  it('offers the findings a selection touches, the one holding its start first', () => {
    assert.deepEqual(findingsAt(line, { start: at(4, 25), end: at(4, 31) }).map((f) => f.name), ['line-wide', 'name']);
  });
});
