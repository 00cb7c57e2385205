import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { escapeHtml, contentSecurityPolicy } from '../../core';

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

export interface ShellOptions {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  /** The article (empty: it comes in an update) and the document version it shows. */
  article: string;
  version?: number;
  documentUri: string;
  page?: number | 'all';
  line?: number;
  /** Remote (https) images allowed by the setting in a trusted workspace. */
  remoteImages?: boolean;
}

/** The preview's style sheet and script (dist/preview.css, dist/preview.js), read once. */
let assets: { css: string; script: string } | undefined;

function previewAssets(extensionUri: vscode.Uri): { css: string; script: string } {
  if (!assets) {
    const read = (file: string) => readFileSync(vscode.Uri.joinPath(extensionUri, 'dist', file).fsPath, 'utf8');
    assets = { css: read('preview.css'), script: read('preview.js') };
  }
  return assets;
}

/**
 * The webview's page: a strict CSP with a fresh nonce for every render of the shell, the style
 * sheet and script inline under that nonce (the webview fetches nothing before it can paint and
 * say it is ready), and the article inside `#cr-root`, so the first paint needs no script (or
 * nothing yet: it comes in an update).
 */
export function previewShell(options: ShellOptions): string {
  const { webview, extensionUri } = options;
  const nonce = newNonce();
  const { css, script } = previewAssets(extensionUri);
  const csp = contentSecurityPolicy(nonce, [webview.cspSource], [webview.cspSource], options.remoteImages === true);
  const page = options.page === undefined ? '' : ` data-page="${escapeHtml(String(options.page))}"`;
  const line = options.line === undefined ? '' : ` data-line="${options.line}"`;
  const version = options.version === undefined ? '' : ` data-version="${options.version}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
${css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="cr-preview">
<main class="cr-root" id="cr-root" data-uri="${escapeHtml(options.documentUri)}"${page}${line}${version}>
${options.article}</main>
<script nonce="${nonce}">
${script.replace(/<\/script/gi, '<\\/script')}
</script>
</body>
</html>`;
}
