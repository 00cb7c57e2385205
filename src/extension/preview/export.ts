import * as vscode from 'vscode';
import { newNonce } from './html';
import { localImage } from './local-image';
import { standalonePage } from '../../core/render/page';
import { isMarkdown, type AnalysisCache } from '../analysis';

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

/**
 * "Case Report: Export HTML": the same standalone page as `casereport render` (images embedded,
 * the preview's CSP, the pager, the print style sheet), saved where the author chooses.
 */
export async function exportHtml(extensionUri: vscode.Uri, cache: AnalysisCache, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isMarkdown(document)) {
    void vscode.window.showInformationMessage('Open a Markdown case report to export it.');
    return;
  }
  const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/\.[^/.]*$/, '') + '.html' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export' });
  if (!target) return;
  // Render once to learn the local images, read them, then render with them embedded.
  const images: Record<string, string> = {};
  let rendered = await cache.query(document, 'render', { images, sourceLines: false });
  if (rendered && rendered.unresolved.length > 0 && !document.isUntitled) {
    await Promise.all(
      rendered.unresolved.map(async (src) => {
        const file = localImage(document, src);
        const type = IMAGE_TYPES[src.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? ''];
        if (!file || !type) return;
        try {
          const bytes = await vscode.workspace.fs.readFile(file);
          images[src] = `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
        } catch {
          // A missing image stays a link; figure-file reports it.
        }
      }),
    );
    rendered = await cache.query(document, 'render', { images, sourceLines: false });
  }
  if (!rendered) {
    void vscode.window.showWarningMessage('The document changed during the export: export it again.');
    return;
  }
  const [css, script] = await Promise.all(['preview.css', 'preview.js'].map(async (name) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', name))).toString('utf8')));
  const title = rendered.title ?? document.uri.path.split('/').pop() ?? 'Case report';
  const html = standalonePage(rendered.html, { title, css, script, nonce: newNonce() });
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  const open = await vscode.window.showInformationMessage(`Exported ${target.path.split('/').pop()}`, 'Open in Browser');
  if (open) await vscode.env.openExternal(target);
}
