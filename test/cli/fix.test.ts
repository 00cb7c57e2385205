import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, report, scratch } from './helpers';

const MESSY = report('Seen in lupus^1,2^. Pasted too.2 Done.');
const FIXED = report('Seen in lupus.^1,2^ Pasted too.^2^ Done.');

describe('casereport fix', () => {
  it('prints a unified diff without --write and leaves the file alone', () => {
    const { dir, cleanup } = scratch({ 'case.md': MESSY });
    try {
      const result = cli(['fix', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(
        result.stdout,
        [
          '--- a/case.md',
          '+++ b/case.md',
          '@@ -15,7 +15,7 @@',
          ' ',
          ' ## Discussion',
          ' ',
          '-Seen in lupus^1,2^. Pasted too.2 Done.',
          '+Seen in lupus.^1,2^ Pasted too.^2^ Done.',
          ' ',
          ' ## References',
          ' ',
          '',
        ].join('\n'),
      );
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
    } finally {
      cleanup();
    }
  });

  it('prints nothing for a file with nothing to fix', () => {
    const { dir, cleanup } = scratch({ 'case.md': FIXED });
    try {
      assert.deepEqual(cli(['fix', 'case.md'], dir), { code: 0, stdout: '', stderr: '' });
    } finally {
      cleanup();
    }
  });

  it('writes the fixes with --write, atomically, keeping the BOM and CRLF line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const { dir, cleanup } = scratch({ 'case.md': `\ufeff${crlf(MESSY)}`, 'plain.md': MESSY });
    try {
      const result = cli(['fix', '--write', 'case.md', 'plain.md'], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, 'case.md: 2 fixes written\nplain.md: 2 fixes written\n');
      const bytes = readFileSync(join(dir, 'case.md'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(bytes.toString('utf8'), `\ufeff${crlf(FIXED)}`);
      assert.equal(readFileSync(join(dir, 'plain.md'), 'utf8'), FIXED);
      assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'plain.md'], 'no temporary file is left behind');
    } finally {
      cleanup();
    }
  });

  it('exits on the text after its fixes: 0 when the fixes remove every error', () => {
    // `^2-2^` is a malformed range (an error) whose fix is safe: after fixing, nothing is wrong.
    const { dir, cleanup } = scratch({ 'case.md': report('Seen again.^2-2^') });
    try {
      assert.equal(cli(['check', 'case.md'], dir).code, 1);
      const result = cli(['fix', '--write', 'case.md'], dir);
      assert.equal(result.code, 0);
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), report('Seen again.^2^'));
      assert.equal(cli(['check', 'case.md'], dir).code, 0);
    } finally {
      cleanup();
    }
  });

  it('exits 1 when an error remains after the fixes', () => {
    const { dir, cleanup } = scratch({ 'case.md': report('Seen in lupus^1^. Missing.^9^') });
    try {
      const result = cli(['fix', 'case.md'], dir);
      assert.equal(result.code, 1);
      assert.match(result.stdout, /^\+Seen in lupus\.\^1\^ Missing\.\^9\^$/m);
    } finally {
      cleanup();
    }
  });

  it('exits 2 for a missing file or an unknown option, before writing anything', () => {
    const { dir, cleanup } = scratch({ 'case.md': MESSY });
    try {
      const missing = cli(['fix', '--write', 'case.md', 'gone.md'], dir);
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'casereport: gone.md: no such file\n');
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
      const unknown = cli(['fix', '--format', 'json', 'case.md'], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /^casereport: unknown option --format for "fix"/);
    } finally {
      cleanup();
    }
  });

  it("applies the copy editor's mechanical fixes with --write, and a second run changes nothing", () => {
    const messy = report('A 60-year old woman weighed 61kg; creatinine 1.2 mg/dl; 10 cc of lidocaine; BP 170/100mmHg; vitamin D 1,000 i.u. daily. Seen in lupus<sup>1.</sup> Next,^2^ done.');
    const clean = report('A 60-year-old woman weighed 61 kg; creatinine 1.2 mg/dL; 10 mL of lidocaine; BP 170/100 mm Hg; vitamin D 1,000 International Units daily. Seen in lupus.<sup>1</sup> Next,^2^ done.');
    const { dir, cleanup } = scratch({ 'case.md': messy });
    try {
      const first = cli(['fix', '--write', 'case.md'], dir);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), clean);
      assert.deepEqual(cli(['fix', '--write', 'case.md'], dir), { code: 0, stdout: '', stderr: '' });
      assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), clean);
    } finally {
      cleanup();
    }
  });
});
