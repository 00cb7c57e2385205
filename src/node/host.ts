// The engine's Host on Node's file system, shared by the CLI and the analysis worker.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { LibraryLoader, type Host, type LibraryFiles } from '../core';

/** Library files read with Node's fs. */
export const nodeLibraryFiles: LibraryFiles = {
  stat(path) {
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) return { kind: 'folder' };
      return stat.isFile() ? { kind: 'file', size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  },
  readText: (path) => readFileSync(path, 'utf8'),
};

/** A host whose library loader (and so its cache of parsed libraries) lives as long as the host. */
export function createNodeHost(): Host & { libraries: LibraryLoader } {
  const libraries = new LibraryLoader(nodeLibraryFiles);
  return {
    libraries,
    fileExists: (path) => existsSync(path),
    library: (model) => libraries.load(model),
  };
}
