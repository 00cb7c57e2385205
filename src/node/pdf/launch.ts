// Starting a Chromium-family browser headless, spoken to over its DevTools pipe, and stopping it.
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { DevToolsPipe } from './devtools';

/**
 * The browser's switches: headless, no window, no first-run or sign-in screens, nothing fetched in
 * the background (updates, sync, field trials), no keychain or password-store prompt, and no Edge
 * relaunch through its compatibility layer on Windows (which would lose the pipe). No sandbox, as
 * browser drivers start it by default (it cannot start as root inside a container otherwise): the
 * page it loads is the report's own HTML, with scripts off and every request refused (print.ts).
 */
const SWITCHES = [
  '--headless',
  '--no-startup-window',
  '--no-sandbox',
  '--hide-scrollbars',
  '--mute-audio',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-search-engine-choice-screen',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-component-update',
  '--disable-component-extensions-with-background-pages',
  '--disable-background-networking',
  '--disable-field-trial-config',
  '--disable-sync',
  '--disable-breakpad',
  '--disable-dev-shm-usage',
  '--metrics-recording-only',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
  '--edge-skip-compat-layer-relaunch',
  '--do-not-de-elevate',
  '--force-color-profile=srgb',
];

/** How long a browser asked to close may take before it is killed. */
const CLOSE_GRACE_MS = 5000;

export interface RunningBrowser {
  pipe: DevToolsPipe;
  /** Closes the browser (killed if it does not close in time); resolves once the process is gone. */
  stop(): Promise<void>;
}

/**
 * Starts the browser at `executable` with its profile in `profile` (an empty folder the caller
 * removes). Its failure to start, or its exit before `stop`, closes the pipe with the reason (and
 * the browser's last words on stderr).
 */
export function startBrowser(executable: string, profile: string): RunningBrowser {
  const child = spawn(executable, [...SWITCHES, `--user-data-dir=${profile}`, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const pipe = new DevToolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4096);
  });
  let stopping = false;
  const exited = new Promise<void>((resolve) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      pipe.close(new Error(`could not be started: ${error.code ?? error.message}`));
      resolve();
    });
    child.on('exit', () => resolve());
  });
  // Once its output is all read (stderr included): the exit status and its last words.
  child.on('close', (code, signal) => {
    if (!stopping) pipe.close(new Error(`quit before printing, ${signal ?? `exit code ${code}`}${lastWords(stderr)}`));
  });
  return {
    pipe,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return exited;
      void pipe.send('Browser.close').catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      const killed = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, CLOSE_GRACE_MS);
      });
      await Promise.race([exited, killed]);
      clearTimeout(timer);
      await exited;
      pipe.close(new Error('the browser was closed'));
    },
  };
}

/** The browser's last line on stderr that says something (not its D-Bus or GPU chatter), for an error message. */
function lastWords(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((text) => text.replace(/^\[[\d:/.]+:?[A-Z]+:[^\]]*\]\s*/, '').trim())
    .filter((text) => text && !/dbus|gpu|gles|vaapi|crashpad|^\/.*: \d+: \[/i.test(text))
    .pop();
  return line ? `: ${line.slice(0, 300)}` : '';
}
