import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, checkTextUnplaced, defaultConfig, type Finding, type Written } from '../../src/core';
import { writeText } from '../../src/cli/format/text';
import { writeJson } from '../../src/cli/format/json';
import { writeSarif } from '../../src/cli/format/sarif';
import type { Log } from 'sarif';
import { eachWritten, type FileFindings } from '../../src/cli/report';
import { diskHost, markdownFiles } from '../helpers/fixtures';
import { sarifValidator } from '../helpers/sarif';

/** Results whose findings carry their ranges (as `fix` gives them). */
type Placed = { file: string; findings: Finding[] };

const finding = fc.record({
  code: fc.constantFrom('citation-order', 'figure-order', 'no-such-rule'),
  severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Finding['severity']>,
  message: fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `${s} "quoted" \\ back\nslash\t${s}`),
  line: fc.nat(5000),
  character: fc.nat(200),
}).map(({ code, severity, message, line, character }): Finding => ({
  code,
  severity,
  message,
  start: 0,
  end: 0,
  range: { start: { line, character }, end: { line: line + 1, character } },
  fixes: [],
}));
const results = fc.array(fc.record({ file: fc.constantFrom('a.md', 'dir/b c.md', 'ü/ä.md'), findings: fc.array(finding, { maxLength: 6 }) }), { maxLength: 3 });

/** A file's findings as a writer reads them, each copied out of the list. */
function copies(result: FileFindings): Written[] {
  const all: Written[] = [];
  eachWritten(result, (f) => all.push({ ...f }));
  return all;
}

/** The pieces a writer hands on, and all of them. */
function written(write: (out: (text: string) => void) => void): { pieces: string[]; text: string } {
  const pieces: string[] = [];
  write((piece) => pieces.push(piece));
  return { pieces, text: pieces.join('') };
}

describe('check --format json and sarif: written in pieces, the bytes of JSON.stringify', function () {
  this.timeout(60000);
  it('JSON: the array JSON.stringify writes of the findings, every file in order', () => {
    fc.assert(
      fc.property(results, (files: Placed[]) => {
        const { text } = written((out) => writeJson(files, out));
        const parsed = JSON.parse(text) as Record<string, unknown>[];
        assert.equal(text, `${JSON.stringify(parsed)}\n`);
        const expected = files.flatMap(({ file, findings }) =>
          findings.map((f) => ({ file, line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, severity: f.severity, code: f.code, message: f.message })),
        );
        assert.deepEqual(parsed, expected);
      }),
    );
  });

  it('SARIF: the log JSON.stringify writes with two spaces, valid against the SARIF 2.1.0 schema, one result per finding', () => {
    const validate = sarifValidator();
    fc.assert(
      fc.property(results, (files: Placed[]) => {
        const { text } = written((out) => writeSarif(files, '1.2.3', out));
        const log = JSON.parse(text) as Log;
        assert.equal(text, `${JSON.stringify(log, null, 2)}\n`);
        assert.ok(validate(log), JSON.stringify(validate.errors));
        const all = files.flatMap(({ file, findings }) => findings.map((f) => ({ file, f })));
        const got = log.runs[0].results!;
        assert.equal(got.length, all.length);
        got.forEach((result, i) => {
          assert.equal(result.ruleId, all[i].f.code);
          assert.equal(result.message.text, all[i].f.message);
          const location = result.locations![0].physicalLocation!;
          assert.equal(location.region!.startLine, all[i].f.range.start.line + 1);
          assert.equal(location.region!.endColumn, all[i].f.range.end.character + 1);
          assert.equal(decodeURIComponent(location.artifactLocation!.uri!), all[i].file);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('text: each finding as `file:line:column: severity message [code]`, whatever the files and lines (the head of a line reused on its line only)', () => {
    fc.assert(
      fc.property(results, (files: Placed[]) => {
        // Lines repeated, as many findings share a line.
        const onLines = files.map(({ file, findings }) => ({ file, findings: findings.map((f, i) => (i % 2 === 1 ? { ...f, range: { ...f.range, start: { ...f.range.start, line: findings[i - 1].range.start.line } } } : f)) }));
        const lines = onLines.flatMap(({ file, findings }) => findings.map((f) => `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message} [${f.code}]\n`));
        const { text } = written((out) => writeText(onLines, out));
        assert.equal(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), lines.join(''));
      }),
    );
  });

  it('10,000 findings are never one string: pieces of about 64 KB, in order', () => {
    const many: Placed[] = [{ file: 'a.md', findings: Array.from({ length: 10_000 }, (_, i) => ({ code: 'figure-order', severity: 'warning' as const, message: `Figure ${i} is out of order`, start: i, end: i + 1, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, fixes: [] })) }];
    for (const write of [(out: (text: string) => void) => writeJson(many, out), (out: (text: string) => void) => writeSarif(many, '1.2.3', out)]) {
      const { pieces, text } = written(write);
      assert.ok(pieces.length > 10, `${pieces.length} pieces`);
      assert.ok(Math.max(...pieces.map((p) => p.length)) < 64 * 1024 + 2048, 'no piece much over 64 KB');
      assert.ok(text.endsWith('\n') && JSON.parse(text) !== undefined);
      assert.ok(text.indexOf('Figure 9999 is out of order') > text.indexOf('Figure 9998 is out of order'));
    }
  });

  it("check's findings, placed as each line is written, print as the findings of checkText with their ranges", () => {
    const root = join(__dirname, '..', '..');
    const files = [...markdownFiles(join(root, 'examples')), ...markdownFiles(join(root, 'test', 'fixtures'))];
    for (const path of files) {
      const raw = readFileSync(path, 'utf8');
      const placed: Placed[] = [{ file: 'a.md', findings: checkText(raw, defaultConfig(), diskHost, path).findings }];
      const unplaced: FileFindings[] = [{ file: 'a.md', ...checkTextUnplaced(raw, defaultConfig(), diskHost, path) }];
      assert.ok(copies(unplaced[0]).every((f) => f.range === undefined));
      for (const write of [writeText, writeJson, (r: FileFindings[], out: (text: string) => void) => writeSarif(r, '1.2.3', out)]) {
        assert.equal(written((out) => write(unplaced, out)).text, written((out) => write(placed, out)).text, path);
      }
    }
  });

  it("findings a rule says (figure-order, figure-file) keep no message text until written, and print as checkText's", () => {
    // Figures mentioned in reverse, their files missing, and one raw <img> whose file is missing too.
    const n = 40;
    const mentions = Array.from({ length: n }, (_, i) => `Figure ${n - i}`).join(', ');
    const images = Array.from({ length: n }, (_, i) => `![Figure ${i + 1}. Panel ${i + 1}.](missing-${i % 3}.png)`).join('\n\n');
    const raw = `# Case\n\nAs shown in ${mentions}.\n\n${images}\n\n<img src="nowhere.png" alt="x">\n`;
    const path = join(__dirname, 'no-such-folder', 'report.md');
    const placed: Placed[] = [{ file: 'a.md', findings: checkText(raw, defaultConfig(), diskHost, path).findings }];
    const unplaced: FileFindings[] = [{ file: 'a.md', ...checkTextUnplaced(raw, defaultConfig(), diskHost, path) }];
    const said = copies(unplaced[0]).filter((f) => f.code === 'figure-order' || f.code === 'figure-file');
    assert.equal(said.length, n - 1 + n + 1);
    assert.ok(said.every((f) => f.message === undefined));
    assert.ok(placed[0].findings.every((f) => typeof f.message === 'string' && f.message.length > 0));
    assert.ok(placed[0].findings.some((f) => f.message === 'Figure 40 is mentioned before Figures 1, 2, 3, 4, 5 and 34 more; number figures in order of first mention'));
    assert.ok(placed[0].findings.some((f) => f.message === 'Figure 2\'s file "missing-1.png" does not exist'));
    assert.ok(placed[0].findings.some((f) => f.message === 'This image\'s file "nowhere.png" does not exist'));
    for (const write of [writeText, writeJson, (r: FileFindings[], out: (text: string) => void) => writeSarif(r, '1.2.3', out)]) {
      assert.equal(written((out) => write(unplaced, out)).text, written((out) => write(placed, out)).text);
    }
  });
});
