import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, findRule } from '../../src/core/rules';
import { RULE_CODES } from '../../src/core/rules/codes';
import { markdownFiles, parseFixture } from '../helpers/fixtures';

/** The "Citations and references" and "Figures and tables" tables of conventions.md section 7. */
const CATALOGUE: Record<string, 'error' | 'warning' | 'info'> = {
  'references-missing': 'error',
  'citation-undefined': 'error',
  'reference-uncited': 'warning',
  'citation-order': 'warning',
  'citation-range': 'error',
  'citation-duplicate': 'warning',
  'citation-compress': 'info',
  'citation-punctuation': 'warning',
  'citation-unformatted': 'warning',
  'reference-numbering': 'error',
  'reference-duplicate': 'warning',
  'reference-doi': 'warning',
  'bibliography-missing': 'error',
  'bibliography-syntax': 'error',
  'reference-incomplete': 'warning',
  'citation-mixed': 'error',
  'citation-unbracketed': 'warning',
  'figure-undefined': 'error',
  'figure-unmentioned': 'warning',
  'figure-order': 'warning',
  'figure-numbering': 'error',
  'figure-caption': 'warning',
  'figure-file': 'error',
  'table-undefined': 'error',
  'table-unmentioned': 'warning',
  'table-order': 'warning',
  'table-numbering': 'error',
  'table-caption': 'warning',
  'dose-error-prone': 'info',
  'style-age': 'warning',
  'unit-format': 'warning',
};

describe('the citation, reference, figure and table rules against the catalogue', () => {
  const root = join(__dirname, '..', '..');
  const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
  const expected = new Map<string, number>();
  for (const file of markdownFiles(join(root, 'test', 'fixtures', 'rules'))) {
    for (const e of parseFixture(readFileSync(file, 'utf8')).expectations) expected.set(e.code, (expected.get(e.code) ?? 0) + 1);
  }

  for (const [code, severity] of Object.entries(CATALOGUE)) {
    it(`${code}: a rule with default ${severity}, a documented section, and fixtures that expect it`, () => {
      const rule = findRule(code);
      assert.ok(rule, `no rule ${code}`);
      assert.equal(rule.defaultSeverity, severity);
      assert.ok(rule.description.length > 20);
      assert.match(docs, new RegExp(`^## ${code}\\n\\n\\*\\*Default: ${severity}\\.\\*\\*`, 'm'));
      assert.ok((expected.get(code) ?? 0) >= 1, `no fixture expects ${code}`);
    });
  }
});

describe('the list of rule codes the extension host uses', () => {
  it('is exactly the codes of ALL_RULES, in order', () => {
    assert.deepEqual(RULE_CODES, ALL_RULES.map((rule) => rule.code));
  });
});
