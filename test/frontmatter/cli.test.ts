import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { VALID, withLine } from './helpers';

const BODY = ['', '## Introduction', '', 'Calciphylaxis is rare.', '', '## Case Presentation', '', 'A woman presented with painful ulcers.', '', '## Discussion', '', 'Wound care matters most.', ''];

function cli(argv: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('casereport check --format json: frontmatter cases, each reported once on the right line', () => {
  let folder: string;
  before(() => (folder = mkdtempSync(join(tmpdir(), 'casereport-fm-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  const cases: [string, string, string, number][] = [
    ['missing top-level key', ['---', ...withLine('title:'), '---'].join('\n'), 'frontmatter-schema', 1],
    ['bad e-mail', ['---', ...withLine('    email:', '    email: jkim@example'), '---'].join('\n'), 'frontmatter-schema', 8],
    ['bad ORCID', ['---', ...withLine('    orcid:', '    orcid: 0000-0002-1825-009'), '---'].join('\n'), 'frontmatter-schema', 9],
    ['second author without a name', ['---', ...withLine('  - name: Irene Blanco', '  - affiliation: Montefiore'), '---'].join('\n'), 'frontmatter-schema', 11],
    ['date in the wrong shape', ['---', ...withLine('date:', 'date: 05/17/2018'), '---'].join('\n'), 'frontmatter-schema', 14],
    ['unknown category', ['---', ...withLine('category:', 'category: Lupus'), '---'].join('\n'), 'frontmatter-schema', 15],
    ['too few keywords', ['---', ...withLine('keywords:', 'keywords: [calciphylaxis]'), '---'].join('\n'), 'frontmatter-schema', 17],
    ['unknown key', ['---', ...VALID, 'reviewer: Dr. Chen', '---'].join('\n'), 'frontmatter-schema', 22],
    ['broken YAML', ['---', ...withLine('title:', 'title: "Refractory Calciphylaxis'), '---'].join('\n'), 'frontmatter-syntax', 22],
    ['no frontmatter', '# Refractory Calciphylaxis in Lupus', 'frontmatter-missing', 1],
  ];

  for (const [name, head, code, line] of cases) {
    it(name, () => {
      const file = join(folder, `${name.replace(/\W+/g, '-')}.md`);
      writeFileSync(file, [head, ...BODY].join('\n'));
      const { status, stdout } = cli(['check', '--format', 'json', file]);
      const findings = (JSON.parse(stdout) as { code: string; line: number; severity: string }[]).filter((f) => f.code.startsWith('frontmatter-'));
      assert.deepEqual(findings.map((f) => [f.code, f.line]), [[code, line]], stdout);
      assert.equal(status, findings[0].severity === 'error' ? 1 : status);
    });
  }

  it('the unknown key is a warning, the rest errors', () => {
    const file = join(folder, 'unknown.md');
    writeFileSync(file, ['---', ...VALID, 'reviewer: Dr. Chen', '---', ...BODY].join('\n'));
    const findings = JSON.parse(cli(['check', '--format', 'json', file]).stdout) as { code: string; severity: string }[];
    assert.deepEqual(findings.filter((f) => f.code === 'frontmatter-schema').map((f) => f.severity), ['warning']);
  });

  it('CRLF files report the same lines and columns', () => {
    const file = join(folder, 'crlf.md');
    writeFileSync(file, ['---', ...withLine('    email:', '    email: jkim@'), '---', ...BODY].join('\r\n'));
    const findings = JSON.parse(cli(['check', '--format', 'json', file]).stdout) as { code: string; line: number; column: number; endColumn: number }[];
    assert.deepEqual(findings.filter((f) => f.code === 'frontmatter-schema').map((f) => [f.line, f.column, f.endColumn]), [[8, 12, 17]]);
  });
});

describe('casereport --profile and --config', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'casereport-hs-'));
    mkdirSync(join(folder, 'journal', 'drafts'), { recursive: true });
    writeFileSync(join(folder, 'journal', '.casereport.yaml'), 'extends: magazine\ncategories: [Nephrology, Dermatology]\n');
    writeFileSync(join(folder, 'journal', 'drafts', 'case.md'), ['---', ...withLine('category:', 'category: Nephrology'), '---', ...BODY].join('\n'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const codes = (stdout: string) => (JSON.parse(stdout) as { code: string; message: string }[]).filter((f) => f.code.startsWith('frontmatter-')).map((f) => f.message);

  it('the nearest house-style file sets the categories', () => {
    const { stdout } = cli(['check', '--format', 'json', join(folder, 'journal', 'drafts', 'case.md')]);
    assert.deepEqual(codes(stdout), []);
  });

  it('--profile replaces the lookup with a preset', () => {
    const { stdout } = cli(['check', '--format', 'json', '--profile', 'magazine', join(folder, 'journal', 'drafts', 'case.md')]);
    assert.deepEqual(codes(stdout), ["`category` must be one of the house style's categories, not `Nephrology`"]);
  });

  it('--config names the house-style file', () => {
    const config = join(folder, 'other.json');
    writeFileSync(config, JSON.stringify({ extends: 'care' }));
    const { stdout } = cli(['check', '--format', 'json', '--config', config, join(folder, 'journal', 'drafts', 'case.md')]);
    assert.deepEqual(codes(stdout), []);
  });

  it('usage and input failures exit 2 with one clear message', () => {
    const file = join(folder, 'journal', 'drafts', 'case.md');
    const unknown = cli(['check', '--profile', 'nature', file]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown house style "nature"; the built-in ones are magazine, care, brief/);
    assert.equal(cli(['check', '--profile', 'care', '--config', 'x.json', file]).status, 2);
    const missing = cli(['check', '--config', join(folder, 'nope.json'), file]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such house-style file/);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"limits": {"words": -5}}');
    const bad = cli(['check', '--config', broken, file]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /broken.json:1:22: error: `limits.words` must be at least 1/);
  });

  it('fix accepts the same options', () => {
    assert.notEqual(cli(['fix', '--profile', 'brief', join(folder, 'journal', 'drafts', 'case.md')]).status, 2);
  });
});
