// What the build bundles: the extension (Node, CommonJS, `vscode` external), the analysis worker, the
// CLI, the parts they load only when used, and the preview's browser script and style sheet.
// scripts/build.mjs builds these; the third-party notices test bundles them again to see which
// packages end up inside.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { markdownItPlainFields } from './markdown-it-fields.mjs';
import { inlineRuleCodes } from './rule-codes.mjs';

/**
 * Code that a Node bundle requires only when it is used, kept in a bundle of its own beside it: a
 * `require()` of the entry becomes a `require()` of that file, so a process that never makes the
 * call never reads or compiles it (`casereport check` starts without docx or citation-js).
 */
const LAZY_PARTS = [
  // citation-js, required by the library parser (src/core/bibliography/parse.ts) on the first library a report names.
  { entry: 'src/core/bibliography/citation-js.ts', outfile: 'dist/citation-js.js' },
  // `casereport export` (src/cli/main.ts requires it for that command only): the docx library, the manuscript, the PDF printer.
  { entry: 'src/cli/export.ts', outfile: 'dist/cli-export.js' },
];

/** An esbuild plugin: each `require()` of a lazy part's entry (from another file) becomes a require of its bundle. */
function lazyParts() {
  const stem = (path) => path.replace(/\.[cm]?[jt]s$/, '');
  return {
    name: 'lazy-parts',
    setup(build) {
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      const parts = LAZY_PARTS.map((part) => ({ entry: stem(resolve(root, part.entry)), file: `./${basename(part.outfile)}` }));
      build.onResolve({ filter: /^\./ }, ({ path, resolveDir, kind }) => {
        if (kind !== 'require-call') return undefined;
        const part = parts.find((p) => p.entry === stem(resolve(resolveDir, path)));
        return part ? { path: part.file, external: true } : undefined;
      });
    },
  };
}

/** The package's version (package.json), which `casereport --version` and the SARIF driver give. */
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

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
    // markdown-it's class fields as plain assignments: a token without eight keyed helper calls (markdown-it-fields.mjs).
    plugins: [markdownItPlainFields()],
  };
  const node = {
    ...common,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    plugins: [...common.plugins, lazyParts()],
    // src/cli/main.ts's CASEREPORT_VERSION (run from the sources, without a build, it says 0.0.0-dev).
    define: { CASEREPORT_VERSION: JSON.stringify(VERSION) },
  };
  return [
    // The extension host checks house-style files against the rule codes without the rules (rule-codes.mjs).
    { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...node.plugins, inlineRuleCodes()] },
    // The export commands' work (docx, the PDF printer), required by the extension only when an export runs.
    { ...node, entryPoints: ['src/extension/export/run.ts'], outfile: 'dist/export.js', external: ['vscode'] },
    // The analysis worker thread the extension starts on the first Markdown file (parse, rules, render).
    { ...node, entryPoints: ['src/extension/worker/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' },
    // The CLI: `casereport` (dist/cli.js) starts the bundle of the commands (dist/cli-main.js) from its code cache (scripts/code-cache.mjs).
    { ...node, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', banner: { js: '#!/usr/bin/env node' } },
    ...LAZY_PARTS.map(({ entry, outfile }) => ({ ...node, entryPoints: [entry], outfile })),
    // The preview's browser script (webview and exported pages) and its style sheet.
    { ...common, entryPoints: ['src/preview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife', target: 'es2020', sourcemap: false },
    { ...common, entryPoints: ['src/preview/preview.css'], outfile: 'dist/preview.css', sourcemap: false },
  ];
}
