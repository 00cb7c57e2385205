import { escapeHtml } from '../escape-html';
import { embedImages } from './local-images';

export interface StandaloneOptions {
  /** The page's `<title>`. */
  title: string;
  /** Style sheet text, inlined with the nonce. */
  css: string;
  /** The pager script, inlined with the nonce. */
  script: string;
  /** A fresh random value per render (base64 or hex). */
  nonce: string;
  /** Sources images may come from besides data URIs (the webview's `cspSource`). */
  imageSources?: string[];
  /** Let the page load https images (the article then shows them instead of placeholders). */
  remoteImages?: boolean;
  /** Data URIs of the embedded images by the token the article uses (ImageEmbedder). */
  images?: Map<string, string>;
  lang?: string;
}

/**
 * The Content-Security-Policy of the preview and of exported pages: nothing loads or runs but the
 * style and script carrying this render's nonce; images from data URIs and the given sources, and
 * from https only when remote images are allowed.
 */
export function contentSecurityPolicy(nonce: string, imageSources: string[] = [], styleSources: string[] = [], remoteImages = false): string {
  return [
    "default-src 'none'",
    `img-src ${['data:', ...(remoteImages ? ['https:'] : []), ...imageSources].join(' ')}`,
    `style-src ${[...styleSources, `'nonce-${nonce}'`].join(' ')}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${['data:', ...styleSources].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A standalone HTML page around a rendered article: what `casereport render` and "Export HTML" write. */
export function standalonePage(articleHtml: string, options: StandaloneOptions): string {
  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.nonce, options.imageSources, [], options.remoteImages))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Case Report Writer">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">
${options.css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="cr-standalone">
<main class="cr-root" id="cr-root">
${options.images ? embedImages(articleHtml, options.images) : articleHtml}</main>
<script nonce="${nonce}">
${options.script.replace(/<\/script/gi, '<\\/script')}
</script>
</body>
</html>
`;
}
