import { decodeEntities, readAttributes } from './html-tag';
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

/** A raw HTML `<img src>` in the report (outside code and comments): its source as the page reads it, and where it is written. */
export interface HtmlImage {
  src: string;
  srcStart: number;
  srcEnd: number;
}

const IMG = /<img(?=[\s/>])/giy;

/** The `<img>` tags of the prose (code, comments and frontmatter blanked) with a `src`, in document order. */
export function htmlImages(model: DocumentModel): HtmlImage[] {
  const prose = model.prose;
  const images: HtmlImage[] = [];
  for (let at = prose.indexOf('<'); at !== -1; at = prose.indexOf('<', at + 1)) {
    IMG.lastIndex = at;
    if (!IMG.test(prose)) continue;
    const tag = readAttributes(prose, IMG.lastIndex);
    if (!tag) continue;
    const index = tag.attributes.findIndex(([name]) => name.toLowerCase() === 'src');
    if (index !== -1) {
      const raw = tag.attributes[index][1];
      images.push({ src: decodeEntities(raw).trim(), srcStart: tag.valueStarts[index], srcEnd: tag.valueStarts[index] + raw.length });
    }
    at = tag.end - 1;
  }
  return images;
}

/** The image files a report's figures and `<img>` tags name (absolute paths, each once): their coming and going changes the findings. */
export function figureFilePaths(model: DocumentModel): string[] {
  const paths = new Set<string>();
  for (const { src } of [...model.figures, ...htmlImages(model)]) {
    const path = imageFilePath(model.path, src ?? '');
    if (path !== undefined) paths.add(path);
  }
  return [...paths];
}
