import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../src/core/rules';
import { cli, report, scratch } from './helpers';

describe('casereport check', () => {
  let dir = '';
  let cleanup = (): void => {};
  before(() => {
    ({ dir, cleanup } = scratch({
      'clean.md': report('Both references are cited in order.'),
      'warn.md': report('A pasted citation lost its superscript.2 It still counts.'),
      'error.md': report('Reference 7 does not exist.^7^'),
      'latin1.md': Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'),
      'notes.txt': 'not markdown but readable',
    }));
  });
  after(() => cleanup());

  it('exits 0 with no error-severity finding, also when there are warnings', () => {
    const clean = cli(['check', 'clean.md'], dir);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, 'No problems in 1 file.\n');
    const warn = cli(['check', 'warn.md'], dir);
    assert.equal(warn.code, 0);
    assert.match(warn.stdout, /^warn\.md:18:39: warning "\.2" looks like a citation that lost its superscript; write \.\^2\^ \[citation-unformatted\]$/m);
  });

  it('exits 1 with an error-severity finding, and prints file:line:column', () => {
    const result = cli(['check', 'clean.md', 'error.md'], dir);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, 'error.md:18:28: error Reference 7 is cited but the reference list ends at 2 [citation-undefined]\n1 problem (1 error, 0 warnings, 0 info) in 2 files.\n');
  });

  it('prints the JSON of conventions section 8 exactly', () => {
    const result = cli(['check', '--format', 'json', 'error.md', 'warn.md'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout), [
      { file: 'error.md', line: 18, column: 28, endLine: 18, endColumn: 31, severity: 'error', code: 'citation-undefined', message: 'Reference 7 is cited but the reference list ends at 2' },
      { file: 'warn.md', line: 18, column: 39, endLine: 18, endColumn: 41, severity: 'warning', code: 'citation-unformatted', message: '".2" looks like a citation that lost its superscript; write .^2^' },
    ]);
    for (const finding of JSON.parse(result.stdout)) assert.deepEqual(Object.keys(finding), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
  });

  it('prints an empty JSON array for a clean file', () => {
    const result = cli(['check', '--format=json', 'clean.md'], dir);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '[]\n');
  });

  it('prints SARIF 2.1.0 that code scanning accepts', () => {
    const result = cli(['check', '--format', 'sarif', 'error.md', join(dir, 'warn.md'), join(dir, 'clean.md')], dir);
    assert.equal(result.code, 1);
    const sarif = JSON.parse(result.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'casereport');
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), ALL_RULES.map((r) => r.code));
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.match(rule.helpUri, new RegExp(`#${rule.id}$`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    const [error, warning] = sarif.runs[0].results;
    assert.equal(error.ruleId, 'citation-undefined');
    assert.equal(driver.rules[error.ruleIndex].id, 'citation-undefined');
    assert.equal(error.level, 'error');
    assert.equal(error.message.text, 'Reference 7 is cited but the reference list ends at 2');
    assert.deepEqual(error.locations[0].physicalLocation, {
      artifactLocation: { uri: 'error.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 18, startColumn: 28, endLine: 18, endColumn: 31 },
    });
    assert.equal(warning.level, 'warning');
    assert.deepEqual(warning.locations[0].physicalLocation.artifactLocation, { uri: 'warn.md', uriBaseId: '%SRCROOT%' }, 'an absolute path inside the working folder is made relative');
  });

  it('gives a file outside the working folder as a file: URI', () => {
    const elsewhere = scratch({});
    try {
      const sarif = JSON.parse(cli(['check', '--format', 'sarif', join(dir, 'error.md')], elsewhere.dir).stdout);
      assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: `file://${join(dir, 'error.md')}` });
    } finally {
      elsewhere.cleanup();
    }
  });

  it('exits 2 with one line on stderr for a missing file, and prints no findings', () => {
    const result = cli(['check', 'clean.md', 'missing.md'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'casereport: missing.md: no such file\n');
  });

  it('exits 2 for a file that is not UTF-8', () => {
    const result = cli(['check', 'latin1.md'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'casereport: latin1.md: is not valid UTF-8 text; save it as UTF-8 and try again\n');
  });

  it('exits 2 for a directory', () => {
    const folder = cli(['check', '.'], dir);
    assert.equal(folder.code, 2);
    assert.equal(folder.stderr, 'casereport: .: is a directory, not a Markdown file\n');
  });

  it('exits 2 for a path it cannot read', () => {
    const result = cli(['check', 'clean.md/inside.md'], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'casereport: clean.md/inside.md: cannot be read (ENOTDIR)\n');
  });

  it('exits 2 for a file it may not read', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads any file
    chmodSync(join(dir, 'notes.txt'), 0o000);
    const locked = cli(['check', 'notes.txt'], dir);
    assert.equal(locked.code, 2);
    assert.equal(locked.stderr, 'casereport: notes.txt: cannot be read (EACCES)\n');
  });

  it('exits 2 with one line for an unknown option, command or format, or no files', () => {
    for (const argv of [['check', '--frobnicate', 'clean.md'], ['lint', 'clean.md'], ['check', '--format', 'xml', 'clean.md'], ['check'], [], ['check', '--format']]) {
      const result = cli(argv, dir);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^casereport: [^\n]+\n$/, argv.join(' '));
    }
    assert.match(cli(['check', '--frobnicate', 'clean.md'], dir).stderr, /unknown option --frobnicate/);
    assert.match(cli(['lint', 'clean.md'], dir).stderr, /unknown command "lint"/);
  });

  it('prints its usage with --help and its version with --version', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /casereport check \[--format text\|json\|sarif\]/);
    const version = cli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\S*\n$/);
  });
});
