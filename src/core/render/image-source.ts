import { escapeHtml } from '../escape-html';

/**
 * What an image source written in a report points at, read as a browser would read it (tabs and
 * newlines anywhere and spaces at the ends ignored, `\` as `/`, `https:host` as `https://host`):
 * a local file, an embedded data image, a remote host, or something no page should load.
 */
export type ImageSource = { kind: 'local' } | { kind: 'data' } | { kind: 'remote'; host: string } | { kind: 'other' };

export function imageSource(src: string): ImageSource {
  const s = src.replace(/[\t\n\r]+/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)?.[1].toLowerCase();
  if (scheme === undefined) return /^[\\/]{2}/.test(s) ? remote(hostOf(`https:${s}`)) : { kind: 'local' };
  if (scheme === 'http' || scheme === 'https') return remote(hostOf(s));
  if (scheme === 'data') return /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/i.test(s) ? { kind: 'data' } : { kind: 'other' };
  // A Windows drive path (C:\figures\a.png) is a local file.
  return /^[A-Za-z]:[\\/]/.test(s) ? { kind: 'local' } : { kind: 'other' };
}

/**
 * The webview's own resource host serves the files under the preview's resource roots: only the
 * sources the extension maps itself may name it, never one written in the report.
 */
function remote(host: string): ImageSource {
  return /(?:^|\.)vscode-(?:cdn\.net|resource|webview)(?:$|\.)/i.test(host) ? { kind: 'other' } : { kind: 'remote', host };
}

function hostOf(url: string): string {
  try {
    return new URL(url.replace(/\\/g, '/')).hostname || 'an unnamed host';
  } catch {
    return 'an unreadable address';
  }
}

/** What stands in for a remote image that is not loaded: its description and the host it would come from. */
export function blockedImage(alt: string, host: string): string {
  const what = alt ? `${escapeHtml(alt)}: ` : '';
  return `<span class="cr-image-blocked" title="Remote images are not loaded">[${what}image from ${escapeHtml(host)} not loaded]</span>`;
}

/**
 * What stands in for a local image whose file is not there: a box naming the file as written
 * ("images/ct.png not found"), and outside a figure the image's description, which no caption gives.
 */
export function missingImage(alt: string, src: string): string {
  const file = escapeHtml(missingImageText(src));
  const label = alt ? `${escapeHtml(alt)}: ${file}` : file;
  return `<span class="cr-image-missing" role="img" aria-label="${label}" title="The image file is not in the report's folder">${alt ? `[${label}]` : label}</span>`;
}

/** The words that stand where a missing image would be, in the page and in the Word manuscript: "images/ct.png not found". */
export function missingImageText(src: string): string {
  return `${decoded(src.trim())} not found`;
}

/** markdown-it writes a source percent-encoded (`ct%20scan.png`); the author wrote `ct scan.png`. */
function decoded(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
