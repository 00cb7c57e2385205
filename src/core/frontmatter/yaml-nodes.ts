import { isCollection, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import type { Span } from '../types';

export type YamlPath = (string | number)[];

/** A node of the parsed YAML and, when it is the value of a mapping entry, that entry. */
export interface Located {
  node?: Node;
  pair?: Pair<unknown, unknown>;
  /** The deepest path that could be followed (a prefix of the requested one). */
  path: YamlPath;
}

/** Follows a JSON-pointer-like path (`['authors', 1, 'email']`) through the YAML's nodes. */
export function locate(document: Document.Parsed, path: YamlPath): Located {
  let node = document.contents as Node | null;
  let pair: Pair<unknown, unknown> | undefined;
  const followed: YamlPath = [];
  for (const segment of path) {
    if (isMap(node)) {
      const entry = node.items.find((item) => keyText(item) === String(segment));
      if (!entry) break;
      pair = entry as Pair<unknown, unknown>;
      node = (entry.value ?? null) as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      pair = undefined;
      node = node.items[segment] as Node | null;
    } else {
      break;
    }
    followed.push(segment);
  }
  return { node: node ?? undefined, pair, path: followed };
}

export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** Offsets (relative to the YAML text) of a node without its trailing comment or line break. */
export function nodeSpan(node: unknown): Span | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (range) return { start: range[0], end: range[1] };
  }
  return undefined;
}

/** The key's span of a mapping entry. */
export function keySpan(pair: Pair<unknown, unknown> | undefined): Span | undefined {
  return pair ? nodeSpan(pair.key) : undefined;
}

/** Is the node an empty value (`email:` with nothing after it)? */
export function isEmptyValue(node: unknown): boolean {
  return !node || (isScalar(node) && node.value === null && (!node.range || node.range[0] === node.range[1]));
}

/** Is this a block collection (one that starts on the line after its key)? */
export function isBlockCollection(node: unknown): boolean {
  return isCollection(node) && !node.flow;
}

/** The first alias (`*name`) in the document, if any. */
export function firstAlias(document: Document.Parsed): Span | undefined {
  let found: Span | undefined;
  visit(document, {
    Alias(_key, node) {
      found = nodeSpan(node);
      return visit.BREAK;
    },
  });
  return found;
}
