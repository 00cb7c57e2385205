import type { DocumentModel } from '../model';

/**
 * Values several rules derive from the same model (where the digits of the privacy text are, ...),
 * computed by the first rule that asks and shared by the others, for one run of the rules only:
 * `runRules` starts a new run each time, so repeated runs on one model (the benchmark) pay for the
 * work each time, as the first check of a new document version does.
 */
let run = 0;
const memos = new WeakMap<DocumentModel, { run: number; values: Map<string, unknown> }>();

/** Called by runRules before the rules run. */
export function beginRun(): void {
  run++;
}

export function perRun<T>(model: DocumentModel, key: string, make: () => T): T {
  let memo = memos.get(model);
  if (!memo || memo.run !== run) memos.set(model, (memo = { run, values: new Map() }));
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = make();
  memo.values.set(key, value);
  return value;
}
