import { readFileSync, statSync } from 'node:fs';

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
