import { isRemote, resolveTarget } from '../paths';

/**
 * Which local images a page may show or embed, decided once for `casereport render`, Export HTML
 * and the preview: a file inside the report's folder or workspace after every symlink is resolved,
 * whose first bytes are an image of the type its extension names, and (to be embedded) no larger
 * than MAX_IMAGE_BYTES. Anything else stays a link and is named in a warning.
 */

/** What the check asks of the file system: the CLI and the extension give Node's (no Node here). */
export interface ImageFiles {
  /** The path with every symlink resolved; undefined when nothing is there. */
  realPath(path: string): string | undefined;
  /** The size in bytes of a regular file (after symlinks); undefined for anything else. */
  fileSize(path: string): number | undefined;
  /** The file's first `length` bytes (fewer when it is shorter). */
  head(path: string, length: number): Uint8Array;
  /** The whole file, base64-encoded. */
  base64(path: string): string;
}

/** Where a report's images may come from: its folder, and the workspace (or project) it lies in. */
export interface ImageRoots {
  /** The report's folder: relative sources are resolved against it. */
  folder: string;
  /** Further folders whose files may be shown (the workspace folder holding the report). */
  roots: string[];
}

/** One image is embedded up to this size, so one photograph cannot make a 100 MB page. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** All embedded images of one page together, so the page stays a string V8 can hold. */
export const MAX_PAGE_IMAGE_BYTES = 100 * 1024 * 1024;

export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** Bytes read to recognise an image (an SVG may open with a prologue and comments). */
const SNIFF_BYTES = 4096;

/** checkLocalImage's reason for a source that names no file: what figure-file reports, and the page's box shows. */
export const NO_SUCH_FILE = 'no such file';

export type LocalImage = { ok: true; path: string; type: string; size: number } | { ok: false; reason: string };

/** The file a relative image source names, checked as the page needs it (see the file comment). */
export function checkLocalImage(files: ImageFiles, where: ImageRoots, src: string): LocalImage {
  if (isRemote(src)) return { ok: false, reason: 'not a local file' };
  const target = resolveTarget(where.folder, src);
  const extension = /\.([A-Za-z0-9]+)$/.exec(target)?.[1]?.toLowerCase() ?? '';
  const type = IMAGE_TYPES[extension];
  if (!type) return { ok: false, reason: `not an image file (${Object.keys(IMAGE_TYPES).map((e) => `.${e}`).join(', ')})` };
  const path = files.realPath(target);
  if (path === undefined) return { ok: false, reason: NO_SUCH_FILE };
  const roots = [where.folder, ...where.roots].map((root) => files.realPath(root) ?? root);
  if (!roots.some((root) => isInside(path, root))) return { ok: false, reason: "outside the report's folder and workspace" };
  const size = files.fileSize(path);
  if (size === undefined) return { ok: false, reason: 'not a regular file' };
  if (imageType(files.head(path, SNIFF_BYTES)) !== type) return { ok: false, reason: `not a ${type.replace(/^image\/|\+xml$/g, '').toUpperCase()} image` };
  return { ok: true, path, type, size };
}

/** Is `path` the folder `root` or inside it? Both absolute, `/` or `\` separated. */
export function isInside(path: string, root: string): boolean {
  const p = path.replace(/\\/g, '/');
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  return p === r || p.startsWith(`${r}/`) || r === '';
}

/** The image type the first bytes of a file announce (magic numbers), or undefined. */
export function imageType(bytes: Uint8Array): string | undefined {
  const at = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
    return true;
  };
  if (at(0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (at(0, '\xff\xd8\xff')) return 'image/jpeg';
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'image/gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(4, 'ftyp') && (at(8, 'avif') || at(8, 'avis'))) return 'image/avif';
  if (isSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

/** An SVG file: text that opens with markup (after a BOM and white space) and holds an `<svg` element. */
function isSvg(bytes: Uint8Array): boolean {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  text = text.replace(/^\xef\xbb\xbf/, '').trimStart();
  return text.startsWith('<') && /<svg[\s>]/i.test(text);
}

/**
 * The local images of one exported page, each read once however often the report shows it: the
 * renderer gets a short token per file (`resolve`), and `standalonePage` puts the data URI on the
 * first image and lets the others refer to it. What cannot be embedded keeps its source and is
 * named in `warnings`.
 */
export class ImageEmbedder {
  readonly warnings: string[] = [];
  /** Token per real path, and the path per token. */
  private readonly tokens = new Map<string, string>();
  private readonly paths = new Map<string, { path: string; type: string }>();
  private readonly seen = new Map<string, string | undefined>();
  private total = 0;

  constructor(
    private readonly files: ImageFiles,
    private readonly where: ImageRoots,
    /** Unguessable per page (the render's nonce), so a report cannot name a token itself. */
    private readonly salt: string,
  ) {}

  /** The token that stands for the image a relative source names, or undefined (a warning says why). */
  readonly resolve = (src: string): string | undefined => {
    if (this.seen.has(src)) return this.seen.get(src);
    const token = this.tokenFor(src);
    this.seen.set(src, token);
    return token;
  };

  private tokenFor(src: string): string | undefined {
    const image = checkLocalImage(this.files, this.where, src);
    if (!image.ok) {
      this.warnings.push(`image "${src}" not embedded: ${image.reason}`);
      return undefined;
    }
    const known = this.tokens.get(image.path);
    if (known) return known;
    if (image.size > MAX_IMAGE_BYTES) {
      this.warnings.push(`image "${src}" not embedded: larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
      return undefined;
    }
    if (this.total + image.size > MAX_PAGE_IMAGE_BYTES) {
      this.warnings.push(`image "${src}" not embedded: the page already holds ${MAX_PAGE_IMAGE_BYTES / 1024 / 1024} MB of images`);
      return undefined;
    }
    this.total += image.size;
    const token = `cr-image:${this.salt}:${this.tokens.size + 1}`;
    this.tokens.set(image.path, token);
    this.paths.set(token, { path: image.path, type: image.type });
    return token;
  }

  /** The data URI of each token handed out, read now (once per file). */
  dataUris(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [token, { path, type }] of this.paths) out.set(token, `data:${type};base64,${this.files.base64(path)}`);
    return out;
  }
}

/**
 * Puts each embedded image into the page once: the first `<img>` of a token gets the data URI, the
 * others `data-cr-image` naming it (the page script copies the source over). One pass over the page.
 */
export function embedImages(html: string, images: Map<string, string>): string {
  if (images.size === 0) return html;
  const placed = new Set<string>();
  return html.replace(/ src="(cr-image:[^"]*)"/g, (whole, token: string) => {
    const uri = images.get(token);
    if (uri === undefined) return whole;
    const id = token.slice(token.lastIndexOf(':') + 1);
    if (placed.has(token)) return ` data-cr-image="${id}"`;
    placed.add(token);
    return ` src="${uri}" data-cr-image="${id}"`;
  });
}
