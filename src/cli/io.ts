import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

export interface Input {
  /** The file as named on the command line. */
  file: string;
  /** Its text, with a BOM kept so that `fix --write` writes it back. */
  raw: string;
}

/**
 * Reads every file before anything is printed or written, so a missing one fails the run first. A
 * file named twice, or by two names (a symbolic or hard link), is read once, under its first name.
 */
export function readInputs(files: string[]): Input[] {
  const seen = new Set<string>();
  const inputs: Input[] = [];
  for (const file of files) {
    const { text, identity } = readFile(file);
    if (seen.has(identity)) continue;
    seen.add(identity);
    inputs.push({ file, raw: text });
  }
  return inputs;
}

/** Reads a UTF-8 file; a missing, unreadable or non-UTF-8 file is an InputError with one line to say so. */
export function readText(file: string): string {
  return readFile(file).text;
}

function readFile(file: string): { text: string; identity: string } {
  let bytes: Buffer;
  let identity: string;
  try {
    // Non-blocking, and the type is checked on what was opened: a FIFO or a device is refused, never
    // read forever, even if the name was swapped for one after a check.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) throw new InputError(`${file}: is a directory, not a Markdown file`);
      if (!stats.isFile()) throw new InputError(`${file}: is not a regular file (a FIFO, socket or device); name a Markdown file`);
      identity = `${stats.dev}:${stats.ino}`;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? (error as Error).message})`);
  }
  try {
    // The decoder drops a BOM; keep it so that `fix --write` writes it back.
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const text = decoder.decode(bytes);
    return { text: hasBom ? `\ufeff${text}` : text, identity };
  } catch {
    throw new InputError(`${file}: is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}
