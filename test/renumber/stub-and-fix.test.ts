import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { resolveFix } from '../../src/core/deferred-fix';
import { applyEdits } from '../../src/core/fix';
import { run } from '../../src/cli/main';
import { citedTexts, FRONTMATTER } from './helpers';

const host = { fileExists: () => true };

/** The stub fix of the one citation-undefined finding, built as the quick fix builds it when chosen. */
function stubFix(text: string) {
  const { model, findings } = checkText(text, defaultConfig(), host);
  const finding = findings.find((f) => f.code === 'citation-undefined');
  assert.ok(finding, 'expected a citation-undefined finding');
  assert.equal(finding.fixes.length, 1);
  assert.equal(finding.fixes[0].safe, false);
  assert.deepEqual(finding.fixes[0].edits, [], 'the check only names the numbers');
  return resolveFix(model, finding.fixes[0]);
}

describe('citation-undefined: add a stub reference entry', () => {
  it('appends stubs after the last entry, keeping the delimiter and line ending, numbered to follow the list', () => {
    const text = `${FRONTMATTER}Cited.^1,3,4^\r\n\r\n## References\r\n\r\n1) Alpha.\r\n`.replace(/\r?\n/g, '\r\n');
    const fix = stubFix(text);
    assert.match(fix.title, /references 3, 4, renumbered 2, 3 to follow the list/);
    const after = applyEdits(text, fix.edits).text;
    assert.ok(after.includes('Cited.^1-3^'), after);
    assert.ok(after.endsWith('1) Alpha.\r\n2) Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.\r\n3) Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.\r\n'), after);
    const codes = checkText(after, defaultConfig(), host).findings.map((f) => f.code);
    assert.ok(!codes.includes('citation-undefined') && !codes.includes('reference-numbering'), codes.join());
  });

  it('gives a citation of 5 with a list of two one finding, and a stub numbered 3 that leaves no gap', () => {
    const text = `${FRONTMATTER}Lupus.^1^ A new trial.^5^ Cough.^2^ The trial again.^5^\n\n## References\n\n1. One.\n2. Two.\n`;
    const findings = checkText(text, defaultConfig(), host).findings.filter((f) => f.code.startsWith('citation-') || f.code.startsWith('reference-'));
    assert.deepEqual(findings.map((f) => f.code), ['citation-undefined', 'citation-undefined']);
    const after = applyEdits(text, stubFix(text).edits).text;
    assert.match(after, /trial\.\^3\^ Cough\.\^2\^ The trial again\.\^3\^/);
    assert.match(after, /2\. Two\.\n3\. Author AA/);
    const codes = checkText(after, defaultConfig(), host).findings.map((f) => f.code);
    assert.ok(!codes.includes('citation-undefined') && !codes.includes('reference-numbering'), codes.join());
  });

  it('rewrites every citation of the number that moves, and keeps numbers that fill the list in place', () => {
    const text = `${FRONTMATTER}A.^1^ B.^4^ C.^2,4^ D.^3^\n\n## References\n\n1. One.\n`;
    const { model, findings } = checkText(text, defaultConfig(), host);
    const undefinedB = findings.find((f) => f.code === 'citation-undefined' && text.slice(0, model.source.lineStarts[f.range.start.line] + f.range.start.character).endsWith('B.'));
    assert.ok(undefinedB);
    const after = applyEdits(text, resolveFix(model, undefinedB.fixes[0]).edits).text;
    assert.match(after, /A\.\^1\^ B\.\^4\^ C\.\^2,4\^ D\.\^3\^/, 'cited 2, 3 and 4 fill the list: nothing moves');
    assert.match(after, /1\. One\.\n4\. Author AA/);
  });

  it('puts a stub for a gap between its neighbours, and one for 1 before the first entry', () => {
    const gap = `${FRONTMATTER}A.^1^ B.^2^ C.^3^\n\n## References\n\n1. One.\n3. Three.\n`;
    assert.match(applyEdits(gap, stubFix(gap).edits).text, /1\. One\.\n2\. Author AA.*\n3\. Three\.\n$/);
    const first = `${FRONTMATTER}A.^1^ B.^2^\n\n## References\n\n2. Two.\n`;
    assert.match(applyEdits(first, stubFix(first).edits).text, /## References\n\n1\. Author AA.*\n2\. Two\.\n$/);
  });
});

describe('casereport fix --write renumbers', () => {
  let dir = '';
  before(() => (dir = mkdtempSync(join(tmpdir(), 'casereport-renumber-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a report cited out of order in order of first citation, code untouched, and is stable', () => {
    const file = join(dir, 'case.md');
    const before = `${FRONTMATTER}## Case Presentation\n\nCalciphylaxis is rare.^3^ Lupus is a risk factor,^1,2^ and so is warfarin [4].\n\n\`\`\`\nraw ^3^ marker\n\`\`\`\n\nSee \`^1^\` and the chart.^2^\n\n## References\n\n1. Alpha A. First work. J. 2001.\n2. Beta B. Second work\n   on two lines. J. 2002.\n3. Gamma C. Third work. J. 2003.\n4. Delta D. Fourth work. J. 2004.\n5. Epsilon E. Never cited. J. 2005.\n`;
    writeFileSync(file, before);
    const io = { stdout: () => {}, stderr: () => {} };
    run(['fix', '--write', file], io);
    const after = readFileSync(file, 'utf8');
    assert.deepEqual(citedTexts(after), citedTexts(before));
    assert.match(after, /rare\.\^1\^ Lupus is a risk factor,\^2,3\^ and so is warfarin \[4\]\./);
    assert.match(after, /```\nraw \^3\^ marker\n```/);
    assert.match(after, /See `\^1\^` and the chart\.\^3\^/);
    assert.match(after, /1\. Gamma C\. Third work\. J\. 2003\.\n2\. Alpha A\. First work\. J\. 2001\.\n3\. Beta B\. Second work\n   on two lines\. J\. 2002\.\n4\. Delta D\.[^\n]*\n5\. Epsilon E\./);
    const findings = checkText(after, defaultConfig(), host).findings.map((f) => f.code);
    assert.ok(!findings.includes('citation-order') && !findings.includes('reference-numbering'), findings.join());
    run(['fix', '--write', file], io);
    assert.equal(readFileSync(file, 'utf8'), after);
  });
});
