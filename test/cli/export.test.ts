import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocxFile } from '../export/docx-reader';
import { cliMain, inScratch, report, scratch } from './helpers';

const titleOf = (file: string) => new DocxFile(readFileSync(file)).paragraphs().find((p) => p.style === 'Title')?.text;

describe('casereport export --format docx', function () {
  this.timeout(30000);

  it('writes the manuscript beside the report, exit 0, nothing on stdout', async () => {
    await inScratch({ 'case.md': report('The lungs recovered.^1^') }, async (dir) => {
      const result = await cliMain(['export', '--format', 'docx', 'case.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, 'case.md: manuscript written to case.docx\n');
      assert.equal(titleOf(join(dir, 'case.docx')), 'Lupus and the lung');
      assert.deepEqual(readdirSync(dir).sort(), ['case.docx', 'case.md'], 'no temporary file left');
    });
  });

  it('writes to -o FILE, and several reports to --out-dir DIR (made when missing)', async () => {
    await inScratch({ 'a.md': report('A.^1^'), 'b.md': report('B.^2^') }, async (dir) => {
      assert.equal((await cliMain(['export', '--format=docx', '-o', 'manuscript.docx', 'a.md'], dir)).code, 0);
      assert.equal(titleOf(join(dir, 'manuscript.docx')), 'Lupus and the lung');
      const result = await cliMain(['export', '--format', 'docx', '--out-dir', 'out/submission', 'a.md', 'b.md'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(readdirSync(join(dir, 'out', 'submission')).sort(), ['a.docx', 'b.docx']);
    });
  });

  it('counts error-severity and patient-privacy findings on stderr, and still exports (exit 0)', async () => {
    await inScratch({ 'case.md': report('Mrs. Alvarez was seen on March 3, 2021 and cited a missing study.^9^') }, async (dir) => {
      const result = await cliMain(['export', '--format', 'docx', 'case.md'], dir);
      assert.equal(result.code, 0);
      const warning = result.stderr.split('\n')[0];
      assert.match(warning, /^case\.md: warning: 1 error and 2 patient-privacy findings \(phi-\*\); review the report before submitting it \(casereport check case\.md\)$/);
      assert.ok(existsSync(join(dir, 'case.docx')));
    });
  });

  it('exits 2 with one line and writes nothing on a usage or input failure', async () => {
    const { dir, cleanup } = scratch({ 'case.md': report('Fine.^1^') });
    mkdirSync(join(dir, 'sub'));
    try {
      const cases: [string[], RegExp][] = [
        [['export', 'case.md'], /"export" needs --format docx/],
        [['export', '--format', 'rtf', 'case.md'], /--format must be docx or pdf, not "rtf"/],
        [['export', '--format', 'html', 'case.md'], /--format must be docx or pdf, not "html"/],
        [['export', '--format', 'docx'], /needs at least one Markdown file/],
        [['export', '--format', 'docx', 'missing.md'], /missing\.md: no such file/],
        [['export', '--format', 'docx', 'case.md', 'missing.md'], /missing\.md: no such file/],
        [['export', '--format', 'docx', '-o', 'case.md', 'case.md'], /case\.md is one of the Markdown files being exported/],
        [['export', '--format', 'docx', '-o', 'x.docx', '--out-dir', 'sub', 'case.md'], /either -o FILE or --out-dir DIR/],
        [['export', '--format', 'docx', '--out-dir', 'case.md', 'case.md'], /case\.md: is not a folder/],
        [['export', '--format', 'docx', '--fragment', 'case.md'], /unknown option --fragment/],
        [['export', '--format', 'docx', '--profile', 'nope', 'case.md'], /unknown house style "nope"/],
      ];
      for (const [argv, message] of cases) {
        const result = await cliMain(argv, dir);
        assert.equal(result.code, 2, argv.join(' '));
        assert.match(result.stderr, message);
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.deepEqual(readdirSync(dir).sort(), ['case.md', 'sub'], `nothing written for ${argv.join(' ')}`);
      }
    } finally {
      cleanup();
    }
  });

  it('runs as a whole process from the bundle: exit 0 and a file LibreOffice-compatible readers open', async function () {
    const root = join(__dirname, '..', '..');
    const cliPath = join(root, 'dist', 'cli.js');
    if (!existsSync(cliPath)) {
      const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    await inScratch({}, async (dir) => {
      const out = join(dir, 'egpa.docx');
      const result = spawnSync(process.execPath, [cliPath, 'export', '--format', 'docx', '-o', out, 'examples/egpa-cardiac-tamponade.md'], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const docx = new DocxFile(readFileSync(out));
      assert.equal(docx.media().length, 3);
      assert.equal(titleOf(out), 'Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade');
      const usage = spawnSync(process.execPath, [cliPath, 'export', '--format', 'rtf', 'examples/egpa-cardiac-tamponade.md'], { cwd: root, encoding: 'utf8' });
      assert.equal(usage.status, 2);
    });
  });
});
