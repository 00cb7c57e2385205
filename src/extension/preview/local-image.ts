import * as vscode from 'vscode';
import { nodeImageFiles } from '../../node/image-files';
import { checkLocalImage, type ImageRoots } from '../../core';

/**
 * Where a document's images may come from: its folder, and the workspace folder holding it (real
 * paths, symlinks resolved). Undefined for documents that are not files on disk.
 */
export function imageRoots(document: vscode.TextDocument): ImageRoots | undefined {
  if (document.isUntitled || document.uri.scheme !== 'file') return undefined;
  const real = (path: string) => nodeImageFiles.realPath(path) ?? path;
  const folder = real(vscode.Uri.joinPath(document.uri, '..').fsPath);
  const workspace = vscode.workspace.getWorkspaceFolder(document.uri);
  return { folder, roots: workspace ? [real(workspace.uri.fsPath)] : [] };
}

/**
 * The folders the preview's webview may load files from: the extension's dist folder, and the
 * workspace folder holding the document (or its own folder outside a workspace). Nothing above
 * them, so no `../` in a report reaches past what the image checks allow.
 */
export function resourceRoots(document: vscode.TextDocument, extensionUri: vscode.Uri): vscode.Uri[] {
  const roots = imageRoots(document);
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  if (!roots) return [dist];
  return [dist, vscode.Uri.file(roots.roots[0] ?? roots.folder)];
}

/**
 * The file a relative image source of a document names, when the page may show it: inside the
 * document's folder or workspace after symlinks, and an image of the type its extension names.
 */
export function localImage(document: vscode.TextDocument, src: string): vscode.Uri | undefined {
  const roots = imageRoots(document);
  if (!roots) return undefined;
  const image = checkLocalImage(nodeImageFiles, roots, src);
  return image.ok ? vscode.Uri.file(image.path) : undefined;
}

/** Remote images are shown only when the user allows them, and only in a trusted workspace. */
export function remoteImagesAllowed(): boolean {
  return vscode.workspace.isTrusted && vscode.workspace.getConfiguration('casereport').get<boolean>('preview.remoteImages', false) === true;
}
