import type { DocumentModel } from '../model';
import { formatAmaEntry, type AmaEntry } from './ama';
import type { Library, LibraryEntry } from './library';
import { numberKeys } from './numbering';

/** One entry of the reference list generated for a report that cites by key. */
export interface GeneratedReference extends AmaEntry {
  number: number;
  key: string;
  entry: LibraryEntry;
}

/**
 * The reference list of a report that cites by key: every cited key the library has, numbered in
 * order of first citation, formatted in AMA style (text and italic runs). Empty for other reports.
 */
export function generatedReferences(model: DocumentModel, library: Library): GeneratedReference[] {
  const numbering = numberKeys(model, library);
  return numbering.keys.map((key, index) => {
    const entry = library.entries.get(key)!;
    return { number: index + 1, key, entry, ...formatAmaEntry(entry.item) };
  });
}

/** The list as Markdown, as a hand-written list would be: `1. Entry`, italics as `*...*`. */
export function referenceListMarkdown(references: GeneratedReference[]): string {
  return references.map((reference) => `${reference.number}. ${amaMarkdown(reference)}`).join('\n');
}

/** One AMA entry as Markdown: italics as `*...*`, everything else escaped. */
export function amaMarkdown(entry: AmaEntry): string {
  return entry.runs.map((run) => (run.italic ? `*${escapeMarkdown(run.text)}*` : escapeMarkdown(run.text))).join('');
}

/**
 * Characters that would turn an entry's text into Markdown syntax. An underscore inside a word
 * (a DOI, a URL) never opens emphasis and stays as it is, so DOIs read back unchanged.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<^]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (c) => `\\${c}`);
}
