import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSafely } from '../../src/cli/safe-write';
import { run } from '../../src/cli/main';

/**
 * Nothing lost: no command writes a file the author did not ask for; `fix --write` writes through
 * a temporary file and a rename, keeping line endings, BOM, permissions and symbolic links; bad
 * input gives a clear error and is left as it was.
 */
describe('nothing lost', () => {
  let dir: string;
  const BOM = '\ufeff';
  // A superscript marker that needs compressing (a safe fix), and a CRLF file with a BOM.
  const report = ['---', 'title: T', 'authors:', '  - name: A', '---', '', '## Introduction', '', 'Seen in lupus.^1,2,3^', '', '## References', '', '1. A. B. C. 2001;1:1.', '2. D. E. F. 2002;2:2.', '3. G. H. I. 2003;3:3.', ''].join('\r\n');
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const capture = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
  };
  const listing = () => readdirSync(dir).sort();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-lost-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check and fix without --write leave the folder exactly as it was', () => {
    const file = join(dir, 'case.md');
    writeFileSync(file, BOM + report);
    const before = { listing: listing(), bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    for (const args of [['check', file], ['check', '--format', 'json', file], ['check', '--format', 'sarif', file], ['fix', file]]) {
      const status = run(args, quiet);
      assert.ok([0, 1].includes(status), `${args.join(' ')} exited ${status}`);
    }
    assert.deepEqual(listing(), before.listing);
    assert.ok(readFileSync(file).equals(before.bytes));
    assert.equal(statSync(file).mtimeMs, before.mtime);
  });

  it('fix --write replaces the file by a rename, keeping BOM, CRLF and permissions, and leaves no temporary file', () => {
    const file = join(dir, 'case.md');
    writeFileSync(file, BOM + report);
    chmodSync(file, 0o664); // group-writable: a umask of 022 would narrow it if the mode were only passed to open()
    const inode = statSync(file).ino;
    const { out, io } = capture();
    run(['fix', '--write', file], io);
    const written = readFileSync(file, 'utf8');
    assert.match(out.stderr, /fix(es)? written/);
    assert.ok(written.startsWith(BOM), 'BOM kept');
    assert.ok(written.includes('Seen in lupus.^1-3^'), 'the fix is applied');
    assert.equal(written.replace(/\r\n/g, '').includes('\n'), false, 'every line still ends in CRLF');
    assert.equal(statSync(file).mode & 0o777, 0o664, 'permissions kept');
    assert.notEqual(statSync(file).ino, inode, 'a new file was renamed into place (atomic), not rewritten in place');
    assert.deepEqual(listing(), ['case.md']);
  });

  it('fix --write through a symbolic link updates the file it points at and keeps the link', () => {
    const real = join(dir, 'real.md');
    const link = join(dir, 'link.md');
    writeFileSync(real, report);
    symlinkSync(real, link);
    run(['fix', '--write', link], quiet);
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(readlinkSync(link), real);
    assert.ok(readFileSync(real, 'utf8').includes('^1-3^'));
    assert.deepEqual(listing(), ['link.md', 'real.md']);
  });

  it('writes nothing when the file changed on disk after it was read', () => {
    const file = join(dir, 'case.md');
    writeFileSync(file, 'saved by the editor meanwhile');
    assert.throws(() => writeFileSafely(file, 'fixed text', { expected: 'the text that was read' }), /changed on disk since it was read; nothing written/);
    assert.equal(readFileSync(file, 'utf8'), 'saved by the editor meanwhile');
    assert.deepEqual(listing(), ['case.md']);
  });

  it('a failed write leaves the original and no temporary file', () => {
    const file = join(dir, 'missing-folder', 'case.md');
    assert.throws(() => writeFileSafely(file, 'text'));
    assert.deepEqual(listing(), []);
  });

  it('a file that is not UTF-8 gives one clear line, exit 2, and is left untouched', () => {
    const file = join(dir, 'latin1.md');
    const bytes = Buffer.from('Caf\xe9 au lait.^1,2,3^\n', 'latin1');
    writeFileSync(file, bytes);
    for (const command of ['check', 'fix', 'render']) {
      const { out, io } = capture();
      const args = command === 'fix' ? ['fix', '--write', file] : [command, file];
      assert.equal(run(args, io), 2, command);
      assert.match(out.stderr, /latin1\.md: is not valid UTF-8 text; save it as UTF-8/);
      assert.equal(out.stderr.trim().split('\n').length, 1);
      assert.equal(out.stdout, '');
    }
    assert.ok(readFileSync(file).equals(bytes));
    assert.deepEqual(listing(), ['latin1.md']);
  });

  it('an unreadable path (a folder) gives one clear line and exit 2', () => {
    const { out, io } = capture();
    assert.equal(run(['fix', '--write', dir], io), 2);
    assert.match(out.stderr, /is a directory/);
  });

  it('render never writes over a Markdown file it renders, nor two outputs into one file', () => {
    const file = join(dir, 'case.md');
    writeFileSync(file, report);
    const { out, io } = capture();
    assert.equal(run(['render', file, '-o', file], io), 2);
    assert.match(out.stderr, /is one of the Markdown files being rendered/);
    assert.equal(readFileSync(file, 'utf8'), report);
    writeFileSync(join(dir, 'a.md'), report);
    const sub = join(dir, 'sub');
    require('node:fs').mkdirSync(sub);
    writeFileSync(join(sub, 'a.md'), report);
    assert.equal(run(['render', join(dir, 'a.md'), join(sub, 'a.md'), '--out-dir', dir], quiet), 2);
    assert.deepEqual(listing(), ['a.md', 'case.md', 'sub']);
    assert.equal(run(['render', file, '--out-dir', join(dir, 'html')], quiet), 0);
    assert.deepEqual(readdirSync(join(dir, 'html')), ['case.html']);
  });
});
