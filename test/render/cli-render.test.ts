import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { ensurePreviewAssets } from './assets';
import { FIXTURES } from './helpers';

/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('casereport render', () => {
  let dir: string;
  before(() => ensurePreviewAssets());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-render-'));
    copyFileSync(join(FIXTURES, 'calciphylaxis.md'), join(dir, 'case.md'));
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'thighs.png'), PNG);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a standalone page with -o: CSP with a nonce, the style and pager script carrying it, images embedded', () => {
    const out = join(dir, 'out', 'case.html');
    const result = cli(['render', '-o', out, join(dir, 'case.md')]);
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
    assert.match(csp, /default-src 'none'/);
    assert.ok(nonce.length >= 16);
    assert.ok(html.includes(`<style nonce="${nonce}">`) && html.includes(`<script nonce="${nonce}">`));
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'the pager script is the only script');
    assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo[^"]*" data-cr-image="1" alt="Figure 1\./);
    assert.match(html, /<span class="cr-image-missing"[^>]*>images\/ct-chest\.png not found<\/span><figcaption>/, 'a missing image is a box naming its file');
    assert.doesNotMatch(html, /<img src="images\/ct-chest\.png"/);
    assert.match(html, /<title>Case Report: Refractory Calciphylaxis in Lupus<\/title>/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /data-line=/);
  });

  it('uses a new nonce for every render', () => {
    const a = cli(['render', join(dir, 'case.md')]).stdout;
    const b = cli(['render', join(dir, 'case.md')]).stdout;
    assert.notEqual(/'nonce-([^']+)'/.exec(a)![1], /'nonce-([^']+)'/.exec(b)![1]);
  });

  it('turns a.md into DIR/a.html with --out-dir, for several files', () => {
    copyFileSync(join(dir, 'case.md'), join(dir, 'second.md'));
    const result = cli(['render', '--out-dir', join(dir, 'site'), join(dir, 'case.md'), join(dir, 'second.md')]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(dir, 'site', 'case.html')) && existsSync(join(dir, 'site', 'second.html')));
  });

  it('writes only the article with --fragment', () => {
    const result = cli(['render', '--fragment', join(dir, 'case.md')]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^<article class="cr-article"/);
    assert.doesNotMatch(result.stdout, /<html|<script|<style/);
  });

  it('exits 0 for a draft full of errors: the preview still renders', () => {
    writeFileSync(join(dir, 'draft.md'), 'No frontmatter, cites^9^ nothing.^4-2^\n');
    const result = cli(['render', '--fragment', join(dir, 'draft.md')]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /cr-cite-flagged/);
  });

  it('exits 2 on a missing file and writes nothing', () => {
    const out = join(dir, 'never.html');
    const result = cli(['render', '-o', out, join(dir, 'missing.md')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.md: no such file/);
    assert.ok(!existsSync(out));
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli(['render']).status, 2);
    assert.equal(cli(['render', '-o', join(dir, 'x.html'), join(dir, 'case.md'), join(dir, 'case.md')]).status, 2);
    assert.equal(cli(['render', join(dir, 'case.md'), join(dir, 'case.md')]).status, 2);
    assert.equal(cli(['render', '-o', 'a.html', '--out-dir', 'b', join(dir, 'case.md')]).status, 2);
    assert.equal(cli(['render', '--format', 'json', join(dir, 'case.md')]).status, 2);
  });
});
