// The CARE checklist view (Explorer) in a real VS Code: the 13 items of the active case report.
import * as assert from 'node:assert/strict';
import { REPORT, createWorkspace, exampleText, lineOf, replaceOnce } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

const PERSPECTIVE = '## Patient Perspective\n\n"I thought my asthma was getting worse.';

describe('CARE checklist view in VS Code', () => {
  it('lists the 13 CARE items of the active report, marks a missing one, and jumps to the evidence when an item is clicked', async () => {
    const text = exampleText();
    // The example without its Patient Perspective heading (the quotation stays, now under Conclusion).
    const workbench = await Workbench.open(createWorkspace({ [REPORT]: replaceOnce(PERSPECTIVE, '"I thought my asthma was getting worse.') }));
    await workbench.openReport(REPORT);
    const items = await workbench.careChecklist();
    assert.deepEqual(
      items.map((item) => item.label),
      ['1. Title', '2. Key words', '3. Abstract', '4. Introduction', '5. Patient information', '6. Clinical findings', '7. Timeline', '8. Diagnostic assessment', '9. Therapeutic intervention', '10. Follow-up and outcomes', '11. Discussion', '12. Patient perspective', '13. Informed consent'],
    );
    const byNumber = (n: number) => items[n - 1].description;
    assert.equal(byNumber(12), 'missing');
    assert.equal(byNumber(6), `**Clinical findings:** · line ${lineOf(text, '**Clinical findings:**')}`);
    assert.equal(byNumber(13), `frontmatter consent · line ${lineOf(text, 'consent: Written informed consent')}`);
    // Clicking an item selects its evidence in the editor.
    await workbench.page.locator('.pane-body .monaco-list-row', { hasText: '8. Diagnostic assessment' }).first().click();
    const line = lineOf(text, '**Diagnostic assessment:**');
    await waitUntil(
      async () => ((await workbench.cursor()).startsWith(`Ln ${line},`) ? true : undefined),
      async () => `cursor at ${await workbench.cursor()}, wanted line ${line}`,
    );
  });
});
