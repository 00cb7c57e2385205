import * as vscode from 'vscode';
import { renderArticle } from '../../core/render/article';
import type { FromWebview, PreviewState, ToWebview } from '../../preview/messages';
import { previewShell } from './html';
import type { PreviewModels } from './model';

export const PREVIEW_VIEW_TYPE = 'casereport.preview';
/** Updates follow the last keystroke by this much: well within the 150 ms the author notices. */
const UPDATE_DELAY_MS = 60;

export interface PanelHost {
  extensionUri: vscode.Uri;
  models: PreviewModels;
  scrollSync(): boolean;
  onDidDispose(panel: PreviewPanel): void;
}

/** One webview panel showing one Markdown document (which may change when it follows the editor). */
export class PreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renderedVersion = -1;
  /** The version inside the shell HTML: a hidden webview reloads from it, so it may be older than the last update. */
  private shellVersion = -1;
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
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
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
    const folder = vscode.Uri.joinPath(this.document.uri, '..');
    const roots = [vscode.Uri.joinPath(this.host.extensionUri, 'dist'), ...(this.document.isUntitled ? [] : [folder]), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: roots };
    this.panel.title = `Preview ${this.document.uri.path.split('/').pop() ?? ''}`;
  }

  private render(): string {
    const { model, config } = this.host.models.get(this.document);
    const webview = this.panel.webview;
    const folder = vscode.Uri.joinPath(this.document.uri, '..');
    const untitled = this.document.isUntitled;
    const article = renderArticle(model, {
      config,
      resolveImage: (src) => {
        if (untitled || /^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
        try {
          return webview.asWebviewUri(vscode.Uri.joinPath(folder, decodeURIComponent(src.split(/[?#]/)[0]))).toString();
        } catch {
          return undefined;
        }
      },
    });
    this.renderedVersion = this.document.version;
    return article.html;
  }

  /** A new shell (and nonce): on open, on restore, and when the panel switches documents. */
  private reset(page?: number | 'all', line?: number): void {
    this.ready = false;
    this.shellVersion = this.document.version;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.document.uri.toString());
    const cursorLine = line ?? editor?.visibleRanges[0]?.start.line;
    this.panel.webview.html = previewShell({
      webview: this.panel.webview,
      extensionUri: this.host.extensionUri,
      article: this.render(),
      documentUri: this.document.uri.toString(),
      page,
      line: cursorLine,
    });
  }

  private update(): void {
    this.timer = undefined;
    if (this.document.isClosed || this.document.version === this.renderedVersion) return;
    this.post({ type: 'update', html: this.render(), version: this.document.version });
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private receive(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        // Also after the webview was hidden and shown again: it reloaded the shell's article.
        this.ready = true;
        if (this.shellVersion !== this.document.version) {
          this.renderedVersion = -1;
          this.update();
        }
        break;
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
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.host.onDidDispose(this);
  }
}
