// The image checks' file system on Node, shared by the CLI and the extension host.
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import type { ImageFiles } from '../core';

/** The image checks' file system on Node (the CLI; Export HTML and the exports in the extension host). */
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
