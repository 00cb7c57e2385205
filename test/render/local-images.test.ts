import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeImageFiles } from '../../src/node/image-files';
import { run } from '../../src/cli/main';
import { checkLocalImage, imageType, isInside, MAX_IMAGE_BYTES } from '../../src/core/render/local-images';
import { ensurePreviewAssets } from './assets';
import { launchChromium } from './browser';

/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('render: which local images a page embeds', () => {
  let dir: string;
  let project: string;
  let report: string;
  before(() => ensurePreviewAssets());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casereport-images-'));
    project = join(dir, 'project');
    report = join(project, 'reports');
    mkdirSync(join(report, 'images'), { recursive: true });
    mkdirSync(join(project, 'figures'));
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'id_ed25519'), KEY);
    writeFileSync(join(dir, 'private', 'photo.png'), PNG);
    writeFileSync(join(report, 'images', 'thighs.png'), PNG);
    writeFileSync(join(project, 'figures', 'shared.png'), PNG);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const where = () => ({ folder: report, roots: [project] });

  it('accepts an image in the report folder or the workspace, and a symlink that stays inside', () => {
    symlinkSync(join(report, 'images', 'thighs.png'), join(report, 'alias.png'));
    for (const src of ['images/thighs.png', './images/thighs.png', '../figures/shared.png', 'images/thighs.png?v=2#x', 'alias.png', encodeURI(join(report, 'images', 'thighs.png'))]) {
      const image = checkLocalImage(nodeImageFiles, where(), src);
      assert.ok(image.ok, `${src}: ${!image.ok && image.reason}`);
    }
  });

  it('refuses files outside the folder and workspace: ../, absolute paths, symlinks pointing out', () => {
    symlinkSync(join(dir, 'private', 'id_ed25519'), join(report, 'fig2.png'));
    symlinkSync(join(dir, 'private'), join(report, 'linked'));
    const cases: [string, RegExp][] = [
      ['../../private/photo.png', /outside the report's folder and workspace/],
      [join(dir, 'private', 'photo.png'), /outside/],
      ['fig2.png', /outside/],
      ['linked/photo.png', /outside/],
      ['images/../../../private/photo.png', /outside/],
      ['images/%2e%2e/%2e%2e/%2e%2e/private/photo.png', /outside/],
    ];
    for (const [src, reason] of cases) {
      const image = checkLocalImage(nodeImageFiles, where(), src);
      assert.ok(!image.ok, src);
      assert.match(image.reason, reason, src);
    }
    // Without the workspace, a sibling folder of the report is outside too.
    assert.ok(!checkLocalImage(nodeImageFiles, { folder: report, roots: [] }, '../figures/shared.png').ok);
  });

  it('refuses bytes that are not the image the extension names, and folders', () => {
    writeFileSync(join(report, 'key.png'), KEY);
    writeFileSync(join(report, 'photo.png'), JPEG);
    writeFileSync(join(report, 'photo.jpg'), JPEG);
    mkdirSync(join(report, 'dir.png'));
    assert.match((checkLocalImage(nodeImageFiles, where(), 'key.png') as { reason: string }).reason, /not a PNG image/);
    assert.match((checkLocalImage(nodeImageFiles, where(), 'photo.png') as { reason: string }).reason, /not a PNG image/);
    assert.ok(checkLocalImage(nodeImageFiles, where(), 'photo.jpg').ok);
    assert.match((checkLocalImage(nodeImageFiles, where(), 'dir.png') as { reason: string }).reason, /not a regular file/);
    assert.match((checkLocalImage(nodeImageFiles, where(), 'notes.txt') as { reason: string }).reason, /not an image file/);
  });

  it('recognises each image type by its magic number', () => {
    const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    assert.equal(imageType(PNG), 'image/png');
    assert.equal(imageType(JPEG), 'image/jpeg');
    assert.equal(imageType(bytes('GIF89a\x01\x00')), 'image/gif');
    assert.equal(imageType(bytes('RIFF\x10\x00\x00\x00WEBPVP8 ')), 'image/webp');
    assert.equal(imageType(bytes('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00')), 'image/avif');
    assert.equal(imageType(bytes('\xef\xbb\xbf<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')), 'image/svg+xml');
    assert.equal(imageType(bytes(KEY)), undefined);
    assert.equal(imageType(bytes('<html><body>no picture</body></html>')), undefined);
    assert.equal(imageType(new Uint8Array()), undefined);
    assert.ok(isInside('/a/b/c.png', '/a/b') && isInside('C:\\a\\b\\c.png', 'C:\\a\\b') && !isInside('/a/bc/d.png', '/a/b'));
  });

  it('render leaves a symlinked private key out of the page, as a link with a warning on stderr', () => {
    symlinkSync(join(dir, 'private', 'id_ed25519'), join(report, 'fig2.png'));
    writeFileSync(join(report, 'case.md'), '# Case\n\n![Figure 1. Thighs.](images/thighs.png)\n\n![Figure 2. Key.](fig2.png)\n\n![Figure 3. Abs.](' + join(dir, 'private', 'photo.png') + ')\n\n<img src="../../private/photo.png">\n');
    const result = cli(['render', join(report, 'case.md')]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!result.stdout.includes(Buffer.from(KEY).toString('base64').slice(0, 40)), 'the key is not in the page');
    assert.equal((result.stdout.match(/data:image\/png;base64,/g) ?? []).length, 1, 'only the image inside the folder');
    assert.match(result.stdout, /<img src="fig2\.png" alt="Figure 2\. Key\."/);
    assert.match(result.stderr, /case\.md: image "fig2\.png" not embedded: outside the report's folder and workspace/);
    assert.match(result.stderr, /image "\.\.\/\.\.\/private\/photo\.png" not embedded: outside/);
    assert.equal(result.stderr.trim().split('\n').length, 3, result.stderr);
  });

  it('render links an image over 20 MB instead of embedding it, with a warning', () => {
    writeFileSync(join(report, 'big.png'), PNG);
    truncateSync(join(report, 'big.png'), MAX_IMAGE_BYTES + 1);
    writeFileSync(join(report, 'case.md'), '# Case\n\n![Figure 1. Big.](big.png)\n');
    const result = cli(['render', '--fragment', join(report, 'case.md')]);
    assert.match(result.stdout, /<img src="big\.png"/);
    assert.match(result.stderr, /image "big\.png" not embedded: larger than 20 MB/);
  });

  it('render embeds an image shown 30 times once; the page script gives the copies its source (headless Chromium) [chromium]', async function () {
    this.timeout(60_000);
    const figures = Array.from({ length: 30 }, (_, i) => `![Figure ${i + 1}. Again.](images/thighs.png)`).join('\n\n');
    writeFileSync(join(report, 'case.md'), `# Case\n\n${figures}\n\n<img src="./images/thighs.png" alt="raw">\n`);
    const out = join(dir, 'case.html');
    assert.equal(cli(['render', '-o', out, join(report, 'case.md')]).status, 0);
    const html = readFileSync(out, 'utf8');
    assert.equal((html.match(/data:image\/png;base64,/g) ?? []).length, 1);
    assert.equal((html.match(/data-cr-image="1"/g) ?? []).length, 31);
    const browser = await launchChromium(this);
    try {
      const page = await browser.newPage();
      await page.goto(`file://${out}`);
      await page.evaluate(() => document.querySelector('.cr-article')?.classList.add('cr-single'));
      const loaded = await page.evaluate(async () => {
        const images = Array.from(document.images);
        await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
        return images.map((img) => img.naturalWidth);
      });
      assert.deepEqual(loaded, Array(31).fill(1));
    } finally {
      await browser.close();
    }
  });
});
