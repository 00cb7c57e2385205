import { inPieces } from './format/pieces';

/** A unified diff of two texts, line by line (Myers' algorithm), as `diff -u` prints it. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  const parts: string[] = [];
  writeUnifiedDiff(oldText, newText, oldName, newName, (text) => parts.push(text), context);
  return parts.join('');
}

/**
 * unifiedDiff, written to `write` in pieces (inPieces): the lines in batches, and a line longer than
 * a batch as the line itself, never the whole diff as one string (a 4 MB report on one line makes a
 * diff of 8 MB, whose copy was a new block of memory the size of both texts).
 */
export function writeUnifiedDiff(oldText: string, newText: string, oldName: string, newName: string, write: (text: string) => void, context = 3): void {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const script = diffLines(a, b);
  if (script.every((op) => op.kind === 'same')) return;
  const out = inPieces(write);
  const line = (prefix: string, text: string) => {
    out.add(prefix);
    out.add(text);
    out.add('\n');
  };
  line('', `--- ${oldName}`);
  line('', `+++ ${newName}`);
  let i = 0;
  while (i < script.length) {
    if (script[i].kind === 'same') {
      i++;
      continue;
    }
    let start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while changes are within 2 * context lines of each other.
    while (end < script.length) {
      if (script[end].kind !== 'same') {
        end++;
        continue;
      }
      let run = end;
      while (run < script.length && script[run].kind === 'same') run++;
      if (run === script.length || run - end > 2 * context) {
        end = Math.min(run, end + context);
        break;
      }
      end = run;
    }
    const hunk = script.slice(start, end);
    const oldStart = hunk[0].oldLine;
    const newStart = hunk[0].newLine;
    const oldCount = hunk.filter((op) => op.kind !== 'add').length;
    const newCount = hunk.filter((op) => op.kind !== 'del').length;
    line('', `@@ -${oldCount === 0 ? oldStart : oldStart + 1},${oldCount} +${newCount === 0 ? newStart : newStart + 1},${newCount} @@`);
    for (const op of hunk) line(op.kind === 'same' ? ' ' : op.kind === 'add' ? '+' : '-', op.text);
    i = end;
    start = end;
  }
  out.end('');
}

interface Op {
  kind: 'same' | 'add' | 'del';
  text: string;
  oldLine: number;
  newLine: number;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function diffLines(a: string[], b: string[]): Op[] {
  // Trim the common head and tail, then Myers on the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: 'same', text: a[k], oldLine: k, newLine: k });
  // Pushed one by one: spread as arguments, a hundred thousand changed lines overflow the stack.
  for (const op of myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head)) ops.push(op);
  for (let k = tail; k > 0; k--) {
    ops.push({ kind: 'same', text: a[a.length - k], oldLine: a.length - k, newLine: b.length - k });
  }
  return ops;
}

/** Beyond this many changed lines the diff shows the changed middle as removed, then added. */
const MAX_EDIT_DISTANCE = 2000;

function replaceAll(a: string[], b: string[], offset: number): Op[] {
  return [
    ...a.map((text, i): Op => ({ kind: 'del', text, oldLine: offset + i, newLine: offset })),
    ...b.map((text, i): Op => ({ kind: 'add', text, oldLine: offset + a.length, newLine: offset + i })),
  ];
}

function myers(a: string[], b: string[], offset: number): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  // Before round d, only diagonals -d..d of v are read back: each round keeps that band (2d + 1
  // values, trace[d][k + d]), not the whole of v (2,000 rounds of a 200,000-line middle: 3 GB).
  const trace: Int32Array[] = [];
  let done = max === 0;
  for (let d = 0; d <= max && !done; d++) {
    if (d > MAX_EDIT_DISTANCE) return replaceAll(a, b, offset);
    trace.push(v.slice(max - d, max + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  // Round 0 is the snake from the start, walked by the loop after this one.
  for (let d = trace.length - 1; d > 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[d + k - 1] < vd[d + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[d + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: 'same', text: a[x], oldLine: offset + x, newLine: offset + y });
    }
    if (x === prevX) {
      y--;
      ops.push({ kind: 'add', text: b[y], oldLine: offset + x, newLine: offset + y });
    } else {
      x--;
      ops.push({ kind: 'del', text: a[x], oldLine: offset + x, newLine: offset + y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ kind: 'same', text: a[x], oldLine: offset + x, newLine: offset + y });
  }
  return ops.reverse();
}
