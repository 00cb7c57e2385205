// What the build bundles: the extension (Node, CommonJS, `vscode` external), the analysis worker, the
// CLI and the preview's browser script and style sheet. scripts/build.mjs builds these; the
// third-party notices test bundles them again to see which packages end up inside.
import { inlineRuleCodes } from './rule-codes.mjs';

/** The esbuild options of every bundle. */
export function bundles({ production = false } = {}) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    // The licence texts of bundled packages are shipped once, in ThirdPartyNotices.txt (scripts/third-party-notices.mjs).
    legalComments: 'none',
    // citation-js's URL fetching is never used (libraries are read from files): no network code in the bundles.
    alias: { 'node-fetch': './scripts/shims/no-network.cjs', 'sync-fetch': './scripts/shims/no-network.cjs' },
  };
  return [
    // The extension host checks house-style files against the rule codes without the rules (rule-codes.mjs).
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [inlineRuleCodes()] },
    // The export commands' work (docx, the PDF printer), required by the extension only when an export runs.
    { ...common, entryPoints: ['src/extension/export/run.ts'], outfile: 'dist/export.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
    // The analysis worker thread the extension starts on the first Markdown file (parse, rules, render).
    { ...common, entryPoints: ['src/extension/worker/analysis-worker.ts'], outfile: 'dist/analysis-worker.js', platform: 'node', format: 'cjs', target: 'node18' },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
    // The preview's browser script (webview and exported pages) and its style sheet.
    { ...common, entryPoints: ['src/preview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2020', sourcemap: false },
    { ...common, entryPoints: ['src/preview/preview.css'], outfile: 'dist/preview.css', sourcemap: false },
  ];
}
