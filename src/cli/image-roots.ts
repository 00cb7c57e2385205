import { dirname, isAbsolute, relative } from 'node:path';
import type { ImageRoots } from '../core';

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
