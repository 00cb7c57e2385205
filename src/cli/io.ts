import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

/** Writes through a temporary file in the same folder and a rename, so a crash never leaves half a file. */
export function writeTextAtomically(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.casereport.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    const fd = openSync(temp, 'w', mode);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
