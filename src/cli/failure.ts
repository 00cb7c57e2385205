import { UsageError } from './args';
import { InputError } from './io';
import { OutputError } from './stdio';

/**
 * The exit status of a failed command, its one line printed: 2 for a usage, input or output failure, and
 * for anything unexpected (then with its stack). `casereport export` is a bundle of its own
 * (dist/cli-export.js, with its own copies of these classes), so it reports its failures itself.
 */
export function failure(error: unknown, stderr: (text: string) => void): number {
  if (error instanceof UsageError) {
    // One line, as for input failures; the full usage is one `--help` away.
    stderr(`casereport: ${error.message} (see casereport --help)\n`);
    return 2;
  }
  if (error instanceof InputError || error instanceof OutputError) {
    stderr(`casereport: ${error.message}\n`);
    return 2;
  }
  stderr(`casereport: internal error: ${(error as Error).stack ?? String(error)}\n`);
  return 2;
}
