import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The files of src a file imports (`import ... from`, `export ... from`, `import()`): at run time
 * only, or with `import type` and `export type` too (erased at run time, but still a dependency
 * a reader follows).
 */
function importsOf(file: string, types: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)(\s+type\b)?[^;]*?\bfrom\s*'(\.{1,2}\/[^']+)'|^import\s+'(\.{1,2}\/[^']+)'|\bimport\s*\(\s*'(\.{1,2}\/[^']+)'/gms)) {
    if (match[1] && !types) continue;
    const path = match[2] ?? match[3] ?? match[4];
    const base = resolve(dirname(file), path);
    const target = [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
    if (target) found.push(target);
  }
  return found;
}

/** The strongly connected components of more than one file (Tarjan), each sorted, as paths under src. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(relative(SRC, member));
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph of src', () => {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((file) => [file, importsOf(file, false)]));
  const withTypes = new Map(files.map((file) => [file, importsOf(file, true)]));

  it('reads the imports it checks (the parse floor imports the citation tokens and markdown-it setup)', () => {
    const markdown = graph.get(join(SRC, 'core', 'markdown.ts'))!;
    assert.ok(markdown.includes(join(SRC, 'core', 'citation-tokens.ts')), 'markdown.ts imports citation-tokens.ts');
    assert.ok(graph.size > 100);
  });

  it('has no import cycle at run time', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('type imports included, no cycle reaches into a folder of its own (render/, export/, house-styles/, frontmatter/, rules/, service/)', () => {
    // The model's own type cycles (model.ts exports DocumentModel to the helpers it imports) stay
    // inside the parse floor; a cycle through a feature folder means that folder and the floor
    // are one module in two places.
    const crossing = cycles(withTypes).flat().filter((file) => /^core\/(render|export|house-styles|frontmatter|rules|service)\//.test(file));
    assert.deepEqual(crossing, []);
  });

  it('the parse floor (model and what it imports) imports nothing from render/ or export/', () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(join(SRC, 'core', 'model.ts'));
    for (const file of [...reached]) for (const next of withTypes.get(file) ?? []) walk(next);
    const upward = [...reached].map((file) => relative(SRC, file)).filter((file) => /^core\/(render|export|service|rules)\//.test(file));
    assert.deepEqual(upward, []);
  });
});
