import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Command {
  command: string;
  title: string;
  category?: string;
  icon?: string;
}
interface MenuItem {
  command: string;
  group?: string;
  when?: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { commands: Command[]; menus: Record<string, MenuItem[]> };
};
const commands = new Map(manifest.contributes.commands.map((c) => [c.command, c]));
const editorTitle = manifest.contributes.menus['editor/title'];

/** The icon and title VS Code's own Markdown extension gives its "Open Preview to the Side" button. */
const BUILT_IN_PREVIEW = { icon: '$(open-preview)', title: 'Open Preview to the Side' };

describe('the editor title of a case report', () => {
  it('shows our preview button with a title that says whose it is and an icon unlike the built-in Markdown preview\'s', () => {
    const button = editorTitle.find((item) => item.command === 'casereport.preview.openToSide');
    assert.equal(button?.group, 'navigation', 'a button, not a menu entry');
    const command = commands.get('casereport.preview.openToSide')!;
    // The toolbar shows a command's title (never its category) as the tooltip.
    assert.equal(command.title, 'Case Report: Open Preview to the Side');
    assert.equal(command.category, undefined, 'the palette would say "Case Report: Case Report: ..."');
    assert.match(command.icon ?? '', /^\$\([a-z-]+\)$/);
    assert.notEqual(command.icon, BUILT_IN_PREVIEW.icon);
    assert.notEqual(command.title, BUILT_IN_PREVIEW.title);
  });

  it('lists every export (HTML, Word, PDF) together in one group of its menu', () => {
    const exports = manifest.contributes.commands.filter((c) => c.command.startsWith('casereport.export.') || c.command === 'casereport.preview.exportHtml').map((c) => c.command);
    assert.deepEqual(exports.sort(), ['casereport.export.docx', 'casereport.export.pdf', 'casereport.preview.exportHtml']);
    const groups = exports.map((command) => editorTitle.find((item) => item.command === command)?.group?.split('@')[0]);
    assert.deepEqual(groups, ['2_export', '2_export', '2_export']);
    for (const item of editorTitle.filter((i) => i.group?.startsWith('2_export'))) assert.ok(exports.includes(item.command), `${item.command} is not an export`);
  });
});
