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
  it('appends stubs after the last entry, keeping the delimiter and line ending', () => {
    const text = `${FRONTMATTER}Cited.^1,3,4^\r\n\r\n## References\r\n\r\n1) Alpha.\r\n`.replace(/\r?\n/g, '\r\n');
    const fix = stubFix(text);
    assert.match(fix.title, /references 3, 4/);
    const after = applyEdits(text, fix.edits).text;
    assert.ok(after.endsWith('1) Alpha.\r\n3) Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.\r\n4) Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.\r\n'), after);
    assert.equal(checkText(after, defaultConfig(), host).findings.filter((f) => f.code === 'citation-undefined').length, 0);
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
