import { parseDocument, type Document } from 'yaml';
import type { SourceText } from '../source-text';

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
  /**
   * Set when the YAML was not parsed because reading it could hang the editor: larger than
   * MAX_FRONTMATTER_CHARS or nested deeper than MAX_NESTING. `document` is then empty.
   */
  skipped?: 'size' | 'entries' | 'nesting';
}

export interface FrontmatterScan {
  frontmatter?: Frontmatter;
  /** The file opens with `---` but the block is never closed. */
  unclosed: boolean;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** Far beyond any real frontmatter; keeps a stray opening `---` from swallowing a huge file. */
export const MAX_FRONTMATTER_LINES = 2000;
/** A long abstract is 3 KB; beyond this the YAML is not parsed (one clear finding instead). */
export const MAX_FRONTMATTER_CHARS = 32 * 1024;
/** Keys and list items, counted roughly (`:` and `,`): the YAML parser slows down quadratically beyond. */
export const MAX_ENTRIES = 1000;
/** Brackets nested deeper than this are an attack or an accident, never a frontmatter. */
export const MAX_NESTING = 64;

export function scanFrontmatter(source: SourceText): FrontmatterScan {
  if (source.lineCount < 2 || !FENCE.test(source.lineText(0))) return { unclosed: false };
  const limit = Math.min(source.lineCount, MAX_FRONTMATTER_LINES);
  for (let line = 1; line < limit; line++) {
    if (!CLOSE.test(source.lineText(line))) continue;
    const contentStart = source.lineStarts[1];
    const contentEnd = source.lineStarts[line];
    const yaml = source.text.slice(contentStart, contentEnd);
    const { document, data, skipped } = parseYaml(yaml);
    const frontmatter: Frontmatter = { startLine: 0, endLine: line, contentStart, contentEnd, yaml, document, data };
    if (skipped) frontmatter.skipped = skipped;
    return { frontmatter, unclosed: false };
  }
  return { unclosed: true };
}

interface ParsedYaml {
  yaml: string;
  document: Document.Parsed;
  data: Record<string, unknown> | undefined;
  skipped?: Frontmatter['skipped'];
}

/**
 * The last frontmatter parsed. While the author types in the body, every parse of the document
 * meets the same YAML again: it is parsed once. Nothing changes a parsed Document (rules, hovers
 * and the preview only read it), so models may share it.
 */
let lastYaml: ParsedYaml | undefined;

function parseYaml(yaml: string): ParsedYaml {
  if (lastYaml !== undefined && lastYaml.yaml === yaml) return lastYaml;
  const skipped = yaml.length > MAX_FRONTMATTER_CHARS ? 'size' : roughEntries(yaml) > MAX_ENTRIES ? 'entries' : nestingDepth(yaml) > MAX_NESTING ? 'nesting' : undefined;
  const document = parseDocument(skipped ? '' : yaml, { prettyErrors: false, uniqueKeys: true });
  lastYaml = { yaml, document, data: skipped ? undefined : toData(document), skipped };
  return lastYaml;
}

/** Separators of keys and items (`:` and `,`); overcounts prose, which is fine for a guard. */
function roughEntries(yaml: string): number {
  let count = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 58 || c === 44) count++;
  }
  return count;
}

/** The deepest nesting of flow brackets, counted roughly (quotes ignored): a cheap guard before parsing. */
function nestingDepth(yaml: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** yaml's guard against alias bombs ("billion laughs"): beyond this many alias expansions toJS throws. */
export const MAX_ALIAS_COUNT = 100;

function toData(document: Document.Parsed): Record<string, unknown> | undefined {
  if (document.errors.length > 0) return undefined;
  try {
    const value: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // e.g. an alias bomb beyond maxAliasCount
  }
}
