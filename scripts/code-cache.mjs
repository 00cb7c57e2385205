// Writes dist/cli-main.js.cache: V8's code cache of the CLI bundle, read by dist/cli.js at each
// start (src/cli/bin.ts). It is made by running the built CLI on the example report (a check, then
// a fix), so that it holds the functions those commands compile, not only the bundle's outer level.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const CACHE = 'dist/cli-main.js.cache';
const EXAMPLE = 'examples/egpa-cardiac-tamponade.md';

export function writeCodeCache() {
  rmSync(CACHE, { force: true });
  for (const command of ['check', 'fix']) {
    const run = spawnSync(process.execPath, ['dist/cli.js', command, EXAMPLE], { encoding: 'utf8', env: { ...process.env, CASEREPORT_WRITE_CODE_CACHE: '1' } });
    // check exits 1 when the report has an error; 2 is a failure.
    if (run.status !== 0 && run.status !== 1) throw new Error(`dist/cli.js ${command} ${EXAMPLE} failed (${run.status}): ${run.stderr}`);
  }
  if (!existsSync(CACHE)) throw new Error(`dist/cli.js wrote no ${CACHE}`);
}
