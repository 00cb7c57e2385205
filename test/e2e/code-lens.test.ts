// The CodeLens above each reference entry in a real VS Code: how often it is cited, and where.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench } from './support/workbench';

describe('reference CodeLens in VS Code', () => {
  it('shows above each reference entry how often it is cited, and lists the citations when clicked', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    // Counted by reading the example: reference 2 in ^1,2,3^, [2] and the pasted ".2,5"; 7 in ^7^;
    // 10 in ^10^ and ^10,12^; 13 (the CARE guideline) nowhere.
    const expected: [string, string][] = [
      ['2. Grayson PC', 'cited 3 times'],
      ['7. Guillevin L', 'cited once'],
      ['10. Wechsler ME', 'cited 2 times'],
      ['13. Gagnier JJ', 'not cited'],
    ];
    for (const [entry, title] of expected) {
      const lens = await workbench.codeLensAbove(lineOf(text, entry));
      assert.equal(lens.text, title, `the CodeLens above "${entry}"`);
    }
    const lens = await workbench.codeLensAbove(lineOf(text, '10. Wechsler ME'));
    await lens.element.locator('a').click();
    const { count, places } = await workbench.referencesPeek();
    assert.equal(count, 2);
    assert.deepEqual(
      places.map((p) => p.line),
      [lineOf(text, 'was started at month 8.^10^'), lineOf(text, 'refractory EGPA,^10,12^')],
    );
  });
});
