import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 file; a missing, unreadable or non-UTF-8 file is an InputError with one line to say so. */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: is a directory, not a Markdown file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? (error as Error).message})`);
  }
  try {
    // The decoder drops a BOM; keep it so that `fix --write` writes it back.
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = decoder.decode(bytes);
    return hasBom ? `\ufeff${text}` : text;
  } catch {
    throw new InputError(`${file}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash never leaves half a
 * file. The file keeps its permissions; a symbolic link keeps pointing at the file it points at
 * (the real file is replaced, not the link). With `expected`, the file must still hold exactly that
 * text (as read before fixing): if something else saved it meanwhile, nothing is written.
 */
export function writeTextAtomically(file: string, text: string, expected?: string): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    mode = undefined; // a new file
  }
  if (expected !== undefined) {
    let current: string | undefined;
    try {
      current = readText(target);
    } catch {
      current = undefined;
    }
    if (current !== expected) throw new InputError(`${file}: changed on disk since it was read; nothing written, run the command again`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.casereport.tmp`);
  try {
    // 'wx': never truncate a file that happens to have the temporary name.
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    try {
      if (mode !== undefined) fchmodSync(fd, mode); // the umask must not narrow the author's permissions
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
