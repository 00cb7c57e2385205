import * as vscode from 'vscode';
import { renderArticle } from '../../core/render/article';
import { newNonce } from './html';
import { standalonePage } from '../../core/render/page';
import type { PreviewModels } from './model';

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

/**
 * "Case Report: Export HTML": the same standalone page as `casereport render` (images embedded,
 * the preview's CSP, the pager, the print style sheet), saved where the author chooses.
 */
export async function exportHtml(extensionUri: vscode.Uri, models: PreviewModels, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown case report to export it.');
    return;
  }
  const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/\.[^/.]*$/, '') + '.html' });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export' });
  if (!target) return;
  const { model, config } = models.get(document);
  const folder = vscode.Uri.joinPath(document.uri, '..');

  // Render once to learn the local images, read them, then render with them embedded.
  const wanted = new Set<string>();
  renderArticle(model, { config, sourceLines: false, resolveImage: (src) => (wanted.add(src), undefined) });
  const embedded = new Map<string, string>();
  if (!document.isUntitled) {
    await Promise.all(
      [...wanted].map(async (src) => {
        const type = IMAGE_TYPES[src.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? ''];
        if (!type) return;
        try {
          const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, decodeURIComponent(src.split(/[?#]/)[0])));
          embedded.set(src, `data:${type};base64,${Buffer.from(bytes).toString('base64')}`);
        } catch {
          // A missing image stays a link; figure-file reports it.
        }
      }),
    );
  }
  const article = renderArticle(model, { config, sourceLines: false, resolveImage: (src) => embedded.get(src) });
  const [css, script] = await Promise.all(['preview.css', 'preview.js'].map(async (name) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', name))).toString('utf8')));
  const title = article.meta.title ? `${article.meta.titlePrefix ? `${article.meta.titlePrefix}: ` : ''}${article.meta.title}` : document.uri.path.split('/').pop() ?? 'Case report';
  const html = standalonePage(article.html, { title, css, script, nonce: newNonce() });
  await vscode.workspace.fs.writeFile(target, Buffer.from(html, 'utf8'));
  const open = await vscode.window.showInformationMessage(`Exported ${target.path.split('/').pop()}`, 'Open in Browser');
  if (open) await vscode.env.openExternal(target);
}
