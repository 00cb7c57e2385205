// The editor title of a case report in a real VS Code: our preview button cannot be mistaken for
// VS Code's own Markdown preview button, and the exports sit together in the title bar's menu.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPORT, RESULTS, createWorkspace } from './support/session';
import { Workbench, waitUntil } from './support/workbench';

interface TitleAction {
  label: string;
  icon: string;
}

/**
 * The buttons of the active editor's title bar: tooltip (aria-label) and what draws the icon. The
 * workbench marks a codicon with a `codicon-<name>` class on the button or, in some builds, only
 * through the glyph its ::before draws (or an image mask): whichever it uses names the picture.
 */
async function titleActions(workbench: Workbench): Promise<TitleAction[]> {
  return workbench.page.$$eval('.editor-group-container.active .editor-actions a.action-label', (elements) =>
    elements.map((element) => {
      const named = [element, ...Array.from(element.querySelectorAll('*'))]
        .flatMap((e) => Array.from(e.classList))
        .find((c) => c.startsWith('codicon-') && c !== 'codicon-modifier-spin');
      const style = getComputedStyle(element);
      const glyph = getComputedStyle(element, '::before').content;
      const image = [style.maskImage, style.webkitMaskImage, style.backgroundImage].find((v) => v && v !== 'none');
      const drawn = named ?? (glyph && glyph !== 'none' && glyph !== 'normal' && glyph !== '""' ? `glyph ${glyph}` : image ? `image ${image}` : '');
      return { label: element.getAttribute('aria-label') ?? '', icon: drawn };
    }),
  );
}

/** The entries of the open context menu in order, a separator as '---'. */
async function menuEntries(workbench: Workbench): Promise<string[]> {
  return workbench.page.$$eval('.monaco-menu .action-item', (items) =>
    items.map((item) => (item.querySelector('.action-label.separator') || item.classList.contains('separator') ? '---' : (item.querySelector('.action-label')?.textContent ?? '').trim())),
  );
}

describe('editor title of a case report in VS Code', function () {
  this.timeout(180_000); // the report's analysis, the menu and the preview on a loaded machine
  it('shows our preview button titled "Case Report: Open Preview to the Side" with an icon unlike the built-in preview\'s, and the exports in one group', async () => {
    const workbench = await Workbench.open(createWorkspace());
    await workbench.openReport(REPORT);
    let seen: TitleAction[] = [];
    const [ours, builtIn] = await waitUntil(
      async () => {
        seen = await titleActions(workbench);
        const ours = seen.find((a) => a.label.startsWith('Case Report: Open Preview to the Side'));
        const builtIn = seen.find((a) => a.label.startsWith('Open Preview to the Side'));
        return ours?.icon && builtIn?.icon ? [ours, builtIn] : undefined;
      },
      () => `editor title buttons: ${JSON.stringify(seen)}`,
      30_000,
    );
    assert.ok(ours.icon && builtIn.icon, JSON.stringify(seen));
    assert.notEqual(ours.icon, builtIn.icon, `both buttons draw ${ours.icon}`);
    await workbench.page.locator('.editor-group-container.active .editor-actions').screenshot({ path: join(RESULTS, 'editor-title-buttons.png') });

    // The "..." menu of the title bar: Export HTML, Word and PDF next to one another, no separator between.
    const exports = ['Export HTML', 'Export Word Manuscript (.docx)', 'Export PDF'];
    let entries: string[] = [];
    await waitUntil(
      async () => {
        await workbench.page.locator('.editor-group-container.active .editor-actions a.action-label.codicon-toolbar-more').click();
        await workbench.page.locator('.monaco-menu .action-item').first().waitFor();
        entries = await menuEntries(workbench);
        await workbench.page.keyboard.press('Escape');
        await workbench.page.locator('.monaco-menu').waitFor({ state: 'hidden' });
        return exports.every((e) => entries.includes(e)) ? true : undefined;
      },
      () => `the title bar's menu lists ${JSON.stringify(entries)}`,
      30_000,
      500,
    );
    const first = entries.indexOf(exports[0]);
    assert.deepEqual(entries.slice(first, first + 3), exports, `menu: ${JSON.stringify(entries)}`);

    // The button opens our preview beside the editor.
    await workbench.page.locator(`.editor-group-container.active .editor-actions a.action-label[aria-label^="Case Report: Open Preview to the Side"]`).click();
    const frame = await workbench.webviewFrame('.cr-title');
    assert.match((await frame.locator('.cr-title').textContent()) ?? '', /^Case Report: Eosinophilic Granulomatosis/);
  });
});
