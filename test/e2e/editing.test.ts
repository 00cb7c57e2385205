// Editing help in a real VS Code: the renumber quick fix, hover, completion and the snippet.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf, replaceOnce } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

const DENNERT = '6. Dennert RM, van Paassen P, Schalla S, et al. Cardiac involvement in Churg-Strauss syndrome.';
const GUILLEVIN = '7. Guillevin L, Pagnoux C, Seror R, Mahr A, Mouthon L, Le Toumelin P. The Five-Factor Score revisited:';

/** The example with references 6 and 7 numbered the wrong way round (7 is cited first). */
function swapSixAndSeven(text: string): string {
  const lines = text.split('\n');
  const six = lines.findIndex((line) => line.startsWith(DENNERT));
  const seven = lines.findIndex((line) => line.startsWith(GUILLEVIN));
  assert.ok(six > 0 && seven === six + 1, 'references 6 and 7 of the example moved');
  [lines[six], lines[seven]] = [`7.${lines[six].slice(2)}`, `6.${lines[seven].slice(2)}`];
  let swapped = lines.join('\n');
  swapped = replaceOnce('unusual.<sup>6</sup>', 'unusual.<sup>7</sup>')(swapped);
  swapped = replaceOnce('cardiac involvement.^7^', 'cardiac involvement.^6^')(swapped);
  return swapped;
}

describe('editing help in VS Code', () => {
  it('renumbers the references with the quick fix on a citation-order finding (Ctrl+.)', async () => {
    const original = exampleText();
    const workbench = await Workbench.open(createWorkspace({ [REPORT]: swapSixAndSeven }));
    await workbench.openReport(REPORT);
    await workbench.showProblems();
    const line = lineOf(original, 'unusual.<sup>6</sup>');
    const problems = await waitForCode(workbench, 'citation-order');
    assert.equal(problems.line, line);
    await workbench.focusEditor();
    await workbench.goTo(problems.line, problems.column);
    await workbench.applyQuickFix('Renumber references in order of first citation');
    // One edit renumbers citations and list alike, writing every marker it touches in AMA form
    // (so ^1,2,3^ becomes ^1-3^): the example's own numbering comes back. Saved once the findings
    // of the renumbered text are shown (the edit is in the document).
    await workbench.waitForProblems([
      `citation-punctuation@${lineOf(original, 'without symptoms^11^.')}`,
      `citation-unformatted@${lineOf(original, 'ANCA is negative.2,5 Mepolizumab')}`,
      `reference-uncited@${lineOf(original, '13. Gagnier JJ')}`,
    ]);
    const expected = replaceOnce('eosinophilia.^1,2,3^', 'eosinophilia.^1-3^')(original);
    assert.equal(await workbench.save(REPORT), expected);
  });

  it('says why the references cannot be renumbered while a citation has no entry, and renumbers once its stub is added', async () => {
    const original = exampleText();
    const cited = ' A similar case has been reported.^14^';
    const withoutEntry = (text: string) => replaceOnce('would have changed the cardiac outcome.', `would have changed the cardiac outcome.${cited}`)(swapSixAndSeven(text));
    const workbench = await Workbench.open(createWorkspace({ [REPORT]: withoutEntry }));
    await workbench.openReport(REPORT);
    const order = await waitForCode(workbench, 'citation-order');
    await workbench.focusEditor();
    await workbench.goTo(order.line, order.column);
    // VS Code's Ctrl+. leaves the disabled renumber action out: the enabled row says why instead.
    const reason = 'Reference 14 is cited but has no entry in the reference list; add the entry first.';
    const menu = await workbench.quickFixMenu(reason);
    assert.deepEqual(menu.rows.filter((row) => row.startsWith('Renumber')), [], `no enabled renumber action: ${menu.rows.join(' | ')}`);
    // Choosing it selects the citation that blocks the renumbering and says why.
    await workbench.goTo(order.line, order.column);
    await workbench.applyQuickFix(`Cannot renumber: ${reason}`);
    await workbench.page.locator('.notification-toast', { hasText: reason }).waitFor();
    const line = lineOf(original, 'would have changed the cardiac outcome.');
    await workbench.waitForCursor(line, original.split('\n')[line - 1].length + cited.length + 1);
    assert.match(await workbench.cursor(), /\(4 selected\)/);
    // Ctrl+. on the selected citation: its stub entry; then the renumbering is offered again.
    await workbench.applyQuickFix('Add a stub reference entry for reference 14');
    await waitForCode(workbench, 'placeholder-text');
    await workbench.goTo(order.line, order.column);
    await workbench.applyQuickFix('Renumber references in order of first citation');
    await waitForNo(workbench, 'citation-order');
    const lines = (await workbench.save(REPORT)).split('\n');
    const thirteen = lineOf(original, '13. Gagnier JJ');
    assert.match(lines[thirteen - 2], /^12\. /);
    assert.match(lines[thirteen - 1], /^13\. \S/, 'the stub, cited before the uncited Gagnier entry, is 13 now');
    assert.match(lines[thirteen], /^14\. Gagnier JJ/);
    assert.ok(lines[line - 1].endsWith('A similar case has been reported.^13^'), lines[line - 1].slice(-60));
  });

  it('applies a finding\'s own quick fixes (Ctrl+.): marker after the period, stub entry for an undefined citation', async () => {
    const original = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    await workbench.showProblems();
    const punctuation = await waitForCode(workbench, 'citation-punctuation');
    await workbench.focusEditor();
    await workbench.goTo(punctuation.line, punctuation.column);
    await workbench.applyQuickFix('Move the citation after the period');
    await waitForNo(workbench, 'citation-punctuation');
    // A citation of a reference that does not exist yet: the fix adds its entry to the list.
    const line = lineOf(original, 'would have changed the cardiac outcome.');
    const typed = ' A similar case has been reported.^14^';
    await workbench.goToEndOf(line, original);
    await workbench.type(typed);
    const undefinedCitation = await waitForCode(workbench, 'citation-undefined');
    assert.equal(undefinedCitation.line, line);
    // On the 4 of ^14^ (Go to Line waits until the status bar shows the cursor there).
    await workbench.goTo(line, original.split('\n')[line - 1].length + typed.length - 1);
    await workbench.applyQuickFix('Add a stub reference entry for reference 14');
    // The stub is built by the analysis worker once chosen: saved once its entry is in the document.
    const thirteen = lineOf(original, '13. Gagnier JJ');
    await workbench.waitForProblems([
      `citation-compress@${lineOf(original, 'eosinophilia.^1,2,3^')}`,
      `citation-unformatted@${lineOf(original, 'ANCA is negative.2,5 Mepolizumab')}`,
      `placeholder-text@${thirteen + 1}`, // the stub's text, until the author writes the entry
      `reference-uncited@${thirteen}`,
    ]);
    const saved = await workbench.save(REPORT);
    const lines = saved.split('\n');
    assert.ok(lines[punctuation.line - 1].includes('without symptoms.^11^ Tamponade'), 'the marker moved after the period');
    assert.ok(lines[line - 1].endsWith(`cardiac outcome.${typed}`), lines[line - 1].slice(-80));
    assert.equal(lines[thirteen - 1].slice(0, 15), '13. Gagnier JJ,');
    assert.match(lines[thirteen], /^14\. \S/, 'a stub entry numbered 14 follows entry 13');
  });

  it('shows the reference text when hovering a citation', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    const line = lineOf(text, 'was started at month 8.^10^');
    const column = text.split('\n')[line - 1].indexOf('^10^') + 2;
    await workbench.focusEditor();
    await workbench.goTo(line, column);
    const hover = await workbench.hoverAtCursorShowing('Mepolizumab or placebo for eosinophilic granulomatosis with polyangiitis');
    assert.match(await hover.innerText(), /10\.\s*Wechsler ME, Akuthota P, Jayne D, et al\./);
  });

  it('offers the reference numbers when completing inside ^ and closes the marker', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    const line = lineOf(text, 'would have changed the cardiac outcome.');
    await workbench.goToEndOf(line, text);
    await workbench.type(' Similar cases have been reported.^');
    const rows = workbench.page.locator('.suggest-widget.visible .monaco-list-row');
    await workbench.suggest('Jennette JC');
    const labels = await workbench.page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (elements) => elements.map((e) => e.textContent?.trim() ?? ''));
    for (const number of ['1', '2', '3', '4', '5']) assert.ok(labels.includes(number), `reference ${number} is offered (got ${labels.join(', ')})`);
    const first = await rows.first().innerText();
    assert.match(first, /Jennette JC, Falk RJ/);
    await workbench.press('Enter');
    await workbench.type(' More text.');
    const saved = await workbench.save(REPORT);
    const written = saved.split('\n')[line - 1];
    assert.ok(written.endsWith('cardiac outcome. Similar cases have been reported.^1^ More text.'), `the chosen number and the closing ^ follow the ^, the cursor after them: ${written.slice(-60)}`);
  });

  it('expands the case-report snippet into the skeleton', async () => {
    const workbench = await Workbench.open(createWorkspace({}, { 'new-report.md': '' }));
    await workbench.openFile('new-report.md');
    await workbench.type('casereport');
    const snippet = await workbench.suggest('casereport');
    await snippet.click();
    await workbench.page.waitForSelector('.suggest-widget.visible', { state: 'hidden' });
    await workbench.press('Escape'); // leave snippet mode with the placeholders' default text
    const saved = await workbench.save('new-report.md');
    assert.match(saved, /^---\ntitle: .+\narticleType: case-report\nauthors:\n {2}- name: /);
    for (const heading of ['## Introduction', '## Case Presentation', '## Discussion', '## References']) {
      assert.ok(saved.includes(`\n${heading}\n`), `the skeleton has ${heading}`);
    }
    assert.ok(!saved.includes('casereport\n') && !/\$\{\d/.test(saved), 'the prefix was replaced and no placeholder syntax is left');
  });
});

/** Waits until the Problems panel no longer lists `code` (the edit that repairs it is in the document). */
async function waitForNo(workbench: Workbench, code: string): Promise<void> {
  await waitUntil(
    async () => ((await workbench.problems()).some((p) => p.code === code) ? undefined : true),
    async () => `${code} is still in the Problems panel`,
  );
}

async function waitForCode(workbench: Workbench, code: string) {
  return waitUntil(
    async () => (await workbench.problems()).find((p) => p.code === code),
    async () => `no ${code} in the Problems panel: ${(await workbench.problems()).map((p) => `${p.code}@${p.line}`).join(', ')}`,
  );
}
