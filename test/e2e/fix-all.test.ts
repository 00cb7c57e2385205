// "Fix all" on save (`source.fixAll.casereport` in editor.codeActionsOnSave) in a real VS Code.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench } from './support/workbench';

const FIX_ALL_ON_SAVE = { '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.casereport': 'explicit' } } };

/** What `casereport fix --write` makes of `text`, in a copy of the example folder (same house style). */
function cliFix(text: string): string {
  const path = join(createWorkspace(), REPORT);
  writeFileSync(path, text);
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  assert.notEqual(run(['fix', '--write', path], quiet), 2, 'casereport fix ran');
  return readFileSync(path, 'utf8');
}

describe('fix all on save in VS Code', () => {
  it('applies on save exactly the safe fixes that casereport fix applies, including to what was just typed', async () => {
    const original = exampleText();
    const folder = createWorkspace({}, { '.vscode/settings.json': JSON.stringify(FIX_ALL_ON_SAVE) });
    const workbench = await Workbench.open(folder);
    await workbench.openReport(REPORT);
    // Code actions asked while VS Code is still registering the Markdown extension's providers are
    // cancelled (see waitForMarkdownLanguageFeatures): an author cannot save that fast either.
    await workbench.waitForMarkdownLanguageFeatures();
    const line = lineOf(original, 'would have changed the cardiac outcome.');
    await workbench.goToEndOf(line, original);
    const typed = ' Two similar cases have been reported^4,5^.';
    await workbench.type(typed);
    const lines = original.split('\n');
    lines[line - 1] += typed;
    const edited = lines.join('\n');
    const saved = await workbench.save(REPORT);
    assert.equal(saved, cliFix(edited));
    // What a reader checks: the typed marker moved after the period, and the example's slips fixed.
    const savedLines = saved.split('\n');
    assert.ok(savedLines[line - 1].endsWith('cardiac outcome. Two similar cases have been reported.^4,5^'), savedLines[line - 1].slice(-80));
    assert.ok(saved.includes('blood eosinophilia.^1-3^') && saved.includes('without symptoms.^11^') && saved.includes('ANCA is negative.^2,5^ '));
    // Only the finding no fix can repair is left: an uncited reference is the author's call.
    await workbench.waitForProblems([`reference-uncited@${lineOf(original, '13. Gagnier JJ')}`]);
  });
});
