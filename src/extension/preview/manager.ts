import * as vscode from 'vscode';
import type { PreviewState } from '../../preview/messages';
import { isMarkdown, type AnalysisCache } from '../analysis';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelHost } from './panel';

type PreviewMode = 'followActiveEditor' | 'perDocument';

/**
 * The preview panels: "Open Preview to the Side" opens (or reveals) one; with the setting
 * `casereport.preview.mode` = `followActiveEditor` a single panel shows whichever Markdown editor
 * is active, with `perDocument` each document gets its own. Panels come back after a reload.
 */
export class PreviewManager implements vscode.Disposable, PanelHost {
  private readonly panels = new Set<PreviewPanel>();
  /** PanelHost.imagesOf, by document URI. */
  private readonly images = new Map<string, Record<string, string>>();
  private readonly disposables: vscode.Disposable[] = [];
  constructor(
    readonly extensionUri: vscode.Uri,
    readonly cache: AnalysisCache,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.images.delete(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => {
        for (const panel of this.panels) if (panel.uri.toString() === event.document.uri.toString()) panel.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isMarkdown(editor.document) || this.mode() !== 'followActiveEditor') return;
        for (const panel of this.panels) panel.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const line = event.selections[0]?.active.line;
        if (line === undefined) return;
        for (const panel of this.panelsFor(event.textEditor.document.uri)) panel.cursorMoved(line);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('casereport.preview.remoteImages')) for (const panel of this.panels) panel.refresh();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const panel of this.panels) panel.refresh();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const range = event.visibleRanges[0];
        if (!range) return;
        for (const panel of this.panelsFor(event.textEditor.document.uri)) panel.editorScrolled(range.start.line);
      }),
    );
  }

  /** "Case Report: Open Preview to the Side". */
  async openToSide(uri?: vscode.Uri): Promise<void> {
    const document = await this.documentFor(uri);
    if (!document) {
      void vscode.window.showInformationMessage('Open a Markdown case report to preview it.');
      return;
    }
    const existing = this.mode() === 'followActiveEditor' ? [...this.panels][0] : this.panelsFor(document.uri)[0];
    if (existing) {
      existing.show(document);
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Case Report Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false });
    this.panels.add(new PreviewPanel(panel, document, this));
  }

  /** Files the documents depend on changed on disk (an image, the library, the house style): every panel renders again. */
  filesChanged(): void {
    this.images.clear();
    for (const panel of this.panels) panel.filesChanged();
  }

  imagesOf(document: vscode.TextDocument): Record<string, string> {
    const key = document.uri.toString();
    let images = this.images.get(key);
    if (!images) this.images.set(key, (images = {}));
    return images;
  }

  scrollSync(): boolean {
    return vscode.workspace.getConfiguration('casereport').get<boolean>('preview.scrollSync', true);
  }

  onDidDispose(panel: PreviewPanel): void {
    this.panels.delete(panel);
  }

  private mode(): PreviewMode {
    return vscode.workspace.getConfiguration('casereport').get<PreviewMode>('preview.mode', 'followActiveEditor');
  }

  private panelsFor(uri: vscode.Uri): PreviewPanel[] {
    const key = uri.toString();
    return [...this.panels].filter((panel) => panel.uri.toString() === key);
  }

  private async documentFor(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
    const editor = vscode.window.activeTextEditor;
    return editor && isMarkdown(editor.document) ? editor.document : undefined;
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri, true));
      this.panels.add(new PreviewPanel(panel, document, this, state));
    } catch {
      panel.dispose();
    }
  }

  dispose(): void {
    for (const panel of [...this.panels]) panel.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
