import { parseDocument, type Document } from 'yaml';
import type { SourceText } from './source-text';

/** The YAML block between the `---` lines that open the file. */
export interface Frontmatter {
  /** Line of the opening `---` (always 0). */
  startLine: number;
  /** Line of the closing `---` or `...`. */
  endLine: number;
  /** Offsets of the YAML text between the fences. */
  contentStart: number;
  contentEnd: number;
  yaml: string;
  /** The parsed YAML with source ranges (offsets relative to `contentStart`). */
  document: Document.Parsed;
  /** The plain data, or undefined when the YAML has errors or is not a mapping. */
  data: Record<string, unknown> | undefined;
}

export interface FrontmatterScan {
  frontmatter?: Frontmatter;
  /** The file opens with `---` but the block is never closed. */
  unclosed: boolean;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Far beyond any real frontmatter; keeps a stray opening `---` from swallowing a huge file. */
const MAX_FRONTMATTER_LINES = 2000;

export function scanFrontmatter(source: SourceText): FrontmatterScan {
  if (source.lineCount < 2 || !FENCE.test(source.lineText(0))) return { unclosed: false };
  const limit = Math.min(source.lineCount, MAX_FRONTMATTER_LINES);
  for (let line = 1; line < limit; line++) {
    if (!CLOSE.test(source.lineText(line))) continue;
    const contentStart = source.lineStarts[1];
    const contentEnd = source.lineStarts[line];
    const yaml = source.text.slice(contentStart, contentEnd);
    const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
    return { frontmatter: { startLine: 0, endLine: line, contentStart, contentEnd, yaml, document, data: toData(document) }, unclosed: false };
  }
  return { unclosed: true };
}

function toData(document: Document.Parsed): Record<string, unknown> | undefined {
  if (document.errors.length > 0) return undefined;
  try {
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // e.g. an alias bomb beyond maxAliasCount
  }
}
