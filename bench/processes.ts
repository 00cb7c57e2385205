/** Whole-process timings: `node dist/cli.js ...` against a bare markdown-it process on the same file. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './timing';

export interface ProcessTiming {
  median: number;
  runs: number;
  /** Exit statuses seen (a check with findings may exit 1). */
  status: number[];
  stderr?: string;
}

const ROOT = join(__dirname, '..');

/** Runs a command `runs` times (after one warm-up run for the file cache) and takes the median wall time. */
export function timeProcess(args: string[], runs = 5, timeoutMs = 60_000): ProcessTiming {
  const times: number[] = [];
  const status: number[] = [];
  let stderr = '';
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (i === 0) continue;
    times.push(elapsed);
    status.push(result.status ?? -1);
    if (result.stderr) stderr = result.stderr.slice(0, 500);
  }
  return { median: median(times), runs: times.length, status: [...new Set(status)], stderr: stderr || undefined };
}

export function cli(...args: string[]): string[] {
  return [join(ROOT, 'bench-results', 'dist', 'cli.js'), ...args];
}

export function bare(mode: 'parse' | 'render', file: string, out?: string): string[] {
  return [join(ROOT, 'bench', 'bare-markdown-it.cjs'), mode, file, ...(out ? [out] : [])];
}
