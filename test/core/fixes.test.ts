import assert from 'node:assert/strict';
import { checkText, reportRules } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { fixAll } from '../../src/core/fix-all';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import type { Host, Rule } from '../../src/core/rule';
import { ALL_RULES } from '../../src/core/rules';

const host: Host = { fileExists: () => true };
const FRONT = '---\ntitle: T\nauthors:\n  - name: A\n---\n\n';
const REFS = '\n\n## References\n\n' + Array.from({ length: 9 }, (_, i) => `${i + 1}. Author${i + 1} A. Title number ${i + 1}. J Test. 2020;${i + 1}:1-2.`).join('\n') + '\n';

/** Applies the first fix of the one finding with `code` and returns the changed body line. */
function fixed(line: string, code: string, safe = true): string {
  const text = FRONT + line + REFS;
  const findings = checkText(text, defaultConfig(), host).findings.filter((f) => f.code === code);
  assert.equal(findings.length, 1, `one ${code} finding in ${line}`);
  const fix = findings[0].fixes[0];
  assert.ok(fix, `${code} offers a fix`);
  assert.equal(fix.safe, safe);
  return applyFixes(text, [fix]).text.slice(FRONT.length).split('\n')[0];
}

describe('fixes as data', () => {
  it('citation-punctuation moves the marker after a period or comma, before a colon or semicolon', () => {
    assert.equal(fixed('Seen in lupus^1^. Next.^2-9^', 'citation-punctuation'), 'Seen in lupus.^1^ Next.^2-9^');
    assert.equal(fixed('Seen in lupus ^1^, and more.^2-9^', 'citation-punctuation'), 'Seen in lupus,^1^ and more.^2-9^');
    assert.equal(fixed('Three aims:^1^ remission.^2-9^', 'citation-punctuation'), 'Three aims^1^: remission.^2-9^');
    assert.equal(fixed('One option;<sup>1</sup> another.^2-9^', 'citation-punctuation'), 'One option<sup>1</sup>; another.^2-9^');
  });

  it('citation-punctuation names the marker and the mark in its message and fix title', () => {
    const text = FRONT + 'Seen in lupus^1^. Twice ^2^, then:<sup>3</sup> and;^4-9^ end.' + REFS;
    const findings = checkText(text, defaultConfig(), host).findings.filter((f) => f.code === 'citation-punctuation');
    assert.deepEqual(
      findings.map((f) => [f.message, f.fixes[0].title]),
      [
        ['Put the citation 1 after the period (AMA style)', 'Move the citation after the period'],
        ['Put the citation 2 after the comma (AMA style)', 'Move the citation after the comma'],
        ['Put the citation 3 before the colon (AMA style)', 'Move the citation before the colon'],
        ['Put the citation 4-9 before the semicolon (AMA style)', 'Move the citation before the semicolon'],
      ],
    );
  });

  it('citation-compress writes the numbers ascending with ranges, keeping the dash and spacing', () => {
    assert.equal(fixed('Seen.^1,2,3^ More.^4-9^', 'citation-compress'), 'Seen.^1-3^ More.^4-9^');
    assert.equal(fixed('Seen.^1,2^ More.^4–6,7^ Also.^3,8,9^', 'citation-compress'), 'Seen.^1,2^ More.^4–7^ Also.^3,8,9^');
    assert.equal(fixed('Seen [1, 2] and [4, 3].^5-9^', 'citation-compress'), 'Seen [1, 2] and [3, 4].^5-9^');
  });

  it('citation-duplicate removes the repeated number', () => {
    assert.equal(fixed('Seen.^1,1^ More.^2-9^', 'citation-duplicate'), 'Seen.^1^ More.^2-9^');
    assert.equal(fixed('Seen.^1-3,2^ More.^4-9^', 'citation-duplicate'), 'Seen.^1-3^ More.^4-9^');
    assert.equal(fixed('Seen.<sup>1, 2, 1</sup> More.^3-9^', 'citation-duplicate'), 'Seen.<sup>1, 2</sup> More.^3-9^');
  });

  it('citation-unformatted turns the digits into a superscript citation', () => {
    assert.equal(fixed('Seen in lupus.1 It is rare.^2-9^', 'citation-unformatted'), 'Seen in lupus.^1^ It is rare.^2-9^');
    assert.equal(fixed('Two cases,1,2 both fatal.^3-9^', 'citation-unformatted'), 'Two cases,^1,2^ both fatal.^3-9^');
  });

  it('citation-unformatted closes a superscript citation left open, at the end of a sentence or of a line', () => {
    assert.equal(fixed('Calciphylaxis is rare.^2 Lupus is a risk factor.', 'citation-unformatted'), 'Calciphylaxis is rare.^2^ Lupus is a risk factor.');
    assert.equal(fixed('Calciphylaxis is rare.^2,3', 'citation-unformatted'), 'Calciphylaxis is rare.^2,3^');
  });

  it('citation-range fixes equal ends safely and offers the reversed range as an unsafe fix', () => {
    assert.equal(fixed('Seen.^1^ More.^2-2^ And.^3-9^', 'citation-range'), 'Seen.^1^ More.^2^ And.^3-9^');
    assert.equal(fixed('Seen.^1^ More.^4-2^ And.^5-9^', 'citation-range', false), 'Seen.^1^ More.^2-4^ And.^5-9^');
  });

  it('citation-range moves a mark written inside the superscript out of it: a period or comma before, a colon or semicolon after', () => {
    assert.equal(fixed('Seen in lupus<sup>1.</sup> More.^2-9^', 'citation-range'), 'Seen in lupus.<sup>1</sup> More.^2-9^');
    assert.equal(fixed('Seen in lupus^1,^ and more.^2-9^', 'citation-range'), 'Seen in lupus,^1^ and more.^2-9^');
    assert.equal(fixed('Three aims^1;^ remission.^2-9^', 'citation-range'), 'Three aims^1^; remission.^2-9^');
    assert.equal(fixed('Seen in lupus.^.1^ More.^2-9^', 'citation-range'), 'Seen in lupus.^1^ More.^2-9^');
    const body = 'Seen in lupus<sup>1,2.</sup> Twice^3,^ and<sup>[4,5]</sup>. More.^6-9^';
    const once = fixAll(FRONT + body + REFS, defaultConfig(), host);
    assert.equal(once.text.slice(FRONT.length).split('\n')[0], 'Seen in lupus.<sup>1,2</sup> Twice,^3^ and.<sup>[4,5]</sup> More.^6-9^');
    assert.equal(fixAll(once.text, defaultConfig(), host).text, once.text);
  });

  it('fixAll applies every safe fix in passes until the text is clean, and is idempotent', () => {
    const body = 'Seen in lupus^1,2,3^. Also seen,4 rarely. Twice.^5,5^ Colon:^6-9^ end.';
    const once = fixAll(FRONT + body + REFS, defaultConfig(), host);
    assert.equal(once.text.slice(FRONT.length).split('\n')[0], 'Seen in lupus.^1-3^ Also seen,^4^ rarely. Twice.^5^ Colon^6-9^: end.');
    assert.deepEqual(once.findings.filter((f) => f.code.startsWith('citation')).map((f) => f.code), []);
    assert.equal(fixAll(once.text, defaultConfig(), host).text, once.text);
  });

  it('fixAll runs the rules without safe fixes only in the pass it reports, and reports the fixed text as check does', () => {
    const body = 'Seen in lupus^1^. Seen in lupus^2^, then MRN 4481920 on March 3, 2017.^3-9^';
    let runs = 0;
    const counted: Rule = { code: 'counted-rule', defaultSeverity: 'info', description: 'Counts its runs.', run: ({ report }) => void (runs++, report({ start: 0, end: 1, message: 'ran' })) };
    const rules = [...ALL_RULES, counted];
    const once = fixAll(FRONT + body + REFS, defaultConfig(), host, undefined, { rules });
    assert.equal(once.fixed, 2);
    assert.equal(runs, 1, 'two passes: the first applies the two fixes, the second reports');
    assert.deepEqual(once.findings, reportRules(parseDocument(once.text, parseOptions(defaultConfig())), defaultConfig(), host, rules, true));
    assert.ok(once.findings.some((f) => f.code === 'phi-identifier') && once.findings.some((f) => f.code === 'phi-date'), 'the privacy rules ran in the last pass');
  });

  it('fixAll applies a safe fix of a rule that does not declare safeFixes, in the last pass', () => {
    const undeclared: Rule = {
      code: 'undeclared-rule',
      defaultSeverity: 'warning',
      description: 'Offers a safe fix without saying so.',
      run: ({ model, report }) => {
        const at = model.text.indexOf('colour');
        if (at >= 0) report({ start: at, end: at + 6, message: 'colour', fixes: [{ title: 'Write color', safe: true, edits: [{ start: at, end: at + 6, newText: 'color' }] }] });
      },
    };
    const once = fixAll(FRONT + 'Its colour^1^. Then.^2-9^' + REFS, defaultConfig(), host, undefined, { rules: [...ALL_RULES, undeclared] });
    assert.equal(once.text.slice(FRONT.length).split('\n')[0], 'Its color.^1^ Then.^2-9^');
    assert.equal(once.fixed, 2);
    assert.ok(!once.findings.some((f) => f.code === 'undeclared-rule' || f.code === 'citation-punctuation'));
  });

  it('fixAll reports every finding when the safe fixes change nothing', () => {
    const idle: Rule = {
      code: 'idle-fix',
      defaultSeverity: 'warning',
      description: 'Offers a safe fix that writes what is there.',
      safeFixes: true,
      run: ({ model, report }) => report({ start: 0, end: 3, message: 'idle', fixes: [{ title: 'Same', safe: true, edits: [{ start: 0, end: 3, newText: model.text.slice(0, 3) }] }] }),
    };
    const text = FRONT + 'Seen on March 3, 2017.^1-9^' + REFS;
    const rules = [...ALL_RULES, idle];
    const once = fixAll(text, defaultConfig(), host, undefined, { rules });
    assert.equal(once.text, text);
    assert.equal(once.fixed, 0);
    assert.deepEqual(once.findings, reportRules(parseDocument(text, parseOptions(defaultConfig())), defaultConfig(), host, rules, true));
    assert.deepEqual(once.findings.filter((f) => f.code === 'idle-fix' || f.code === 'phi-date').map((f) => f.code), ['idle-fix', 'phi-date']);
  });

  it('fixAll with findings: errors reports the errors of the fixed text, and runs no rule that can report none and offers no safe fix', () => {
    // Two misplaced markers (safe fixes), a date and a record number (warnings), a number beyond the list (an error).
    const body = 'Seen in lupus^1^. Seen in lupus^2^, then MRN 4481920 on March 3, 2017.^3-9^ And.^12^';
    let runs = 0;
    const counted: Rule = { code: 'counted-rule', defaultSeverity: 'warning', description: 'Counts its runs.', run: ({ report }) => void (runs++, report({ start: 0, end: 1, message: 'ran' })) };
    const rules = [...ALL_RULES, counted];
    const all = fixAll(FRONT + body + REFS, defaultConfig(), host, undefined, { rules });
    assert.equal(runs, 1);
    const errors = fixAll(FRONT + body + REFS, defaultConfig(), host, undefined, { rules, findings: 'errors' });
    assert.equal(runs, 1, 'a warning rule without safe fixes did not run');
    assert.deepEqual([errors.text, errors.fixed], [all.text, all.fixed]);
    assert.deepEqual(errors.findings, all.findings.filter((f) => f.severity === 'error'));
    assert.deepEqual([...new Set(errors.findings.map((f) => f.code))], ['citation-undefined']);
    assert.ok(all.findings.some((f) => f.code === 'phi-date' && f.severity === 'warning'));
    // A warning the settings make an error is reported.
    const strict = { ...defaultConfig(), rules: { ...defaultConfig().rules, 'phi-date': 'error' as const, 'counted-rule': 'error' as const } };
    const strictErrors = fixAll(FRONT + body + REFS, strict, host, undefined, { rules, findings: 'errors' });
    assert.equal(runs, 2);
    assert.deepEqual(strictErrors.findings.map((f) => f.code).sort(), ['citation-undefined', 'counted-rule', 'phi-date']);
    assert.deepEqual(strictErrors.findings, fixAll(FRONT + body + REFS, strict, host, undefined, { rules }).findings.filter((f) => f.severity === 'error'));
  });

  it("fixAll with findings: 'none' (the editor's Fix all) gives the same text and count, no findings, and runs no rule without safe fixes", () => {
    const body = 'Seen in lupus^1^. Seen in lupus^2^, then MRN 4481920 on March 3, 2017.^3-9^ And.^12^';
    let runs = 0;
    const counted: Rule = { code: 'counted-rule', defaultSeverity: 'error', description: 'Counts its runs.', run: ({ report }) => void (runs++, report({ start: 0, end: 1, message: 'ran' })) };
    const rules = [...ALL_RULES, counted];
    const all = fixAll(FRONT + body + REFS, defaultConfig(), host, undefined, { rules });
    assert.equal(all.fixed, 2);
    assert.equal(runs, 1);
    assert.ok(all.findings.some((f) => f.code === 'counted-rule'));
    const none = fixAll(FRONT + body + REFS, defaultConfig(), host, undefined, { rules, findings: 'none' });
    assert.equal(runs, 1, 'an error rule without safe fixes did not run');
    assert.deepEqual([none.text, none.fixed, none.findings], [all.text, all.fixed, []]);
  });

  it('applyEdits drops an edit that overlaps an earlier one', () => {
    const { text, applied } = applyEdits('abcdef', [
      { start: 1, end: 3, newText: 'X' },
      { start: 2, end: 4, newText: 'Y' },
      { start: 5, end: 6, newText: 'Z' },
    ]);
    assert.equal(text, 'aXdeZ');
    assert.equal(applied.length, 2);
  });
});

describe('settings', () => {
  const text = FRONT + 'Vancouver [1] and [10]. AMA.^2-9^' + REFS;

  it('citations.brackets off: bracket numbers are plain text', () => {
    const on = checkText(text, defaultConfig(), host).findings.map((f) => f.code);
    const off = checkText(text, defaultConfig({ citations: { brackets: false } }), host).findings.map((f) => f.code);
    assert.ok(on.includes('citation-undefined'));
    assert.ok(!off.includes('citation-undefined'));
    assert.ok(off.includes('reference-uncited'), 'reference 1 is no longer cited');
  });

  it('a rule can be turned off or given another severity', () => {
    const config = defaultConfig({ rules: { 'citation-undefined': 'warning', 'reference-uncited': 'off' } });
    const findings = checkText(text, config, host).findings;
    assert.deepEqual(findings.filter((f) => f.code === 'citation-undefined').map((f) => f.severity), ['warning']);
    assert.equal(findings.filter((f) => f.code === 'reference-uncited').length, 0);
  });
});
