import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../../src/core/rules';
import { RULE_CODES } from '../../src/core/rules/codes';
import { byCode } from '../../src/core/check';
import { markdownFiles, parseFixture } from '../helpers/fixtures';

/**
 * The rules are the one place their metadata is written (code, default severity, description):
 * the catalogue page, the fixtures and the code list of the extension host are checked against
 * them here, so a new rule needs its file, its family's index, a fixture and its docs section.
 */
const root = join(__dirname, '..', '..');
const docs = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

/** A rule code: lower-case words joined by hyphens (the house-style schema's pattern). */
const CODE = '[a-z][a-z0-9]*(?:-[a-z0-9]+)+';

/** The catalogue table at the top of docs/rules.md: each code of a row with the row's default. */
function catalogueTable(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of docs.split('\n')) {
    const cells = /^\| (.*?) \| (.*?) \|.*\|$/.exec(line);
    if (!cells) continue;
    for (const [, code] of cells[1].matchAll(new RegExp(`\\[\`(${CODE})\`\\]\\(#(?:${CODE})\\)`, 'g'))) rows.set(code, cells[2]);
  }
  return rows;
}

/** The `## code` sections of docs/rules.md, each with its `**Default: ...**` line. */
function catalogueSections(): Map<string, string> {
  const sections = new Map<string, string>();
  for (const [, code, body] of docs.matchAll(new RegExp(`^## (${CODE})\\n\\n(.*)$`, 'gm'))) sections.set(code, body);
  return sections;
}

function fixtureExpectations(): Map<string, number> {
  const expected = new Map<string, number>();
  for (const file of markdownFiles(join(root, 'test', 'fixtures'))) {
    for (const e of parseFixture(readFileSync(file, 'utf8')).expectations) expected.set(e.code, (expected.get(e.code) ?? 0) + 1);
  }
  return expected;
}

describe('the rule catalogue (docs/rules.md) and the fixtures against the rules', () => {
  const table = catalogueTable();
  const sections = catalogueSections();
  const expected = fixtureExpectations();

  it('has unique rule codes, each a lower-case hyphenated name', () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, new RegExp(`^${CODE}$`));
  });

  it('sort by their characters as localeCompare sorts them (findings at one place are ordered by code without ICU)', () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    assert.deepEqual([...codes].sort(byCode), [...codes].sort((a, b) => a.localeCompare(b)));
    for (const a of codes) for (const b of codes) assert.equal(byCode(a, b), Math.sign(a.localeCompare(b)), `${a} and ${b}`);
  });

  for (const rule of ALL_RULES) {
    it(`${rule.code}: default ${rule.defaultSeverity} in the table and its section, a description, a fixture`, () => {
      assert.ok(rule.description.length > 20, 'a one-sentence description');
      assert.ok(table.has(rule.code), 'a row in the table at the top of docs/rules.md');
      assert.match(table.get(rule.code)!, new RegExp(`^${rule.defaultSeverity}\\b`), 'the default in the table');
      assert.ok(sections.has(rule.code), `a "## ${rule.code}" section in docs/rules.md`);
      assert.match(sections.get(rule.code)!, new RegExp(`^\\*\\*Default: ${rule.defaultSeverity}[.;]`), 'the default in its section');
      assert.ok((expected.get(rule.code) ?? 0) >= 1, `a fixture under test/fixtures that expects ${rule.code}`);
    });
  }

  it('documents and expects no code that is not a rule', () => {
    const codes = new Set(ALL_RULES.map((rule) => rule.code));
    assert.deepEqual([...table.keys()].filter((code) => !codes.has(code)), [], 'codes in the table');
    assert.deepEqual([...sections.keys()].filter((code) => !codes.has(code)), [], 'sections');
    assert.deepEqual([...expected.keys()].filter((code) => !codes.has(code)), [], 'fixture expectations');
  });
});

describe('the rule codes of the extension host', () => {
  it('are the codes of ALL_RULES, in order, in the source and as the build inlines them', async () => {
    assert.deepEqual(RULE_CODES, ALL_RULES.map((rule) => rule.code));
    // A dynamic import of the ES module build helper; `Function` keeps TypeScript from turning it into require().
    const load = new Function('url', 'return import(url)') as (url: string) => Promise<{ ruleCodes(): Promise<string[]> }>;
    const { ruleCodes } = await load(pathToFileURL(join(root, 'scripts', 'rule-codes.mjs')).href);
    assert.deepEqual(await ruleCodes(), RULE_CODES);
  });

  it('leave the rules out of the extension host bundle (checked when `npm run build` has run)', function () {
    const bundle = join(root, 'dist', 'extension.js');
    if (!existsSync(bundle)) this.skip();
    const code = readFileSync(bundle, 'utf8');
    for (const rule of ALL_RULES) assert.ok(code.includes(JSON.stringify(rule.code)), `${rule.code} listed`);
    for (const rule of ALL_RULES) assert.ok(!code.includes(rule.description), `${rule.code} itself bundled`);
  });
});
