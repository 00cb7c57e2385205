import assert from 'node:assert/strict';
import { FakeVscode } from '../support/vscode-fake';
import { deliverActions } from '../../src/extension/export/where';

/**
 * The notification after an export, with a stand-in `vscode` in a local desktop window and in
 * code-server's web window: a Word or PDF file is opened by the system's application only where
 * there is one; in a remote or web window VS Code's editor would show "binary" and nothing else.
 */
describe('after an export: the notification offers what the window can do with the file', () => {
  let fake: FakeVscode;
  let uninstall: () => void;
  let deliver: typeof import('../../src/extension/export/deliver');
  /** The arguments of each action the extension took, in order. */
  let taken: unknown[][];
  let offered: unknown[][];

  const file = (path: string, scheme = 'file') => ({ scheme, path, fsPath: path, toString: () => `${scheme}://${path}` });

  /** A window of the given kind with the workspace folder /home/ana/reports; the author picks `choice`. */
  const window = (kind: 'desktop' | 'code-server', choice: string | undefined) => {
    fake.values.set('UIKind', { Desktop: 1, Web: 2 });
    fake.values.set('env.uiKind', kind === 'desktop' ? 1 : 2);
    fake.values.set('env.remoteName', undefined); // code-server's browser window is a web window without a remote name
    fake.answers.set('workspace.getWorkspaceFolder', (uri: unknown) => ((uri as { path: string }).path.startsWith('/home/ana/reports/') ? { name: 'reports' } : undefined));
    fake.answers.set('window.showInformationMessage', async (...args: unknown[]) => (offered.push(args), choice));
    for (const action of ['env.openExternal', 'commands.executeCommand', 'env.clipboard.writeText']) fake.answers.set(action, async (...args: unknown[]) => void taken.push([action, ...args]));
  };

  beforeEach(() => {
    fake = new FakeVscode();
    uninstall = fake.install();
    delete require.cache[require.resolve('../../src/extension/export/deliver')];
    deliver = require('../../src/extension/export/deliver');
    taken = [];
    offered = [];
  });
  afterEach(() => uninstall());

  for (const name of ['case.docx', 'case.pdf']) {
    it(`${name} in a local desktop window: Open hands the file to the system's application`, async () => {
      window('desktop', 'Open');
      const target = file(`/home/ana/reports/${name}`);
      await deliver.offerOpen(target as never, []);
      assert.deepEqual(offered, [[`Exported ${name}`, 'Open', 'Reveal']]);
      assert.deepEqual(taken, [['env.openExternal', target]]);
    });

    it(`${name} in code-server: no Open (a dead-end "binary" tab); Reveal in Explorer selects it`, async () => {
      window('code-server', 'Reveal in Explorer');
      const target = file(`/home/ana/reports/${name}`);
      await deliver.offerOpen(target as never, []);
      assert.deepEqual(offered, [[`Exported ${name}`, 'Reveal in Explorer']]);
      assert.deepEqual(taken, [['commands.executeCommand', 'revealInExplorer', target]]);
    });

    it(`${name} in code-server, saved outside the workspace: Copy Path puts its path on the clipboard`, async () => {
      window('code-server', 'Copy Path');
      const target = file(`/tmp/${name}`);
      await deliver.offerOpen(target as never, []);
      assert.deepEqual(offered, [[`Exported ${name}`, 'Copy Path']]);
      assert.deepEqual(taken, [['env.clipboard.writeText', `/tmp/${name}`]]);
    });
  }

  it('an HTML page in code-server: Open still shows it in VS Code\'s editor', async () => {
    window('code-server', 'Open');
    const target = file('/home/ana/reports/case.html');
    await deliver.offerOpen(target as never, []);
    assert.deepEqual(offered, [['Exported case.html', 'Open', 'Reveal']]);
    assert.deepEqual(taken, [['commands.executeCommand', 'vscode.open', target]]);
  });

  it('every remote window (SSH, WSL, containers) counts as one where the system cannot open the file', () => {
    const inside = { name: 'case.pdf', inWorkspace: true };
    assert.deepEqual(deliverActions({ remoteName: 'ssh-remote', desktop: true, scheme: 'vscode-remote' }, inside), ['Reveal in Explorer']);
    assert.deepEqual(deliverActions({ remoteName: 'wsl', desktop: true, scheme: 'file' }, { name: 'Case.DOCX', inWorkspace: false }), ['Copy Path']);
    assert.deepEqual(deliverActions({ remoteName: undefined, desktop: true, scheme: 'file' }, inside), ['Open', 'Reveal']);
    assert.deepEqual(deliverActions({ remoteName: 'ssh-remote', desktop: true, scheme: 'vscode-remote' }, { name: 'case.html', inWorkspace: true }), ['Open', 'Reveal']);
  });
});
