import * as vscode from 'vscode';
import { newNonce } from './html';
import { imageRoots, remoteImagesAllowed } from './local-image';
import { nodeImageFiles } from '../../node/image-files';
import { ImageEmbedder, standalonePage } from '../../core';
import { isMarkdown, type AnalysisCache } from '../analysis';
import { confirmExport } from '../export/confirm';
import { offerOpen, writeThroughRename } from '../export/deliver';

/**
 * "Case Report: Export HTML": the same standalone page as `casereport render` (local images checked
 * and embedded once each, remote ones as the preview shows them, the preview's CSP, the pager, the
 * print style sheet), after the question the Word and PDF exports ask when the report has errors or
 * patient-privacy findings (confirmExport), saved where the author chooses, then offered to open or reveal as the Word and
 * PDF exports are (deliver.ts). Images left out are named in a warning.
 */
export async function exportHtml(extensionUri: vscode.Uri, cache: AnalysisCache, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isMarkdown(document)) {
    void vscode.window.showInformationMessage('Open a Markdown case report to export it.');
    return;
  }
  const analysis = await cache.get(document).catch(() => undefined);
  if (!(await confirmExport(analysis?.findings ?? []))) return;
  const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/\.[^/.]*$/, '') + '.html' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export' });
  if (!target) return;
  // Render once to learn the local images, check and collect them, then render with them embedded.
  const nonce = newNonce();
  const remoteImages = remoteImagesAllowed();
  const roots = imageRoots(document);
  const embedder = roots && new ImageEmbedder(nodeImageFiles, roots, nonce.replace(/[^A-Za-z0-9]/g, ''));
  const images: Record<string, string> = {};
  let rendered = await cache.query(document, 'render', { images, sourceLines: false, remoteImages });
  if (rendered && rendered.unresolved.length > 0 && embedder) {
    for (const src of rendered.unresolved) images[src] = embedder.resolve(src) ?? '';
    rendered = await cache.query(document, 'render', { images, sourceLines: false, remoteImages });
  }
  if (!rendered) {
    void vscode.window.showWarningMessage('The document changed during the export: export it again.');
    return;
  }
  const [css, script] = await Promise.all(['preview.css', 'preview.js'].map(async (name) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', name))).toString('utf8')));
  const title = rendered.title ?? document.uri.path.split('/').pop() ?? 'Case report';
  const html = standalonePage(rendered.html, { title, css, script, nonce, remoteImages, images: embedder?.dataUris() });
  try {
    await writeThroughRename(target, Buffer.from(html, 'utf8'));
  } catch (error) {
    void vscode.window.showErrorMessage(`${target.path.split('/').pop()} was not exported: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return;
  }
  // Images left out (outside the report's folder, not an image, too large) are the warnings.
  void offerOpen(target, embedder?.warnings ?? []);
}
