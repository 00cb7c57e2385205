// A report that cites from a reference library, in a real VS Code: Zotero rewrites the .bib behind
// the editor's back, and the report is checked again without a reload.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY as BIB, keyedReport } from './support/keyed-report';
import { createWorkspace } from './support/session';
import { Workbench } from './support/workbench';

const REPORT = keyedReport('kalajian2010');

describe('reference library in VS Code', () => {
  it('re-checks a report when its library file is rewritten on disk (Zotero auto-export)', async () => {
    const dir = createWorkspace({}, { 'keyed.md': REPORT, 'references.bib': BIB });
    const workbench = await Workbench.open(dir);
    await workbench.openFile('keyed.md');
    await workbench.showProblems();
    const problems = await workbench.waitForProblems(['citation-undefined@11'], 30_000);
    assert.match(problems[0].message, /kalajian2010 is not in the library; did you mean kalajian2009\?/);
    // Better BibTeX rewrites the whole file when the entry's key changes in Zotero.
    writeFileSync(join(dir, 'references.bib'), BIB.replace('@article{kalajian2009,', '@article{kalajian2010,'));
    // The file event and the re-check take a while on a loaded machine (seen: over 10 s under load).
    await workbench.waitForProblems([], 40_000);
  });
});
