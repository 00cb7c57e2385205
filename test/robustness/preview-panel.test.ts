import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FakeVscode, type FakeDocument } from '../support/vscode-fake';
import { ensurePreviewAssets } from '../render/assets';

/**
 * Opening the preview with a stand-in `vscode`: the webview gets its page at once, before the
 * analysis worker has rendered the article, so VS Code loads the webview while the worker works;
 * the article follows as an update once both are there. (How long that takes in a real VS Code is
 * measured by `npm run bench`, never here.)
 */
describe('preview panel: the webview first, the article when it is rendered', () => {
  let fake: FakeVscode;
  let uninstall: () => void;
  let module: typeof import('../../src/extension/preview/panel');
  const root = join(__dirname, '..', '..');

  /** A render the test answers when it wants: the worker's reply, held back. */
  function worker() {
    const asked: { version: number; answer: (html: string) => void }[] = [];
    const cache = {
      query: (document: FakeDocument, method: string) => {
        assert.equal(method, 'render');
        return new Promise((resolve) => asked.push({ version: document.version, answer: (html) => resolve({ html, unresolved: [] }) }));
      },
    };
    return { asked, cache };
  }

  function webviewPanel() {
    const posted: unknown[] = [];
    const htmls: string[] = [];
    let receive: ((message: unknown) => void) | undefined;
    const panel = {
      visible: true,
      viewColumn: 2,
      title: '',
      webview: {
        options: {},
        cspSource: 'https://webview.example',
        set html(value: string) {
          htmls.push(value);
        },
        get html() {
          return htmls[htmls.length - 1] ?? '';
        },
        asWebviewUri: (uri: unknown) => uri,
        postMessage: async (message: unknown) => (posted.push(message), true),
        onDidReceiveMessage: (listener: (message: unknown) => void) => ((receive = listener), { dispose() {} }),
      },
      onDidDispose: () => ({ dispose() {} }),
      onDidChangeViewState: () => ({ dispose() {} }),
      reveal() {},
      dispose() {},
    };
    return { panel, posted, htmls, say: (message: unknown) => receive!(message) };
  }

  const host = (cache: unknown) => ({ extensionUri: { fsPath: root, path: root, scheme: 'file', toString: () => `file://${root}` }, cache, scrollSync: () => true, onDidDispose() {} });
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  before(() => ensurePreviewAssets());
  beforeEach(() => {
    fake = new FakeVscode();
    uninstall = fake.install();
    delete require.cache[require.resolve('../../src/extension/preview/panel')];
    delete require.cache[require.resolve('../../src/extension/preview/html')];
    module = require('../../src/extension/preview/panel');
  });
  afterEach(() => uninstall());

  it('writes the webview page, style and script inline, before the worker has answered; the article follows once the webview is ready', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nText.\n');
    const { asked, cache } = worker();
    const { panel, posted, htmls, say } = webviewPanel();
    new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    assert.equal(htmls.length, 1, 'the page is written at once');
    assert.match(htmls[0], /<main class="cr-root" id="cr-root" data-uri="file:\/\/\/r\/case\.md"[^>]*>\n<\/main>/, 'without an article yet');
    assert.match(htmls[0], /<style nonce="([^"]+)">[\s\S]*\.cr-article[\s\S]*<\/style>/, 'the style sheet inline');
    assert.match(htmls[0], /<script nonce="[^"]+">\n[\s\S]*acquireVsCodeApi[\s\S]*<\/script>/, 'the script inline');
    assert.doesNotMatch(htmls[0], /<link|<script[^>]* src=/, 'nothing to fetch before the first paint');
    await tick();
    assert.equal(asked.length, 1, 'the article is being rendered');
    say({ type: 'ready' });
    asked[0].answer('<article class="cr-article">A</article>');
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: '<article class="cr-article">A</article>', version: document.version }]);
    assert.equal(htmls.length, 1, 'the page is not written again');
  });

  it('keeps an article rendered before the webview is ready, and posts it when it says so, without rendering again', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nText.\n');
    const { asked, cache } = worker();
    const { panel, posted, say } = webviewPanel();
    new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    await tick();
    asked[0].answer('<article class="cr-article">B</article>');
    await tick();
    assert.deepEqual(posted, [], 'nothing is posted to a webview that is not ready');
    say({ type: 'ready' });
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: '<article class="cr-article">B</article>', version: document.version }]);
    assert.equal(asked.length, 1, 'rendered once');
  });

  it('never lets an older render overwrite a newer one', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nOne.\n') as FakeDocument & { setText(t: string): void };
    const { asked, cache } = worker();
    const { panel, posted, say } = webviewPanel();
    const preview = new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    say({ type: 'ready' });
    await tick();
    document.setText('---\ntitle: T\n---\n\nTwo.\n');
    (preview as unknown as { update(): Promise<void> }).update();
    await tick();
    assert.equal(asked.length, 2);
    asked[1].answer('<article class="cr-article">Two</article>');
    await tick();
    asked[0].answer('<article class="cr-article">One</article>');
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: '<article class="cr-article">Two</article>', version: document.version }]);
  });
});
