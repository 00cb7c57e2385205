import assert from 'node:assert/strict';
import { FakeVscode, type FakeDocument } from '../support/vscode-fake';

/**
 * The diagnostics publisher with a stand-in `vscode`: activation registers only, a document is
 * re-checked only when its text changed, checks are debounced, and a check waiting for an older
 * version is cancelled by the next keystroke.
 */
describe('diagnostics as the author types', () => {
  let fake: FakeVscode;
  let uninstall: () => void;
  let module: typeof import('../../src/extension/diagnostics');
  const checked: number[] = [];
  const cache = {
    get(document: FakeDocument) {
      document.getText();
      checked.push(document.version);
      return Promise.resolve({ version: document.version, findings: [] });
    },
  };
  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  const change = (document: FakeDocument & { setText(t: string): void }, text: string) => {
    document.setText(text);
    fake.fire('workspace.onDidChangeTextDocument', { document, contentChanges: [{ text: 'x' }] });
  };

  beforeEach(() => {
    fake = new FakeVscode();
    uninstall = fake.install();
    delete require.cache[require.resolve('../../src/extension/diagnostics')];
    delete require.cache[require.resolve('../../src/extension/settings')];
    module = require('../../src/extension/diagnostics');
    checked.length = 0;
  });
  afterEach(() => uninstall());

  it('registers only while activating, and checks open documents in a later task', async () => {
    const document = fake.openDocument('/r/case.md', 'Text.');
    fake.textReads = 0;
    const publisher = new module.DiagnosticsPublisher(cache as never);
    assert.equal(fake.textReads, 0, 'no document text read while activating');
    assert.deepEqual(checked, []);
    await tick(5);
    assert.deepEqual(checked, [document.version]);
    publisher.dispose();
  });

  it('checks once for a burst of keystrokes, for the last version only', async () => {
    const publisher = new module.DiagnosticsPublisher(cache as never);
    const document = fake.openDocument('/r/case.md', 'Text.') as FakeDocument & { setText(t: string): void };
    await tick(5);
    checked.length = 0;
    for (let i = 0; i < 5; i++) change(document, `Text ${i}.`);
    await tick(100);
    assert.deepEqual(checked, [], 'nothing checked inside the debounce window (250 ms by default)');
    await tick(250);
    assert.deepEqual(checked, [document.version], 'one check, of the final version');
    assert.equal(fake.published.get(document.uri.toString())?.version, document.version);
    publisher.dispose();
  });

  it('does not re-check when only the dirty state changed, nor the same version twice', async () => {
    const publisher = new module.DiagnosticsPublisher(cache as never);
    const document = fake.openDocument('/r/case.md', 'Text.');
    await tick(5);
    checked.length = 0;
    fake.fire('workspace.onDidChangeTextDocument', { document, contentChanges: [] });
    publisher.refresh(document as never);
    await tick(300);
    assert.deepEqual(checked, []);
    publisher.refreshAll(); // settings changed: always re-checked
    assert.deepEqual(checked, [document.version]);
    publisher.dispose();
  });

  it('never publishes the findings of a version that changed while it was being checked', async () => {
    let answer: ((value: unknown) => void) | undefined;
    const slow = {
      get: (document: FakeDocument) => new Promise((resolve) => (answer = () => resolve({ version: document.version, findings: [] }))),
    };
    const publisher = new module.DiagnosticsPublisher(slow as never);
    const document = fake.openDocument('/r/case.md', 'Text.') as FakeDocument & { setText(t: string): void };
    await tick(5);
    const first = answer!;
    change(document, 'Edited while the check ran.');
    first(undefined);
    await tick(5);
    assert.equal(fake.published.has(document.uri.toString()), false, 'the old version is not published');
    await tick(300);
    answer!(undefined);
    await tick(5);
    assert.equal(fake.published.get(document.uri.toString())?.version, document.version, 'the new version is');
    publisher.dispose();
  });

  it('forgets a closed document and never checks it after', async () => {
    const publisher = new module.DiagnosticsPublisher(cache as never);
    const document = fake.openDocument('/r/case.md', 'Text.') as FakeDocument & { setText(t: string): void };
    await tick(5);
    checked.length = 0;
    change(document, 'Edited.');
    document.isClosed = true;
    fake.fire('workspace.onDidCloseTextDocument', document);
    await tick(300);
    assert.deepEqual(checked, []);
    assert.equal(fake.published.has(document.uri.toString()), false);
    publisher.dispose();
  });
});
