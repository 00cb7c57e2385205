import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FromWebview, PreviewState, ToWebview } from '../../preview/messages';
import { previewShell } from './html';
import { localImage, remoteImagesAllowed, resourceRoots } from './local-image';
import type { AnalysisCache } from '../analysis';

export const PREVIEW_VIEW_TYPE = 'casereport.preview';
/** Updates follow the last keystroke by this much: well within the 150 ms the author notices. */
const UPDATE_DELAY_MS = 60;

export interface PanelHost {
  extensionUri: vscode.Uri;
  cache: AnalysisCache;
  scrollSync(): boolean;
  /**
   * A document's local image sources mapped to webview URIs, shared by its previews and kept while
   * the document is open, so a preview opened again renders once (with every image known) and the
   * worker answers the same question from its last render. A webview URI names the file, not the
   * panel; the map is emptied when files change on disk.
   */
  imagesOf(document: vscode.TextDocument): Record<string, string>;
  onDidDispose(panel: PreviewPanel): void;
}

/** One webview panel showing one Markdown document (which may change when it follows the editor). */
export class PreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The version of the newest article handed to the webview (in its page, posted, or waiting for it to be ready); -1 none. */
  private renderedVersion = -1;
  /** An article rendered before the webview said it was ready: posted when it does. */
  private unposted: Article | undefined;
  /** Where the page of the current generation opens, until it is written (with its first article). */
  private opening: { page?: number | 'all'; line?: number } | undefined;
  /** Renders under way, and tickets that keep an older one from overwriting a newer one. */
  private rendering = 0;
  private tickets = 0;
  private postedTicket = 0;
  /** Counts resets: an article rendered for an earlier shell or document is dropped. */
  private generation = 0;
  private disposed = false;
  /** Remote images shown (setting on, workspace trusted): read for each shell, which carries the CSP. */
  private remoteImages = remoteImagesAllowed();
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** The editor was scrolled by the preview: do not echo its next visible-range change back. */
  private editorScrolledTo: number | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    document: vscode.TextDocument,
    private readonly host: PanelHost,
    state?: PreviewState,
  ) {
    this.document = document;
    this.configure();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
    );
    this.reset(state?.page, state?.line);
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** Shows another document in this panel (the preview follows the active editor). */
  show(document: vscode.TextDocument): void {
    if (document.uri.toString() === this.document.uri.toString()) return;
    this.document = document;
    this.configure();
    this.reset();
  }

  /** Called on every change of the document: renders once typing pauses. */
  scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** The cursor moved: show the page that holds it. */
  cursorMoved(line: number): void {
    this.post({ type: 'cursor', line });
  }

  /** The editor scrolled: scroll the preview with it. */
  editorScrolled(line: number): void {
    if (!this.host.scrollSync()) return;
    if (this.editorScrolledTo !== undefined && Math.abs(this.editorScrolledTo - line) < 1) {
      this.editorScrolledTo = undefined;
      return;
    }
    this.editorScrolledTo = undefined;
    this.post({ type: 'scroll', line });
  }

  private configure(): void {
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: resourceRoots(this.document, this.host.extensionUri) };
    this.panel.title = `Preview ${this.document.uri.path.split('/').pop() ?? ''}`;
  }

  /**
   * The article of the document's current version, rendered in the analysis worker. Local images
   * are mapped to webview URIs here (the worker says which it met), so a new image costs one more
   * render. Undefined when the panel has switched documents or been reset meanwhile.
   */
  private async article(): Promise<Article | undefined> {
    const document = this.document;
    const generation = this.generation;
    const current = () => !this.disposed && this.generation === generation && !document.isClosed;
    try {
      while (current()) {
        const version = document.version;
        const remoteImages = this.remoteImages;
        const images = this.host.imagesOf(document);
        let rendered = await this.host.cache.query(document, 'render', { images, sourceLines: true, remoteImages, lazyImages: true });
        if (rendered && rendered.unresolved.length > 0 && current()) {
          for (const src of rendered.unresolved) images[src] = this.resolveImage(src) ?? '';
          rendered = await this.host.cache.query(document, 'render', { images, sourceLines: true, remoteImages, lazyImages: true });
        }
        if (!current()) return undefined;
        // Undefined: the document changed meanwhile; render its new version.
        if (rendered) return { html: rendered.html, version };
      }
    } catch (error) {
      // The analysis worker failed: the panel keeps what it shows; the next edit tries again.
      console.error('casereport: preview render failed', error);
    }
    return undefined;
  }

  /** A local image the page may show, as a webview URI naming the file's version; undefined leaves it unloaded. */
  private resolveImage(src: string): string | undefined {
    const file = localImage(this.document, src);
    return file && this.panel.webview.asWebviewUri(file).with({ query: `v=${modified(file)}` }).toString();
  }

  /**
   * Files the document depends on changed on disk: its images are looked up again (the host empties
   * the map first: one that appeared is shown, one that went is a placeholder, one replaced gets a
   * new address so the webview does not show its cached copy) and the article is rendered again,
   * whatever its version.
   */
  filesChanged(): void {
    this.renderedVersion = -1;
    void this.update();
  }

  /** The remote-image setting changed (or the workspace became trusted): a new shell with its CSP. */
  refresh(): void {
    this.remoteImages = remoteImagesAllowed();
    this.reset();
  }

  /**
   * A new page (and nonce): on open, on restore, and when the panel switches documents. The article
   * is rendered at once, while VS Code creates the webview, and written into the page, so that its
   * first paint needs neither a message nor the script; the page is written without it only when
   * the render fails (the webview then asks for it). Later articles come as updates.
   */
  private reset(page?: number | 'all', line?: number): void {
    this.generation++;
    this.unposted = undefined;
    this.ready = false;
    this.renderedVersion = -1;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
    this.opening = { page, line: line ?? editor?.visibleRanges[0]?.start.line };
    void this.update();
  }

  /** Writes the webview's page, with the article when there is one; the webview loads it and says when it is ready. */
  private writePage(article: Article | undefined): void {
    const opening = this.opening ?? {};
    this.opening = undefined;
    this.ready = false;
    this.renderedVersion = article?.version ?? -1;
    this.panel.webview.html = previewShell({
      webview: this.panel.webview,
      extensionUri: this.host.extensionUri,
      article: article?.html ?? '',
      version: article?.version,
      documentUri: this.document.uri.toString(),
      page: opening.page,
      line: opening.line,
      remoteImages: this.remoteImages,
    });
  }

  /** Renders the document's version unless the webview has it (or will), and hands the article over: in the page when it is not written yet. */
  private async update(): Promise<void> {
    this.timer = undefined;
    if (this.document.isClosed || (this.opening === undefined && this.document.version === this.renderedVersion)) return;
    const ticket = ++this.tickets;
    const generation = this.generation;
    this.rendering++;
    let article: Article | undefined;
    try {
      article = await this.article();
    } finally {
      this.rendering--;
    }
    if (this.disposed || generation !== this.generation) return;
    // The render failed: the page is written without it, and the webview asks again.
    if (!article) {
      if (this.opening && this.rendering === 0) this.writePage(undefined);
      return;
    }
    // Never replace a newer article with an older one.
    if (ticket < this.postedTicket) return;
    this.postedTicket = ticket;
    if (this.opening) this.writePage(article);
    else if (this.ready) {
      this.renderedVersion = article.version;
      this.post({ type: 'update', html: article.html, version: article.version });
    } else {
      this.renderedVersion = article.version;
      this.unposted = article;
    }
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private receive(message: FromWebview): void {
    // Until the new page is written, what the webview says is about an earlier page (or document).
    if (this.opening) return;
    switch (message.type) {
      case 'ready': {
        // Also after the webview was hidden and shown again (it reloaded its page, with the article
        // written in it), or asking again for an article. It says which version it shows.
        this.ready = true;
        const unposted = this.unposted;
        this.unposted = undefined;
        this.renderedVersion = message.version ?? -1;
        if (unposted && unposted.version !== this.renderedVersion) {
          this.post({ type: 'update', html: unposted.html, version: unposted.version });
          this.renderedVersion = unposted.version;
        }
        if (this.rendering === 0) void this.update();
        break;
      }
      case 'scroll':
        if (this.host.scrollSync()) this.revealInEditor(message.line);
        break;
      case 'open-line':
        void this.openLine(message.line);
        break;
      case 'open-link':
        void this.openLink(message.href);
        break;
    }
  }

  private revealInEditor(line: number): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== this.document.uri.toString()) continue;
      const target = Math.max(0, Math.min(Math.floor(line), editor.document.lineCount - 1));
      this.editorScrolledTo = target;
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  private async openLine(line: number): Promise<void> {
    const target = Math.max(0, Math.min(Math.floor(line), this.document.lineCount - 1));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(target, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openLink(href: string): Promise<void> {
    if (/^(https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || this.document.isUntitled) return;
    const [path, fragment] = href.split('#');
    const target = vscode.Uri.joinPath(this.document.uri, '..', decodeURIComponent(path));
    try {
      await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, preview: !fragment });
    } catch {
      void vscode.window.showWarningMessage(`Cannot open ${href}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.host.onDidDispose(this);
  }
}

interface Article {
  html: string;
  version: number;
}

/** When a file was last written (0 when it cannot be read): a replaced image gets a new address. */
function modified(file: vscode.Uri): number {
  try {
    return Math.round(statSync(file.fsPath).mtimeMs);
  } catch {
    return 0;
  }
}
