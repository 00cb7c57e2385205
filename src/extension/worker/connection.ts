import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Method, Params, Request, Response, Result } from '../../core';

/** Sends requests to the analysis service; resolves `undefined` when the answer would be stale. */
export interface ServiceConnection {
  request<M extends Method>(method: M, params: Params<M>): Promise<Result<M> | undefined>;
  dispose(): void;
}

/** Where the connection says what happens: the "Case Report Writer" log channel (a LogOutputChannel's methods). */
export interface ServiceLog {
  info(message: string): void;
  debug(message: string): void;
  error(message: string | Error): void;
}

const SILENT: ServiceLog = { info: () => {}, debug: () => {}, error: () => {} };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string; started: number };

/**
 * The service in a worker thread, started on the first request (activation starts nothing), with
 * responses matched to requests by id. If the worker dies, pending requests fail and the next
 * request starts a new one.
 */
export class WorkerConnection implements ServiceConnection {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly script: string,
    private readonly log: ServiceLog = SILENT,
  ) {}

  request<M extends Method>(method: M, params: Params<M>): Promise<Result<M> | undefined> {
    const id = this.nextId++;
    return new Promise<Result<M> | undefined>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method, started: Date.now() });
      try {
        this.start().postMessage({ id, method, params } satisfies Request);
      } catch (error) {
        // Not sent (a value that cannot be posted, a worker that cannot start): no answer will come.
        this.pending.delete(id);
        const failure = error instanceof Error ? error : new Error(String(error));
        this.log.error(`${method} not sent to the analysis worker: ${failure.message}`);
        reject(failure);
      }
    });
  }

  private receive(response: Response): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    const took = `${pending.method} in ${Date.now() - pending.started} ms`;
    if ('error' in response) {
      this.log.error(`${pending.method} failed in the analysis worker: ${response.error}`);
      pending.reject(new Error(`Case report analysis failed: ${response.error}`));
    } else {
      this.log.debug('stale' in response ? `${took} (stale: a newer version was waiting)` : took);
      pending.resolve('stale' in response ? undefined : response.result);
    }
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { name: 'casereport-analysis' });
    this.log.info(`Analysis worker started (thread ${worker.threadId})`);
    worker.on('message', (response: Response) => this.receive(response));
    worker.on('error', (error) => {
      this.log.error(error);
      this.failAll(error);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.log.error(`Analysis worker stopped (exit code ${code}); the next request starts a new one`);
      }
      this.failAll(new Error('The case report analysis worker stopped.'));
    });
    // An idle worker does not keep the extension host alive.
    worker.unref();
    return (this.worker = worker);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('disposed'));
    void worker?.terminate();
  }
}

/** The analysis worker next to the extension bundle (dist/analysis-worker.js). */
export function connect(log?: ServiceLog, script = join(__dirname, 'analysis-worker.js')): ServiceConnection {
  return new WorkerConnection(script, log);
}
