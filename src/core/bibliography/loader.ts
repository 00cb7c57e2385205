import type { DocumentModel } from '../model';
import { dirname, isRemote, resolveTarget } from '../paths';
import { bibliographyValues, libraryFormat, type Library, type LibraryEntry, type LibraryProblem, type LibrarySource } from './library';
import { parseLibrary, type ParsedLibrary } from './parse';

/** How the loader reads library files: the CLI and the analysis worker pass Node's fs, tests a map. */
export interface LibraryFiles {
  /** What is at an absolute path: a file (its size in bytes and modification time), a folder, or nothing. */
  stat(path: string): { kind: 'file'; size: number; mtimeMs: number } | { kind: 'folder' } | undefined;
  /** The file's text, decoded as UTF-8; throws when it cannot be read. */
  readText(path: string): string;
}

/** A library larger than this is not read: parsing it would keep the checks waiting for seconds. */
export const MAX_LIBRARY_BYTES = 5 * 1024 * 1024;

/**
 * Reads the libraries documents name, each file parsed once per version (path, size and
 * modification time): Zotero's auto-export rewrites the file and the next check reads it again.
 * One loader lives as long as its host (the CLI run, the analysis worker); models know nothing of it.
 */
export class LibraryLoader {
  private readonly parsed = new Map<string, { stamp: string; result: ParsedLibrary }>();
  /** The last libraries built, by their files' stamps: the same files give the same Library object. */
  private readonly combined = new Map<string, Library>();

  constructor(private readonly files: LibraryFiles) {}

  /** The library the document's frontmatter names (NO_LIBRARY-like when it names none). */
  load(model: DocumentModel): Library {
    const sources: LibrarySource[] = [];
    const results: (ParsedLibrary | undefined)[] = [];
    const stamps: string[] = [];
    for (const { written, index } of bibliographyValues(model)) {
      const source: LibrarySource = { written, index, problems: [] };
      sources.push(source);
      const { result, stamp } = this.read(source, model.path);
      results.push(result);
      stamps.push(`${index ?? ''}\u0000${written}\u0000${stamp}`);
    }
    const key = stamps.join('\u0001');
    const cached = this.combined.get(key);
    if (cached) return cached;
    const entries = new Map<string, LibraryEntry>();
    sources.forEach((source, i) => {
      const result = results[i];
      if (!result) return;
      for (const problem of result.problems) source.problems.push(problem);
      for (const entry of result.entries) {
        const earlier = entries.get(entry.key);
        if (!earlier) entries.set(entry.key, entry);
        else if (earlier.path !== entry.path) source.problems.push({ kind: 'syntax', severity: 'warning', message: `${source.written} defines the key ${entry.key}, which an earlier bibliography file defines too; the first entry is used` });
      }
    });
    const library: Library = { sources, entries };
    if (this.combined.size >= 32) this.combined.delete(this.combined.keys().next().value!);
    this.combined.set(key, library);
    return library;
  }

  /** The parsed file a frontmatter value names, or the problem that kept it from being read (pushed onto the source). */
  private read(source: LibrarySource, documentPath: string | undefined): { result?: ParsedLibrary; stamp: string } {
    const problem = (kind: LibraryProblem['kind'], message: string) => {
      source.problems.push({ kind, message });
      return { stamp: `${kind}:${message}` };
    };
    const written = source.written;
    if (isRemote(written)) return problem('missing', `${written} is a web address; the bibliography must be a file on this computer`);
    const absolute = /^(?:[\\/]|[A-Za-z]:[\\/])/.test(written);
    if (!absolute && documentPath === undefined) return problem('missing', `${written} cannot be found: the report is not saved yet, and the path is relative to its folder`);
    const path = absolute ? resolveTarget('/', written) : resolveTarget(dirname(documentPath!), written);
    source.path = path;
    const format = libraryFormat(path);
    let stat: ReturnType<LibraryFiles['stat']>;
    try {
      stat = this.files.stat(path);
    } catch {
      stat = undefined;
    }
    if (!stat) return problem('missing', `${written} does not exist (looked for ${path})`);
    if (stat.kind === 'folder') return problem('missing', `${written} is a folder, not a library file`);
    if (!format) return problem('syntax', `${written} is not a library file this checker reads: use .bib (BibTeX), .json (CSL-JSON), .yaml (CSL-YAML) or .ris (RIS)`);
    if (stat.size > MAX_LIBRARY_BYTES) {
      return problem('syntax', `${written} is ${megabytes(stat.size)} MB; libraries over ${megabytes(MAX_LIBRARY_BYTES)} MB are not read (export only the collection this report cites)`);
    }
    const stamp = `${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
    const cached = this.parsed.get(path);
    if (cached && cached.stamp === stamp) return { result: cached.result, stamp };
    let text: string;
    try {
      text = this.files.readText(path);
    } catch (error) {
      return problem('missing', `${written} cannot be read (${(error as { code?: string }).code ?? (error as Error).message})`);
    }
    const result = parseLibrary(text, format, path, written);
    this.parsed.set(path, { stamp, result });
    return { result, stamp };
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
