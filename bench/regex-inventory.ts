/**
 * Lists every regular expression in src/core (literals and `new RegExp(...)`, read from the syntax
 * tree) with its file and the names of the declarations around it (names, not lines: lines drift),
 * and flags the shapes that can backtrack super-linearly: a quantified group that holds an
 * unbounded quantifier (star height 2), and adjacent unbounded quantifiers over overlapping
 * characters with only optional parts between them. Usage: `npx tsx bench/regex-inventory.ts`.
 * The verdicts for the flagged ones are in bench/REGEX-REVIEW.md; the adversarial runs in
 * test/robustness/hostile-inputs.ts exercise them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

export interface Found {
  file: string;
  /** Where it is, by name: the declarations around it (`citationPick`, `abbreviationHeading.run`), `(top level)` outside any. */
  name: string;
  source: string;
  flags: string;
  risk: string[];
}

function risks(source: string): string[] {
  const out: string[] = [];
  // A group quantified with * + or {n,} that itself contains * + or {n,}.
  const stack: { start: number; inner: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      const next = source[i + 1];
      if ((next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(source.slice(i + 1)))) && stack.length) stack[stack.length - 1].inner = true;
      continue;
    }
    if (c === '(') stack.push({ start: i, inner: false });
    else if (c === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(source.slice(i + 1)));
      if (group && group.inner && unbounded) out.push(`quantified group with an unbounded quantifier inside: ${source.slice(group.start, i + 2)}`);
      if (group && (group.inner || unbounded) && stack.length) stack[stack.length - 1].inner = true;
    } else if ((c === '*' || c === '+') && stack.length) stack[stack.length - 1].inner = true;
  }
  if (/\[ \\t[^\]]*\][*+]\??(?:\[[^\]]*\]\?|\(\?:[^)]*\)\?)*\[ \\t[^\]]*\][*+]/.test(source)) out.push('adjacent [ \\t]* runs with optional parts between them');
  return out;
}

/** The names of the declarations around a node, innermost last: functions, methods, variables, properties, classes. */
function nameOf(node: ts.Node): string {
  const names: string[] = [];
  for (let at = node.parent; at; at = at.parent) {
    if ((ts.isFunctionDeclaration(at) || ts.isMethodDeclaration(at) || ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at) || ts.isPropertyDeclaration(at) || ts.isClassDeclaration(at)) && at.name && ts.isIdentifier(at.name)) {
      names.unshift(at.name.text);
    }
  }
  return names.length > 0 ? names.slice(-2).join('.') : '(top level)';
}

/** Every regular expression of src/core, found in the syntax tree: literals and `new RegExp(...)` / `RegExp(...)` calls. */
export function inventory(): Found[] {
  const found: Found[] = [];
  for (const file of files(join(ROOT, 'src', 'core')).sort()) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const close = literal.lastIndexOf('/');
        const source = literal.slice(1, close);
        found.push({ file: relative(ROOT, file), name: nameOf(node), source, flags: literal.slice(close + 1), risk: risks(source) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        found.push({ file: relative(ROOT, file), name: nameOf(node), source: node.getText(tree).replace(/\s+/g, ' ').slice(0, 160), flags: '(constructed)', risk: [] });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

if (require.main === module) {
  const all = inventory();
  for (const f of all) console.log(`${f.file} ${f.name}  ${f.flags === '(constructed)' ? f.source : `/${f.source}/${f.flags}`}${f.risk.length ? `\n    FLAG: ${f.risk.join('; ')}` : ''}`);
  console.log(`\n${all.length} expressions, ${all.filter((f) => f.risk.length).length} flagged`);
}
