import * as vscode from 'vscode';

/**
 * The file a relative image source of a document names: next to the document, percent-escapes
 * decoded, query and fragment dropped. Undefined for untitled documents and malformed escapes.
 */
export function localImage(document: vscode.TextDocument, src: string): vscode.Uri | undefined {
  if (document.isUntitled) return undefined;
  try {
    return vscode.Uri.joinPath(document.uri, '..', decodeURIComponent(src.split(/[?#]/)[0]));
  } catch {
    return undefined;
  }
}
