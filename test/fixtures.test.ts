import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeFiles } from '../src/cli/config';
import { defaultConfig, type CheckConfig } from '../src/core/config';
import { resolveHouseStyle } from '../src/core/house-styles/load';
import { ALL_RULES } from '../src/core/rules';
import { checkFixture, markdownFiles } from './helpers/fixtures';

/** Fixtures under rules/optional are checked with the optional rule sets on (off in the default magazine style). */
const OPTIONAL_ON = defaultConfig({ rules: { 'dose-error-prone': 'info' } });

/**
 * The configuration a fixture is checked with: the house style of a `.casereport.yaml` in its
 * folder (rules/limits: a journal's tight limits), found as the CLI finds it; else the default.
 */
function configOf(file: string): CheckConfig | undefined {
  if (/[\\/]optional[\\/]/.test(file)) return OPTIONAL_ON;
  const resolved = resolveHouseStyle({ documentPath: file, files: nodeFiles, knownRules: ALL_RULES.map((rule) => rule.code) });
  assert.deepEqual(resolved.problems, [], 'the fixture folder\'s house style has no problems');
  return resolved.files.length > 0 ? defaultConfig({ houseStyle: resolved.style }) : undefined;
}

/** Every fixture under test/fixtures/rules and test/fixtures/clean must produce exactly its inline expectations. */
describe('fixtures with inline expectations', () => {
  const files = [...markdownFiles(join(__dirname, 'fixtures', 'rules')), ...markdownFiles(join(__dirname, 'fixtures', 'clean'))];
  it('has fixtures', () => assert.ok(files.length > 0));
  for (const file of files) {
    it(file.slice(file.indexOf('fixtures')), () => {
      assert.deepEqual(checkFixture(file, configOf(file)), []);
    });
  }
});
