/**
 * Lists every regular expression in src/core (literals and `new RegExp(...)`) with file and line,
 * and flags the shapes that can backtrack super-linearly: a quantified group that holds an
 * unbounded quantifier (star height 2), and adjacent unbounded quantifiers over overlapping
 * characters with only optional parts between them. Usage: `npx tsx bench/regex-inventory.ts`.
 * The verdicts for the flagged ones are in bench/REGEX-REVIEW.md; the adversarial runs in
 * test/robustness/hostile-inputs.ts exercise them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals: a `/` where an expression may start, up to the closing `/` and flags. */
const LITERAL = /(?<=[=(,:;!&|?{}[\]]\s*|^\s*|return\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/gm;
const CONSTRUCTED = /new RegExp\(/g;

export interface Found {
  file: string;
  line: number;
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

export function inventory(): Found[] {
  const found: Found[] = [];
  for (const file of files(join(ROOT, 'src', 'core'))) {
    const text = readFileSync(file, 'utf8');
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    for (const m of text.matchAll(LITERAL)) {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index));
      if (/^\s*(\/\/|\*)/.test(line)) continue;
      found.push({ file: relative(ROOT, file), line: lineOf(m.index!), source: m[1], flags: m[2], risk: risks(m[1]) });
    }
    for (const m of text.matchAll(CONSTRUCTED)) {
      const end = text.indexOf('\n', m.index);
      const call = text.slice(m.index, end);
      found.push({ file: relative(ROOT, file), line: lineOf(m.index!), source: call.slice(0, 160), flags: '(constructed)', risk: [] });
    }
  }
  return found;
}

if (require.main === module) {
  const all = inventory();
  for (const f of all) console.log(`${f.file}:${f.line}  /${f.source}/${f.flags}${f.risk.length ? `\n    FLAG: ${f.risk.join('; ')}` : ''}`);
  console.log(`\n${all.length} expressions, ${all.filter((f) => f.risk.length).length} flagged`);
}
