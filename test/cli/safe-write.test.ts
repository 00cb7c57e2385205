import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs, { chmodSync, chownSync, linkSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSafely } from '../../src/cli/safe-write';
import { cli, report, scratch } from './helpers';

// A fixable report longer than the 1 KB file-size limit below, with its References at the end.
const CASE_PARAGRAPH =
  'On admission she was febrile (38.6 °C) with a respiratory rate of 28 breaths per minute and an oxygen saturation of 86% on room air. ' +
  'Chest radiography showed bilateral patchy opacities; bronchoalveolar lavage returned progressively bloodier aliquots. ';
const MESSY = report(`Seen in lupus^1,2^. Pasted too.2 Done.\n\n${CASE_PARAGRAPH.repeat(12)}`);
const FIXED = report(`Seen in lupus.^1,2^ Pasted too.^2^ Done.\n\n${CASE_PARAGRAPH.repeat(12)}`);

const root = join(__dirname, '..', '..');
const tsx = require.resolve('tsx/cjs');

/** The CLI from the sources in a child process, optionally under a shell's `ulimit -f` (in 1 KB blocks). */
function child(args: string[], cwd: string, options: { fileSizeLimit?: number; script?: string; uid?: number } = {}) {
  const node = [process.execPath, '-r', tsx, ...(options.script ? ['-e', options.script, '--'] : [join(root, 'src', 'cli', 'main.ts')]), ...args];
  const shell = options.fileSizeLimit === undefined ? 'exec "$@"' : `ulimit -f ${options.fileSizeLimit} && exec "$@"`;
  return spawnSync('bash', ['-c', shell, 'bash', ...node], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TSX_DISABLE_CACHE: '1', HOME: cwd },
    uid: options.uid,
    gid: options.uid,
    timeout: 20000, // only a defect hangs: a FIFO read forever
    killSignal: 'SIGKILL',
  });
}

/** Runs `action` once, in place of the first fsync after it is armed: another program acting at the worst moment. */
function duringFirstFsync(action: () => void): () => void {
  const original = fs.fsyncSync;
  let fired = false;
  fs.fsyncSync = (fd: number) => {
    original(fd);
    if (!fired) {
      fired = true;
      action();
    }
  };
  return () => {
    fs.fsyncSync = original;
  };
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes('.casereport.'));

describe('writing files: every byte or nothing (fix --write, render -o)', function () {
  this.timeout(30000);

  describe('a full disk or a file-size limit', () => {
    it('fix --write under `ulimit -f`: exit 2, one line naming the file and the limit, the original untouched, no temporary file', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      try {
        assert.ok(Buffer.byteLength(MESSY) > 2048);
        const result = child(['fix', '--write', 'case.md'], dir, { fileSizeLimit: 1 });
        assert.equal(result.stderr, 'casereport: case.md: not written: the file would exceed the file-size limit (EFBIG)\n');
        assert.equal(result.status, 2);
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
        assert.deepEqual(readdirSync(dir), ['case.md']);
      } finally {
        cleanup();
      }
    });

    it('render -o under `ulimit -f`: exit 2 and no output file, not the first part of the page', () => {
      const { dir, cleanup } = scratch({ 'case.md': FIXED });
      try {
        const result = child(['render', 'case.md', '-o', 'case.html'], dir, { fileSizeLimit: 4 });
        assert.equal(result.stderr, 'casereport: case.html: not written: the file would exceed the file-size limit (EFBIG)\n');
        assert.equal(result.status, 2);
        assert.deepEqual(readdirSync(dir), ['case.md']);
      } finally {
        cleanup();
      }
    });

    it('fix --write on a full disk (a 64 KB tmpfs): exit 2, the original untouched, by a rename or in place', function () {
      const { dir, cleanup } = scratch({});
      if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=700', 'tmpfs', dir]).status !== 0) {
        cleanup();
        this.skip(); // mounting needs root (or CAP_SYS_ADMIN); the ulimit tests above cover the same path
      }
      try {
        // 40 KB: the file fits, a second copy of it (the temporary file, or the backup) does not.
        const big = report(`Seen in lupus^1,2^. Pasted too.2 Done.\n\n${CASE_PARAGRAPH.repeat(160)}`);
        assert.ok(Buffer.byteLength(big) > 36 * 1024 && Buffer.byteLength(big) < 40 * 1024);
        writeFileSync(join(dir, 'case.md'), big);
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.stderr, 'casereport: case.md: not written: no space left on the device (ENOSPC)\n');
        assert.equal(result.code, 2);
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), big);
        assert.deepEqual(readdirSync(dir), ['case.md']);

        linkSync(join(dir, 'case.md'), join(dir, 'submitted.md'));
        const linked = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(linked.stderr, 'casereport: case.md: not written: cannot make a backup copy in its folder: no space left on the device (ENOSPC)\n');
        assert.equal(linked.code, 2);
        assert.equal(readFileSync(join(dir, 'submitted.md'), 'utf8'), big);
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'submitted.md']);
      } finally {
        spawnSync('umount', [dir]);
        cleanup();
      }
    });
  });

  describe('a save by another program while the fix is written', () => {
    it('is never overwritten: the file is checked again after the flush, right before the rename', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      const restore = duringFirstFsync(() => writeFileSync(file, `${MESSY}\nA line the author just typed.\n`));
      try {
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.stderr, 'casereport: case.md: changed on disk since it was read; nothing written, run the command again\n');
        assert.equal(result.code, 2);
        assert.equal(readFileSync(file, 'utf8'), `${MESSY}\nA line the author just typed.\n`);
        assert.deepEqual(leftovers(dir), []);
      } finally {
        restore();
        cleanup();
      }
    });

    it('is never overwritten in place either (a hard-linked file): checked after the backup is flushed', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      linkSync(file, join(dir, 'submitted.md'));
      const restore = duringFirstFsync(() => writeFileSync(join(dir, 'submitted.md'), `${MESSY}\nTyped meanwhile.\n`));
      try {
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.stderr, 'casereport: case.md: changed on disk since it was read; nothing written, run the command again\n');
        assert.equal(result.code, 2);
        assert.equal(readFileSync(file, 'utf8'), `${MESSY}\nTyped meanwhile.\n`);
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'submitted.md']);
      } finally {
        restore();
        cleanup();
      }
    });

    it('is caught by its content even when it keeps the size and the modification time', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      const same = MESSY.replace('febrile', 'FEBRILE');
      const restore = duringFirstFsync(() => {
        const { atime, mtime } = statSync(file);
        writeFileSync(file, same);
        utimesSync(file, atime, mtime);
      });
      try {
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.code, 2);
        assert.match(result.stderr, /changed on disk since it was read/);
        assert.equal(readFileSync(file, 'utf8'), same);
      } finally {
        restore();
        cleanup();
      }
    });
  });

  describe('what the file is', () => {
    it('refuses a read-only file (mode 444), even for root, and leaves it as it was', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY, 'old.html': 'kept' });
      try {
        chmodSync(join(dir, 'case.md'), 0o444);
        chmodSync(join(dir, 'old.html'), 0o444);
        const fix = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(fix.stderr, 'casereport: case.md: is read-only; not written (make it writable to let casereport write it)\n');
        assert.equal(fix.code, 2);
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
        assert.equal(statSync(join(dir, 'case.md')).mode & 0o777, 0o444);
        const render = cli(['render', 'case.md', '-o', 'old.html'], dir);
        assert.equal(render.code, 2);
        assert.match(render.stderr, /^casereport: old\.html: is read-only; not written/);
        assert.equal(readFileSync(join(dir, 'old.html'), 'utf8'), 'kept');
      } finally {
        cleanup();
      }
    });

    it('writes a hard-linked file in place: the other name sees the fix too, and no backup is left', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      try {
        linkSync(join(dir, 'case.md'), join(dir, 'submitted.md'));
        const inode = statSync(join(dir, 'case.md')).ino;
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), FIXED);
        assert.equal(readFileSync(join(dir, 'submitted.md'), 'utf8'), FIXED);
        assert.equal(statSync(join(dir, 'case.md')).ino, inode);
        assert.equal(statSync(join(dir, 'case.md')).nlink, 2);
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'submitted.md']);
      } finally {
        cleanup();
      }
    });

    it("keeps another user's file theirs (written in place), with its mode", function () {
      if (process.getuid?.() !== 0) this.skip(); // only root can give a file away
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      try {
        chownSync(file, 4321, 4321);
        chmodSync(file, 0o640);
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.code, 0, result.stderr);
        const stats = statSync(file);
        assert.deepEqual([stats.uid, stats.gid, stats.mode & 0o777], [4321, 4321, 0o640]);
        assert.equal(readFileSync(file, 'utf8'), FIXED);
        assert.deepEqual(readdirSync(dir), ['case.md']);
      } finally {
        cleanup();
      }
    });

    it('keeps the group and the mode of a file it replaces by a rename', function () {
      if (process.getuid?.() !== 0) this.skip();
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      try {
        chownSync(file, 0, 4321);
        chmodSync(file, 0o664);
        const inode = statSync(file).ino;
        assert.equal(cli(['fix', '--write', 'case.md'], dir).code, 0);
        const stats = statSync(file);
        assert.notEqual(stats.ino, inode, 'replaced by a rename');
        assert.deepEqual([stats.uid, stats.gid, stats.mode & 0o777], [0, 4321, 0o664]);
      } finally {
        cleanup();
      }
    });

    it('puts a file written in place back as it was when the write fails, and removes the backup', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      linkSync(file, join(dir, 'submitted.md'));
      const original = fs.fsyncSync;
      let calls = 0;
      // The backup's fsync is the first; the second is the file's own, after the new text is in it.
      fs.fsyncSync = (fd: number) => {
        if (++calls === 2) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        original(fd);
      };
      try {
        const result = cli(['fix', '--write', 'case.md'], dir);
        assert.equal(result.stderr, 'casereport: case.md: not written: input/output error (EIO)\n');
        assert.equal(result.code, 2);
        assert.equal(readFileSync(file, 'utf8'), MESSY);
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'submitted.md']);
      } finally {
        fs.fsyncSync = original;
        cleanup();
      }
    });

    it('keeps the backup, and says where it is, when putting the previous content back fails too', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const file = join(dir, 'case.md');
      linkSync(file, join(dir, 'submitted.md'));
      const fsync = fs.fsyncSync;
      const write = fs.writeSync;
      let failing = false;
      // The file's own fsync fails (the backup's was the first); then so does every write.
      let calls = 0;
      fs.fsyncSync = (fd: number) => {
        if (++calls === 2) {
          failing = true;
          throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
        }
        fsync(fd);
      };
      (fs as { writeSync: unknown }).writeSync = (...args: Parameters<typeof fs.writeSync>) => {
        if (failing) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
        return (write as (...a: unknown[]) => number)(...args);
      };
      try {
        const result = cli(['fix', '--write', 'case.md'], dir);
        const backups = readdirSync(dir).filter((name) => name.endsWith('.casereport.bak'));
        assert.equal(backups.length, 1);
        assert.equal(result.stderr, `casereport: case.md: writing failed (input/output error (EIO)) and so did putting it back: its previous content is in ${join(dir, backups[0])}\n`);
        assert.equal(result.code, 2);
        assert.equal(readFileSync(join(dir, backups[0]), 'utf8'), MESSY);
      } finally {
        fs.fsyncSync = fsync;
        (fs as { writeSync: unknown }).writeSync = write;
        cleanup();
      }
    });
  });

  describe('a signal during the write', () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      it(`${signal} while the new text is flushed leaves no temporary file, and the report whole`, () => {
        const { dir, cleanup } = scratch({ 'case.md': MESSY });
        try {
          // The seam: the signal arrives in the middle of the write, while the temporary file exists.
          const script = `
            const fs = require('node:fs');
            const fsync = fs.fsyncSync;
            let sent = false;
            fs.fsyncSync = (fd) => { fsync(fd); if (!sent) { sent = true; process.kill(process.pid, '${signal}'); } };
            process.exitCode = require(${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))}).run(process.argv.slice(1));`;
          const result = child(['fix', '--write', 'case.md'], dir, { script });
          assert.equal(result.status, signal === 'SIGTERM' ? 143 : 130, `${result.signal ?? ''} ${result.stderr}`);
          assert.deepEqual(leftovers(dir), []);
          assert.ok([MESSY, FIXED].includes(readFileSync(join(dir, 'case.md'), 'utf8')), 'the report is the original or the complete fix');
        } finally {
          cleanup();
        }
      });
    }
  });

  describe('every file-system failure: one line naming the file and the reason, exit 2', () => {
    /** `chattr +i` on the paths for the duration of `action`; false when the file system cannot. */
    function immutable(paths: string[], action: () => void): boolean {
      if (spawnSync('chattr', ['+i', ...paths]).status !== 0) return false;
      try {
        action();
      } finally {
        spawnSync('chattr', ['-i', ...paths]);
      }
      return true;
    }

    it('a read-only folder (EACCES on the temporary file)', () => {
      const { dir, cleanup } = scratch({ 'case.md': MESSY });
      const asRoot = process.getuid?.() === 0;
      try {
        // Root may write into any folder: the command runs as "nobody", the file being theirs.
        if (asRoot) chownSync(join(dir, 'case.md'), 65534, 65534);
        chmodSync(dir, 0o555);
        const result = child(['fix', '--write', 'case.md'], dir, { uid: asRoot ? 65534 : undefined });
        assert.equal(result.stderr, 'casereport: case.md: not written: cannot create a temporary file in its folder: permission denied (EACCES)\n');
        assert.equal(result.status, 2);
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
      } finally {
        chmodSync(dir, 0o700);
        cleanup();
      }
    });

    it('an immutable file (EPERM) and an immutable folder', function () {
      const { dir, cleanup } = scratch({ 'case.md': MESSY, 'page.md': FIXED });
      try {
        const supported = immutable([join(dir, 'case.md')], () => {
          const result = cli(['fix', '--write', 'case.md'], dir);
          assert.equal(result.stderr, 'casereport: case.md: not written: operation not permitted (is the file or its folder immutable or locked?) (EPERM)\n');
          assert.equal(result.code, 2);
        });
        if (!supported) this.skip(); // chattr +i needs a file system that has the flag, and the right to set it
        assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), MESSY);
        immutable([dir], () => {
          const result = cli(['fix', '--write', 'case.md'], dir);
          assert.equal(result.stderr, 'casereport: case.md: not written: cannot create a temporary file in its folder: operation not permitted (is the file or its folder immutable or locked?) (EPERM)\n');
          assert.equal(result.code, 2);
          const render = cli(['render', 'page.md', '-o', 'page.html'], dir);
          assert.match(render.stderr, /^casereport: page\.html: not written: .*\(EPERM\)\n$/);
          assert.equal(render.code, 2);
        });
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'page.md']);
      } finally {
        cleanup();
      }
    });

    it('fix --write a.md a.md (or by another name) writes once and reports once', () => {
      const { dir, cleanup } = scratch({ 'a.md': MESSY });
      try {
        linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
        const result = cli(['fix', '--write', 'a.md', 'a.md', './a.md', 'b.md'], dir);
        assert.equal(result.stderr, 'a.md: 2 fixes written\n');
        assert.equal(result.code, 0);
        assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), FIXED);
        const check = cli(['check', '--format', 'json', 'a.md', 'a.md'], dir);
        assert.deepEqual(JSON.parse(check.stdout), JSON.parse(cli(['check', '--format', 'json', 'a.md'], dir).stdout));
      } finally {
        cleanup();
      }
    });

    it('a FIFO or a device as input is refused as not a regular file, not read forever', () => {
      const { dir, cleanup } = scratch({});
      try {
        assert.equal(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status, 0);
        for (const input of ['pipe.md', '/dev/zero']) {
          const result = child(['fix', '--write', input], dir);
          assert.equal(result.stderr, `casereport: ${input}: is not a regular file (a FIFO, socket or device); name a Markdown file\n`);
          assert.equal(result.status, 2);
        }
      } finally {
        cleanup();
      }
    });

    it('render -o onto a link to the report (symbolic or hard) is refused, the report untouched', () => {
      const { dir, cleanup } = scratch({ 'case.md': FIXED });
      try {
        fs.symlinkSync('case.md', join(dir, 'soft.html'));
        linkSync(join(dir, 'case.md'), join(dir, 'hard.html'));
        for (const out of ['soft.html', 'hard.html']) {
          const result = cli(['render', 'case.md', '-o', out], dir);
          assert.match(result.stderr, new RegExp(`^casereport: ${out.replace('.', '\\.')} is one of the Markdown files being rendered`));
          assert.equal(result.code, 2);
          assert.equal(readFileSync(join(dir, 'case.md'), 'utf8'), FIXED);
        }
      } finally {
        cleanup();
      }
    });

    it('a FIFO as output is refused, not replaced by a file', () => {
      const { dir, cleanup } = scratch({ 'case.md': FIXED });
      try {
        assert.equal(spawnSync('mkfifo', [join(dir, 'out.html')]).status, 0);
        const result = cli(['render', 'case.md', '-o', 'out.html'], dir);
        assert.equal(result.stderr, 'casereport: out.html: is not a regular file; not written\n');
        assert.equal(result.code, 2);
        assert.ok(statSync(join(dir, 'out.html')).isFIFO());
      } finally {
        cleanup();
      }
    });
  });

  describe('the writer itself (also for binary exports)', () => {
    it('writes bytes exactly, and a new file with the usual permissions', () => {
      const { dir, cleanup } = scratch({});
      try {
        const bytes = Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) % 256);
        writeFileSafely(join(dir, 'out.docx'), bytes.subarray(3));
        assert.ok(readFileSync(join(dir, 'out.docx')).equals(Buffer.from(bytes.subarray(3))));
        assert.deepEqual(readdirSync(dir), ['out.docx']);
      } finally {
        cleanup();
      }
    });
  });
});
