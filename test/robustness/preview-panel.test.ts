import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FakeVscode, type FakeDocument } from '../support/vscode-fake';
import { ensurePreviewAssets } from '../render/assets';

/**
 * Opening the preview with a stand-in `vscode`: the article is rendered while VS Code creates the
 * webview and is written into its page, so the first paint needs no message and no script; later
 * articles come as updates. (How long that takes in a real VS Code is measured by `npm run bench`,
 * never here.)
 */
describe('preview panel: the article in the page, later ones as updates', () => {
  let fake: FakeVscode;
  let uninstall: () => void;
  let module: typeof import('../../src/extension/preview/panel');
  const root = join(__dirname, '..', '..');

  /** A render the test answers when it wants: the worker's reply, held back. */
  function worker() {
    const asked: { version: number; params: { images: Record<string, string> } & Record<string, unknown>; answer: (html: string, unresolved?: string[]) => void; fail: () => void }[] = [];
    const cache = {
      query: (document: FakeDocument, method: string, params: { images: Record<string, string> }) => {
        assert.equal(method, 'render');
        // A copy, as the worker receives it.
        const sent = { ...params, images: { ...params.images } };
        return new Promise((resolve, reject) => asked.push({ version: document.version, params: sent, answer: (html, unresolved = []) => resolve({ html, unresolved }), fail: () => reject(new Error('the worker stopped')) }));
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

  const host = (cache: unknown, images: Record<string, string> = {}) => ({
    extensionUri: { fsPath: root, path: root, scheme: 'file', toString: () => `file://${root}` },
    cache,
    scrollSync: () => true,
    imagesOf: () => images,
    onDidDispose() {},
  });
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

  const article = (text: string) => `<article class="cr-article"><h1 class="cr-title">${text}</h1></article>`;

  it('renders at once and writes the article into the page, style and script inline: no message before the first paint', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nText.\n');
    const { asked, cache } = worker();
    const { panel, posted, htmls, say } = webviewPanel();
    new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    await tick();
    assert.equal(asked.length, 1, 'the article is being rendered while VS Code creates the webview');
    assert.equal(asked[0].params.lazyImages, true, 'its images load after the page (VS Code shows the page at its load event)');
    assert.equal(htmls.length, 0, 'the page waits for its article');
    asked[0].answer(article('A'));
    await tick();
    assert.equal(htmls.length, 1, 'the page is written once the article is there');
    assert.match(htmls[0], new RegExp(`<main class="cr-root" id="cr-root" data-uri="file:///r/case\\.md"[^>]* data-version="${document.version}">\\n${article('A')}</main>`), 'with the article and its version');
    assert.match(htmls[0], /<style nonce="([^"]+)">[\s\S]*\.cr-article[\s\S]*<\/style>/, 'the style sheet inline');
    assert.match(htmls[0], /<script nonce="[^"]+">\n[\s\S]*acquireVsCodeApi[\s\S]*<\/script>/, 'the script inline');
    assert.doesNotMatch(htmls[0], /<link|<script[^>]* src=/, 'nothing to fetch before the first paint');
    say({ type: 'ready', version: document.version });
    await tick();
    assert.deepEqual(posted, [], 'the webview has the article: nothing to post');
    assert.equal(asked.length, 1, 'rendered once');
  });

  it('posts an article rendered while the webview loaded when it says it is ready, without rendering again', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nOne.\n') as FakeDocument & { setText(t: string): void };
    const { asked, cache } = worker();
    const { panel, posted, htmls, say } = webviewPanel();
    const preview = new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    await tick();
    asked[0].answer(article('One'));
    await tick();
    const first = document.version;
    document.setText('---\ntitle: T\n---\n\nTwo.\n');
    void (preview as unknown as { update(): Promise<void> }).update();
    await tick();
    assert.equal(asked.length, 2);
    asked[1].answer(article('Two'));
    await tick();
    assert.deepEqual(posted, [], 'nothing is posted to a webview that is not ready');
    say({ type: 'ready', version: first });
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: article('Two'), version: document.version }]);
    assert.equal(asked.length, 2, 'not rendered again');
    assert.equal(htmls.length, 1, 'the page is not written again');
  });

  it('a webview reloaded with an older article than the document (shown again after hiding) gets the current one', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nOne.\n') as FakeDocument & { setText(t: string): void };
    const { asked, cache } = worker();
    const { panel, posted, say } = webviewPanel();
    const preview = new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    await tick();
    asked[0].answer(article('One'));
    await tick();
    const first = document.version;
    say({ type: 'ready', version: first });
    document.setText('---\ntitle: T\n---\n\nTwo.\n');
    void (preview as unknown as { update(): Promise<void> }).update();
    await tick();
    asked[1].answer(article('Two'));
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: article('Two'), version: document.version }]);
    // VS Code reloads a hidden webview's page when it is shown again: the page as written, with the first article.
    say({ type: 'ready', version: first });
    await tick();
    assert.equal(asked.length, 3, 'rendered again for the reloaded page');
    asked[2].answer(article('Two'));
    await tick();
    assert.deepEqual(posted.slice(1), [{ type: 'update', html: article('Two'), version: document.version }]);
  });

  it('writes the page without the article when the render fails; the webview asks and gets it as an update', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nText.\n');
    const { asked, cache } = worker();
    const { panel, posted, htmls, say } = webviewPanel();
    const errors = console.error;
    console.error = () => undefined;
    try {
      new module.PreviewPanel(panel as never, document as never, host(cache) as never);
      await tick();
      asked[0].fail();
      await tick();
    } finally {
      console.error = errors;
    }
    assert.equal(htmls.length, 1, 'the page is written all the same');
    assert.match(htmls[0], /<main class="cr-root" id="cr-root" data-uri="file:\/\/\/r\/case\.md"[^>]*>\n<\/main>/, 'without an article');
    assert.doesNotMatch(htmls[0], /data-version/);
    say({ type: 'ready' });
    await tick();
    assert.equal(asked.length, 2, 'asked, it renders again');
    asked[1].answer(article('A'));
    await tick();
    assert.deepEqual(posted, [{ type: 'update', html: article('A'), version: document.version }]);
  });

  it('never lets an older render overwrite a newer one', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\nOne.\n') as FakeDocument & { setText(t: string): void };
    const { asked, cache } = worker();
    const { panel, posted, htmls, say } = webviewPanel();
    const preview = new module.PreviewPanel(panel as never, document as never, host(cache) as never);
    await tick();
    document.setText('---\ntitle: T\n---\n\nTwo.\n');
    (preview as unknown as { update(): Promise<void> }).update();
    await tick();
    assert.equal(asked.length, 2);
    asked[1].answer(article('Two'));
    await tick();
    asked[0].answer(article('One'));
    await tick();
    assert.equal(htmls.length, 1);
    assert.match(htmls[0], /Two/, 'the page has the newer article');
    assert.doesNotMatch(htmls[0], /One/);
    say({ type: 'ready', version: document.version });
    await tick();
    assert.deepEqual(posted, []);
  });

  it('a preview opened again for the document renders once, with the images its first preview found', async () => {
    const document = fake.openDocument('/r/case.md', '---\ntitle: T\n---\n\n![Figure 1. Echo.](images/echo.png)\n');
    const { asked, cache } = worker();
    const images: Record<string, string> = {};
    const first = webviewPanel();
    new module.PreviewPanel(first.panel as never, document as never, host(cache, images) as never);
    await tick();
    asked[0].answer(article('A'), ['images/echo.png']);
    await tick();
    assert.equal(asked.length, 2, 'the first preview renders again once it has mapped the image');
    assert.deepEqual(Object.keys(asked[1].params.images), ['images/echo.png']);
    asked[1].answer(article('A'));
    await tick();
    const second = webviewPanel();
    new module.PreviewPanel(second.panel as never, document as never, host(cache, images) as never);
    await tick();
    assert.equal(asked.length, 3);
    assert.deepEqual(asked[2].params.images, asked[1].params.images, 'the same question as the last render, which the worker answers from its last render');
    asked[2].answer(article('A'));
    await tick();
    assert.equal(asked.length, 3, 'rendered once');
    assert.equal(second.htmls.length, 1);
  });
});
