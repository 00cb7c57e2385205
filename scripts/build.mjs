// Bundles the extension, the analysis worker, the CLI and the preview (scripts/bundles.mjs), and
// writes ThirdPartyNotices.txt for the packages inside them.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { bundles } from './bundles.mjs';
import { writeCodeCache } from './code-cache.mjs';
import { writeGenerated } from './generate-validators.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
mkdirSync('dist', { recursive: true });
// Schema validators are compiled to plain code before bundling (no schema compilation at run time).
writeGenerated();

const builds = bundles({ production });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  // Generated from what was actually bundled, each package's own licence file (watch mode skips it).
  writeThirdPartyNotices(results.map((result) => result.metafile));
  // Made from the bundle just written (watch mode skips it: a stale cache is never used, src/cli/bin.ts).
  writeCodeCache();
}
