// The extension host checks the `rules` of a house-style file against the rule codes, while the
// rules themselves run in the analysis worker. So that the host does not load every rule for their
// codes, its bundle gets `src/core/rules/codes.ts` as a literal list, computed here from the rules
// at build time: the codes stay written once, on the rules. Used by scripts/bundles.mjs.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The codes of ALL_RULES, in order, read from the rules themselves (bundled in memory and run). */
export async function ruleCodes() {
  const entry = join(root, 'src', 'core', 'rules', 'index.ts');
  const built = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    alias: { 'node-fetch': join(root, 'scripts', 'shims', 'no-network.cjs'), 'sync-fetch': join(root, 'scripts', 'shims', 'no-network.cjs') },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, createRequire(entry));
  return module.exports.ALL_RULES.map((rule) => rule.code);
}

/** An esbuild plugin that replaces src/core/rules/codes.ts by the literal list of codes (read anew on every build). */
export function inlineRuleCodes() {
  return {
    name: 'inline-rule-codes',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]core[\\/]rules[\\/]codes\.ts$/ }, async () => ({
        contents: `export const RULE_CODES = ${JSON.stringify(await ruleCodes())};`,
        loader: 'js',
      }));
    },
  };
}
