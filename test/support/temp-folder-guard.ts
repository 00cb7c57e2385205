/**
 * Every test cleans up the temporary files and folders it creates. The unit run gets a temporary
 * folder of its own (TMPDIR, which `os.tmpdir()` and child processes read); after the last test it
 * must be empty, or the run fails naming what was left. The folder is removed either way.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const systemTemp = tmpdir();
const runTemp = mkdtempSync(join(systemTemp, 'casereport-unit-run-'));
// Open to every user like the system's own (sticky): some tests run the CLI as another user.
chmodSync(runTemp, 0o1777);
process.env.TMPDIR = runTemp;

/** What the tests left in the run's temporary folder. */
export function leftovers(folder = runTemp): string[] {
  return readdirSync(folder).sort();
}

export const mochaHooks = {
  afterAll(): void {
    const left = leftovers();
    rmSync(runTemp, { recursive: true, force: true });
    process.env.TMPDIR = systemTemp;
    if (left.length > 0) {
      throw new Error(`tests left ${left.length} temporary item(s) behind: ${left.join(', ')}`);
    }
  },
};
