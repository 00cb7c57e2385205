import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { careChecklistMarkdown, evaluateCare, type CareItemResult } from '../../src/core/care';
import { defaultConfig } from '../../src/core/config';
import { checkText } from '../../src/core/check';
import { MAGAZINE, preset } from '../../src/core/house-styles';
import { mergeHouseStyle } from '../../src/core/house-styles/merge';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';

const FULL = join(__dirname, '..', 'fixtures', 'clean', 'domain-care-complete.md');

function evaluate(text: string, houseStyle = MAGAZINE): { items: CareItemResult[]; text: string } {
  const model = parseDocument(text, parseOptions(defaultConfig({ houseStyle })));
  return { items: evaluateCare(model, houseStyle), text: model.text };
}

const byNumber = (items: CareItemResult[], n: number) => items[n - 1];

describe('CARE checklist', () => {
  it('has the 13 items with their sub-items', () => {
    const { items } = evaluate('---\ntitle: T\nauthors:\n  - name: A\n---\n\nText.\n');
    assert.equal(items.length, 13);
    assert.deepEqual(items.map((i) => i.subResults.length), [0, 0, 4, 0, 4, 0, 0, 4, 3, 4, 4, 0, 0]);
  });

  it('finds every item in a complete CARE report, with evidence on the right lines', () => {
    const source = readFileSync(FULL, 'utf8');
    const { items } = evaluate(source);
    const lines = source.split('\n');
    const lineOf = (n: number) => lines[byNumber(items, n).evidence!.line];
    for (const item of items) assert.equal(item.status, 'present', `${item.number} ${item.topic}: ${item.status} ${item.note ?? ''}`);
    assert.match(lineOf(1), /^title:/);
    assert.match(lineOf(2), /^keywords:/);
    assert.match(lineOf(3), /^abstract:/);
    assert.match(lineOf(4), /^## Introduction/);
    assert.match(lineOf(7), /^Table 2\. Timeline/);
    assert.match(lineOf(11), /^## Discussion/);
    assert.match(lineOf(12), /^## Patient Perspective/);
    assert.match(lineOf(13), /^consent:/);
    // A structured abstract's keys are the evidence of 3a-3d.
    assert.deepEqual(byNumber(items, 3).subResults.map((s) => s.status), ['present', 'present', 'present', 'present']);
    assert.deepEqual(byNumber(items, 9).subResults.map((s) => s.status), ['present', 'present', 'present']);
  });

  it("finds a one-string abstract's labels where the outputs cut it (abstractParts), across folded lines", () => {
    const text = '---\ntitle: T\nauthors:\n  - name: A\nabstract: >\n  Background: GCA is rare. Case\n  presentation: A woman had fever. Diagnoses, interventions and outcomes: PET showed\n  aortitis. Conclusion: Think of GCA.\n---\n\nText.\n';
    const { items } = evaluate(text);
    const subs = byNumber(items, 3).subResults;
    assert.deepEqual(subs.map((s) => s.status), ['present', 'present', 'present', 'present']);
    assert.deepEqual(subs.map((s) => text.slice(s.evidence!.start, s.evidence!.end)), ['Background', 'Case\n  presentation', 'Diagnoses, interventions and outcomes', 'Conclusion']);
    // One label is not a structured abstract: the outputs print one paragraph, and the view does not count it.
    const one = evaluate('---\ntitle: T\nauthors:\n  - name: A\nabstract: "We describe two findings. Treatment: steroids."\n---\n\nText.\n');
    assert.deepEqual(byNumber(one.items, 3).subResults.map((s) => s.status), ['review', 'review', 'review', 'review']);
  });

  it('marks what is missing and what needs a look', () => {
    const { items } = evaluate('---\ntitle: T\nauthors:\n  - name: A\nkeywords: [lupus]\n---\n\n## Introduction\n\nNo citation here.\n\n## Case Presentation\n\nA 45-year-old woman presented with fever. On examination she had a rash.\n');
    assert.equal(byNumber(items, 2).status, 'review');
    assert.match(byNumber(items, 2).note!, /1 key words/);
    assert.equal(byNumber(items, 3).status, 'missing');
    assert.equal(byNumber(items, 4).status, 'review');
    assert.match(byNumber(items, 4).note!, /cites no literature/);
    assert.equal(byNumber(items, 6).status, 'present');
    assert.equal(byNumber(items, 6).evidence!.kind, 'text');
    for (const n of [7, 10, 11, 12, 13]) assert.equal(byNumber(items, n).status, 'missing', String(n));
    assert.deepEqual(byNumber(items, 11).subResults.map((s) => s.status), ['missing', 'missing', 'missing', 'missing']);
  });

  it('item 1 follows the house style on "case report" in the title', () => {
    const text = '---\ntitle: Calciphylaxis in Lupus\nauthors:\n  - name: A\n---\n\nText.\n';
    assert.equal(byNumber(evaluate(text).items, 1).status, 'present');
    assert.equal(byNumber(evaluate(text, { ...MAGAZINE, titleMentionsCaseReport: true }).items, 1).status, 'review');
    assert.equal(byNumber(evaluate(text.replace('Calciphylaxis in Lupus', '"Calciphylaxis in Lupus: A Case Report"'), { ...MAGAZINE, titleMentionsCaseReport: true }).items, 1).status, 'present');
  });

  it('accepts run-in heads and a consent sentence as evidence', () => {
    const { items } = evaluate('---\ntitle: T\nauthors:\n  - name: A\n---\n\n**Discussion:** We discuss it.\n\n**Patient Perspective:** She was relieved.\n\nThe patient gave informed consent for publication.\n');
    assert.equal(byNumber(items, 11).evidence!.kind, 'run-in');
    assert.equal(byNumber(items, 12).status, 'present');
    assert.equal(byNumber(items, 13).evidence!.kind, 'text');
  });

  it('exports a Markdown table with 1-based lines, one row per item and sub-item', () => {
    const source = readFileSync(FULL, 'utf8');
    const table = careChecklistMarkdown(evaluate(source).items, 'report.md');
    const rows = table.split('\n').filter((l) => l.startsWith('| '));
    assert.equal(rows.length, 2 + 13 + 23);
    assert.match(table, /^CARE checklist for report\.md\n/);
    const consentLine = source.split('\n').findIndex((l) => l.startsWith('consent:')) + 1;
    assert.ok(rows.some((r) => r === `| 13 | Informed consent | Did the patient give informed consent? Provide it if requested | Yes | ${consentLine} |`), table);
    assert.ok(rows.some((r) => /^\| 3a \| \| What is unique about this case \| Yes \| \d+ \|$/.test(r)));
  });

  it('escapes pipes in cells', () => {
    const [item] = evaluate('---\ntitle: T\nauthors:\n  - name: A\n---\n\nText.\n').items;
    assert.match(careChecklistMarkdown([{ ...item, topic: 'a | b' }]), /a \\\| b/);
  });
});

describe('CARE item 7: the timeline', () => {
  const doc = (body: string) => `---\ntitle: T\nauthors:\n  - name: A\n---\n\n${body}`;
  it('is a figure that a sentence calls the timeline, or whose file is named so', () => {
    const byMention = evaluate(doc('The timeline of eosinophil counts is shown in Figure 1. More text.\n\n![Figure 1. Eosinophil counts and prednisone dose.](counts.png)\n'));
    assert.equal(byNumber(byMention.items, 7).status, 'present');
    assert.equal(byNumber(byMention.items, 7).evidence!.kind, 'figure');
    const byFile = evaluate(doc('See Figure 1.\n\n![Figure 1. Counts over 18 months.](images/figure-1-timeline.png)\n'));
    assert.equal(byNumber(byFile.items, 7).status, 'present');
  });
  it('is not any figure mentioned near the word in another sentence', () => {
    const other = evaluate(doc('We describe the timeline below. Figure 1 shows the biopsy.\n\n![Figure 1. Skin biopsy.](biopsy.png)\n'));
    assert.equal(byNumber(other.items, 7).status, 'missing');
  });
});

describe('CARE sections: the house style and the checklist agree', () => {
  const CARE = preset('care')!;
  /** The checklist item of each section the `care` house style requires. */
  const ITEM: Record<string, number> = {
    Introduction: 4,
    'Patient Information': 5,
    'Clinical Findings': 6,
    Timeline: 7,
    'Diagnostic Assessment': 8,
    'Therapeutic Intervention': 9,
    'Follow-up and Outcomes': 10,
    Discussion: 11,
    'Patient Perspective': 12,
    'Informed Consent': 13,
  };
  const report = (heading: string) =>
    `---\ntitle: Drug-induced lupus: a case report\nauthors:\n  - name: A\n---\n\n## ${heading}\n\nA 45-year-old woman presented with arthralgia after starting hydralazine.^1^\n\n## References\n\n1. Vasoo S. Drug-induced lupus: an update. Lupus. 2006;15(11):757-761.\n`;

  it('knows the checklist item of every section the care preset requires', () => {
    assert.deepEqual(CARE.requiredSections.map((s) => s.name).sort(), Object.keys(ITEM).sort());
  });

  for (const section of CARE.requiredSections) {
    for (const name of [section.name, ...section.synonyms]) {
      it(`"## ${name}" satisfies section-missing and CARE item ${ITEM[section.name]} under the care house style`, () => {
        const text = report(name);
        const config = defaultConfig({ houseStyle: CARE });
        const missing = checkText(text, config, { fileExists: () => false }).findings.filter((f) => f.code === 'section-missing');
        assert.ok(!missing.some((f) => f.message.startsWith(`Missing section "${section.name}"`)), `section-missing reports ${section.name}`);
        assert.equal(byNumber(evaluate(text, CARE).items, ITEM[section.name]).status, 'present');
      });
    }
  }

  it('takes a synonym from the effective house style, not only from the care preset', () => {
    const style = mergeHouseStyle(CARE, { requiredSections: [{ name: 'Patient Information', synonyms: ['Presenting Complaint'] }] });
    const text = report('Presenting Complaint');
    assert.equal(byNumber(evaluate(text, style).items, 5).status, 'present');
    assert.equal(byNumber(evaluate(text, MAGAZINE).items, 5).status, 'missing');
  });
});
