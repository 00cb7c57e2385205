import type { ErrorObject } from 'ajv';
import { parseDocument, type Document } from 'yaml';
import { MAX_ALIAS_COUNT } from '../frontmatter/scan';
import validateHouseStyle from '../frontmatter/generated/house-style';
import { orList, suggest } from '../frontmatter/suggest';
import { keySpan, locate, nodeSpan, type YamlPath } from '../frontmatter/yaml-nodes';
import type { HouseStyle, HouseStyleSpec } from './types';
import { dirname, resolveTarget } from '../paths';
import { SourceText } from '../source-text';
import type { Range } from '../types';
import { mergeHouseStyle } from './merge';
import { MAGAZINE } from './magazine';
import { PRESET_NAMES, preset } from './presets';
import houseStyleSchema from '../../../schemas/house-style.schema.json';

/** How the engine reads house-style files: the CLI passes Node's fs, VS Code its own, tests a map. */
export interface HouseStyleFiles {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
}

/** The names looked for in the document's folder and then each ancestor, nearest first. */
export const HOUSE_STYLE_FILE_NAMES = ['.casereport.json', '.casereport.yaml', '.casereport.yml'] as const;

export interface HouseStyleProblem {
  file: string;
  range: Range;
  severity: 'error' | 'warning';
  message: string;
  /** A violation of schemas/house-style.schema.json (editors that know the schema show it already). */
  fromSchema?: boolean;
}

export interface ResolvedHouseStyle {
  style: HouseStyle;
  /** The house-style files that make up the style, nearest first (to watch for changes). */
  files: string[];
  /** Problems in those files; the settings in error are ignored, the rest apply. */
  problems: HouseStyleProblem[];
}

export interface ResolveOptions {
  /** The Markdown file: its folder and ancestors are searched. */
  documentPath?: string;
  /** An explicit house-style file (`--config FILE`): no search. */
  configFile?: string;
  /** A preset name that replaces the search (`--profile NAME`). */
  profile?: string;
  /** The preset used when no file is found (default `magazine`). */
  fallback?: string;
  files: HouseStyleFiles;
  /** Rule codes that exist, to catch typos in `rules`. */
  knownRules?: readonly string[];
}

const MAX_EXTENDS_DEPTH = 10;

/** The effective house style of a document. */
export function resolveHouseStyle(options: ResolveOptions): ResolvedHouseStyle {
  if (options.profile !== undefined) {
    const style = preset(options.profile);
    if (!style) throw new UnknownPresetError(options.profile);
    return { style, files: [], problems: [] };
  }
  const file = options.configFile ?? (options.documentPath ? findHouseStyleFile(dirname(options.documentPath), options.files) : undefined);
  if (file === undefined) return { style: preset(options.fallback ?? 'magazine') ?? MAGAZINE, files: [], problems: [] };
  return loadHouseStyleFile(file, options.files, options.knownRules);
}

export class UnknownPresetError extends Error {
  constructor(readonly presetName: string) {
    super(`unknown house style "${presetName}"; the built-in ones are ${PRESET_NAMES.join(', ')}`);
  }
}

/** The nearest `.casereport.json`/`.yaml`/`.yml` in `folder` or an ancestor. */
export function findHouseStyleFile(folder: string, files: HouseStyleFiles): string | undefined {
  let current = folder;
  for (let depth = 0; depth < 64; depth++) {
    for (const name of HOUSE_STYLE_FILE_NAMES) {
      const candidate = resolveTarget(current, name);
      if (files.readFile(candidate) !== undefined) return candidate;
    }
    const parent = dirname(current);
    if (parent === current || parent === '.' || parent === '') return undefined;
    current = parent;
  }
  return undefined;
}

/** Reads, validates and resolves a house-style file and the chain of styles it extends. */
export function loadHouseStyleFile(path: string, files: HouseStyleFiles, knownRules?: readonly string[]): ResolvedHouseStyle {
  const problems: HouseStyleProblem[] = [];
  const chain: string[] = [];
  const style = load(path, files, knownRules, problems, chain);
  const order = (p: HouseStyleProblem) => chain.indexOf(p.file) * 1e9 + p.range.start.line * 1e4 + p.range.start.character;
  return { style, files: chain, problems: problems.sort((a, b) => order(a) - order(b)) };
}

function load(path: string, files: HouseStyleFiles, knownRules: readonly string[] | undefined, problems: HouseStyleProblem[], chain: string[]): HouseStyle {
  chain.push(path);
  const text = files.readFile(path);
  if (text === undefined) {
    problems.push({ file: path, range: zero(), severity: 'error', message: 'The house-style file does not exist' });
    return MAGAZINE;
  }
  const { spec, document, source } = readSpec(path, text, knownRules, problems);
  const parent = spec.extends ?? 'magazine';
  let base: HouseStyle | undefined = preset(parent);
  if (!base) {
    const span = document ? valueRange(document, source, ['extends']) : zero();
    if (/\.(json|ya?ml)$/i.test(parent) || /[\\/]/.test(parent)) {
      const target = resolveTarget(dirname(path), parent);
      if (chain.includes(target)) {
        problems.push({ file: path, range: span, severity: 'error', message: `\`extends\` makes a loop: ${[...chain, target].map(baseName).join(' -> ')}` });
      } else if (chain.length >= MAX_EXTENDS_DEPTH) {
        problems.push({ file: path, range: span, severity: 'error', message: `\`extends\` chains more than ${MAX_EXTENDS_DEPTH} files` });
      } else if (files.readFile(target) === undefined) {
        problems.push({ file: path, range: span, severity: 'error', message: `\`extends\` names ${parent}, which does not exist` });
      } else {
        base = load(target, files, knownRules, problems, chain);
      }
    } else {
      const guesses = suggest(parent, PRESET_NAMES);
      problems.push({
        file: path,
        range: span,
        severity: 'error',
        message: `\`extends\` must be a built-in house style (${PRESET_NAMES.join(', ')}) or the path of a house-style file${guesses.length ? `; did you mean ${orList(guesses)}?` : ''}`,
      });
    }
  }
  return mergeHouseStyle(base ?? MAGAZINE, spec);
}

function readSpec(path: string, text: string, knownRules: readonly string[] | undefined, problems: HouseStyleProblem[]): { spec: HouseStyleSpec; document?: Document.Parsed; source: SourceText } {
  const source = new SourceText(text);
  const kind = /\.json$/i.test(path) ? 'JSON' : 'YAML';
  let document: Document.Parsed;
  try {
    document = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  } catch {
    problems.push({ file: path, range: zero(), severity: 'error', message: `The house-style file is not valid ${kind}` });
    return { spec: {}, source };
  }
  if (kind === 'JSON') {
    // YAML reads almost any JSON, and more (trailing commas, comments): hold JSON files to JSON.
    try {
      JSON.parse(source.text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      const offset = at ? Math.min(Number(at[1]), source.text.length) : 0;
      problems.push({ file: path, range: source.rangeOf(offset, Math.min(offset + 1, source.text.length)), severity: 'error', message: 'The house-style file is not valid JSON here; it is ignored' });
      return { spec: {}, source };
    }
  }
  if (document.errors.length > 0) {
    const [start, end] = document.errors[0].pos;
    problems.push({ file: path, range: source.rangeOf(start, Math.max(end, start + 1)), severity: 'error', message: `The house-style file is not valid ${kind} here; it is ignored` });
    return { spec: {}, document, source };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    problems.push({ file: path, range: zero(), severity: 'error', message: 'The house-style file uses too many YAML aliases to be read; it is ignored' });
    return { spec: {}, document, source };
  }
  if (value === null || value === undefined) return { spec: {}, document, source };
  if (!validateHouseStyle(value)) {
    const dropped = new Set<string>();
    for (const error of relevant(validateHouseStyle.errors ?? [])) {
      const where = pointerPath(error.instancePath);
      const unknownKey = error.keyword === 'additionalProperties';
      const at: YamlPath = unknownKey ? [...where, String((error.params as { additionalProperty: string }).additionalProperty)] : where;
      const range = unknownKey ? keyRange(document, source, at) : valueRange(document, source, at);
      problems.push({ file: path, range, severity: unknownKey ? 'warning' : 'error', message: houseStyleMessage(error, at), fromSchema: true });
      dropped.add(at.length > 0 ? String(at[0]) : '*');
    }
    if (dropped.has('*')) return { spec: {}, document, source };
    value = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([key]) => !dropped.has(key)));
  }
  const spec = value as HouseStyleSpec;
  if (knownRules && spec.rules) {
    for (const code of Object.keys(spec.rules)) {
      if (knownRules.includes(code)) continue;
      const guesses = suggest(code, knownRules, 1);
      problems.push({ file: path, range: keyRange(document, source, ['rules', code]), severity: 'warning', message: `\`${code}\` is not a rule${guesses.length ? `; did you mean \`${guesses[0]}\`?` : ''}` });
    }
  }
  return { spec, document, source };
}

/** Drops the per-branch errors of an `anyOf` (its own error says it all). */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const anyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  return errors.filter((e) => e.keyword === 'anyOf' || !anyOf.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
}

const DESCRIPTIONS = houseStyleSchema.properties as Record<string, { description?: string }>;

function houseStyleMessage(error: ErrorObject, path: YamlPath): string {
  const name = `\`${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}\``;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(path[path.length - 1]);
      const known = path.length === 1 ? Object.keys(DESCRIPTIONS) : path[0] === 'limits' ? Object.keys(MAGAZINE.limits) : ['label', 'titlePrefix', 'name', 'synonyms'];
      const guesses = suggest(key, known, 1);
      return `\`${key}\` is not a house-style setting${guesses.length ? `; did you mean \`${guesses[0]}\`?` : ''} (it is ignored)`;
    }
    case 'type':
      return `${name} must be ${params.type === 'integer' ? 'a whole number' : params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping' : params.type === 'boolean' ? 'true or false' : 'text'}`;
    case 'enum':
      return path[0] === 'rules' ? `${name} must be error, warning, info or off` : `${name} must be one of ${(params.allowedValues as string[]).join(', ')}`;
    case 'minimum':
      return `${name} must be at least ${String(params.limit)}`;
    case 'minItems':
      return `${name} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return `${name} is empty`;
    case 'uniqueItems':
      return `${name} lists the same item twice`;
    case 'required':
      return `${name} needs \`${String(params.missingProperty)}\``;
    case 'anyOf':
      return `${name} must be a section name or a mapping with \`name\` and \`synonyms\``;
    case 'pattern':
    case 'propertyNames':
      return `${name} is not a valid name (lower case letters, digits and hyphens)`;
    default:
      return `${name} is not valid here`;
  }
}

function pointerPath(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueRange(document: Document.Parsed, source: SourceText, path: YamlPath): Range {
  const { node, pair } = locate(document, path);
  const span = nodeSpan(node) ?? keySpan(pair);
  return span ? source.rangeOf(span.start, span.end) : zero();
}

function keyRange(document: Document.Parsed, source: SourceText, path: YamlPath): Range {
  const span = keySpan(locate(document, path).pair);
  return span ? source.rangeOf(span.start, span.end) : valueRange(document, source, path);
}

function zero(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
