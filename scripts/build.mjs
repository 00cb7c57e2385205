// Bundles the extension (Node, CommonJS, `vscode` external), the CLI and the preview's browser script.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { writeGenerated } from './generate-validators.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
mkdirSync('dist', { recursive: true });
// Schema validators are compiled to plain code before bundling (no schema compilation at run time).
writeGenerated();

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
  // citation-js's URL fetching is never used (libraries are read from files): no network code in the bundles.
  alias: { 'node-fetch': './scripts/shims/no-network.cjs', 'sync-fetch': './scripts/shims/no-network.cjs' },
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  // The analysis worker thread the extension starts on the first Markdown file (parse, rules, render).
  { ...common, entryPoints: ['src/extension/worker/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', platform: 'node', format: 'cjs', target: 'node18' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  // The preview's browser script (webview and exported pages) and its style sheet.
  { ...common, entryPoints: ['src/preview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2020', sourcemap: false },
  { ...common, entryPoints: ['src/preview/preview.css'], outfile: 'dist/preview.css', sourcemap: false },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
