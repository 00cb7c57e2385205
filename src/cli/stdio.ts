import { writeSync } from 'node:fs';

/** Where a command writes: its standard output and its standard error, as text. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Standard output could not be written (a full disk, a closed descriptor): the run fails, exit 2. */
export class OutputError extends Error {}

/** `fs.writeSync`'s shape, for the tests to stand in for it. */
export type WriteSync = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** The error codes that say nobody reads the descriptor any more (Windows says EOF for a broken pipe). */
const READER_GONE = new Set(['EPIPE', 'EOF', 'ECONNRESET']);
/** A non-blocking descriptor whose reader is behind: wait and try again. */
const FULL = new Set(['EAGAIN', 'EWOULDBLOCK']);
/** Text is encoded and written this many characters at a time (at most three bytes each). */
const SLICE = 1 << 20;
const PAUSE_MIN_MS = 0.1;
const PAUSE_MAX_MS = 20;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * A writer of text to a file descriptor, synchronous, each text written whole before it returns: no
 * queue of pending writes in memory (Node's process.stdout keeps every write a pipe cannot take at
 * once, tens of megabytes for a large report), nothing lost when the process exits. A non-blocking
 * descriptor that is full is waited for. When the reader has gone (`casereport check | head -1`),
 * the writer stops quietly, as grep and git do, and every later text is dropped; the command goes on
 * to exit with the status it would have had. Any other failure goes to `failed`.
 */
export function descriptorWriter(fd: number, failed: (error: NodeJS.ErrnoException) => void, write: WriteSync = writeSync): (text: string) => void {
  let gone = false;
  const writeBytes = (bytes: Uint8Array): void => {
    let offset = 0;
    let pause = PAUSE_MIN_MS;
    while (offset < bytes.length) {
      try {
        offset += write(fd, bytes, offset, bytes.length - offset);
        pause = PAUSE_MIN_MS;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (FULL.has(code)) {
          Atomics.wait(sleeper, 0, 0, pause);
          pause = Math.min(pause * 2, PAUSE_MAX_MS);
          continue;
        }
        gone = true;
        if (!READER_GONE.has(code)) failed(error as NodeJS.ErrnoException);
        return;
      }
    }
  };
  // One buffer for the writer's life, grown when a slice may need more: a new buffer for each of
  // the 400 pieces of 64 KB a check of 200,000 findings writes was a new block of memory each time.
  let buffer = Buffer.allocUnsafe(0);
  return (text) => {
    // A long text (a rendered page with its images) is encoded a slice at a time, never cutting a
    // surrogate pair, so that its bytes are never a second copy of the whole.
    for (let start = 0; start < text.length && !gone; ) {
      let end = Math.min(start + SLICE, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      // A UTF-16 code unit is at most three bytes of UTF-8 (a pair, two units, is four).
      if (buffer.length < (end - start) * 3) buffer = Buffer.allocUnsafe((end - start) * 3);
      const length = buffer.write(start === 0 && end === text.length ? text : text.slice(start, end), 0);
      writeBytes(buffer.subarray(0, length));
      start = end;
    }
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The process's standard output and error, written through the descriptors (never through
 * process.stdout, whose first use turns a pipe non-blocking and queues what it cannot take). Standard
 * output that cannot be written fails the run (the OutputError reaches `failure`); standard error
 * that cannot be written has nowhere left to tell it, and is dropped. A Windows console is the
 * exception: it is written in UTF-16 (WriteConsoleW, as Node's tty stream does), since UTF-8 bytes
 * written to it show in its code page, and a console neither queues much nor goes away.
 */
export function processIo(): Io {
  return {
    stdout: windowsConsole(1)
      ? (text) => void process.stdout.write(text)
      : descriptorWriter(1, (error) => {
          throw new OutputError(`the output cannot be written (${error.code ?? error.message})`);
        }),
    stderr: windowsConsole(2) ? (text) => void process.stderr.write(text) : descriptorWriter(2, () => undefined),
  };
}

function windowsConsole(fd: number): boolean {
  if (process.platform !== 'win32') return false;
  // Required here, not imported above: node:tty loads Node's stream and socket code (some 15 ms of
  // every start), which only Windows needs for this question.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}
