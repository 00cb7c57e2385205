// A stand-in for Zotero's local server with Better BibTeX, for the unit tests of Cite from Zotero
// and its end-to-end test in code-server (which runs on this machine and reaches 127.0.0.1 too).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for Zotero's local server on 127.0.0.1 (port 0: any free port); it records what was asked. */
export class StandIn {
  readonly asked: { url: string; host?: string }[] = [];
  private readonly held: ServerResponse[] = [];
  private server!: Server;
  private waiting: ((url: string) => void)[] = [];

  constructor(private readonly answer: (url: string, res: ServerResponse) => void) {}

  async start(): Promise<number> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      this.asked.push({ url: req.url ?? '', host: req.headers.host });
      this.held.push(res);
      for (const wake of this.waiting.splice(0)) wake(req.url ?? '');
      this.answer(req.url ?? '', res);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Resolves when the next request arrives. */
  nextRequest(): Promise<string> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Better BibTeX as documented: `probe` answers `ready`, the picker the citation it is given. */
export function betterBibTeX(citation: string, status = 200): (url: string, res: ServerResponse) => void {
  return (url, res) => {
    if (url.includes('probe=')) {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ready');
      return;
    }
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(citation);
  };
}

export async function withStandIn<T>(answer: (url: string, res: ServerResponse) => void, run: (port: number, standIn: StandIn) => Promise<T>): Promise<T> {
  const standIn = new StandIn(answer);
  const port = await standIn.start();
  try {
    return await run(port, standIn);
  } finally {
    await standIn.stop();
  }
}
