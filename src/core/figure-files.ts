import type { DocumentModel } from './model';
import { dirname, isRemote, resolveTarget } from './paths';

/**
 * The file a local image source names, resolved against the report's folder: the file `figure-file`
 * checks, the preview and the exported page show as missing when it is not there, and the editor
 * watches. Undefined for an empty or remote source, or a report that is not a file on disk.
 */
export function imageFilePath(documentPath: string | undefined, src: string): string | undefined {
  if (documentPath === undefined || src === '' || isRemote(src)) return undefined;
  return resolveTarget(dirname(documentPath), src);
}

/** The image files a report's figures name (absolute paths, each once): their coming and going changes the findings. */
export function figureFilePaths(model: DocumentModel): string[] {
  const paths = new Set<string>();
  for (const figure of model.figures) {
    const path = imageFilePath(model.path, figure.src ?? '');
    if (path !== undefined) paths.add(path);
  }
  return [...paths];
}
