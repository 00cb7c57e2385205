/** Whole-process timings: `node dist/cli.js ...` against a bare markdown-it process on the same file. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './timing';

export interface ProcessTiming {
  median: number;
  runs: number;
  /** Exit statuses seen (a check with findings may exit 1). */
  status: number[];
  stderr?: string;
  /** The highest peak resident memory of the timed runs (bytes), when asked for; NaN if a run died before reporting. */
  maxRss?: number;
  /** With the memory: the median CPU time (user + system, ms), steadier than wall time on a shared machine. */
  cpu?: number;
}

const ROOT = join(__dirname, '..');

/**
 * Runs a command `runs` times (after one warm-up run for the file cache) and takes the median wall
 * time; with `rss`, also each run's peak resident memory (bench/max-rss.cjs, preloaded). Standard
 * output goes to a file, as `casereport check report.md > findings.txt` does: collected through a
 * pipe into this process's memory instead, 26 MB of findings cost this process some 200 ms of its
 * own (reading, joining, decoding) after the command had finished, and that time counted as the
 * command's.
 */
export function timeProcess(args: string[], runs = 5, timeoutMs = 60_000, options: { rss?: boolean } = {}): ProcessTiming {
  const times: number[] = [];
  const status: number[] = [];
  let stderr = '';
  let maxRss = options.rss ? 0 : undefined;
  const cpu: number[] = [];
  const rssFile = join(tmpdir(), `casereport-bench-rss-${process.pid}`);
  const argv = options.rss ? ['-r', join(ROOT, 'bench', 'max-rss.cjs'), ...args] : args;
  const outFile = join(tmpdir(), `casereport-bench-stdout-${process.pid}`);
  for (let i = 0; i <= runs; i++) {
    rmSync(rssFile, { force: true });
    const stdout = openSync(outFile, 'w');
    const start = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, CASEREPORT_BENCH_RSS: rssFile } });
    const elapsed = performance.now() - start;
    closeSync(stdout);
    if (i === 0) continue;
    times.push(elapsed);
    status.push(result.status ?? -1);
    if (result.stderr) stderr = result.stderr.slice(0, 500);
    if (maxRss !== undefined) {
      const [rss, ms] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [NaN, NaN];
      maxRss = Math.max(maxRss, rss);
      cpu.push(ms);
    }
  }
  rmSync(rssFile, { force: true });
  rmSync(outFile, { force: true });
  return { median: median(times), runs: times.length, status: [...new Set(status)], stderr: stderr || undefined, maxRss, cpu: options.rss ? median(cpu) : undefined };
}

export function cli(...args: string[]): string[] {
  return [join(ROOT, 'bench-results', 'dist', 'cli.js'), ...args];
}

export function bare(mode: 'parse' | 'render', file: string, out?: string): string[] {
  return [join(ROOT, 'bench', 'bare-markdown-it.cjs'), mode, file, ...(out ? [out] : [])];
}
