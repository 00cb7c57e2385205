import { parseAllDocuments } from 'yaml';
import { MAX_ALIAS_COUNT } from '../frontmatter/scan';
import { SourceText } from '../source-text';
import type { CslItem } from './csl';
import type { LibraryEntry, LibraryFormat, LibraryProblem } from './library';

export interface ParsedLibrary {
  entries: LibraryEntry[];
  problems: LibraryProblem[];
}

/**
 * Reads a library file's text into CSL items with citation-js (BibTeX/BibLaTeX and RIS through
 * its plugins; CSL-JSON through JSON, CSL-YAML through `yaml`, both then normalised by
 * citation-js). Pure: text in, entries and problems out; `name` is how messages call the file.
 * Keys defined twice keep the first entry, as Pandoc does, with a warning.
 */
export function parseLibrary(text: string, format: LibraryFormat, path: string, name: string): ParsedLibrary {
  const source = new SourceText(text);
  if (/\u0000/.test(source.text.slice(0, 65536))) return failed(`${name} is not a text file; export the library as ${describe(format)}`);
  // Loaded outside the try: a missing citation-js is a broken install, not a syntax error of the file.
  const { plugins } = loadCitationJs();
  let items: CslItem[];
  try {
    items = readItems(plugins, source, format);
  } catch (error) {
    return failed(`${name} does not parse: ${syntaxMessage(error, source, format)}`);
  }
  const lines = entryLines(source, format);
  const problems: LibraryProblem[] = [];
  const entries: LibraryEntry[] = [];
  const seen = new Map<string, number | undefined>();
  const generated = new Set<string>();
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object') return;
    let key = stringKey(item['citation-key']) ?? stringKey(item.id);
    if (key === undefined) key = generateKey(item, generated, seen);
    const line = lines.byIndex.length === items.length ? lines.byIndex[index] : lines.byKey.get(key);
    if (seen.has(key)) {
      const first = seen.get(key);
      problems.push({
        kind: 'syntax',
        severity: 'warning',
        message: `${name} defines the key ${key} twice${first !== undefined && line !== undefined && first !== line ? ` (lines ${first + 1} and ${line + 1})` : ''}; the first entry is used`,
      });
      return;
    }
    seen.set(key, line);
    entries.push({ key, item: { ...item, id: key }, path, line });
  });
  if (entries.length === 0 && source.text.trim() !== '') problems.push({ kind: 'syntax', message: `${name} holds no entries that could be read as ${describe(format)}` });
  return { entries, problems };
}

function failed(message: string): ParsedLibrary {
  return { entries: [], problems: [{ kind: 'syntax', message }] };
}

function describe(format: LibraryFormat): string {
  return { bibtex: 'BibTeX', 'csl-json': 'CSL-JSON', 'csl-yaml': 'CSL-YAML', ris: 'RIS' }[format];
}

type CitationJs = typeof import('./citation-js');
let citationJs: CitationJs | undefined;

/** citation-js and its plugins, loaded on the first library (a report without one never pays for it). */
function loadCitationJs(): CitationJs {
  citationJs ??= require('./citation-js') as CitationJs;
  return citationJs;
}

function readItems(plugins: CitationJs['plugins'], source: SourceText, format: LibraryFormat): CslItem[] {
  const chain = (data: unknown, forceType: string) => plugins.input.chain(data, { target: '@csl/list+object', generateGraph: false, forceType }) as CslItem[];
  switch (format) {
    case 'bibtex':
      return chain(source.text, '@biblatex/text');
    case 'ris':
      return chain(source.text, '@ris/file');
    case 'csl-json':
      return chain(cslList(JSON.parse(source.text)), '@csl/list+object');
    case 'csl-yaml':
      return chain(cslList(yamlData(source.text)), '@csl/list+object');
  }
}

/** CSL-YAML as Pandoc writes it: a `references` list in a YAML document (maybe between `---` lines), or a bare list. */
function yamlData(text: string): unknown {
  for (const document of parseAllDocuments(text, { prettyErrors: true, uniqueKeys: false })) {
    const error = document.errors[0];
    if (error) throw new LocatedError(error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), error.linePos?.[0].line);
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    if (data !== null && data !== undefined) return data;
  }
  return [];
}

/** The list of items: the data itself, or its `references` (Pandoc) or `items`. */
function cslList(data: unknown): object[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? ((data as Record<string, unknown>).references ?? (data as Record<string, unknown>).items) : undefined;
  if (!Array.isArray(list)) throw new LocatedError('expected a list of CSL items (or a `references` list)', 1);
  return list.filter((item): item is object => item !== null && typeof item === 'object' && !Array.isArray(item));
}

class LocatedError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line?: number,
  ) {
    super(message);
  }
}

/** "line 12: ..." from the parser's error, in words an author understands. */
function syntaxMessage(error: unknown, source: SourceText, format: LibraryFormat): string {
  if (error instanceof LocatedError) return error.line !== undefined ? `line ${error.line}: ${error.message}` : error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SyntaxError && format === 'csl-json') {
    const position = /position (\d+)/.exec(message);
    const line = position ? source.positionAt(Math.min(Number(position[1]), source.text.length)).line + 1 : undefined;
    const first = message.split('\n')[0].replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return line !== undefined ? `line ${line}: ${first}` : first;
  }
  const at = /at line (\d+) col (\d+)/.exec(message);
  const headline = message.split('\n')[0].replace(/\s*at line \d+ col \d+:?\s*$/, '');
  if (!at) return headline;
  // An unclosed brace swallows what follows, so the parser stops later: point at the entry that has it.
  const open = format === 'bibtex' ? unclosedEntry(source) : undefined;
  if (open && open.line < Number(at[1])) return `line ${open.line + 1}: the entry ${open.key} is not closed (a { without its })`;
  return `line ${at[1]}: ${friendly(headline)}`;
}

/** The BibTeX grammar's complaints in an author's words. */
function friendly(headline: string): string {
  if (/got EOF/.test(headline)) return 'the file ends inside an entry (a { or " without its closing one)';
  if (/expected "rbrace", got "(?:identifier|label)"/.test(headline)) return 'a comma is missing before this field';
  if (/expected "comma", got "label"/.test(headline)) return 'a comma is missing after the entry key';
  if (headline === 'invalid syntax') return 'unexpected text';
  return headline.replace(/"(\w+)"/g, (_all, token: string) => TOKENS[token] ?? token);
}

const TOKENS: Record<string, string> = { rbrace: '}', lbrace: '{', comma: ',', equals: '=', quote: '"' };

const BIB_ENTRY = /^[ \t]*@([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)/gm;

/** The BibTeX entry whose braces do not balance before the next entry starts: where an unclosed brace is. */
function unclosedEntry(source: SourceText): { key: string; line: number } | undefined {
  const text = source.text;
  const starts: { index: number; key: string }[] = [];
  BIB_ENTRY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BIB_ENTRY.exec(text)) !== null) starts.push({ index: match.index, key: match[2] || match[1] });
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    let depth = 0;
    for (let j = starts[i].index; j < end; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    if (depth > 0) return { key: starts[i].key, line: source.positionAt(starts[i].index).line };
  }
  return undefined;
}

/** Where entries start (0-based lines), by key where the format names keys and by position otherwise. */
function entryLines(source: SourceText, format: LibraryFormat): { byKey: Map<string, number>; byIndex: number[] } {
  const byKey = new Map<string, number>();
  const byIndex: number[] = [];
  const text = source.text;
  const add = (key: string | undefined, index: number) => {
    const line = source.positionAt(index).line;
    byIndex.push(line);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, line);
  };
  let match: RegExpExecArray | null;
  if (format === 'bibtex') {
    BIB_ENTRY.lastIndex = 0;
    while ((match = BIB_ENTRY.exec(text)) !== null) {
      if (!/^(?:comment|preamble|string)$/i.test(match[1])) add(match[2], match.index);
    }
  } else if (format === 'ris') {
    const record = /^TY {2}- /gm;
    while ((match = record.exec(text)) !== null) add(undefined, match.index);
  } else {
    const id = /^[ \t-]*["']?id["']?[ \t]*:[ \t]*["']?([^"',\s}]+)/gm;
    while ((match = id.exec(text)) !== null) add(match[1], match.index);
  }
  return { byKey, byIndex };
}

function stringKey(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A key for an entry that has none (RIS without `ID`): first author's family name and year, `smith2020`, `smith2020a`. */
function generateKey(item: CslItem, generated: Set<string>, seen: Map<string, unknown>): string {
  const first = item.author?.[0] ?? item.editor?.[0];
  const name = (first?.family ?? first?.literal ?? item.title ?? 'item').normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase().slice(0, 20) || 'item';
  const year = item.issued?.['date-parts']?.[0]?.[0] ?? '';
  const base = `${name}${year}`;
  let key = base;
  for (let n = 0; generated.has(key) || seen.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
  generated.add(key);
  return key;
}
