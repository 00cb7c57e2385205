import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** dist/cli.js (src/cli/bin.ts) starts dist/cli-main.js from the code cache the build writes beside it. */
describe('dist/cli.js: the CLI started from its code cache', function () {
  this.timeout(60000);
  const root = join(__dirname, '..', '..');
  const dist = join(root, 'dist');
  const FILES = ['cli.js', 'cli-main.js', 'cli-main.js.cache'];
  const REPORT = 'test/fixtures/clean/lupus-alveolar-hemorrhage.md';
  const run = (dir: string, args: string[]) => spawnSync(process.execPath, [join(dir, 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });

  let dir: string;
  before(function () {
    if (!FILES.every((file) => existsSync(join(dist, file)))) this.skip(); // npm run test:unit builds them first
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-bin-'));
    for (const file of FILES) copyFileSync(join(dist, file), join(dir, file));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the build writes the cache of the very bundle beside it: a copy of its bytes, then V8 code', () => {
    const cache = readFileSync(join(dist, 'cli-main.js.cache'));
    const bundle = readFileSync(join(dist, 'cli-main.js'));
    assert.deepEqual(cache.subarray(0, bundle.length), bundle);
    assert.ok(cache.length - bundle.length > 100_000, `${cache.length - bundle.length} bytes: the functions a check and a fix compile, not only the outer level`);
  });

  it('prints what the bundle run directly prints, with the cache and without it', () => {
    const args = ['check', '--format', 'json', 'test/fixtures/precision/calciphylaxis-lupus-warfarin.md'];
    const direct = spawnSync(process.execPath, [join(dir, 'cli-main.js'), ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(direct.status, 1, direct.stderr);
    for (const cached of [true, false]) {
      if (!cached) rmSync(join(dir, 'cli-main.js.cache'));
      const result = run(dir, args);
      assert.deepEqual({ status: result.status, stdout: result.stdout, stderr: result.stderr }, { status: 1, stdout: direct.stdout, stderr: '' });
      assert.deepEqual(run(dir, ['check', REPORT]).stdout, 'No problems in 1 file.\n');
    }
  });

  it('never runs the cache of another bundle, even of the same length (V8 compares only lengths)', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    const other = version.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    const bundle = readFileSync(join(dir, 'cli-main.js'), 'utf8');
    assert.ok(bundle.includes(JSON.stringify(version)));
    writeFileSync(join(dir, 'cli-main.js'), bundle.split(JSON.stringify(version)).join(JSON.stringify(other)));
    const result = run(dir, ['--version']);
    assert.equal(result.stdout.trim(), other, result.stderr);
    assert.equal(result.status, 0);
  });

  it('runs from a cache that is cut short or not a cache at all', () => {
    const cache = readFileSync(join(dir, 'cli-main.js.cache'));
    const { length } = readFileSync(join(dir, 'cli-main.js'));
    for (const bytes of [cache.subarray(0, length), cache.subarray(0, 4096), Buffer.concat([cache.subarray(0, length), Buffer.alloc(5000, 7)])]) {
      writeFileSync(join(dir, 'cli-main.js.cache'), bytes);
      const result = run(dir, ['check', REPORT]);
      assert.deepEqual({ status: result.status, stdout: result.stdout, stderr: result.stderr }, { status: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
    }
  });
});
