// The export commands in a real VS Code (code-server): the palette, the question about findings, the
// save dialog (VS Code's simple file dialog, a quick input, in a browser window), the progress and
// the notification with Open and Reveal.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocxFile } from '../export/docx-reader';
import { REPORT, RESULTS, createWorkspace } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

describe('export commands in VS Code', () => {
  it('Export Word Manuscript: asks about the error, proposes a file beside the report, writes it, offers Open and Reveal', async () => {
    const folder = createWorkspace();
    const workbench = await Workbench.open(folder);
    await workbench.openReport(REPORT);
    const page = workbench.page;
    await workbench.runCommand('Case Report: Export Word Manuscript (.docx)');

    // The example has one error-severity finding: asked once, naming it.
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 20_000 });
    assert.match(await dialog.innerText(), /This report has 1 error\./);
    await dialog.getByRole('button', { name: 'Export Anyway' }).click();

    // The simple file dialog proposes the report's name with .docx, in its folder.
    const input = page.locator('.quick-input-widget input');
    await waitUntil(async () => ((await input.inputValue().catch(() => '')).endsWith('egpa-cardiac-tamponade.docx') ? true : undefined), async () => `the save dialog proposes ${await input.inputValue().catch(() => '?')}`, 20_000);
    assert.ok((await input.inputValue()).includes(folder.split('/').pop()!), await input.inputValue());
    await page.screenshot({ path: join(RESULTS, 'export-docx-save-dialog.png') });
    await page.keyboard.press('Enter');

    const notification = page.locator('.notification-toast', { hasText: 'Exported egpa-cardiac-tamponade.docx' });
    await notification.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(RESULTS, 'export-docx-done.png') });
    assert.ok(await notification.getByRole('button', { name: 'Open' }).isVisible());
    assert.ok(await notification.getByRole('button', { name: 'Reveal' }).isVisible());

    const file = join(folder, 'egpa-cardiac-tamponade.docx');
    assert.ok(existsSync(file));
    // Read back with unzip: document.xml has the title and citations as superscript runs.
    const unzipped = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    assert.equal(unzipped.status, 0, unzipped.stderr);
    const xml = unzipped.stdout;
    assert.ok(xml.includes('Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade'));
    assert.match(xml, /<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>\d/);
    assert.equal(new DocxFile(readFileSync(file)).paragraphs().find((p) => p.style === 'Title')?.text, 'Eosinophilic Granulomatosis With Polyangiitis Presenting as Cardiac Tamponade');

    // Reveal, in a browser window: the Explorer selects the file (no openExternal of a vscode-remote: URI).
    await notification.getByRole('button', { name: 'Reveal' }).click();
    await page.waitForSelector('.explorer-folders-view .monaco-list-row.selected[aria-label^="egpa-cardiac-tamponade.docx"]', { timeout: 15_000 });
    // The workbench still answers the keyboard (issue 17 point 1: openExternal froze it).
    await workbench.runCommand('View: Toggle Problems');
  });
});
