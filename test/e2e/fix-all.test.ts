// "Fix all" on save (`source.fixAll.casereport` in editor.codeActionsOnSave) in a real VS Code.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../src/core/config';
import { fixAll } from '../../src/core/fix-all';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

const FIX_ALL_ON_SAVE = { '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.casereport': 'explicit' } } };

describe('fix all on save in VS Code', () => {
  it('applies on save exactly the safe fixes that casereport fix applies, leaving what needs the author', async () => {
    const original = exampleText();
    // What the command line would write: the same core function, on the same text.
    const expected = fixAll(original, defaultConfig(), { fileExists: () => true }).text;
    assert.notEqual(expected, original, 'the example has safe fixes to apply');
    const folder = createWorkspace({}, { '.vscode/settings.json': JSON.stringify(FIX_ALL_ON_SAVE) });
    const workbench = await Workbench.open(folder);
    await workbench.openFile(REPORT);
    await workbench.showProblems();
    await waitUntil(
      async () => ((await workbench.problems()).some((p) => p.code === 'citation-punctuation') ? true : undefined),
      () => 'the example report was never checked',
    );
    await workbench.focusEditor();
    // As an author saves: after an edit (here one typed and erased, so the text is the example's).
    await workbench.type('x');
    await workbench.press('Backspace');
    await workbench.press('Control+S');
    const path = join(folder, REPORT);
    await waitUntil(
      async () => (readFileSync(path, 'utf8') === expected ? true : undefined),
      () => `the saved file is not the fixed text:\n${readFileSync(path, 'utf8').slice(0, 400)}`,
    );
    // Only the finding no fix can repair is left: an uncited reference is the author's call.
    await workbench.waitForProblems([`reference-uncited@${lineOf(original, '13. Gagnier JJ')}`]);
  });
});
