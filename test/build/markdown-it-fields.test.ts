import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';

const root = join(__dirname, '..', '..');
type Fields = { plainFields: (source: string, path?: string) => string; markdownItPlainFields: () => esbuild.Plugin };
const load = async () => (await import(join(root, 'scripts', 'markdown-it-fields.mjs'))) as Fields;

const SAMPLE = '# Title\n\nText *with* `code`, a [link](https://example.org "t") and <b>html</b>.^1^\n\n1. one\n2. two\n   - nested\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n```js\nx\n```\n';

/**
 * The bundles read markdown-it with its class fields as plain assignments (scripts/markdown-it-fields.mjs):
 * the same tokens, key for key, without the helper's `in` test and keyed store per field.
 */
describe('markdown-it class fields as plain assignments (bundles)', function () {
  this.timeout(60000);

  it('rewrites every field markdown-it declares on `this`, Token’s eight included', async () => {
    const { plainFields } = await load();
    for (const file of ['markdown-it.mjs', 'markdown-it.cjs.js']) {
      const source = readFileSync(join(root, 'node_modules', 'markdown-it', 'dist', file), 'utf8');
      const before = source.match(/_defineProperty\(\s*this\s*,/g)?.length ?? 0;
      assert.ok(before >= 30, `${file}: ${before} fields through the helper`);
      const out = plainFields(source, file);
      assert.doesNotMatch(out, /_defineProperty\(\s*this\s*,/);
      const token = /constructor\(type, tag, nesting\) \{([^}]*)\}/.exec(out)![1];
      for (const field of ['map = null', 'level = 0', 'children = null', 'content = ""', 'markup = ""', 'info = ""', 'block = false', 'hidden = false']) assert.ok(token.includes(`this.${field};`), `${file}: ${field}`);
    }
  });

  it('keeps other calls of the helper, and refuses a field it cannot read', async () => {
    const { plainFields } = await load();
    assert.equal(plainFields('_defineProperty(MarkdownIt, "Token", Token);'), '_defineProperty(MarkdownIt, "Token", Token);');
    assert.equal(plainFields('_defineProperty(this, /* c, (d) */ "x", f(1, [2, 3]));'), 'this.x = f(1, [2, 3]);');
    assert.throws(() => plainFields('_defineProperty(this, "x", `${y}`);'), /still goes through _defineProperty/);
  });

  it('every bundle of the build reads markdown-it through the plugin', async () => {
    const { bundles } = (await import(join(root, 'scripts', 'bundles.mjs'))) as { bundles: () => esbuild.BuildOptions[] };
    for (const options of bundles()) assert.ok(options.plugins?.some((plugin) => plugin.name === 'markdown-it-plain-fields'), String(options.entryPoints));
  });

  it('a bundle with the plugin makes the same tokens, keys in the same order, and the same HTML', async () => {
    const { markdownItPlainFields } = await load();
    const result = await esbuild.build({
      stdin: { contents: "import MarkdownIt from 'markdown-it'; export const md = () => new MarkdownIt('default', { html: true });", resolveDir: root, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      plugins: [markdownItPlainFields()],
      logLevel: 'silent',
    });
    const bundled = { exports: {} as { md: () => InstanceType<typeof MarkdownIt> } };
    new Function('module', 'exports', 'require', result.outputFiles[0].text)(bundled, bundled.exports, require);
    assert.doesNotMatch(result.outputFiles[0].text, /_defineProperty\(\s*this\s*,/);
    const plain = bundled.exports.md();
    const published = new MarkdownIt('default', { html: true });
    const shape = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>): unknown => tokens.map((t) => ({ keys: Object.keys(t), json: JSON.stringify(t), children: t.children && shape(t.children) }));
    assert.deepEqual(shape(plain.parse(SAMPLE, {})), shape(published.parse(SAMPLE, {})));
    assert.equal(plain.render(SAMPLE), published.render(SAMPLE));
  });
});
