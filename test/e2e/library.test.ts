// A report that cites from a reference library, in a real VS Code: Zotero rewrites the .bib behind
// the editor's back, and the report is checked again without a reload.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace } from './support/session';
import { Workbench } from './support/workbench';

const BIB = readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'bibliography', 'references.bib'), 'utf8');
const REPORT = `---
title: Calciphylaxis in Systemic Lupus Erythematosus
authors:
  - name: Joey Kim
bibliography: references.bib
---

## Introduction

Calciphylaxis is rare outside end-stage renal disease [@nigwekar2008].
It was described in lupus [@kalajian2010].

## Case Presentation

A 45-year-old woman with lupus presented with painful skin ulcers.

## Discussion

Wound care matters most.
`;

describe('reference library in VS Code', () => {
  it('re-checks a report when its library file is rewritten on disk (Zotero auto-export)', async () => {
    const dir = createWorkspace({}, { 'keyed.md': REPORT, 'references.bib': BIB });
    const workbench = await Workbench.open(dir);
    await workbench.openFile('keyed.md');
    await workbench.showProblems();
    const problems = await workbench.waitForProblems(['citation-undefined@11']);
    assert.match(problems[0].message, /kalajian2010 is not in the library; did you mean kalajian2009\?/);
    // Better BibTeX rewrites the whole file when the entry's key changes in Zotero.
    writeFileSync(join(dir, 'references.bib'), BIB.replace('@article{kalajian2009,', '@article{kalajian2010,'));
    await workbench.waitForProblems([], 10_000);
  });
});
