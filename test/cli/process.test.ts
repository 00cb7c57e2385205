import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { report, scratch } from './helpers';

/** The bundled CLI as users run it: `node dist/cli.js`. `npm test` builds it first. */
describe('node dist/cli.js (whole process)', function () {
  this.timeout(60000);
  const root = join(__dirname, '..', '..');
  const cliPath = join(root, 'dist', 'cli.js');
  const node = (args: string[], cwd = root) => spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });

  before(() => {
    if (!existsSync(cliPath)) {
      const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
  });

  it('checks the clean case report: exit 0, nothing on stderr', () => {
    const result = node(['check', 'test/fixtures/clean/lupus-alveolar-hemorrhage.md']);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, 'No problems in 1 file.\n');
    assert.equal(result.status, 0);
  });

  it('prints JSON findings and exits 1 on an error', () => {
    const { dir, cleanup } = scratch({ 'case.md': report('Reference 7 does not exist.^7^') });
    try {
      const result = node(['check', '--format', 'json', 'case.md'], dir);
      assert.equal(result.status, 1);
      assert.deepEqual(JSON.parse(result.stdout).map((f: { code: string; line: number }) => `${f.line} ${f.code}`), ['18 citation-undefined']);
    } finally {
      cleanup();
    }
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const result = node(['check', 'no-such-report.md']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'casereport: no-such-report.md: no such file\n');
  });

  it('fix --write under a file-size limit (`ulimit -f`): exit 2, one line, the report as it was', () => {
    const messy = report(`Seen in lupus^1,2^. ${'A long case description. '.repeat(100)}`);
    const { dir, cleanup } = scratch({ 'case.md': messy });
    try {
      const result = spawnSync('bash', ['-c', 'ulimit -f 1 && exec "$@"', 'bash', process.execPath, cliPath, 'fix', '--write', 'case.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.stderr, 'casereport: case.md: not written: the file would exceed the file-size limit (EFBIG)\n');
      assert.equal(result.status, 2);
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), messy);
      assert.deepEqual(readdirSync(dir), ['case.md']);
    } finally {
      cleanup();
    }
  });

  it('runs as an executable script (the `casereport` bin)', () => {
    const result = node(['--version']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+/);
  });
});
