import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { adversarialRuns, hostileInputs } from './hostile-inputs';

/**
 * Hostile input never crashes the CLI: every command ends with a sane exit status and leaves the
 * file as it was. (The time each takes, against the 1 s goal, is reported by `npm run bench`.)
 */
describe('hostile input [slow]', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const commands: string[][] = [['check'], ['check', '--format', 'json'], ['fix']];

  for (const input of hostileInputs()) {
    it(`${input.name}: ${commands.map((c) => c.join(' ')).join(', ')} exit 0, 1 or 2 and leave the file alone`, () => {
      const file = join(dir, 'hostile.md');
      writeFileSync(file, input.content);
      const before = readFileSync(file);
      for (const command of commands) {
        let stdout = '';
        let stderr = '';
        const status = run([...command, file], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
        assert.ok([0, 1, 2].includes(status), `${command.join(' ')} exited ${status}`);
        assert.doesNotMatch(stderr, /internal error/, `${command.join(' ')} crashed: ${stderr.slice(0, 500)}`);
        if (command.includes('json') && status !== 2) assert.ok(Array.isArray(JSON.parse(stdout)), 'json output parses');
      }
      assert.ok(readFileSync(file).equals(before), 'the file is unchanged');
    });
  }

  for (const input of hostileInputs()) {
    it(`${input.name}: the engine checks it as an editor would hold it, every finding inside the text`, () => {
      // An editor shows undecodable bytes as U+FFFD; the engine must cope with that text too.
      const text = typeof input.content === 'string' ? input.content : new TextDecoder().decode(input.content);
      const { model, findings } = checkText(text, defaultConfig(), { fileExists: () => false });
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= model.text.length, `${f.code} ${f.start}-${f.end}`);
        assert.deepEqual(f.range, model.source.rangeOf(f.start, f.end));
      }
    });
  }

  for (const input of adversarialRuns()) {
    it(`adversarial run "${input.name}": check terminates with findings inside the text`, () => {
      const { model, findings } = checkText(input.content as string, defaultConfig(), { fileExists: () => false });
      for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= model.text.length, f.code);
    });
  }

  it('binary input is refused with a clear one-line message, exit 2', () => {
    const input = hostileInputs().find((i) => i.name.includes('binary'))!;
    const file = join(dir, 'binary.md');
    writeFileSync(file, input.content);
    let stderr = '';
    const status = run(['check', file], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    assert.equal(status, 2);
    assert.match(stderr, /not valid UTF-8/);
    assert.equal(stderr.trim().split('\n').length, 1);
  });
});
