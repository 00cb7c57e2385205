// markdown-it's published build declares its class fields through a helper: `_defineProperty(this,
// "map", null)` is an `in` test and a keyed store, megamorphic since every field of every class
// goes through the one helper. Every token pays eight of them (a reference list of 20,000 entries
// makes 100,000 tokens: about a tenth of a check's work on it). The bundles get each such field
// as the plain assignment it amounts to (`this.map = null`): markdown-it's classes have no
// accessors, so assigning to a fresh instance defines the same own, writable, enumerable property.
import { readFile } from 'node:fs/promises';

const HELPER_CALL = '_defineProperty(';

/** The esbuild plugin: markdown-it's own module, loaded with its fields as assignments. */
export function markdownItPlainFields() {
  return {
    name: 'markdown-it-plain-fields',
    setup(build) {
      build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/ }, async (args) => ({
        contents: plainFields(await readFile(args.path, 'utf8'), args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * The source with every `_defineProperty(this, "name", value)` (comments allowed between the
 * arguments) written `this.name = value`. Throws when a call on `this` is left, so a markdown-it
 * release written differently fails the build instead of going slow unnoticed.
 */
export function plainFields(source, path = 'markdown-it') {
  let out = '';
  let at = 0;
  for (let call = source.indexOf(HELPER_CALL); call !== -1; call = source.indexOf(HELPER_CALL, at)) {
    const args = callArguments(source, call + HELPER_CALL.length);
    const name = args && args.list.length === 3 && args.list[0].trim() === 'this' ? /^\s*"([A-Za-z_$][\w$]*)"\s*$/.exec(withoutComments(args.list[1])) : null;
    if (!name) {
      out += source.slice(at, call + HELPER_CALL.length);
      at = call + HELPER_CALL.length;
      continue;
    }
    out += `${source.slice(at, call)}this.${name[1]} = ${args.list[2].trim()}`;
    at = args.end;
  }
  out += source.slice(at);
  if (/_defineProperty\(\s*this\s*,/.test(out)) throw new Error(`${path}: a class field still goes through _defineProperty (markdown-it-fields.mjs does not read this release)`);
  return out;
}

/** The top-level arguments of the call whose `(` ends just before `from`, and the offset after its `)`. */
function callArguments(source, from) {
  const list = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i === 0) return null;
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i === -1) return null;
    } else if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(source, i);
      if (i === -1) return null;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        list.push(source.slice(start, i));
        return { list, end: i + 1 };
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      list.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return null;
}

/** The offset of the quote closing the string opened at `open` (template literals without `${}`), or -1. */
function stringEnd(source, open) {
  const quote = source[open];
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i;
    else if (quote === '`' && source[i] === '$' && source[i + 1] === '{') return -1;
  }
  return -1;
}

function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}
