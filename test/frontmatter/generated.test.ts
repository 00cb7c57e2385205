import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '..', '..');
const generatedDir = join(root, 'src', 'core', 'frontmatter', 'generated');

describe('validators generated at build time', () => {
  it('are up to date with schemas/ (run `node scripts/generate-validators.mjs`)', async () => {
    // A dynamic import of the ES module generator; `Function` keeps TypeScript from turning it into require().
    const load = new Function('url', 'return import(url)') as (url: string) => Promise<{ generate(): Record<string, string> }>;
    const { generate } = await load(pathToFileURL(join(root, 'scripts', 'generate-validators.mjs')).href);
    for (const [name, text] of Object.entries(generate())) {
      assert.equal(readFileSync(join(generatedDir, name), 'utf8'), text, `${name} is stale`);
    }
  });

  it('contain no run-time code generation and load only ajv run-time helpers', () => {
    for (const name of ['case-report.js', 'house-style.js']) {
      const code = readFileSync(join(generatedDir, name), 'utf8');
      assert.doesNotMatch(code, /new Function|\beval\(/);
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      for (const module of required) assert.match(module, /^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats$)/);
    }
  });

  it('leave no schema compilation in the bundles (checked when `npm run build` has run)', function () {
    const bundles = ['extension.js', 'cli.js'].map((name) => join(root, 'dist', name)).filter((path) => existsSync(path));
    if (bundles.length === 0) this.skip();
    for (const bundle of bundles) {
      const code = readFileSync(bundle, 'utf8');
      assert.doesNotMatch(code, /new Function\(/, `${bundle} compiles code at run time`);
      assert.doesNotMatch(code, /ajv\/dist\/compile|ajv\/dist\/core/, `${bundle} bundles the ajv compiler`);
    }
  });

  it('every frontmatter property has a description and examples', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'case-report.schema.json'), 'utf8'));
    const properties = { ...schema.properties, ...schema.definitions.author.properties } as Record<string, { description?: string; examples?: unknown[] }>;
    for (const [key, value] of Object.entries(properties)) {
      assert.ok(value.description, `${key} has no description`);
      assert.ok(Array.isArray(value.examples) && value.examples.length > 0, `${key} has no examples`);
    }
  });
});
