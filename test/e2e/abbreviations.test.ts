// Abbreviation help in a real VS Code: the hover (answered by the analysis worker) and the
// "Insert or Update Abbreviations List" command.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench } from './support/workbench';

describe('abbreviation help in VS Code', () => {
  it('shows what an abbreviation stands for and where it is defined when hovering it', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    const line = lineOf(text, 'Cardiac involvement in EGPA includes pericarditis');
    const column = text.split('\n')[line - 1].indexOf('EGPA') + 2;
    await workbench.focusEditor();
    await workbench.goTo(line, column);
    const hover = await workbench.hoverAtCursorShowing('eosinophilic granulomatosis with polyangiitis');
    const defined = lineOf(text, '**Background:** Eosinophilic granulomatosis with polyangiitis (EGPA)');
    assert.match(await hover.innerText(), new RegExp(`EGPA: eosinophilic granulomatosis with polyangiitis\\s+Defined in the text at line ${defined}; used \\d+ times\\.`));
  });

  it('writes the Abbreviations list before the references with the command', async () => {
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    await workbench.focusEditor();
    await workbench.runCommand('Case Report: Insert or Update Abbreviations List');
    // The command's edit goes through the worker: save once the editor holds it.
    await workbench.page.waitForSelector(`.tabs-container .tab.active.dirty[aria-label^="${REPORT}"]`);
    const saved = await workbench.save(REPORT);
    assert.match(saved, /\n## Abbreviations\n\n- ANCA: antineutrophil cytoplasmic antibodies\n- EGPA: eosinophilic granulomatosis with polyangiitis\n(?:- .+\n)*\n## References\n/);
  });
});
