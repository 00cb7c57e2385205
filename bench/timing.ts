/** Timing helpers: warm up, then the median of repeated runs. */

export interface Timing {
  /** Median wall time of one run, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface TimingOptions {
  /** Runs before measuring, so the JIT has compiled the hot paths. */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop adding runs once this much time is spent (after minRuns). */
  budgetMs?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Measures `run` (fresh `setup` output each time, setup untimed). */
export function measure<T>(run: (input: T) => unknown, setup: () => T, options: TimingOptions = {}): Timing {
  const { warmup = 3, minRuns = 7, maxRuns = 51, budgetMs = 1500 } = options;
  for (let i = 0; i < warmup; i++) run(setup());
  const times: number[] = [];
  const began = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - began < budgetMs)) {
    const input = setup();
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length };
}

export function time(run: () => unknown, options?: TimingOptions): Timing {
  return measure(run, () => undefined, options);
}

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** A measure with untimed preparation: `setup` runs before each timed `run`, which gets its result. */
export interface Prepared<T> {
  setup: () => T;
  run: (input: T) => unknown;
}

export function prepared<T>(setup: () => T, run: (input: T) => unknown): Prepared<unknown> {
  return { setup, run: run as (input: unknown) => unknown };
}

/**
 * Measures several things in rounds (one run of each per round, in turn) and takes each one's
 * median: on a shared machine, a burst of load then hits every measure alike, so their ratios hold.
 */
export function measureRoundRobin<K extends string>(runs: Record<K, (() => unknown) | Prepared<unknown>>, options: TimingOptions = {}): Record<K, Timing> {
  const { warmup = 3, minRuns = 7, maxRuns = 51, budgetMs = 1500 } = options;
  const keys = Object.keys(runs) as K[];
  const once = (key: K): number => {
    const measure = runs[key];
    const input = typeof measure === 'function' ? undefined : measure.setup();
    const start = performance.now();
    if (typeof measure === 'function') measure();
    else measure.run(input);
    return performance.now() - start;
  };
  for (let i = 0; i < warmup; i++) for (const key of keys) once(key);
  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  const began = performance.now();
  for (let round = 0; round < maxRuns && (round < minRuns || performance.now() - began < budgetMs * keys.length); round++) {
    for (const key of keys) times[key].push(once(key));
  }
  return Object.fromEntries(keys.map((key) => [key, { median: median(times[key]), min: Math.min(...times[key]), max: Math.max(...times[key]), runs: times[key].length }])) as Record<K, Timing>;
}
