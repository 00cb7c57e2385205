import { isMap, isSeq, isScalar, type Document, type Pair } from 'yaml';
import type { HouseStyle } from '../house-styles';
import { AUTHOR_KEYS, COMMON_DEGREES, FRONTMATTER_KEYS, type KeyInfo } from './schema-info';
import { keyText, nodeSpan } from './yaml-nodes';

/** One completion proposal, editor-neutral: the extension turns it into a vscode.CompletionItem. */
export interface FrontmatterCompletion {
  label: string;
  kind: 'key' | 'value';
  /** Text to insert, or a snippet with `$1`-style tab stops when `snippet` is set. */
  insertText: string;
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  /** Offsets of the text the proposal replaces. */
  replaceStart: number;
  replaceEnd: number;
  /** Sorts required keys and the house style's order first. */
  sortText?: string;
}

const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Completion inside the frontmatter at `offset` (works while the block is still unclosed). */
export function completeFrontmatter(text: string, offset: number, style: HouseStyle, today = new Date()): FrontmatterCompletion[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return [];
  const starts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    starts.push(at);
    at += line.length + 1;
  }
  let lineIndex = starts.length - 1;
  while (lineIndex > 0 && starts[lineIndex] > offset) lineIndex--;
  if (lineIndex === 0) return [];
  for (let l = 1; l < lineIndex; l++) if (CLOSE.test(lines[l])) return [];
  const line = lines[lineIndex];
  const column = offset - starts[lineIndex];
  const before = line.slice(0, column);
  const lineStart = starts[lineIndex];
  const parent = parentKey(lines, lineIndex, indentOf(before));

  const keyMatch = /^(\s*)(-\s+)?([A-Za-z][\w-]*)?$/.exec(before);
  if (keyMatch) {
    const partialStart = lineStart + keyMatch[1].length + (keyMatch[2]?.length ?? 0);
    const replaceEnd = lineStart + column + (/^[\w-]*/.exec(line.slice(column))?.[0].length ?? 0);
    if (keyMatch[2] && parent && ['degrees', 'keywords', 'tags'].includes(parent.key)) {
      return parent.key === 'degrees' ? degreeItems(partialStart, replaceEnd) : [];
    }
    if (keyMatch[1].length === 0 && !keyMatch[2]) return keyItems(FRONTMATTER_KEYS, topLevelKeys(lines), partialStart, replaceEnd);
    if (parent?.key === 'authors' && parent.indent === 0) {
      const present = keyMatch[2] ? [] : authorItemKeys(lines, lineIndex);
      return keyItems(AUTHOR_KEYS, present, partialStart, replaceEnd);
    }
    return [];
  }

  const valueMatch = /^(\s*)(-\s+)?([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(before);
  if (!valueMatch) return [];
  const key = valueMatch[3];
  const valueStart = lineStart + before.length - valueMatch[4].length;
  const valueEnd = lineStart + line.replace(/\s+#.*$/, '').trimEnd().length;
  const nested = valueMatch[1].length > 0 || valueMatch[2] !== undefined;
  const typed = valueMatch[4];
  if (key === 'degrees' && nested) {
    const flow = /[[,]\s*([\w-]*)$/.exec(typed);
    if (flow) return degreeItems(lineStart + column - flow[1].length, lineStart + column);
    if (typed === '') return degreeItems(valueStart, Math.max(valueStart, valueEnd), true);
    return [];
  }
  if (key === 'corresponding' && nested) return ['true', 'false'].map((v) => valueItem(v, v, valueStart, Math.max(valueStart, valueEnd)));
  if (nested) return [];
  const end = Math.max(valueStart, valueEnd);
  switch (key) {
    case 'category':
      return style.categories.map((category, i) => ({ ...valueItem(category, yamlPlain(category), valueStart, end, `${style.name} house style`), sortText: String(i).padStart(3, '0') }));
    case 'articleType':
      return Object.entries(style.articleTypes).map(([type, info]) => valueItem(type, type, valueStart, end, info.label, `The title is shown as "${info.titlePrefix ? `${info.titlePrefix}: ` : ''}..."`));
    case 'date': {
      const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      return [valueItem(iso, iso, valueStart, end, 'today')];
    }
    case 'issue': {
      const issue = `${MONTHS[today.getMonth()]} ${today.getFullYear()}`;
      return [valueItem(issue, issue, valueStart, end, 'this month')];
    }
    default:
      return [];
  }
}

function valueItem(label: string, insertText: string, start: number, end: number, detail?: string, documentation?: string): FrontmatterCompletion {
  return { label, kind: 'value', insertText, detail, documentation, replaceStart: start, replaceEnd: end };
}

function degreeItems(start: number, end: number, asList = false): FrontmatterCompletion[] {
  return COMMON_DEGREES.map(({ degree, meaning }, i) => ({ ...valueItem(degree, asList ? `[${degree}]` : degree, start, end, meaning), sortText: String(i).padStart(3, '0') }));
}

const SNIPPETS: Record<string, string> = {
  authors: 'authors:\n  - name: ${1}\n    degrees: [${2:MD}]\n    affiliation: ${3}',
  keywords: 'keywords: [${1}]',
  tags: 'tags: [${1}]',
  degrees: 'degrees: [${1:MD}]',
  abstract: 'abstract: >\n  ${1}',
  corresponding: 'corresponding: ${1|true,false|}',
};

function keyItems(keys: readonly KeyInfo[], present: string[], start: number, end: number): FrontmatterCompletion[] {
  return keys
    .filter((info) => !present.includes(info.key))
    .map((info, i) => ({
      label: info.key,
      kind: 'key' as const,
      insertText: SNIPPETS[info.key] ?? `${info.key}: \${1}`,
      snippet: true,
      detail: info.required ? 'required' : undefined,
      documentation: describeKey(info),
      replaceStart: start,
      replaceEnd: end,
      sortText: `${info.required ? 0 : 1}${String(i).padStart(3, '0')}`,
    }));
}

/** A key's schema description with its example, as Markdown. */
export function describeKey(info: KeyInfo): string {
  const example = info.examples[0];
  const shownExample = example === undefined ? '' : typeof example === 'string' ? example : JSON.stringify(example).replace(/"/g, '');
  return `${info.description}${shownExample && info.key !== 'authors' ? `\n\nExample: \`${info.key}: ${shownExample}\`` : ''}`;
}

function indentOf(text: string): number {
  return /^\s*/.exec(text)![0].length;
}

/** The nearest line above whose key is indented less than `indent` (list dashes count as indentation). */
function parentKey(lines: string[], lineIndex: number, indent: number): { key: string; indent: number } | undefined {
  for (let l = lineIndex - 1; l >= 1; l--) {
    const text = lines[l];
    if (text.trim() === '' || /^\s*#/.test(text)) continue;
    const match = /^(\s*)(-\s+)?(?:([A-Za-z][\w-]*):)?/.exec(text)!;
    const keyIndent = match[1].length + (match[2]?.length ?? 0);
    if (keyIndent < indent) return match[3] ? { key: match[3], indent: match[1].length } : undefined;
    if (keyIndent === 0) return undefined;
  }
  return undefined;
}

function topLevelKeys(lines: string[]): string[] {
  const keys: string[] = [];
  for (let l = 1; l < lines.length && !CLOSE.test(lines[l]); l++) {
    const match = /^([A-Za-z][\w-]*):/.exec(lines[l]);
    if (match) keys.push(match[1]);
  }
  return keys;
}

/** Keys already written in the author entry around a line. */
function authorItemKeys(lines: string[], lineIndex: number): string[] {
  let first = lineIndex;
  while (first > 1 && !/^\s*-\s/.test(lines[first]) && indentOf(lines[first]) > 0) first--;
  const keys: string[] = [];
  for (let l = first; l < lines.length && !CLOSE.test(lines[l]); l++) {
    if (l > first && (/^\s*-\s/.test(lines[l]) || indentOf(lines[l]) === 0)) break;
    const match = /^\s*(?:-\s+)?([A-Za-z][\w-]*):/.exec(lines[l]);
    if (match && l !== lineIndex) keys.push(match[1]);
  }
  return keys;
}

function yamlPlain(value: string): string {
  return /^[\w(][^:#]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

/** What a hover on a frontmatter key shows: the key's schema description and, where useful, the allowed values. */
export interface FrontmatterHover {
  start: number;
  end: number;
  markdown: string;
}

/** The hover for the key at `offset` of the YAML text (offsets relative to the YAML). */
export function hoverFrontmatterKey(document: Document.Parsed, offset: number, style: HouseStyle): FrontmatterHover | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const found = findKey(root.items as Pair<unknown, unknown>[], offset, FRONTMATTER_KEYS);
  if (found) return describe(found.pair, found.info, style);
  const authors = root.items.find((item) => keyText(item as Pair<unknown, unknown>) === 'authors');
  if (authors && isSeq(authors.value)) {
    for (const author of authors.value.items) {
      if (!isMap(author)) continue;
      const inner = findKey(author.items as Pair<unknown, unknown>[], offset, AUTHOR_KEYS);
      if (inner) return describe(inner.pair, inner.info, style);
    }
  }
  return undefined;
}

function findKey(pairs: Pair<unknown, unknown>[], offset: number, keys: readonly KeyInfo[]): { pair: Pair<unknown, unknown>; info: KeyInfo } | undefined {
  for (const pair of pairs) {
    const span = nodeSpan(pair.key);
    if (!span || offset < span.start || offset > span.end || !isScalar(pair.key)) continue;
    const info = keys.find((k) => k.key === keyText(pair));
    return info ? { pair, info } : undefined;
  }
  return undefined;
}

function describe(pair: Pair<unknown, unknown>, info: KeyInfo, style: HouseStyle): FrontmatterHover {
  const span = nodeSpan(pair.key)!;
  let markdown = `**${info.key}**${info.required ? ' (required)' : ''}\n\n${describeKey(info)}`;
  if (info.key === 'category' && style.categories.length > 0) {
    markdown += `\n\nCategories of the ${style.name} house style: ${style.categories.join('; ')}.`;
  }
  if (info.key === 'articleType') {
    markdown += `\n\nArticle types of the ${style.name} house style: ${Object.entries(style.articleTypes)
      .map(([key, type]) => `\`${key}\` (${type.titlePrefix || 'no prefix'})`)
      .join(', ')}.`;
  }
  return { start: span.start, end: span.end, markdown };
}
