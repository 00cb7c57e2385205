import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the front door of the engine (src/core/index.ts)', () => {
  it('is the only module of src/core that the CLI, the extension and the Node host import', () => {
    const deep: string[] = [];
    for (const file of ['cli', 'extension', 'node'].flatMap((folder) => typeScriptFiles(join(root, 'src', folder)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|\bimport\('([^']+)'\)/g)) {
        const specifier = match[1] ?? match[2];
        if (/(?:^|\/)core\/./.test(specifier)) deep.push(`${relative(root, file)}: ${specifier}`);
      }
    }
    assert.deepEqual(deep, [], 'import these through src/core/index.ts');
  });
});

describe('the layers of src/ (cli, extension and node)', () => {
  it('the extension imports nothing from src/cli/, and src/node/ neither of them: helpers both use live in src/node/', () => {
    const crossing: string[] = [];
    for (const [folder, forbidden] of [['extension', /(?:^|\/)cli(?:\/|$)/], ['node', /(?:^|\/)(?:cli|extension)(?:\/|$)/]] as const) {
      for (const file of typeScriptFiles(join(root, 'src', folder))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|\bimport\('([^']+)'\)|\brequire\('([^']+)'\)/g)) {
          const specifier = match[1] ?? match[2] ?? match[3];
          if (specifier.startsWith('.') && forbidden.test(specifier)) crossing.push(`${relative(root, file)}: ${specifier}`);
        }
      }
    }
    assert.deepEqual(crossing, []);
  });
});
