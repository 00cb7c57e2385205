import { LibraryLoader, type LibraryFiles } from '../../src/core/bibliography/loader';
import { checkText } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import type { Host } from '../../src/core/rule';
import type { Finding } from '../../src/core/types';

export const REPORT_PATH = '/cases/lupus/case.md';

/** A file system in memory: text files by absolute path, `folder` for a folder; counts the reads. */
export class MemoryFiles implements LibraryFiles {
  reads = 0;
  private readonly mtimes = new Map<string, number>();

  constructor(readonly files: Record<string, string | { folder: true } | { size: number }>) {}

  stat(path: string): ReturnType<LibraryFiles['stat']> {
    const file = this.files[path];
    if (file === undefined) return undefined;
    if (typeof file === 'object' && 'folder' in file) return { kind: 'folder' };
    const size = typeof file === 'string' ? Buffer.byteLength(file) : file.size;
    return { kind: 'file', size, mtimeMs: this.mtimes.get(path) ?? 1 };
  }

  readText(path: string): string {
    this.reads++;
    const file = this.files[path];
    if (typeof file !== 'string') throw Object.assign(new Error('not readable'), { code: 'EISDIR' });
    return file;
  }

  /** Rewrites a file as Zotero's auto-export does: new text, new modification time. */
  rewrite(path: string, text: string): void {
    this.files[path] = text;
    this.mtimes.set(path, (this.mtimes.get(path) ?? 1) + 1000);
  }
}

export function memoryHost(files: MemoryFiles): Host {
  const loader = new LibraryLoader(files);
  return { fileExists: (path) => files.files[path] !== undefined, library: (model) => loader.load(model) };
}

/** A case report with the given frontmatter lines and body. */
export function report(body: string, frontmatter = 'bibliography: refs.bib'): string {
  return `---\ntitle: Refractory Calciphylaxis in Lupus\nauthors:\n  - name: Joey Kim\n${frontmatter}\n---\n\n${body}\n`;
}

/** Findings of some codes, as `line:col-endCol code`, lines and columns 1-based. */
export function findings(text: string, files: MemoryFiles, codes: string[]): Finding[] {
  return checkText(text, defaultConfig(), memoryHost(files), REPORT_PATH).findings.filter((f) => codes.includes(f.code));
}

export function at(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.code}`;
}

export const LIBRARY_CODES = ['bibliography-missing', 'bibliography-syntax', 'reference-incomplete', 'citation-mixed', 'citation-unbracketed', 'citation-undefined', 'reference-duplicate', 'references-missing', 'citation-order', 'citation-range', 'reference-numbering', 'reference-uncited', 'citation-compress'];

/** A realistic BibTeX library as Better BibTeX exports it. */
export const BIB = String.raw`@article{nigwekar2008,
  title = {Calciphylaxis from Nonuremic Causes: A Systematic Review},
  author = {Nigwekar, Sagar U. and Wolf, Myles and Sterns, Richard H. and Hix, John K.},
  date = {2008-07},
  journaltitle = {Clinical Journal of the American Society of Nephrology},
  shortjournal = {Clin J Am Soc Nephrol},
  volume = {3},
  number = {4},
  pages = {1139--1143},
  doi = {10.2215/CJN.00530108}
}

@article{kalajian2009,
  title = {Calciphylaxis in a Patient with Systemic Lupus Erythematosus},
  author = {Kalajian, Andrea H. and Malhotra, Pankaj S. and Callen, Jeffrey P.},
  year = {2009},
  journal = {Archives of Dermatology},
  volume = {145},
  number = {4},
  pages = {451--458},
  doi = {10.1001/archdermatol.2008.602}
}

@book{firestein2017,
  title = {Kelley and Firestein's Textbook of Rheumatology},
  editor = {Firestein, Gary S. and Budd, Ralph C.},
  edition = {10},
  publisher = {Elsevier},
  location = {Philadelphia, PA},
  year = {2017}
}

@article{muller2015,
  title = {Sodium Thiosulfate in Calciphylaxis},
  author = {M{\"u}ller, J{\"o}rg and {\O}stergaard, S{\o}ren},
  journal = {Nephrol Dial Transplant},
  year = {2015},
  volume = {30},
  pages = {e12},
  doi = {10.1093/ndt/gfu001}
}
`;
