// The analysis worker's entry point (dist/analysis-worker.js): parses and checks documents off the
// extension host thread, answering the requests of `connection.ts` in arrival order.
import { parentPort } from 'node:worker_threads';
import { DocumentService, RequestQueue, type Request } from '../../core';
import { createNodeHost } from '../../node/host';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread');
const queue = new RequestQueue(
  new DocumentService(createNodeHost()),
  (response) => port.postMessage(response),
  (run) => setImmediate(run),
);
port.on('message', (request: Request) => queue.push(request));
