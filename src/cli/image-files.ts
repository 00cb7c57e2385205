import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import type { ImageFiles, ImageRoots } from '../core';

/** The image checks' file system on Node (the CLI, and Export HTML in the extension host). */
export const nodeImageFiles: ImageFiles = {
  realPath(path) {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
  fileSize(path) {
    try {
      const stat = statSync(path);
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  },
  head(path, length) {
    const bytes = new Uint8Array(length);
    const fd = openSync(path, 'r');
    try {
      return bytes.subarray(0, readSync(fd, bytes, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  },
  base64: (path) => readFileSync(path).toString('base64'),
};

/**
 * A report's images come from its folder, or from the current folder when the report lies inside
 * it (the project a command runs in: `casereport render reports/case.md` may show `../figures/`).
 */
export function imageRoots(path: string): ImageRoots {
  const folder = dirname(path);
  const cwd = process.cwd();
  const inside = relative(cwd, path);
  return { folder, roots: inside && !inside.startsWith('..') && !isAbsolute(inside) ? [cwd] : [] };
}
