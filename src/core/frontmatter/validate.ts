import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { groupDigits } from '../group-digits';
import { MAX_ALIAS_COUNT, type Frontmatter } from './scan';
import type { HouseStyle } from '../house-styles';
import type { Fix, Span } from '../types';
import validateCaseReport from './generated/case-report';
import { messageFor, nameOf, shown } from './messages';
import { orcidChecksumValid } from './orcid';
import { keysAt } from './schema-info';
import { orList, suggest, yamlScalar } from './suggest';
import { isBlockCollection, isEmptyValue, keySpan, locate, nodeSpan, type YamlPath } from './yaml-nodes';

/** One schema problem, with offsets into the document's text. */
export interface FrontmatterProblem extends Span {
  message: string;
  /** Unknown keys are warnings; everything else is reported at the rule's severity. */
  severity?: 'warning';
  fixes?: Fix[];
}

/** Beyond this many unknown keys in one mapping they are reported together, once. */
const MAX_UNKNOWN_REPORTED = 10;

/** The span of the opening `---` (in document offsets). */
const OPENING_FENCE: Span = { start: 0, end: 3 };

/** The opening `---` relative to the YAML text, like every other span before it is shifted. */
function fence(frontmatter: Frontmatter): Span {
  return { start: -frontmatter.contentStart, end: 3 - frontmatter.contentStart };
}

/**
 * Checks the frontmatter against schemas/case-report.schema.json (compiled at build time) and the
 * house style (categories, article types). YAML that does not parse is left to frontmatter-syntax.
 */
export function validateFrontmatter(frontmatter: Frontmatter, style: HouseStyle): FrontmatterProblem[] {
  const { document } = frontmatter;
  if (frontmatter.skipped || document.errors.length > 0) return [];
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return []; // an alias bomb: frontmatter-syntax reports it
  }
  if (value === null || value === undefined) {
    return [{ ...OPENING_FENCE, message: 'The frontmatter is empty: a case report needs at least `title` and `authors`' }];
  }

  const offset = frontmatter.contentStart;
  const shift = (span: Span): Span => ({ start: span.start + offset, end: span.end + offset });
  const problems: FrontmatterProblem[] = [];
  const failed = new Set<string>();

  validateCaseReport(value);
  const errors = withoutOtherAlternatives(validateCaseReport.errors ?? []);
  const unknown = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') {
      const group = unknown.get(error.instancePath) ?? [];
      group.push(error);
      unknown.set(error.instancePath, group);
      continue;
    }
    const path = toPath(error.instancePath, value);
    const id = `${error.instancePath}|${error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : ''}`;
    if (failed.has(id)) continue;
    failed.add(id);
    const target = valueAt(value, path);
    const span = error.keyword === 'required' ? missingSpan(frontmatter, path) : valueSpan(frontmatter, path, error.keyword);
    problems.push({ ...shift(span), message: messageFor(error, path, target), fixes: fixesFor(frontmatter, error, path, target).map((fix) => shiftFix(fix, offset)) });
  }

  for (const [instancePath, group] of unknown) {
    const path = toPath(instancePath, value);
    const known = (keysAt(path) ?? []).map((k) => k.key);
    const names = group.map((e) => String((e.params as { additionalProperty: string }).additionalProperty));
    if (names.length > MAX_UNKNOWN_REPORTED) {
      const span = keySpan(locate(document, [...path, names[0]]).pair) ?? fence(frontmatter);
      problems.push({ ...shift(span), severity: 'warning', message: `\`${names[0]}\` and ${groupDigits(names.length - 1)} other keys ${where(path)}are not frontmatter keys the checker knows; they are ignored` });
      continue;
    }
    for (const name of names) {
      const pair = locate(document, [...path, name]).pair;
      const span = keySpan(pair) ?? fence(frontmatter);
      const guesses = suggest(name, known, 1);
      const fixes: Fix[] = guesses.map((guess) => ({ title: `Rename to \`${guess}\``, safe: false, edits: [{ ...shift(span), newText: guess }] }));
      problems.push({
        ...shift(span),
        severity: 'warning',
        message: `\`${name}\` ${where(path)}is not a frontmatter key the checker knows${guesses.length ? `; did you mean \`${guesses[0]}\`?` : ' (it is ignored)'}`,
        fixes,
      });
    }
  }

  if (value && typeof value === 'object' && !Array.isArray(value)) {
    problems.push(...houseStyleProblems(frontmatter, value as Record<string, unknown>, style, errors).map((p) => ({ ...p, ...shift(p), fixes: p.fixes?.map((fix) => shiftFix(fix, offset)) })));
  }
  return problems.sort((a, b) => a.start - b.start);
}

function where(path: YamlPath): string {
  return path.length === 0 ? '' : `in ${nameOf(path)} `;
}

/** Checks that depend on the house style or need more than a pattern: category, article type, ORCID check digit. */
function houseStyleProblems(frontmatter: Frontmatter, data: Record<string, unknown>, style: HouseStyle, errors: ErrorObject[]): FrontmatterProblem[] {
  const problems: FrontmatterProblem[] = [];
  const clean = (pointer: string) => !errors.some((e) => e.instancePath === pointer);
  const { category, articleType } = data;
  if (typeof category === 'string' && category !== '' && style.categories.length > 0 && !style.categories.includes(category) && clean('/category')) {
    // A new user writing for another journal starts with a warning, not a red error, unless the house style is strict.
    const problem = oneOf(frontmatter, ['category'], category, style.categories, "the house style's categories");
    problems.push(style.strictCategories ? problem : { ...problem, severity: 'warning' });
  }
  const types = Object.keys(style.articleTypes);
  if (typeof articleType === 'string' && articleType !== '' && types.length > 0 && !types.includes(articleType) && clean('/articleType')) {
    problems.push(oneOf(frontmatter, ['articleType'], articleType, types, `the house style's article types (${types.join(', ')})`));
  }
  if (Array.isArray(data.authors)) {
    data.authors.forEach((author, index) => {
      const orcid = author && typeof author === 'object' ? (author as Record<string, unknown>).orcid : undefined;
      if (typeof orcid === 'string' && clean(`/authors/${index}/orcid`) && !orcidChecksumValid(orcid)) {
        const span = valueSpan(frontmatter, ['authors', index, 'orcid'], 'pattern');
        problems.push({ ...span, message: `\`orcid\` ${shown(orcid)} is not a valid ORCID iD: its last character (the check digit) does not match; check it for a typo` });
      }
    });
  }
  return problems;
}

/**
 * The errors of a value that may take one of several forms (`abstract`: text, or a mapping of
 * labelled parts), as the form the author chose: a type error of one alternative is dropped when
 * another alternative's errors lie inside the value (the author wrote a mapping: say what is wrong
 * in it, not that it is not text), and the summary `oneOf` error always (its alternatives speak).
 */
function withoutOtherAlternatives(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter(
    (error) => error.keyword !== 'oneOf' && !(error.keyword === 'type' && errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`))),
  );
}

function oneOf(frontmatter: Frontmatter, path: YamlPath, value: string, allowed: string[], what: string): FrontmatterProblem {
  const span = valueSpan(frontmatter, path, 'enum');
  const guesses = suggest(value, allowed);
  const key = String(path[path.length - 1]);
  const message = `\`${key}\` must be one of ${what}${guesses.length ? `; did you mean ${orList(guesses)}?` : `, not ${shown(value)}`}`;
  const fixes: Fix[] = guesses.map((guess) => ({ title: `Change to '${guess}'`, safe: false, edits: [{ ...span, newText: yamlScalar(guess) }] }));
  return { ...span, message, fixes };
}

/** ajv's instancePath (`/authors/1/email`) as a path; array indexes become numbers. */
function toPath(pointer: string, root: unknown): YamlPath {
  if (pointer === '') return [];
  const path: YamlPath = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let current = root;
  for (const segment of path) current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  return current;
}

/**
 * Where a bad value is reported: on the value itself; on its key when the value is empty, or when
 * it is a block list or mapping and the problem is about the whole of it (`keywords` too short).
 */
function valueSpan(frontmatter: Frontmatter, path: YamlPath, keyword: string): Span {
  if (path.length === 0) return frontmatter.document.contents ? firstLine(frontmatter, frontmatter.document.contents as Node) : fence(frontmatter);
  const located = locate(frontmatter.document, path);
  const { node, pair } = located;
  if (located.path.length < path.length) return keySpan(pair) ?? fence(frontmatter);
  const key = keySpan(pair);
  if (key && (isEmptyValue(node) || (isBlockCollection(node) && keyword !== 'type'))) return key;
  // A block list or mapping of the wrong kind: its first line, not every line of it.
  if (isBlockCollection(node)) return firstLine(frontmatter, node as Node);
  if (!key && (isMap(node) || (isSeq(node) && !node.flow))) return firstLine(frontmatter, node as Node);
  const span = nodeSpan(node);
  if (span && span.end > span.start) return span;
  return key ?? fence(frontmatter);
}

/** A missing property: on the key of the mapping that lacks it, or the opening `---` at the top. */
function missingSpan(frontmatter: Frontmatter, path: YamlPath): Span {
  if (path.length === 0) return fence(frontmatter);
  const { node, pair } = locate(frontmatter.document, path);
  if (pair && !isMap(node)) return keySpan(pair) ?? fence(frontmatter);
  if (node) return firstLine(frontmatter, node);
  return keySpan(pair) ?? fence(frontmatter);
}

/** The first line of a block mapping or list (an author's `- name: ...` line), without comments. */
function firstLine(frontmatter: Frontmatter, node: Node): Span {
  const span = nodeSpan(node) ?? { start: 0, end: 0 };
  if (isMap(node) && node.items.length > 0 && !node.flow) {
    const first = node.items[0];
    const key = nodeSpan(first.key);
    const value = nodeSpan(first.value);
    const lineEnd = frontmatter.yaml.indexOf('\n', span.start);
    const sameLine = value && (lineEnd === -1 || value.end <= lineEnd) && (isScalar(first.value) || isFlow(first.value));
    if (key) return { start: span.start, end: sameLine && value ? value.end : key.end };
  }
  const lineEnd = frontmatter.yaml.indexOf('\n', span.start);
  const end = Math.min(span.end, lineEnd === -1 ? frontmatter.yaml.length : lineEnd);
  return { start: span.start, end: Math.max(span.start, end - (frontmatter.yaml[end - 1] === '\r' ? 1 : 0)) };
}

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && Boolean(node.flow);
}

/** Quick fixes for shapes authors often get wrong. Offsets relative to the YAML text. */
function fixesFor(frontmatter: Frontmatter, error: ErrorObject, path: YamlPath, value: unknown): Fix[] {
  const { node } = locate(frontmatter.document, path);
  const span = nodeSpan(node);
  if (!span || !isScalar(node) || typeof value !== 'string') return [];
  const source = frontmatter.yaml.slice(span.start, span.end);
  const key = String(path[path.length - 1]);
  if (error.keyword === 'type' && (error.params as { type: string }).type === 'array' && !source.includes('\n')) {
    return [{ title: `Make \`${key}\` a list: [${value}]`, safe: false, edits: [{ ...span, newText: `[${value}]` }] }];
  }
  if (error.keyword === 'type' && path[0] === 'authors' && path.length === 2 && !source.includes('\n')) {
    return [{ title: `Write the author as \`name: ${value}\``, safe: false, edits: [{ ...span, newText: `name: ${yamlScalar(value)}` }] }];
  }
  if (error.keyword === 'pattern' && key === 'orcid') {
    const bare = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/.exec(value);
    if (bare && bare[1] !== value) return [{ title: `Change to ${bare[1]}`, safe: true, edits: [{ ...span, newText: bare[1] }] }];
  }
  return [];
}

function shiftFix(fix: Fix, offset: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset })) };
}

