import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { InputError } from './io';

export interface WriteOptions {
  /**
   * What the file held when it was read (`fix --write`): it must still hold exactly that when the
   * write starts and again immediately before the new content takes its place, or nothing is
   * written. Without it an existing file is replaced whatever it holds (an output such as HTML).
   */
  expected?: string | Uint8Array;
}

/**
 * The one way the CLI writes a file (`fix --write`, `render -o`, exports): every byte or nothing.
 *
 * - The content goes to a temporary file beside the target, written in full (a short write is
 *   continued, a full disk or a file-size limit is a failure), flushed, checked for its size, then
 *   renamed over the target. On any failure the temporary file is removed and the target is as it was.
 * - With `expected`, the target's content (byte for byte), identity, size and modification time are checked
 *   once more right before the rename: a save by another program meanwhile is never overwritten.
 * - A read-only file is refused (by its mode too, since root may write anything). A file with more
 *   than one link or another owner is written in place instead of replaced, so its other names, its
 *   owner and its extended attributes stay: a backup copy is made first, the write is read back, and
 *   on failure the backup is copied back. Mode and group are kept in both ways.
 * - A symbolic link keeps pointing at its file: the file it points at is written.
 * - SIGINT, SIGTERM and SIGHUP never leave a temporary file behind: from the first write on, the
 *   process lets the write in progress finish (or fail and clean up), removes what is left, and exits.
 *
 * Every failure is an InputError with one line naming the file and the reason. CLI only: it installs
 * signal handlers in the process.
 */
export function writeFileSafely(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const bytes = toBytes(data);
  const target = realTarget(file);
  const before = existing(file, target);
  let guard = (): Buffer | undefined => undefined;
  if (options.expected !== undefined) {
    const expected = toBytes(options.expected);
    if (before === undefined) throw changedOnDisk(file);
    guard = () => {
      // Content first (compared byte for byte, which is stronger than a hash), then identity, size
      // and modification time: a save during the read shows in the stat, and after the stat the only
      // work left is one system call (the rename, or the open of an in-place write).
      const current = readTarget(file, target);
      if (!current.equals(expected)) throw changedOnDisk(file);
      const now = existing(file, target);
      if (now === undefined || !sameFile(before, now)) throw changedOnDisk(file);
      return current;
    };
    guard();
  }
  cleanUpOnSignals();
  if (before === undefined) {
    writeByRename(file, target, bytes, undefined, guard);
  } else if (keepsItsInode(before) || !writeByRename(file, target, bytes, before, guard)) {
    writeInPlace(file, target, bytes, before, guard);
  }
}

/** A file with other names, or another owner, is written in place: a rename would cut the links or make it ours. */
function keepsItsInode(stats: BigIntStats): boolean {
  return stats.nlink > 1n || (process.geteuid !== undefined && Number(stats.uid) !== process.geteuid());
}

/** Paths to remove if a signal ends the process. */
const leftovers = new Set<string>();
let watchingSignals = false;

function cleanUpOnSignals(): void {
  if (watchingSignals) return;
  watchingSignals = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const path of leftovers) removeQuietly(path);
      process.exit(128 + osConstants.signals[signal]);
    });
  }
}

/**
 * Temporary file, flush, final check, rename. Returns false, having changed nothing, when the
 * temporary file cannot be given the target's group (then the caller writes in place).
 */
function writeByRename(file: string, target: string, bytes: Buffer, before: BigIntStats | undefined, guard: () => void): boolean {
  const temp = sibling(target, 'tmp');
  let fd: number | undefined;
  try {
    // 'wx': never truncate a file that happens to have the temporary name.
    // A new file gets the usual permissions (the umask applies); an existing one gets its own below.
    fd = step(file, 'cannot create a temporary file in its folder', () => openSync(temp, 'wx', before === undefined ? 0o666 : 0o600));
    leftovers.add(temp);
    const written = fd;
    if (before !== undefined) {
      const mine = fstatSync(written, { bigint: true });
      if (mine.gid !== before.gid) {
        try {
          fchownSync(written, Number(before.uid), Number(before.gid));
        } catch {
          return false;
        }
      }
      // After chown (which clears set-id bits); the umask must not narrow the author's permissions.
      const mode = Number(before.mode) & 0o7777;
      step(file, '', () => fchmodSync(written, mode));
    }
    step(file, '', () => {
      writeAll(written, bytes, 0);
      fsyncSync(written);
      if (fstatSync(written).size !== bytes.length) throw Object.assign(new Error('short write'), { code: 'EIO' });
    });
    closeSync(fd);
    fd = undefined;
    guard();
    step(file, '', () => renameSync(temp, target));
    leftovers.delete(temp);
    syncFolder(dirname(target));
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (leftovers.delete(temp)) removeQuietly(temp);
  }
}

/** Backup copy, final check, write over the file itself, read back; the backup is copied back on failure. */
function writeInPlace(file: string, target: string, bytes: Buffer, before: BigIntStats, guard: () => Buffer | undefined): void {
  const original = step(file, 'cannot read it', () => readFileSync(target));
  const backup = sibling(target, 'bak');
  let keepBackup = false;
  try {
    step(file, 'cannot make a backup copy in its folder', () => {
      const fd = openSync(backup, 'wx', 0o600);
      leftovers.add(backup);
      try {
        writeAll(fd, original, 0);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    });
    const previous = guard() ?? original;
    const fd = step(file, '', () => openSync(target, 'r+'));
    const opened = fstatSync(fd, { bigint: true });
    if (opened.dev !== before.dev || opened.ino !== before.ino) {
      closeSync(fd);
      throw changedOnDisk(file); // replaced by another program's save since the check
    }
    try {
      step(file, '', () => {
        writeAll(fd, bytes, 0);
        ftruncateSync(fd, bytes.length);
        fsyncSync(fd);
        if (!readAll(fd).equals(bytes)) throw Object.assign(new Error('what was read back differs from what was written'), { code: 'EIO' });
      });
    } catch (error) {
      try {
        writeAll(fd, previous, 0);
        ftruncateSync(fd, previous.length);
        fsyncSync(fd);
      } catch {
        keepBackup = true;
        const reason = (error as Error).message.replace(/^.*?: not written: /, '');
        throw new InputError(`${file}: writing failed (${reason}) and so did putting it back: its previous content is in ${backup}`);
      }
      throw error;
    } finally {
      closeSync(fd);
    }
  } finally {
    leftovers.delete(backup);
    if (!keepBackup) removeQuietly(backup);
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = writeSync(fd, bytes, offset, bytes.length - offset, position + offset);
    if (n <= 0) throw Object.assign(new Error('the file system accepted no more bytes'), { code: 'EIO' });
    offset += n;
  }
}

function readAll(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, offset);
    if (n === 0) break;
    offset += n;
  }
  return buffer.subarray(0, offset);
}

/** The file a path names, through symbolic links; the path itself when nothing exists there yet. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The target's status, or undefined for a new file; refuses what must not be written. */
function existing(file: string, target: string): BigIntStats | undefined {
  let stats: BigIntStats;
  try {
    stats = statSync(target, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw failure(file, 'not written', error);
  }
  if (!stats.isFile()) throw new InputError(`${file}: is not a regular file; not written`);
  // The mode is checked itself: root may write a read-only file, but the author said not to.
  let writable = (stats.mode & 0o222n) !== 0n;
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw failure(file, '', error);
    writable = false;
  }
  if (!writable) throw new InputError(`${file}: is read-only; not written (make it writable to let casereport write it)`);
  return stats;
}

function readTarget(file: string, target: string): Buffer {
  return step(file, 'cannot read it', () => readFileSync(target));
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function changedOnDisk(file: string): InputError {
  return new InputError(`${file}: changed on disk since it was read; nothing written, run the command again`);
}

function toBytes(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function sibling(target: string, kind: 'tmp' | 'bak'): string {
  const unique = `${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${basename(target)}.${unique}.casereport.${kind}`);
}

/** After a rename, the folder's entry is made durable too (best effort: not every platform allows it). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some file systems cannot sync a folder; the rename itself has happened.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function step<T>(file: string, what: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw failure(file, what, error);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EFBIG: 'the file would exceed the file-size limit',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (is the file or its folder immutable or locked?)',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error',
  EBUSY: 'the file is in use',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EXDEV: 'the temporary file is on another device',
};

/** One line: the file, the step that failed if it was not the write itself, and why. Nothing was written. */
function failure(file: string, what: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const known = code !== undefined ? REASONS[code] : undefined;
  const reason = known ? `${known} (${code})` : (error as Error).message.split('\n')[0];
  return new InputError(`${file}: not written: ${what ? `${what}: ` : ''}${reason}`);
}
