// A Chrome DevTools Protocol connection over the pipe a browser started with --remote-debugging-pipe
// keeps on its file descriptors 3 (commands in) and 4 (answers and events out): JSON messages, each
// ended by a NUL byte. Only what printing needs: commands answered by id, events by name.
import type { Readable, Writable } from 'node:stream';

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message?: string };
  sessionId?: string;
}

export class DevToolsPipe {
  private nextId = 1;
  private readonly waiting = new Map<number, { method: string; resolve(result: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Map<string, Listener[]>();
  /** The bytes of a message not yet ended by its NUL. */
  private partial: Buffer[] = [];
  private closedBy: Error | undefined;
  private readonly closeListeners: ((reason: Error) => void)[] = [];

  constructor(private readonly toBrowser: Writable, fromBrowser: Readable) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    // A browser that died leaves a broken pipe: whoever started it closes this with the reason (its
    // exit status says more than the pipe's end, which comes first).
    fromBrowser.on('error', () => undefined);
    toBrowser.on('error', () => undefined);
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves to its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedBy) return Promise.reject(this.closedBy);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { method, resolve: resolve as (result: unknown) => void, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` on every event named `method`, with the session it came from. */
  on(method: string, listener: Listener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  /** Calls `listener` once when the connection closes (at once if it has). */
  onClose(listener: (reason: Error) => void): void {
    if (this.closedBy) listener(this.closedBy);
    else this.closeListeners.push(listener);
  }

  /** Fails every waiting and later command with `reason`; the first reason given is kept. */
  close(reason: Error): void {
    if (this.closedBy) return;
    this.closedBy = reason;
    for (const { reject } of this.waiting.values()) reject(reason);
    this.waiting.clear();
    for (const listener of this.closeListeners.splice(0)) listener(reason);
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end >= 0; end = chunk.indexOf(0, start)) {
      // Bytes are joined before decoding: a character may be split between two chunks.
      const text = Buffer.concat([...this.partial, chunk.subarray(start, end)]).toString('utf8');
      this.partial = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.partial.push(chunk.subarray(start));
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.waiting.get(message.id);
      if (!waiting) return;
      this.waiting.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message ?? 'failed'}`));
      else waiting.resolve(message.result);
    } else if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  }
}
