import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultConfig } from '../src/core/config';
import { checkFixture, markdownFiles } from './helpers/fixtures';

/** Fixtures under rules/optional are checked with the optional rule sets on (off in the default magazine style). */
const OPTIONAL_ON = defaultConfig({ rules: { 'dose-error-prone': 'info' } });

/** Every fixture under test/fixtures/rules and test/fixtures/clean must produce exactly its inline expectations. */
describe('fixtures with inline expectations', () => {
  const files = [...markdownFiles(join(__dirname, 'fixtures', 'rules')), ...markdownFiles(join(__dirname, 'fixtures', 'clean'))];
  it('has fixtures', () => assert.ok(files.length > 0));
  for (const file of files) {
    it(file.slice(file.indexOf('fixtures')), () => {
      assert.deepEqual(checkFixture(file, /[\\/]optional[\\/]/.test(file) ? OPTIONAL_ON : undefined), []);
    });
  }
});
