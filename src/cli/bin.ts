/**
 * The `casereport` command (dist/cli.js, the package's bin): starts the CLI bundle beside it
 * (dist/cli-main.js) from V8's code cache of it (dist/cli-main.js.cache, written by the build),
 * so that a check does not compile the bundle's functions again on every start: about 40 ms of
 * each run, most of a small report's check. Nothing else of the CLI is here.
 *
 * The cache is used only for the bundle it was made from (it begins with a copy of the bundle's
 * bytes, compared with the bundle's own: V8 itself compares only the length of the source) and
 * only if this Node's V8 accepts it; otherwise the bundle is compiled as `require` would, and runs
 * the same. A copy compared (one memcmp) rather than a fingerprint computed: hashing the bundle's
 * megabyte in JavaScript, before V8 has optimised the loop, cost every start 10 to 30 ms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'cli-main.js');
const CACHE = `${BUNDLE}.cache`;

type CliModule = { exports: { main?: (argv: string[]) => Promise<number> } };

const script = compiled();
const cli: CliModule = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(BUNDLE), cli, BUNDLE, __dirname);
void cli.exports.main!(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
  // The build runs the CLI once with this set, after the bundle is written: the cache then holds
  // every function that run compiled, not only the bundle's outer level.
  if (process.env.CASEREPORT_WRITE_CODE_CACHE === '1') writeFileSync(CACHE, Buffer.concat([readFileSync(BUNDLE), script.createCachedData()]));
  // The command has written all it writes (src/cli/stdio.ts writes each text whole, synchronously)
  // and awaited all it started: the process ends now, without Node freeing its heap block by block
  // first (a check of 200,000 findings: some 15 ms of 180 MB). Not on Windows, where a console is
  // written through process.stdout, whose writes may still be queued.
  if (process.platform !== 'win32') process.exit();
});

/**
 * The bundle, compiled from its code cache when there is one for it. The bytes read (the bundle's,
 * and the cache's with its copy of them: 3 MB for a dev build) are not kept once it is compiled.
 */
function compiled(): Script {
  const bundle = readFileSync(BUNDLE);
  const cache = readCache(bundle);
  // CommonJS's wrapper (as `require` compiles a file); the bundle's `#!` line becomes a comment.
  return new Script(`(function (exports, require, module, __filename, __dirname) { ${bundle.toString('utf8').replace(/^#!/, '//')}\n})`, {
    filename: BUNDLE,
    cachedData: cache,
  });
}

/** The code cache of this very bundle (after the copy of the bundle it begins with), or nothing (none written, or written for another bundle). */
function readCache(bundle: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return bytes.length > bundle.length && bundle.equals(bytes.subarray(0, bundle.length)) ? bytes.subarray(bundle.length) : undefined;
}
