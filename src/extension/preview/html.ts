import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml, contentSecurityPolicy } from '../../core';

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

export interface ShellOptions {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  article: string;
  documentUri: string;
  page?: number | 'all';
  line?: number;
  /** Remote (https) images allowed by the setting in a trusted workspace. */
  remoteImages?: boolean;
}

/**
 * The webview's page: a strict CSP with a fresh nonce for every render of the shell, the style
 * sheet and script from the extension's dist folder, and the article inside `#cr-root`.
 */
export function previewShell(options: ShellOptions): string {
  const { webview, extensionUri } = options;
  const nonce = newNonce();
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.js'));
  const csp = contentSecurityPolicy(nonce, [webview.cspSource], [webview.cspSource], options.remoteImages === true);
  const page = options.page === undefined ? '' : ` data-page="${escapeHtml(String(options.page))}"`;
  const line = options.line === undefined ? '' : ` data-line="${options.line}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(css.toString())}" nonce="${nonce}">
</head>
<body class="cr-preview">
<main class="cr-root" id="cr-root" data-uri="${escapeHtml(options.documentUri)}"${page}${line}>
${options.article}</main>
<script nonce="${nonce}" src="${escapeHtml(script.toString())}"></script>
</body>
</html>`;
}
