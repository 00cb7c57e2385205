import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sarifValidator } from '../helpers/sarif';
import { inScratch, report, scratch } from './helpers';

/** What a spawned process wrote to its pipes that are still read, and its exit status. */
function finished(child: ChildProcess): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** A report with 5,000 errors: some 500 KB of findings, far more than a pipe holds. */
const MANY_ERRORS = report('Seen in lupus.^7^ '.repeat(5000));

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

  it('runs as an executable script (the `casereport` bin) and gives the package version', () => {
    const result = node(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    assert.notEqual(result.stdout, '0.0.0-dev\n');
  });

  it('names the package version as the SARIF driver version, and the SARIF validates', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { dir, cleanup } = scratch({ 'case.md': report('Reference 7 does not exist.^7^') });
    try {
      const result = node(['check', '--format', 'sarif', 'case.md'], dir);
      assert.equal(result.status, 1);
      const sarif = JSON.parse(result.stdout);
      assert.equal(sarif.runs[0].tool.driver.version, version);
      assert.equal(sarif.runs[0].tool.driver.semanticVersion, version);
      const validate = sarifValidator();
      assert.ok(validate(sarif), JSON.stringify(validate.errors));
    } finally {
      cleanup();
    }
  });

  it('stops writing quietly when its reader goes away (`| head -1`): no stack trace, the status of a full run', async () => {
    await inScratch({ 'case.md': MANY_ERRORS }, async (dir) => {
      const full = node(['check', 'case.md'], dir);
      assert.equal(full.status, 1);
      assert.ok(full.stdout.length > 400_000, `${full.stdout.length} characters of findings`);
      const child = spawn(process.execPath, [cliPath, 'check', 'case.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      // The first piece read, the reading end is closed, as `head -1` does.
      child.stdout!.once('data', () => child.stdout!.destroy());
      const closed = await finished(child);
      assert.equal(closed.stderr, '');
      assert.equal(closed.status, full.status);
    });
  });

  it('exits with its status, silently, when standard error is closed before its one line', async () => {
    const child = spawn(process.execPath, [cliPath, 'check', 'no-such-report.md'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.destroy();
    const closed = await finished(child);
    assert.equal(closed.stdout, '');
    assert.equal(closed.status, 2);
  });

  it('fails with one line and exit 2 when its output cannot be written (a full disk: /dev/full)', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [cliPath, 'check', 'test/fixtures/clean/lupus-alveolar-hemorrhage.md'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(result.stderr, 'casereport: the output cannot be written (ENOSPC)\n');
      assert.equal(result.status, 2);
    } finally {
      closeSync(full);
    }
  });

  it('writes every byte to a non-blocking standard output whose reader is slow', async () => {
    await inScratch({ 'case.md': MANY_ERRORS, 'non-blocking.js': '// Node makes a pipe non-blocking when process.stdout is first used.\nvoid process.stdout;\n' }, async (dir) => {
      const full = node(['check', 'case.md'], dir);
      const child = spawn(process.execPath, ['-r', join(dir, 'non-blocking.js'), cliPath, 'check', 'case.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      // Once the findings start coming, nothing more is read for a while: the pipe fills, and writes
      // to the non-blocking descriptor fail with EAGAIN until the reader is back.
      child.stdout!.pause();
      const waiting = setInterval(() => {
        if (child.stdout!.readableLength === 0) return;
        clearInterval(waiting);
        setTimeout(() => child.stdout!.resume(), 300);
      }, 20);
      const slow = await finished(child);
      clearInterval(waiting);
      assert.equal(slow.stderr, '');
      assert.equal(slow.status, full.status);
      assert.ok(slow.stdout === full.stdout, `${slow.stdout.length} of ${full.stdout.length} characters`);
    });
  });
});
