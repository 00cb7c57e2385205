// Moving through citations and figures in a real VS Code: Go to Definition (F12) and Peek References.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench, type Place } from './support/workbench';

/** The 1-based line and column where `needle` starts, on the only line containing `lineNeedle`. */
function placeOf(text: string, lineNeedle: string, needle = lineNeedle): Place {
  const line = lineOf(text, lineNeedle);
  const column = text.split('\n')[line - 1].indexOf(needle);
  assert.ok(column >= 0, `"${needle}" is on the line of "${lineNeedle}"`);
  return { line, column: column + 1 };
}

describe('navigation in VS Code', () => {
  it('goes from a citation to its reference entry (F12) and lists every citation of that entry (Peek References)', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    const citation = placeOf(text, 'was started at month 8.^10^', '^10^');
    const entry = placeOf(text, '10. Wechsler ME');
    await workbench.goTo(citation.line, citation.column + 1); // on the 10 of ^10^
    await workbench.press('F12');
    await workbench.waitForCursor(entry.line, entry.column);
    await workbench.runCommand('Peek References');
    const { count, places } = await workbench.referencesPeek();
    // Reference 10 is cited twice (^10^ and ^10,12^); the peek also lists the entry itself.
    assert.equal(count, 3);
    assert.deepEqual(places, [
      { line: citation.line, column: citation.column + 1 },
      placeOf(text, 'refractory EGPA,^10,12^', '10,12^'),
      entry,
    ]);
  });

  it('goes from a figure mention to the figure (F12) and lists every mention of that figure (Peek References)', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    const mention = placeOf(text, 'dermal vessels (Figure 2)', 'Figure 2');
    const label = placeOf(text, '![Figure 2.', 'Figure 2.');
    await workbench.goTo(mention.line, mention.column + 2); // inside "Figure 2"
    await workbench.press('F12');
    await workbench.waitForCursor(label.line, label.column);
    await workbench.runCommand('Peek References');
    const { count, places } = await workbench.referencesPeek();
    // Figure 2 is mentioned once in the text; the peek also lists the figure's own label.
    assert.equal(count, 2);
    assert.deepEqual(places, [mention, label]);
  });
});
