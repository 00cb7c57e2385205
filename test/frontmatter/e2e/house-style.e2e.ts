// Frontmatter help and house styles in a real VS Code (code-server). Not part of the unit run:
// npx mocha --config test/frontmatter/e2e/.mocharc.json
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT, RESULTS, createWorkspace, exampleText, lineOf, replaceOnce } from '../../e2e/support/session';
import { Workbench, waitUntil } from '../../e2e/support/workbench';

describe('frontmatter and house styles in VS Code', () => {
  it('reports a bad category at its line, and editing the house-style file clears it without a reload', async () => {
    const text = exampleText();
    const dir = createWorkspace({ [REPORT]: replaceOnce('category: Vasculitis', 'category: Lupus') });
    const workbench = await Workbench.open(dir);
    await workbench.openFile(REPORT);
    await workbench.showProblems();
    const base = [
      `citation-compress@${lineOf(text, 'blood eosinophilia.^1,2,3^')}`,
      `citation-punctuation@${lineOf(text, 'without symptoms^11^.')}`,
      `citation-unformatted@${lineOf(text, 'ANCA is negative.2,5 Mepolizumab')}`,
      `reference-uncited@${lineOf(text, '13. Gagnier JJ')}`,
    ];
    const problems = await workbench.waitForProblems([...base, `frontmatter-schema@${lineOf(text, 'category: Vasculitis')}`]);
    const finding = problems.find((p) => p.code === 'frontmatter-schema')!;
    assert.equal(finding.column, 11);
    assert.match(finding.message, /did you mean 'Systemic Lupus Erythematosus'/);
    await workbench.screenshot(join(RESULTS, 'frontmatter-problems.png'));
    writeFileSync(join(dir, '.casereport.json'), JSON.stringify({ extends: 'magazine', categories: ['Lupus', 'Vasculitis'] }));
    await workbench.waitForProblems(base, 20_000);
    await workbench.close();
  });

  it('completes categories and shows key hovers', async () => {
    const text = exampleText();
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openFile(REPORT);
    const line = lineOf(text, 'category: Vasculitis');
    await workbench.focusEditor();
    await workbench.goToEndOf(line, text);
    await workbench.press('Backspace', 'Vasculitis'.length);
    await workbench.press('Control+Space');
    // The list may first show while it is still filling in: wait for the house style's categories.
    let labels: string[] = [];
    await waitUntil(
      async () => {
        labels = await workbench.page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (elements) => elements.map((e) => e.textContent?.trim() ?? ''));
        return labels.includes('Axial Spondyloarthritis') && labels.includes('Gout and Crystalline Arthritis') ? labels : undefined;
      },
      () => `suggestions: ${labels.join(', ')}`,
    );
    await workbench.screenshot(join(RESULTS, 'frontmatter-completion.png'));
    await workbench.press('Escape');
    const orcid = lineOf(text, 'orcid: 0000-0002-1825-0097');
    await workbench.goTo(orcid, 6);
    await workbench.hoverAtCursor();
    const hover = workbench.page.locator('.monaco-hover:visible', { hasText: 'ORCID iD' });
    await hover.first().waitFor();
    await workbench.screenshot(join(RESULTS, 'frontmatter-hover.png'));
    await workbench.close();
  });

  it('validates .casereport.json against the house-style schema natively, and adds what the schema cannot know', async () => {
    const json = '{\n  "extends": "./missing.json",\n  "limits": { "words": "many" }\n}\n';
    const workbench = await Workbench.open(createWorkspace({ '.casereport.json': () => json }));
    await workbench.openFile(REPORT);
    await workbench.openFile('.casereport.json');
    await workbench.showProblems();
    let seen = '';
    await waitUntil(
      async () => {
        const problems = (await workbench.problems()).filter((p) => p.file === '.casereport.json');
        seen = problems.map((p) => `${p.line}:${p.column} ${p.message}`).join(' | ');
        const schema = problems.some((p) => p.line === 3 && /integer/i.test(p.message));
        const ours = problems.some((p) => p.line === 2 && /does not exist/.test(p.message));
        return schema && ours ? problems : undefined;
      },
      () => `problems in .casereport.json: ${seen}`,
      30_000,
    );
    await workbench.screenshot(join(RESULTS, 'frontmatter-house-style-json.png'));
    await workbench.close();
  });
});
