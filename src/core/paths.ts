/** Minimal path handling for both `/` and `\` separators, so the engine needs no Node `path`. */

export function isRemote(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target) || target.startsWith('//');
}

export function dirname(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut <= 0 ? (cut === 0 ? path.slice(0, 1) : '.') : path.slice(0, cut);
}

/** Resolves a Markdown image target (URL-encoded, maybe with `?query#hash`) against a folder. */
export function resolveTarget(folder: string, target: string): string {
  let path = target.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // keep the raw path when it is not valid percent-encoding
  }
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const absolute = path.startsWith('/') || path.startsWith('\\') || /^[a-z]:[\\/]/i.test(path);
  const parts = (absolute ? path : `${folder}/${path}`).split(/[\\/]+/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 1) out.pop();
    else out.push(part);
  }
  return out.join(separator) || separator;
}
