// ThirdPartyNotices.txt: the licence of every package esbuild put into a bundle, taken from the
// package's own licence files at build time (esbuild's `legalComments: 'none'` keeps them out of the
// bundles). Shipped in the .vsix beside package.json, as Microsoft's extensions do.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NOTICES_FILE = 'ThirdPartyNotices.txt';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.\-_].*)?$/i;
const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), 'licences');

/**
 * The packages whose files are inputs of the bundles (from esbuild's metafiles), one entry per
 * package folder, sorted by name and version.
 */
export function bundledPackages(metafiles) {
  const folders = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const path = input.replace(/\\/g, '/');
      if (path.includes('node_modules/')) folders.add(packageFolder(path));
    }
  }
  return [...folders]
    .map((folder) => {
      const json = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      return { folder, name: json.name, version: json.version, json };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The last node_modules segment names the package (a nested copy is a package of its own). */
function packageFolder(input) {
  const at = input.lastIndexOf('node_modules/');
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  return input.slice(0, at) + 'node_modules/' + (rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]);
}

/** The notices text for the bundles these metafiles describe. */
export function thirdPartyNotices(metafiles) {
  const packages = bundledPackages(metafiles);
  const lines = [
    'THIRD-PARTY SOFTWARE NOTICES AND INFORMATION',
    '',
    'Case Report Writer bundles the open-source packages below into its JavaScript files',
    '(dist/*.js: the extension, its analysis worker, the CLI and the parts they load when used).',
    'Each is used under the licence that follows its name, reproduced from the package as it was',
    'bundled.',
    '',
    ...packages.map((pkg, i) => `${i + 1}. ${pkg.name} ${pkg.version} (${licenceName(pkg.json)})${home(pkg.json) ? ` ${home(pkg.json)}` : ''}`),
    '',
  ];
  for (const pkg of packages) {
    lines.push(
      `%% ${pkg.name} ${pkg.version} NOTICES AND INFORMATION BEGIN HERE`,
      '=========================================',
      licenceText(pkg).trimEnd(),
      '=========================================',
      `END OF ${pkg.name} NOTICES AND INFORMATION`,
      '',
    );
  }
  return lines.join('\n');
}

/** Writes ThirdPartyNotices.txt into `root` (the folder vsce packages). */
export function writeThirdPartyNotices(metafiles, root = '.') {
  writeFileSync(join(root, NOTICES_FILE), thirdPartyNotices(metafiles));
}

function licenceName(json) {
  return typeof json.license === 'string' ? json.license : (json.license?.type ?? 'see below');
}

function home(json) {
  const repository = typeof json.repository === 'string' ? json.repository : json.repository?.url;
  const url = json.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url && /^[\w.-]+\/[\w.-]+$/.test(url) ? `https://github.com/${url}` : url; // the GitHub shorthand
}

/**
 * The package's licence files, in full. A package that ships none gets the standard text of the
 * licence its package.json declares, with its author as the holder, and says so; a licence without
 * a template fails the build rather than shipping without its notice.
 */
function licenceText(pkg) {
  const files = readdirSync(pkg.folder)
    .filter((name) => LICENCE_FILE.test(name))
    .sort();
  if (files.length > 0) return files.map((name) => readFileSync(join(pkg.folder, name), 'utf8').trimEnd()).join('\n\n');
  const licence = licenceName(pkg.json);
  let template;
  try {
    template = readFileSync(join(TEMPLATES, `${licence}.txt`), 'utf8');
  } catch {
    throw new Error(`${pkg.name} ${pkg.version} ships no licence file and scripts/licences/ has no ${licence}.txt: add the text of its licence there`);
  }
  const author = typeof pkg.json.author === 'string' ? pkg.json.author : pkg.json.author?.name;
  if (!author) throw new Error(`${pkg.name} ${pkg.version} ships no licence file and names no author to hold its ${licence} copyright`);
  return `(${pkg.name} ships no licence file; this is the ${licence} licence its package.json declares, with its author as the copyright holder.)\n\n${template.replace('{{holder}}', author)}`;
}
