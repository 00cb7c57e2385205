import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = join(__dirname, '..', '..');

interface Bundled {
  name: string;
  version: string;
  folder: string;
  json: { author?: string | { name?: string } };
}

/** Every package with a file in a bundle, found from esbuild's metafile: the nearest package.json above each input. */
async function bundledPackages(): Promise<Bundled[]> {
  const { bundles } = (await import(join(root, 'scripts', 'bundles.mjs'))) as { bundles: () => esbuild.BuildOptions[] };
  const found = new Map<string, Bundled>();
  for (const options of bundles()) {
    const result = await esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
    for (const input of Object.keys(result.metafile!.inputs)) {
      if (!input.includes('node_modules')) continue;
      let folder = dirname(resolve(root, input));
      while (!existsSync(join(folder, 'package.json')) || !JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name) folder = dirname(folder);
      const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      found.set(folder, { name: json.name, version: json.version, folder, json });
    }
  }
  return [...found.values()];
}

describe('ThirdPartyNotices.txt (the licences of the bundled packages, in the .vsix)', function () {
  this.timeout(60000);
  const file = join(root, 'ThirdPartyNotices.txt');
  let notices: string;
  let packages: Bundled[];

  before(async () => {
    if (!existsSync(file)) {
      const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    notices = readFileSync(file, 'utf8');
    packages = await bundledPackages();
  });

  it('finds the packages it must name (the bundles do hold third-party code)', () => {
    const names = packages.map((p) => p.name);
    for (const name of ['markdown-it', 'yaml', '@citation-js/core']) assert.ok(names.includes(name), `${name} is bundled: ${names.join(', ')}`);
  });

  it("names every bundled package with its version and carries its licence file's text in full", () => {
    for (const pkg of packages) {
      const header = `%% ${pkg.name} ${pkg.version} NOTICES AND INFORMATION BEGIN HERE\n`;
      assert.ok(notices.includes(header), `${pkg.name} ${pkg.version} is in ThirdPartyNotices.txt`);
      const section = notices.slice(notices.indexOf(header), notices.indexOf(`END OF ${pkg.name} NOTICES`));
      const licences = readdirSync(pkg.folder).filter((name) => /^(licen[cs]e|copying)/i.test(name));
      if (licences.length > 0) {
        for (const licence of licences) assert.ok(section.includes(readFileSync(join(pkg.folder, licence), 'utf8').trim()), `${pkg.name}: ${licence} in full`);
      } else {
        const author = typeof pkg.json.author === 'string' ? pkg.json.author : pkg.json.author?.name;
        assert.match(section, /ships no licence file/, pkg.name);
        assert.ok(section.includes(`Copyright (c) ${author}`), `${pkg.name}: its author holds the copyright`);
      }
    }
  });

  it('names nothing that is not bundled (no hand-kept list)', () => {
    const listed = [...notices.matchAll(/^%% (\S+) (\S+) NOTICES AND INFORMATION BEGIN HERE$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
    assert.deepEqual(listed, [...new Set(packages.map((p) => `${p.name} ${p.version}`))].sort());
  });

  it('is packaged into the .vsix', async () => {
    const vsce = require('@vscode/vsce') as { listFiles: (options: { cwd: string; packageManager: string }) => Promise<string[]>; PackageManager: { None: string } };
    const files = await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None });
    assert.ok(files.includes('ThirdPartyNotices.txt'), files.join(', '));
  });
});
