import type { YAMLError } from 'yaml';
import { groupDigits } from '../group-digits';
import { MAX_ALIAS_COUNT, MAX_ENTRIES, MAX_FRONTMATTER_CHARS, MAX_FRONTMATTER_LINES, MAX_NESTING } from './scan';
import type { DocumentModel } from '../model';
import type { Span } from '../types';
import { firstAlias } from './yaml-nodes';

export interface SyntaxProblem extends Span {
  message: string;
}

/**
 * The one reason the frontmatter cannot be read, where reading stopped: the first YAML error, an
 * unclosed block, an alias bomb, or a block too large or too deeply nested to parse safely.
 */
export function frontmatterSyntaxProblem(model: DocumentModel): SyntaxProblem | undefined {
  const fence = { start: 0, end: Math.min(3, model.text.length) };
  if (model.frontmatterUnclosed) {
    const limited = model.source.lineCount > MAX_FRONTMATTER_LINES;
    return {
      ...fence,
      message: limited
        ? `The frontmatter opened on line 1 has no closing \`---\` within its first ${groupDigits(MAX_FRONTMATTER_LINES)} lines`
        : 'The frontmatter opened on line 1 is never closed: add a line with `---` after its last key',
    };
  }
  const frontmatter = model.frontmatter;
  if (!frontmatter) return undefined;
  if (frontmatter.skipped === 'size') {
    return { ...fence, message: `The frontmatter is too large to read (${groupDigits(Math.round(frontmatter.yaml.length / 1024))} KB; the limit is ${MAX_FRONTMATTER_CHARS / 1024} KB): move long text into the body` };
  }
  if (frontmatter.skipped === 'entries') {
    return { ...fence, message: `The frontmatter has more than ${groupDigits(MAX_ENTRIES)} keys and list items and is not read: keep notes in the body` };
  }
  if (frontmatter.skipped === 'nesting') {
    return { ...fence, message: `The frontmatter nests lists or mappings more than ${MAX_NESTING} deep and is not read` };
  }
  const error = frontmatter.document.errors[0];
  if (error) {
    const [start, posEnd] = error.pos;
    // A duplicate key is marked by its first character only: take the whole key.
    const key = error.code === 'DUPLICATE_KEY' ? /^[^:\n\r]*?(?=\s*:(?:\s|$))/.exec(frontmatter.yaml.slice(start)) : null;
    const end = key && key[0].length > 0 ? start + key[0].length : posEnd;
    const from = frontmatter.contentStart + Math.min(start, frontmatter.yaml.length);
    let to = frontmatter.contentStart + Math.min(Math.max(end, start + 1), frontmatter.yaml.length);
    while (to > from && (model.text[to - 1] === '\n' || model.text[to - 1] === '\r')) to--; // the line break is not the error's
    return { start: from, end: to, message: syntaxMessage(error, frontmatter.yaml) };
  }
  try {
    frontmatter.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstAlias(frontmatter.document) ?? { start: 0, end: 0 };
    return {
      start: frontmatter.contentStart + alias.start,
      end: frontmatter.contentStart + alias.end,
      message: 'The frontmatter repeats YAML aliases (`*name`) so often that reading it would expand it enormously; it is not read',
    };
  }
  return undefined;
}

/** The YAML parser's error, in an author's words. */
function syntaxMessage(error: YAMLError, yaml: string): string {
  const at = yaml.slice(error.pos[0], error.pos[1]);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'YAML cannot be indented with tabs: indent with spaces';
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n\r]*?(?=\s*:(?:\s|$))/.exec(yaml.slice(error.pos[0]))?.[0] || at.trim();
      return `\`${key || 'This key'}\` appears twice in the same mapping: keep one`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return /:\s/.test(lineOf(yaml, error.pos[0]).replace(/^\s*-?\s*[^:]+:\s/, ''))
        ? 'This value contains `: `, which YAML reads as a new key: put the whole value in quotes'
        : 'YAML expected `key: value` here: check for a missing `:` or a value that needs quotes';
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        const opened = unclosedQuoteLine(yaml, error.pos[0]);
        return opened === undefined
          ? 'This quoted value is never closed: add the closing quote'
          : `The quoted value that opens on line ${opened + 2} is never closed: add the closing quote`;
      }
      if (/- indicator/.test(error.message)) return 'This line is indented like a list item but has no `- `: line it up with the keys above';
      return 'A closing bracket or quote is missing here';
    case 'BAD_INDENT':
      return /flow/i.test(error.message) ? 'A list in square brackets is not closed: add the `]`' : 'This line is not indented like the lines around it: line it up with the keys above';
    case 'BAD_SCALAR_START':
      return `A value cannot start with \`${at.trim().charAt(0) || at}\` in YAML: put the whole value in quotes`;
    case 'BAD_DQ_ESCAPE':
      return 'A backslash in double quotes starts an escape: use single quotes, or write `\\\\`';
    case 'UNEXPECTED_TOKEN':
      return 'YAML did not expect this here: check the indentation and the `:` after each key';
    case 'BAD_ALIAS':
      return 'This alias (`*name`) names no anchor (`&name`) above it';
    default:
      return 'The frontmatter is not valid YAML here: check the indentation, the `:` after each key and the quotes';
  }
}

function lineOf(yaml: string, offset: number): string {
  const start = yaml.lastIndexOf('\n', offset - 1) + 1;
  const end = yaml.indexOf('\n', offset);
  return yaml.slice(start, end === -1 ? yaml.length : end);
}

/** The 0-based line (in the YAML) of the quoted value that runs on to `offset` unclosed, if any. */
function unclosedQuoteLine(yaml: string, offset: number): number | undefined {
  const lines = yaml.slice(0, offset).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*(?:-\s+)?(?:[^:#]+:\s+)?(["'])(.*)$/.exec(lines[i]);
    if (!match) continue;
    const [, quote, rest] = match;
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest.replace(/\\\\/g, '')) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closed) return i;
  }
  return undefined;
}
