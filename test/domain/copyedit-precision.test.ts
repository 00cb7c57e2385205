import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';

/**
 * Realistic case reports written the way published ones are (lab tables with units, regimens,
 * AMA and Vancouver reference lists, eponyms such as Sjögren and Mr. Yuk, US states), read by hand:
 * every finding of the copy-editing, dose and privacy rules listed here is one a copy editor would
 * make, and nothing else is reported by them. `dose-error-prone` is on, as in the care preset.
 */
const CODES = new Set(['style-age', 'unit-format', 'dose-error-prone', 'dose-spacing', 'dose-abbreviation', 'dose-zero', 'phi-name', 'phi-date', 'phi-age', 'citation-range', 'citation-punctuation', 'citation-unformatted', 'citation-order', 'citation-undefined', 'reference-doi', 'reference-uncited']);

const EXPECTED: Record<string, string[]> = {
  'sjogren-hypokalemic-paralysis.md': ['16 dose-abbreviation IU'],
  'egpa-mepolizumab-vancouver.md': [
    '16 style-age 52 year old',
    '16 dose-spacing 82kg',
    '18 dose-error-prone SC',
    '20 dose-error-prone SC',
    // The eponym "Mr. Yuk" is the documented allow-list case (casereport.privacy.allow), not a new rule's finding.
    '22 phi-name Mr. Yuk',
  ],
  'calciphylaxis-lupus-warfarin.md': [
    '16 phi-name Mrs. R.T.',
    '16 style-age 44-year old',
    '16 dose-error-prone µg',
    '18 unit-format l',
    '18 unit-format l',
    '18 unit-format ml',
    '18 unit-format l',
    '22 unit-format cc',
    '28 citation-punctuation <sup>4</sup>.',
  ],
};

describe('copy editing on realistic reports: every finding true, nothing else', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const text = readFileSync(join(__dirname, '..', 'fixtures', 'precision', file), 'utf8');
      const { findings } = checkText(text, defaultConfig({ rules: { 'dose-error-prone': 'info' } }), { fileExists: () => true });
      const got = findings.filter((f) => CODES.has(f.code)).map((f) => `${f.range.start.line + 1} ${f.code} ${text.slice(f.start, f.end)}`);
      assert.deepEqual(got, expected);
    });
  }
});
