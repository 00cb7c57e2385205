// The house-style file rewritten on disk (another editor, a git pull), in a real VS Code: open
// reports are checked again under it without a reload or an edit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT, createWorkspace, exampleText, lineOf } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

describe('house-style file on disk in VS Code', function () {
  this.timeout(180_000); // the report's analysis twice on a loaded machine
  it('re-checks an open report when .casereport.json is rewritten outside the editor', async () => {
    const folder = createWorkspace();
    const workbench = await Workbench.open(folder);
    await workbench.openReport(REPORT);
    const line = lineOf(exampleText(), '13. ');
    const severity = async () => (await workbench.problems()).find((p) => p.code === 'reference-uncited' && p.line === line)?.severity ?? 'none';
    const shows = (want: string) => waitUntil(async () => ((await severity()) === want ? true : undefined), async () => `reference-uncited@${line} is ${await severity()}, wanted ${want}`, 15_000);
    // examples/.casereport.json makes reference-uncited an error; the magazine preset, a warning.
    await shows('error');
    const file = join(folder, '.casereport.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"reference-uncited": "error"', '"reference-uncited": "off"'));
    await shows('none');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"reference-uncited": "off"', '"reference-uncited": "info"'));
    await shows('info');
  });
});
