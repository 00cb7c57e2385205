import assert from 'node:assert/strict';
import { besideReport, openPlan } from '../../src/extension/export/where';

describe('export commands: where the file goes and how it is opened', () => {
  it('Open and Reveal hand the file to the system only for a local file in a desktop window', () => {
    assert.deepEqual(openPlan({ remoteName: undefined, desktop: true, scheme: 'file' }), { open: 'system', reveal: 'system' });
    // code-server and every remote window: never openExternal of a vscode-remote: URI (issue 17 point 1).
    assert.deepEqual(openPlan({ remoteName: undefined, desktop: false, scheme: 'file' }), { open: 'editor', reveal: 'explorer' });
    assert.deepEqual(openPlan({ remoteName: 'ssh-remote', desktop: true, scheme: 'vscode-remote' }), { open: 'editor', reveal: 'explorer' });
    assert.deepEqual(openPlan({ remoteName: 'wsl', desktop: true, scheme: 'file' }), { open: 'editor', reveal: 'explorer' });
    assert.deepEqual(openPlan({ remoteName: undefined, desktop: true, scheme: 'vscode-userdata' }), { open: 'editor', reveal: 'explorer' });
  });

  it('the save dialog proposes the report\'s name with the format\'s extension, in its folder', () => {
    assert.equal(besideReport('/home/ana/reports/egpa.md', '.docx'), '/home/ana/reports/egpa.docx');
    assert.equal(besideReport('/c:/Users/ana/case.report.markdown', '.pdf'), '/c:/Users/ana/case.report.pdf');
    assert.equal(besideReport('/home/ana/README', '.pdf'), '/home/ana/README.pdf');
    assert.equal(besideReport('/home/ana/.hidden', '.pdf'), '/home/ana/.hidden.pdf');
  });
});
