import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run } from '../../src/cli/main';
import { checkText } from '../../src/core/check';
import { nodeFiles } from '../../src/cli/config';
import { defaultConfig, type CheckConfig } from '../../src/core/config';
import { resolveHouseStyle } from '../../src/core/house-styles/load';
import { ALL_RULES } from '../../src/core/rules';
import { compareFindings, diskHost, markdownFiles, parseFixture } from '../helpers/fixtures';
import { sarifValidator } from '../helpers/sarif';

/**
 * Issue 13 point 8: old Mac line endings (a lone CR) and a mix of CR, LF and CR LF. SourceText
 * breaks lines where markdown-it breaks them, so every fixture keeps its inline expectations
 * (exact lines and columns) with those endings, and the command line prints every position as an
 * integer inside the document in text, JSON and SARIF (valid against the SARIF 2.1.0 schema).
 * Before, table-caption, limit-figures and reference-numbering printed `file:1:NaN`.
 */
const ENDINGS: Record<string, (text: string) => string> = {
  'lone CR': (text) => text.replace(/\r?\n/g, '\r'),
  // In turn LF, CR, CR LF: a CR is never followed by an LF of the next line (that would be one CR LF).
  'CR, LF and CR LF mixed': (text) => {
    let i = 0;
    return text.replace(/\r?\n/g, () => ['\n', '\r', '\r\n'][i++ % 3]);
  },
};

const FIXTURES = join(__dirname, '..', 'fixtures');
const OPTIONAL_ON = defaultConfig({ rules: { 'dose-error-prone': 'info' } });

/** The configuration a fixture is checked with, as in test/fixtures.test.ts: its folder's house style, or the optional rules on. */
function configOf(file: string): CheckConfig {
  if (/[\\/]optional[\\/]/.test(file)) return OPTIONAL_ON;
  const resolved = resolveHouseStyle({ documentPath: file, files: nodeFiles, knownRules: ALL_RULES.map((rule) => rule.code) });
  return resolved.files.length > 0 ? defaultConfig({ houseStyle: resolved.style }) : defaultConfig();
}

/** What is read of a SARIF log here: each result's rule and region. */
interface SarifLog {
  runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: unknown; startColumn: unknown; endLine: unknown; endColumn: unknown } } }[] }[] }[];
}

/** The document's lines as markdown-it and an editor split them. */
function linesOf(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n?|\n/);
}

/** A 1-based line and column (end exclusive) that names a place in the document. */
function assertInside(lines: string[], line: unknown, column: unknown, what: string): void {
  assert.ok(Number.isInteger(line) && Number.isInteger(column), `${what}: ${line}:${column} is not a pair of integers`);
  const l = line as number;
  const c = column as number;
  assert.ok(l >= 1 && l <= lines.length, `${what}: line ${l} outside 1-${lines.length}`);
  assert.ok(c >= 1 && c <= lines[l - 1].length + 1, `${what}: column ${c} outside line ${l} (${lines[l - 1].length} characters)`);
}

describe('lone CR and mixed line endings (issue 13 point 8) [slow]', function () {
  this.timeout(120_000);
  const fixtures = [...markdownFiles(join(FIXTURES, 'rules')), ...markdownFiles(join(FIXTURES, 'clean'))];

  for (const [ending, convert] of Object.entries(ENDINGS)) {
    it(`${ending}: every fixture gives exactly its inline expectations`, () => {
      const problems: string[] = [];
      for (const file of fixtures) {
        const { text, expectations } = parseFixture(readFileSync(file, 'utf8'));
        const { findings } = checkText(convert(text), configOf(file), diskHost, file);
        problems.push(...compareFindings(findings, expectations).map((problem) => `${file.slice(file.indexOf('fixtures'))}: ${problem}`));
      }
      assert.deepEqual(problems, []);
    });
  }

  describe('the command line', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'casereport-line-endings-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    const files = [...fixtures, ...markdownFiles(join(FIXTURES, 'precision')), ...markdownFiles(join(__dirname, '..', '..', 'examples'))];

    it('table-caption, limit-figures and reference-numbering (NaN columns before) at the lines and columns of the LF file', () => {
      const figures = [1, 2, 3, 4, 5, 6, 7].flatMap((n) => [`![Figure ${n}. Panel ${n}.](f${n}.png)`, '']);
      const lf = [
        '---', 'title: A case', 'authors:', '  - name: A', '---', '',
        `Seen in Figures 1-7 and Table 1.^1,2^`, '', ...figures,
        '| Test | Value |', '| --- | --- |', '| Na | 140 |', '',
        '## References', '', '1. Alpha A. First. J. 2001;1:2.', '3. Beta B. Second. J. 2002;2:3.', '',
      ].join('\n');
      const file = join(dir, 'trio.md');
      const json = (text: string) => {
        writeFileSync(file, text);
        let stdout = '';
        run(['check', '--format', 'json', file], { stdout: (t) => (stdout += t), stderr: () => undefined });
        return JSON.parse(stdout) as { code: string; line: number; column: number }[];
      };
      const expected = json(lf);
      for (const code of ['table-caption', 'limit-figures', 'reference-numbering']) assert.ok(expected.some((f) => f.code === code), `the LF file reports ${code}`);
      for (const [ending, convert] of Object.entries(ENDINGS)) assert.deepEqual(json(convert(lf)), expected, ending);
    });

    for (const [ending, convert] of Object.entries(ENDINGS)) {
      it(`${ending}: text, JSON and SARIF positions are integers inside the document; SARIF is valid`, () => {
        const validate = sarifValidator();
        let findings = 0;
        for (const source of files) {
          const text = convert(readFileSync(source, 'utf8'));
          const lines = linesOf(text);
          const file = join(dir, basename(source));
          writeFileSync(file, text);
          const output = (format: string) => {
            let stdout = '';
            let stderr = '';
            const status = run(['check', '--format', format, file], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
            assert.ok(status === 0 || status === 1, `${source} (${format}): exit ${status} ${stderr.slice(0, 300)}`);
            return stdout;
          };

          const json = JSON.parse(output('json')) as { line: unknown; column: unknown; endLine: unknown; endColumn: unknown; code: string }[];
          for (const f of json) {
            assertInside(lines, f.line, f.column, `${source} JSON ${f.code} start`);
            assertInside(lines, f.endLine, f.endColumn, `${source} JSON ${f.code} end`);
          }
          findings += json.length;

          const printed = output('text').split('\n').filter((line) => line.startsWith(`${file}:`));
          assert.equal(printed.length, json.length, `${source}: one text line per finding`);
          for (const line of printed) {
            const position = /^.*?:(\d+):(\d+): (?:error|warning|info) /.exec(line.slice(file.length));
            assert.ok(position, `${source} text: ${line}`);
            assertInside(lines, Number(position[1]), Number(position[2]), `${source} text`);
          }

          const sarif: SarifLog = JSON.parse(output('sarif'));
          assert.ok(validate(sarif), `${source} SARIF: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
          const results = sarif.runs[0].results;
          assert.equal(results.length, json.length, `${source}: one SARIF result per finding`);
          for (const result of results) {
            const region = result.locations[0].physicalLocation.region;
            assertInside(lines, region.startLine, region.startColumn, `${source} SARIF ${result.ruleId} start`);
            assertInside(lines, region.endLine, region.endColumn, `${source} SARIF ${result.ruleId} end`);
          }
        }
        assert.ok(findings > 100, `only ${findings} findings: the fixtures should report many`);
      });
    }
  });
});
