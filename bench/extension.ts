/**
 * The extension in plain Node with a fake `vscode`: how long loading and activating the bundle
 * takes and what activation does, and an edit simulation that types into a long report and times
 * every task the extension host runs (event handlers and the timers they start).
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { FakeVscode } from '../test/support/vscode-fake';

type CodeActions = { provideCodeActions(document: unknown, range: unknown, context: unknown): unknown };
type CodeLenses = { provideCodeLenses(document: unknown): unknown };

export interface ActivationResult {
  requireMs: number;
  activateMs: number;
  /** API calls made while activating, grouped. */
  calls: Record<string, number>;
  /** Calls that are not registrations (register*, create*, on*, new ...): should be none. */
  otherCalls: string[];
  /** Document text read before any document was opened: should be 0. */
  textReadsBeforeOpen: number;
}

export interface EditSimulationResult {
  lines: number;
  keystrokes: number;
  intervalMs: number;
  /** Longest synchronous handling of one change event (all features' listeners). */
  maxKeystrokeMs: number;
  /** Every timer task (debounced checks, status bar, ...) run during the simulation, longest first. */
  timerTasksMs: number[];
  /** Longest single task of either kind. */
  maxTaskMs: number;
  /** Longest the event loop was blocked by any task (worker replies included), from `monitorEventLoopDelay`. */
  maxLoopDelayMs: number;
  /** Diagnostics were published for the final version. */
  publishedFinalVersion: boolean;
  publishedCount: number;
}

/** The benchmark's copy of the production bundle (bench/run.ts puts it there). */
const BUNDLE = process.env.CASEREPORT_BUNDLE ?? join(__dirname, '..', 'bench-results', 'dist', 'extension.js');

function load(fake: FakeVscode): { requireMs: number; extension: { activate(context: unknown): unknown } } {
  const uninstall = fake.install();
  delete require.cache[BUNDLE];
  const start = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(BUNDLE) as { activate(context: unknown): unknown };
  const requireMs = performance.now() - start;
  uninstall();
  return { requireMs, extension };
}

function context(): unknown {
  const memento = { get: (_k: string, fallback?: unknown) => fallback, update: async () => undefined, keys: () => [] };
  return {
    subscriptions: [] as { dispose(): void }[],
    extensionUri: { fsPath: join(__dirname, '..'), toString: () => 'file://ext' },
    extensionPath: join(__dirname, '..'),
    asAbsolutePath: (p: string) => join(__dirname, '..', p),
    globalState: memento,
    workspaceState: memento,
    storageUri: undefined,
    globalStorageUri: { fsPath: '/tmp' },
  };
}

export function measureActivation(): ActivationResult {
  const fake = new FakeVscode();
  const { requireMs, extension } = load(fake);
  const reads = fake.textReads;
  const start = performance.now();
  extension.activate(context());
  const activateMs = performance.now() - start;
  const calls: Record<string, number> = {};
  const otherCalls: string[] = [];
  for (const call of fake.calls) {
    const name = call.replace(/^new /, '');
    calls[call] = (calls[call] ?? 0) + 1;
    const last = name.slice(name.lastIndexOf('.') + 1);
    const registration = call.startsWith('new ') || /^(register|create|on)/.test(last) || /^(get|executeCommand)$/.test(last) || /^(Uri\.|workspace\.getConfiguration)/.test(name);
    if (!registration && !otherCalls.includes(call)) otherCalls.push(call);
  }
  return { requireMs, activateMs, calls, otherCalls, textReadsBeforeOpen: reads + fake.textReads };
}

/**
 * Opens `text` and types `keystrokes` characters into the middle of it, one every `intervalMs`,
 * then waits for the debounced work to settle. Timer callbacks are wrapped to time each task.
 */
export async function simulateEditing(text: string, path: string, keystrokes = 30, intervalMs = 60): Promise<EditSimulationResult> {
  const fake = new FakeVscode();
  const { extension } = load(fake);
  const uninstall = fake.install();
  const timerTasks: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  const wrapped = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(() => {
      const start = performance.now();
      try {
        callback(...args);
      } finally {
        timerTasks.push(performance.now() - start);
      }
    }, ms)) as unknown as typeof setTimeout;
  globalThis.setTimeout = wrapped;
  try {
    extension.activate(context());
    const document = fake.openDocument(path, text) as ReturnType<FakeVscode['openDocument']> & { setText(t: string): void };
    await sleep(realSetTimeout, 600); // the first check of the opened document
    timerTasks.length = 0;
    // Every task on the extension host thread (timers, worker replies, promise continuations) delays
    // the event loop by its length: the longest delay is the longest task.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const requests: unknown[] = [];
    const Range = (fake.api as { Range: new (start: unknown, end: unknown) => unknown }).Range;
    let content = text;
    let at = content.indexOf(' the ', content.length >> 1) + 1;
    let maxKeystrokeMs = 0;
    for (let i = 0; i < keystrokes; i++) {
      const character = 'calciphylaxis '[i % 14];
      content = content.slice(0, at) + character + content.slice(at);
      document.setText(content);
      const start = performance.now();
      fake.fire('workspace.onDidChangeTextDocument', { document, contentChanges: [{ text: character, rangeOffset: at, rangeLength: 0 }], reason: undefined });
      fake.fire('window.onDidChangeTextEditorSelection', { textEditor: fake.activeEditor, selections: [], kind: 1 });
      // What VS Code asks after a keystroke: the code actions at the cursor (light bulb) and the CodeLenses.
      const cursor = document.positionAt(at + 1);
      for (const { kind, provider } of fake.providers) {
        if (kind === 'registerCodeActionsProvider') requests.push((provider as CodeActions).provideCodeActions(document, new Range(cursor, cursor), { diagnostics: [], triggerKind: 2 }));
        if (kind === 'registerCodeLensProvider') requests.push((provider as CodeLenses).provideCodeLenses(document));
      }
      maxKeystrokeMs = Math.max(maxKeystrokeMs, performance.now() - start);
      at++;
      await sleep(realSetTimeout, intervalMs);
    }
    await sleep(realSetTimeout, 1500);
    await Promise.allSettled(requests);
    loop.disable();
    const published = fake.published.get(document.uri.toString());
    const sorted = [...timerTasks].sort((a, b) => b - a);
    // The histogram's delay includes the sampling interval itself.
    const maxLoopDelayMs = Math.max(0, loop.max / 1e6 - 5);
    return {
      lines: document.lineCount,
      keystrokes,
      intervalMs,
      maxKeystrokeMs,
      timerTasksMs: sorted.slice(0, 20),
      maxTaskMs: Math.max(maxKeystrokeMs, sorted[0] ?? 0, maxLoopDelayMs),
      maxLoopDelayMs,
      publishedFinalVersion: published?.version === document.version,
      publishedCount: published?.count ?? -1,
    };
  } finally {
    globalThis.setTimeout = realSetTimeout;
    uninstall();
  }
}

function sleep(realSetTimeout: typeof setTimeout, ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}
