import { request } from 'node:http';

/**
 * Better BibTeX's cite-as-you-write endpoint (retorque.re/zotero-better-bibtex, "Cite as you
 * Write"): Zotero's local server opens its citation picker and answers with the picked works as
 * text when the author picks, or an empty text when the picker is closed. `probe` answers `ready`
 * without opening the picker. Only this machine is ever asked: the host is fixed, the port is a
 * setting (`casereport.zotero.port`).
 */
export const ZOTERO_HOST = '127.0.0.1';
export const ZOTERO_PORT = 23119;
const CAYW_PATH = '/better-bibtex/cayw';
const PROBE_PATH = `${CAYW_PATH}?probe=1`;
const PICK_PATH = `${CAYW_PATH}?format=pandoc&brackets=1`;
/** An answer longer than this is not a citation. */
const MAX_ANSWER = 64 * 1024;

export interface CaywOptions {
  port?: number;
  /** How long the probe may take (Zotero answers it at once when it runs). */
  probeTimeoutMs?: number;
  /** How long the picker may stay open. */
  pickTimeoutMs?: number;
  /** Aborting gives up waiting (the notification's Cancel); the answer is then `cancelled`. */
  signal?: AbortSignal;
}

export const PROBE_TIMEOUT_MS = 5_000;
export const PICK_TIMEOUT_MS = 10 * 60_000;

/** What the picker gave: the citation as Better BibTeX writes it, or nothing (closed, or the wait cancelled). */
export type CaywAnswer = { kind: 'picked'; citation: string } | { kind: 'cancelled' };

export type CaywProblem = 'not-running' | 'no-better-bibtex' | 'timeout' | 'error';

/** Zotero could not be asked, or answered an error; the message says what to start or install. */
export class CaywError extends Error {
  constructor(
    readonly problem: CaywProblem,
    message: string,
  ) {
    super(message);
    this.name = 'CaywError';
  }
}

/**
 * Asks Zotero for a citation: a probe first (so a missing Better BibTeX is told apart from a
 * closed picker), then the picker, waited for until the author picks, closes it or cancels.
 */
export async function citeAsYouWrite(options: CaywOptions = {}): Promise<CaywAnswer> {
  const port = options.port ?? ZOTERO_PORT;
  const where = `${ZOTERO_HOST}:${port}`;
  const probe = await get(port, PROBE_PATH, options.probeTimeoutMs ?? PROBE_TIMEOUT_MS, options.signal);
  if (probe === 'aborted') return { kind: 'cancelled' };
  if (probe.status !== 200 || probe.body.trim() !== 'ready') {
    throw new CaywError(
      'no-better-bibtex',
      `Something answers on ${where}, but not Better BibTeX's cite-as-you-write (${probe.status === 200 ? 'it did not say ready' : `HTTP ${probe.status}`}). ` +
        `Install the Better BibTeX add-on in Zotero (retorque.re/zotero-better-bibtex) and restart Zotero${port === ZOTERO_PORT ? '' : `, or check the setting casereport.zotero.port (Zotero's own port is ${ZOTERO_PORT})`}.`,
    );
  }
  const pick = await get(port, PICK_PATH, options.pickTimeoutMs ?? PICK_TIMEOUT_MS, options.signal);
  if (pick === 'aborted') return { kind: 'cancelled' };
  if (pick.status !== 200) {
    const said = pick.body.trim().split(/\r?\n/)[0]?.slice(0, 200);
    throw new CaywError('error', `Better BibTeX answered HTTP ${pick.status}${said ? `: ${said}` : ''}. Check Zotero, then try again.`);
  }
  const citation = pick.body.trim();
  return citation === '' || citation === '[]' ? { kind: 'cancelled' } : { kind: 'picked', citation };
}

interface Reply {
  status: number;
  body: string;
}

/** One GET to Zotero's server: its status and text, `aborted`, or a CaywError saying why not. */
function get(port: number, path: string, timeoutMs: number, signal?: AbortSignal): Promise<Reply | 'aborted'> {
  const where = `${ZOTERO_HOST}:${port}`;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return resolve('aborted');
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      req.destroy();
      done();
    };
    const onAbort = () => settle(() => resolve('aborted'));
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            path === PROBE_PATH
              ? new CaywError('timeout', `Zotero did not answer on ${where} within ${seconds(timeoutMs)}. If Zotero is busy, wait and try again; if it hangs, restart it.`)
              : new CaywError('timeout', `Zotero's citation picker gave no answer within ${seconds(timeoutMs)}. Run Cite from Zotero again.`),
          ),
        ),
      timeoutMs,
    );
    const failed = (error: NodeJS.ErrnoException) => settle(() => reject(networkError(error, port)));
    const req = request({ host: ZOTERO_HOST, port, path, method: 'GET', agent: false, headers: { Accept: 'text/plain' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER) settle(() => reject(new CaywError('error', `Zotero's answer on ${where} is not a citation (over ${MAX_ANSWER / 1024} KB).`)));
        else chunks.push(chunk);
      });
      res.on('end', () => settle(() => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })));
      res.on('error', failed);
    });
    req.on('error', failed);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.end();
  });
}

function networkError(error: NodeJS.ErrnoException, port: number): CaywError {
  const where = `${ZOTERO_HOST}:${port}`;
  if (error.code === 'ECONNREFUSED') {
    return new CaywError(
      'not-running',
      `Zotero is not running: nothing answers on ${where}. Start Zotero (with the Better BibTeX add-on installed) and run Cite from Zotero again.`,
    );
  }
  if (error.code === 'ECONNRESET') return new CaywError('error', `Zotero closed the connection on ${where} without an answer. Try again; if it repeats, restart Zotero.`);
  return new CaywError('error', `Could not ask Zotero on ${where}: ${error.code ?? error.message}.`);
}

function seconds(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}` : `${Math.round(ms / 100) / 10} s`;
}
