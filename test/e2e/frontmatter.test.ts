// The frontmatter in a real VS Code: a schema error is reported on the line of the wrong value.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf, replaceOnce } from './support/session';
import { Workbench } from './support/workbench';

describe('frontmatter in VS Code', () => {
  it('reports a frontmatter error on the line of the wrong value', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace({ [REPORT]: replaceOnce('    email: mokafor@example.org', '    email: mokafor@') }));
    await workbench.openFile(REPORT);
    await workbench.showProblems();
    const problems = await workbench.waitForProblems([
      `frontmatter-schema@${lineOf(text, 'email: mokafor@example.org')}`,
      `citation-compress@${lineOf(text, 'blood eosinophilia.^1,2,3^')}`,
      `citation-punctuation@${lineOf(text, 'without symptoms^11^.')}`,
      `citation-unformatted@${lineOf(text, 'ANCA is negative.2,5 Mepolizumab')}`,
      `reference-uncited@${lineOf(text, '13. Gagnier JJ')}`,
    ]);
    const finding = problems.find((p) => p.code === 'frontmatter-schema');
    assert.equal(finding?.severity, 'error');
    assert.equal(finding?.column, '    email: '.length + 1, 'reported at the value, not the key or line 1');
    assert.match(finding?.message ?? '', /mokafor@/);
  });
});

