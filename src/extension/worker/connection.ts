import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Method, Params, Request, Response, Result } from '../../core';

/** Sends requests to the analysis service; resolves `undefined` when the answer would be stale. */
export interface ServiceConnection {
  request<M extends Method>(method: M, params: Params<M>): Promise<Result<M> | undefined>;
  dispose(): void;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The service in a worker thread, started on the first request (activation starts nothing), with
 * responses matched to requests by id. If the worker dies, pending requests fail and the next
 * request starts a new one.
 */
export class WorkerConnection implements ServiceConnection {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script: string) {}

  request<M extends Method>(method: M, params: Params<M>): Promise<Result<M> | undefined> {
    const id = this.nextId++;
    return new Promise<Result<M> | undefined>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.start().postMessage({ id, method, params } satisfies Request);
      } catch (error) {
        // Not sent (a value that cannot be posted, a worker that cannot start): no answer will come.
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private receive(response: Response): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if ('error' in response) pending.reject(new Error(`Case report analysis failed: ${response.error}`));
    else pending.resolve('stale' in response ? undefined : response.result);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { name: 'casereport-analysis' });
    worker.on('message', (response: Response) => this.receive(response));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
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
export function connect(script = join(__dirname, 'analysis-worker.js')): ServiceConnection {
  return new WorkerConnection(script);
}
