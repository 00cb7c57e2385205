import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');

/** Each bundle's packages and its requires of files beside it, from esbuild's metafile (built in memory). */
async function bundled(): Promise<Map<string, { packages: Set<string>; requires: string[] }>> {
  const { bundles } = (await import(join(root, 'scripts', 'bundles.mjs'))) as { bundles: () => esbuild.BuildOptions[] };
  const found = new Map<string, { packages: Set<string>; requires: string[] }>();
  for (const options of bundles()) {
    if (options.platform !== 'node') continue;
    const result = await esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    const [output] = Object.values(result.metafile!.outputs);
    const packages = new Set(Object.keys(output.inputs).flatMap((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []));
    const requires = output.imports.filter((i) => i.external && i.path.startsWith('./')).map((i) => i.path);
    found.set(options.outfile!, { packages, requires });
  }
  return found;
}

describe('bundles: what a command does not use is not loaded (scripts/bundles.mjs)', function () {
  this.timeout(120000);
  let bundles: Map<string, { packages: Set<string>; requires: string[] }>;

  before(async () => {
    bundles = await bundled();
  });

  it('dist/cli-main.js (the CLI dist/cli.js starts) holds neither docx nor citation-js: export and the library parser require them from files beside it', () => {
    assert.equal(bundles.get('dist/cli.js')!.packages.size, 0, 'dist/cli.js only starts dist/cli-main.js');
    const cli = bundles.get('dist/cli-main.js')!;
    for (const name of ['docx', '@citation-js/core', '@citation-js/plugin-bibtex']) assert.ok(!cli.packages.has(name), `${name} is not in dist/cli-main.js`);
    assert.ok(cli.packages.has('markdown-it') && cli.packages.has('yaml'), 'what check uses is bundled');
    assert.deepEqual([...cli.requires].sort(), ['./citation-js.js', './cli-export.js']);
    assert.ok(bundles.get('dist/cli-export.js')!.packages.has('docx'));
    assert.ok(bundles.get('dist/citation-js.js')!.packages.has('@citation-js/plugin-ris'));
  });

  it('the analysis worker and the extension export share dist/citation-js.js', () => {
    for (const file of ['dist/analysis-worker.js', 'dist/export.js']) {
      const bundle = bundles.get(file)!;
      assert.ok(!bundle.packages.has('@citation-js/core'), `citation-js is not in ${file}`);
      assert.deepEqual(bundle.requires, ['./citation-js.js'], file);
    }
  });

  it('every file a bundle requires beside it is a bundle of its own', () => {
    for (const [file, { requires }] of bundles) for (const path of requires) assert.ok(bundles.has(`dist/${path.slice(2)}`), `${file} requires ${path}`);
  });

  it("the built CLI's check loads neither node:crypto nor Node's stream modules (they cost every start some 10 ms)", function () {
    if (!existsSync(join(root, 'dist', 'cli.js'))) this.skip(); // npm run test:unit builds it first
    const dir = mkdtempSync(join(tmpdir(), 'casereport-modules-'));
    try {
      // Preloaded: at exit, the Node modules the process loaded, one a line, on standard error.
      const preload = join(dir, 'modules.cjs');
      writeFileSync(preload, "process.on('exit', () => require('node:fs').writeSync(2, process.moduleLoadList.join('\\n')));\n");
      const run = spawnSync(process.execPath, ['-r', preload, join(root, 'dist', 'cli.js'), 'check', 'test/fixtures/clean/lupus-alveolar-hemorrhage.md'], { cwd: root, encoding: 'utf8' });
      assert.equal(run.stdout, 'No problems in 1 file.\n');
      const modules = run.stderr.split('\n');
      assert.ok(modules.includes('NativeModule vm'), 'the list is the loaded modules');
      assert.deepEqual(modules.filter((m) => /^NativeModule (?:crypto|stream|internal\/streams\/readable)$/.test(m)), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built CLI checks a report with dist/cli.js and dist/cli-main.js alone, and reads a library with dist/citation-js.js beside them', function () {
    if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'dist', 'citation-js.js'))) this.skip(); // npm run test:unit builds it first
    const dir = mkdtempSync(join(tmpdir(), 'casereport-lazy-'));
    try {
      mkdirSync(join(dir, 'dist'));
      for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(root, 'dist', file), join(dir, 'dist', file));
      const check = (file: string) => spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'check', file], { cwd: root, encoding: 'utf8' });
      const plain = check('test/fixtures/clean/lupus-alveolar-hemorrhage.md');
      assert.equal(plain.stderr, '');
      assert.equal(plain.stdout, 'No problems in 1 file.\n');
      const library = 'test/fixtures/clean/library/calciphylaxis-lupus.md';
      const missing = check(library);
      assert.equal(missing.status, 2, 'without dist/citation-js.js a library cannot be read');
      assert.match(missing.stderr, /citation-js\.js/);
      copyFileSync(join(root, 'dist', 'citation-js.js'), join(dir, 'dist', 'citation-js.js'));
      const read = check(library);
      assert.equal(read.stderr, '');
      assert.equal(read.stdout, 'No problems in 1 file.\n');
      assert.equal(read.status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
